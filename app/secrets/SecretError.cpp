#include "SecretError.h"

namespace keydesk {

QString SecretError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("The keychain has no such entry (it may have been removed). "
                  "Enter the credential again to store it.");
    case Kind::NoSessionBus:
        return tr("No D-Bus session bus is running, so the keychain cannot be reached. "
                  "Start KeyDesk inside your desktop session.");
    case Kind::NoSecretService:
        return tr("No Secret Service is running (GNOME Keyring or KWallet). Install and start "
                  "gnome-keyring, or use the credential for this session only.");
    case Kind::Locked:
        return tr("The keychain is locked. Unlock it (for example by logging in again or with "
                  "Seahorse) and retry.");
    case Kind::AccessDenied:
        return tr("Access to the keychain was denied. Allow KeyDesk to use the keychain when "
                  "asked, then retry.");
    case Kind::Timeout:
        return tr("The keychain did not answer in time; it may be waiting for an unlock prompt. "
                  "Answer or unlock it and retry.");
    case Kind::Other:
        break;
    }
    if (detail.isEmpty())
        return tr("The keychain reported an unexpected error. Retry, or use the credential for "
                  "this session only.");
    return tr("The keychain reported an unexpected error (%1). Retry, or use the credential for "
              "this session only.")
        .arg(detail);
}

QString SecretError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::NoSessionBus:
        return QStringLiteral("no-session-bus");
    case Kind::NoSecretService:
        return QStringLiteral("no-secret-service");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace keydesk
