#pragma once

#include "ApiError.h"
#include "ErrorBanner.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace keydesk {

class ProfileSession;
struct SecretError;

// What the window's ErrorBanner says: the problems the profile session reports (no
// credential, a refused or lapsing token, a failed list), a key flow's failed request
// and problems with the local files. It remembers which of these put up the message on
// show, so that the event that resolves it takes it down and nothing else does.
class BannerMessages final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BannerMessages)
public:
    using Clock = std::function<QDateTime()>; // UTC now

    BannerMessages(ErrorBanner *banner, ProfileSession *session, Clock clock, QObject *parent = nullptr);
    ~BannerMessages() override;

    // A problem with the settings file, the handoff index or the keychain that is not
    // about one organisation: it stays when another one is opened.
    void showLocalProblem(ErrorBanner::Level level, const QString &message);
    // A key flow's request for an organisation on screen failed.
    void showRequestError(const QString &profileName, const ApiError &error);
    // The view of every organisation: one line per organisation that failed (none: the
    // message about them goes).
    void showOrganisationProblems(const QStringList &problems);
    // A local problem that lasts until it goes away by itself (another KeyDesk holds the
    // handoff index): shown while it lasts, taken down when it ends (empty) if the banner
    // still shows it.
    void showLastingProblem(const QString &problem);
    // The table shows the inventory's keys listed at `listedAt` (null: the server's): a
    // failed list says so, and that creating and revoking wait for the server.
    void setShownAsOf(const QDateTime &listedAt);

Q_SIGNALS:
    // The user should fix the profile: the profile dialog opens (once per problem).
    void profileProblem(const QString &profileName, const QString &reason);
    // The banner's "Edit profile…" (or "Enter New Token…") button.
    void editProfileRequested(const QString &profileName, const QString &reason);

private:
    enum class Source { None, Credential, Token, Load, Flow, LocalFiles };

    void show(Source source, ErrorBanner::Level level, const QString &message,
              ErrorBanner::Actions actions = ErrorBanner::Action::None, const QString &editText = {});
    void dismissFrom(Source source);
    void showApiError(const QString &profileName, const ApiError &error, Source source);
    void showCredentialFailure(const SecretError &error);
    void showTokenExpired(const QDateTime &expiresAt);
    void showTokenExpiresSoon(const QDateTime &expiresAt);

    ErrorBanner *m_banner;
    ProfileSession *m_session;
    Clock m_clock;
    Source m_source = Source::None;
    QString m_lastingProblem;
    QDateTime m_shownAsOf;
    std::optional<ApiError> m_loadError; // the failed list the banner shows
};

} // namespace keydesk
