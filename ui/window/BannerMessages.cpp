#include "BannerMessages.h"

#include "ApiError.h"
#include "ProfileSession.h"
#include "RelativeTime.h"
#include "SecretError.h"

namespace keydesk {

BannerMessages::BannerMessages(ErrorBanner *banner, ProfileSession *session, Clock clock, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_session(session)
    , m_clock(std::move(clock))
{
    connect(m_banner, &ErrorBanner::retryRequested, m_session, &ProfileSession::refresh);
    connect(m_banner, &ErrorBanner::editProfileRequested, this, [this] {
        if (m_session->profile())
            Q_EMIT editProfileRequested(m_session->profileName(), m_banner->message());
    });
    connect(m_banner, &ErrorBanner::dismissed, this, [this] { m_source = Source::None; });

    connect(m_session, &ProfileSession::opened, this, [this] {
        if (m_source != Source::LocalFiles)
            m_banner->dismiss();
    });
    connect(m_session, &ProfileSession::credentialRead, this, [this] { dismissFrom(Source::Credential); });
    connect(m_session, &ProfileSession::credentialFailed, this, &BannerMessages::showCredentialFailure);
    connect(m_session, &ProfileSession::keysListed, this, [this] { dismissFrom(Source::Load); });
    connect(m_session, &ProfileSession::listFailed, this,
            [this](const ApiError &error) { showApiError(m_session->profileName(), error, Source::Load); });
    connect(m_session, &ProfileSession::tokenExpiresSoon, this, &BannerMessages::showTokenExpiresSoon);
    connect(m_session, &ProfileSession::tokenExpired, this, &BannerMessages::showTokenExpired);
}

BannerMessages::~BannerMessages() = default;

void BannerMessages::showLocalProblem(ErrorBanner::Level level, const QString &message)
{
    show(Source::LocalFiles, level, message);
}

void BannerMessages::showRequestError(const QString &profileName, const ApiError &error)
{
    showApiError(profileName, error, Source::Flow);
}

void BannerMessages::showLastingProblem(const QString &problem)
{
    if (!problem.isEmpty())
        show(Source::LocalFiles, ErrorBanner::Level::Warning, problem);
    else if (!m_lastingProblem.isEmpty() && m_banner->message() == m_lastingProblem)
        m_banner->dismiss();
    m_lastingProblem = problem;
}

void BannerMessages::setShownAsOf(const QDateTime &listedAt)
{
    m_shownAsOf = listedAt;
    // The list failed before the inventory answered: say it again, with what is shown.
    if (m_source == Source::Load && m_loadError && listedAt.isValid())
        showApiError(m_session->profileName(), *m_loadError, Source::Load);
}

void BannerMessages::show(Source source, ErrorBanner::Level level, const QString &message, ErrorBanner::Actions actions,
                          const QString &editText)
{
    m_source = source;
    m_banner->setEditProfileText(editText.isEmpty() ? tr("&Edit Profile…") : editText);
    m_banner->showMessage(level, message, actions);
}

void BannerMessages::dismissFrom(Source source)
{
    if (m_source == source)
        m_banner->dismiss();
}

void BannerMessages::showOrganisationProblems(const QStringList &problems)
{
    if (problems.isEmpty()) {
        dismissFrom(Source::Load);
        return;
    }
    m_loadError.reset();
    show(Source::Load, ErrorBanner::Level::Error,
         problems.join(QLatin1Char('\n')) + QLatin1Char('\n')
             + tr("Their rows, if the inventory knew any, are the last known keys, marked “not refreshed”; the "
                  "other organisations' keys are current."),
         ErrorBanner::Action::Retry);
}

void BannerMessages::showApiError(const QString &profileName, const ApiError &error, Source source)
{
    using Kind = ApiError::Kind;
    ErrorBanner::Actions actions = ErrorBanner::Action::None;
    switch (error.kind) {
    case Kind::Authentication:
        actions = ErrorBanner::Action::EditProfile;
        break;
    case Kind::Tls:
    case Kind::InsecureUrl:
    case Kind::NotFound:
        actions = ErrorBanner::Action::Retry | ErrorBanner::Action::EditProfile;
        break;
    case Kind::Unsupported:
    case Kind::Rejected:
    case Kind::LimitReached:
    case Kind::OutcomeUnknown:
        // Listing again can help; repeating the flow's request could not.
        if (source == Source::Load)
            actions = ErrorBanner::Action::Retry;
        break;
    default:
        actions = ErrorBanner::Action::Retry;
        break;
    }
    QString message = tr("%1: %2").arg(profileName, error.userMessage());
    m_loadError.reset();
    if (source == Source::Load) {
        m_loadError = error;
        if (m_shownAsOf.isValid())
            message += QLatin1Char(' ')
                       + tr("The table shows the last known keys, listed %1; creating and revoking keys wait "
                            "until the server answers.")
                             .arg(relativeTime(m_shownAsOf, m_clock()));
    }
    show(source, ErrorBanner::Level::Error, message, actions);
    if (error.kind == Kind::Authentication) {
        // The session stops asking the server with a credential it refuses; ask the user.
        Q_EMIT profileProblem(profileName, tr("The server refused the stored credential of “%1”: %2 Paste a "
                                              "valid one.")
                                               .arg(profileName, error.userMessage()));
    }
}

void BannerMessages::showCredentialFailure(const SecretError &error)
{
    const QString name = m_session->profileName();
    if (error.kind == SecretError::Kind::NotFound) {
        const QString text = tr("No credential is stored for “%1”. Enter it in the "
                                "organisation's settings.")
                                 .arg(name);
        show(Source::Credential, ErrorBanner::Level::Error, text, ErrorBanner::Action::EditProfile,
             tr("Enter Credential…"));
        Q_EMIT profileProblem(name, text);
        return;
    }
    show(Source::Credential, ErrorBanner::Level::Error,
         error.userMessage() + QLatin1Char(' ')
             + tr("You can enter the credential again and use it for this session "
                  "only."),
         ErrorBanner::Action::Retry | ErrorBanner::Action::EditProfile, tr("Enter Credential…"));
}

void BannerMessages::showTokenExpired(const QDateTime &expiresAt)
{
    const QString name = m_session->profileName();
    const QString text = tr("The LeadHQL session token of “%1” expired on %2. Log in to the LeadHQL "
                            "dashboard and paste the new session token to continue.")
                             .arg(name, exactLocalTime(expiresAt));
    show(Source::Token, ErrorBanner::Level::Error, text, ErrorBanner::Action::EditProfile, tr("Enter New Token…"));
    Q_EMIT profileProblem(name, text);
}

void BannerMessages::showTokenExpiresSoon(const QDateTime &expiresAt)
{
    show(Source::Token, ErrorBanner::Level::Warning,
         tr("The LeadHQL session token of “%1” expires %2 (%3). Paste a new one before it lapses.")
             .arg(m_session->profileName(), relativeFuture(expiresAt, m_clock()), exactLocalTime(expiresAt)),
         ErrorBanner::Action::EditProfile, tr("Enter New Token…"));
}

} // namespace keydesk
