#pragma once

#include "ApiKey.h"
#include "CreateKeyRequest.h"
#include "KeyFlows.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

namespace keydesk {

class ApiClient;

// KeyFlows' create: whether it is possible, the dialog, and the one POST whose key goes
// to the keychain first, then to the reveal (HandoffRevealFlow) or, when its answer
// was lost, to LostCreateRecovery. Rotation sends its successor's create through here.
class KeyCreateFlow final {
    Q_DISABLE_COPY_MOVE(KeyCreateFlow)
public:
    using Target = KeyFlows::Target;
    // How a create's answer reaches the dialog that asked for it (Create, Rotate).
    struct CreateHooks {
        std::function<void()> closeDialog = [] {};
        // False: no dialog to show it in (the window's banner says it).
        std::function<bool(const QString &message)> showError = [](const QString &) { return false; };
        // After the keychain write, before the reveal: call `reveal` to go on.
        std::function<void(const ApiKey &record, const QString &secret, std::function<void()> reveal)> created;
        // The create was refused or its answer lost (before the lost-create flow).
        std::function<void(const QString &reason)> failed;
    };

    explicit KeyCreateFlow(KeyFlows &flows)
        : m_flows(flows)
    {
    }

    QString createBlockedReason(const Target &target, const QList<ApiKey> &currentKeys) const;
    void create(const Target &target, const QList<ApiKey> &currentKeys);
    // One POST; the key to the keychain first, then `hooks.created`, then the reveal.
    void sendCreate(QPointer<ApiClient> client, const QString &profileName, const CreateKeyRequest &request,
                    const QSet<QString> &idsBefore, CreateHooks hooks);

    // closeDialog and showError for a dialog with finish(), setBusy() and showRequestError().
    template <typename Dialog>
    static CreateHooks hooksFor(QPointer<Dialog> dialog);
    static int activeKeyCount(const QList<ApiKey> &keys, const QDateTime &now);

private:
    KeyFlows &m_flows;
};

template <typename Dialog>
KeyCreateFlow::CreateHooks KeyCreateFlow::hooksFor(QPointer<Dialog> dialog)
{
    CreateHooks hooks;
    hooks.closeDialog = [dialog] {
        if (dialog)
            dialog->finish();
    };
    hooks.showError = [dialog](const QString &message) {
        if (!dialog)
            return false;
        // Nothing is lost: the dialog stays open with what was typed.
        dialog->setBusy(false);
        dialog->showRequestError(message);
        return true;
    };
    return hooks;
}

} // namespace keydesk
