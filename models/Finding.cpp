#include "Finding.h"

#include <array>
#include <utility>

namespace keydesk {

namespace {

const std::array<std::pair<FindingCode, const char *>, 10> codeIds{{
    {FindingCode::ExpiresSoon, "expires-soon"},
    {FindingCode::Expired, "expired"},
    {FindingCode::NoExpiry, "no-expiry"},
    {FindingCode::Old, "old"},
    {FindingCode::NeverUsed, "never-used"},
    {FindingCode::Idle, "idle"},
    {FindingCode::WokeUp, "woke-up"},
    {FindingCode::UsageSpike, "usage-spike"},
    {FindingCode::LimitNear, "limit-near"},
    {FindingCode::RotationDue, "rotation-due"},
}};

const std::array<std::pair<Severity, const char *>, 3> severityIds{{
    {Severity::Info, "info"},
    {Severity::Warning, "warning"},
    {Severity::Critical, "critical"},
}};

template <typename Enum, std::size_t N>
QString idOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, id] : table) {
        if (candidate == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &id)
{
    for (const auto &[value, candidate] : table) {
        if (id == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString findingCodeId(FindingCode code)
{
    return idOf(codeIds, code);
}

std::optional<FindingCode> findingCodeFromId(const QString &id)
{
    return valueOf(codeIds, id);
}

QString severityId(Severity severity)
{
    return idOf(severityIds, severity);
}

std::optional<Severity> severityFromId(const QString &id)
{
    return valueOf(severityIds, id);
}

QString Finding::identity() const
{
    return organisation + QLatin1Char('\x1f') + keyId + QLatin1Char('\x1f') + findingCodeId(code) + QLatin1Char('\x1f')
           + severityId(severity);
}

} // namespace keydesk
