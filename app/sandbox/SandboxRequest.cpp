#include "SandboxRequest.h"

namespace keydesk {

QByteArray SandboxRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

bool SandboxRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (name.compare(entry.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace keydesk
