#include "ProfileDialog.h"
#include "ui_ProfileDialog.h"

#include "ApiClient.h"
#include "CredentialLookup.h"
#include "JwtReader.h"
#include "KeyFormat.h"
#include "ProfileStore.h"
#include "RelativeTime.h"
#include "SecretStore.h"

#include <QFileDialog>
#include <QPushButton>

namespace keydesk {

namespace {

constexpr qint64 tokenWarningSeconds = 24 * 3600;

// Documented production endpoints (docs/dialects.md#at-a-glance), offered for a new profile.
QString defaultBaseUrl(Dialect dialect)
{
    switch (dialect) {
    case Dialect::LeadHql:
        return QStringLiteral("https://api.leadhql.com");
    case Dialect::LocalLeads:
        return QStringLiteral("https://leadsapi.postorbit.io");
    case Dialect::TrustLeads:
        return QStringLiteral("https://api.trustleads.ai");
    }
    return {};
}

} // namespace

ProfileDialog::ProfileDialog(Services services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_services(std::move(services))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add Organisation"));
    setWindowModality(Qt::WindowModal);
    m_ui->introLabel->setText(tr("KeyDesk connects to one organisation per profile. The credential is "
                                 "kept in the system keychain, never in a file."));
    m_ui->sessionOnlyButton->hide();
    m_ui->messageLabel->hide();
    m_ui->tokenInfoLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save organisation"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->authHeaderCombo->addItem(tr("Authorization: Bearer"), int(Connection::AuthHeader::Bearer));
    m_ui->authHeaderCombo->addItem(tr("X-API-Key"), int(Connection::AuthHeader::XApiKey));
    m_ui->credentialEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                                              | Qt::ImhSensitiveData);
    fillDialects();

    connect(m_ui->dialectCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::onDialectChanged);
    connect(m_ui->credentialEdit, &QLineEdit::textChanged, this, &ProfileDialog::updateCredentialInfo);
    connect(m_ui->showCredentialCheck, &QCheckBox::toggled, this,
            [this](bool shown) { m_ui->credentialEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ProfileDialog::browseCaFile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this,
            [this] { storeCredential(profileFromFields(), credential(), true); });
    onDialectChanged();
}

ProfileDialog::~ProfileDialog()
{
    // Do not leave the pasted secret in the widget's buffer longer than needed.
    m_ui->credentialEdit->clear();
}

void ProfileDialog::fillDialects()
{
    for (const Dialect dialect : {Dialect::LeadHql, Dialect::LocalLeads, Dialect::TrustLeads})
        m_ui->dialectCombo->addItem(dialectDisplayName(dialect), dialectId(dialect));
}

void ProfileDialog::editProfile(const Profile &profile)
{
    m_editing = true;
    setWindowTitle(tr("Edit Organisation — %1").arg(profile.name));
    m_ui->nameEdit->setText(profile.name);
    m_ui->nameEdit->setReadOnly(true);
    m_ui->nameEdit->setToolTip(tr("The name identifies the keychain entries of this organisation and "
                                  "cannot be changed. Add a new organisation to use another name."));
    m_ui->dialectCombo->setCurrentIndex(m_ui->dialectCombo->findData(dialectId(profile.dialect)));
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->caFileEdit->setText(profile.caFile);
    m_ui->authHeaderCombo->setCurrentIndex(m_ui->authHeaderCombo->findData(int(profile.authHeader)));
    onDialectChanged();
    m_ui->credentialEdit->setFocus();
}

QString ProfileDialog::profileName() const
{
    return m_ui->nameEdit->text().trimmed();
}

void ProfileDialog::setReason(const QString &reason)
{
    m_ui->introLabel->setText(reason);
}

QString ProfileDialog::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

QString ProfileDialog::testResultText() const
{
    return m_ui->testResultLabel->text();
}

QString ProfileDialog::tokenInfoText() const
{
    return m_ui->tokenInfoLabel->isHidden() ? QString() : m_ui->tokenInfoLabel->text();
}

bool ProfileDialog::offersSessionOnly() const
{
    return !m_ui->sessionOnlyButton->isHidden();
}

void ProfileDialog::onDialectChanged()
{
    const Dialect dialect = dialectFromId(m_ui->dialectCombo->currentData().toString()).value_or(Dialect::LeadHql);
    const QString url = defaultBaseUrl(dialect);
    m_ui->baseUrlEdit->setPlaceholderText(url);
    // Offer the documented URL for a new profile, without overwriting one typed by hand.
    const QString typed = m_ui->baseUrlEdit->text().trimmed();
    if (!m_editing && (typed.isEmpty() || typed == m_previousDefaultUrl))
        m_ui->baseUrlEdit->setText(url);
    m_previousDefaultUrl = url;
    updateAuthHeaderChoices();

    QString hint;
    switch (dialect) {
    case Dialect::LeadHql:
        hint = tr("The JWT session token of a dashboard login. LeadHQL manages keys only with a session "
                  "token, never with an API key.");
        m_ui->credentialEdit->setPlaceholderText(tr("eyJhbGciOi…"));
        break;
    case Dialect::LocalLeads:
        hint = tr("An API key of the organisation: ll_ followed by 64 hexadecimal characters.");
        m_ui->credentialEdit->setPlaceholderText(tr("ll_…"));
        break;
    case Dialect::TrustLeads:
        hint = tr("A Trust Leads API key (lfk_sk_…). Trust Leads documents no key-management API: "
                  "KeyDesk can check the key but not list, create or revoke keys.");
        m_ui->credentialEdit->setPlaceholderText(tr("lfk_sk_…"));
        break;
    }
    if (m_editing)
        hint += QLatin1Char(' ') + tr("Leave empty to keep the stored credential.");
    m_ui->credentialHintLabel->setText(hint);
    m_ui->testResultLabel->clear();
    updateCredentialInfo();
}

void ProfileDialog::updateAuthHeaderChoices()
{
    const Dialect dialect = dialectFromId(m_ui->dialectCombo->currentData().toString()).value_or(Dialect::LeadHql);
    const bool choice = DialectTraits::of(dialect).acceptsXApiKeyHeader;
    if (!choice)
        m_ui->authHeaderCombo->setCurrentIndex(m_ui->authHeaderCombo->findData(int(Connection::AuthHeader::Bearer)));
    m_ui->authHeaderCombo->setEnabled(choice);
    m_ui->authHeaderCombo->setToolTip(
        choice ? tr("Trust Leads accepts its keys in either header.")
               : tr("%1 accepts the credential only as “Authorization: Bearer”.").arg(dialectDisplayName(dialect)));
}

QString ProfileDialog::describeSessionToken(const QString &token, const QDateTime &now, bool *usable, bool *warn)
{
    *usable = false;
    *warn = true;
    if (KeyFormat::recognise(token) == Dialect::LeadHql)
        return tr("This is a LeadHQL API key (leadhql_pk_…). LeadHQL lists, creates and revokes keys only "
                  "for a logged-in user: log in to the LeadHQL dashboard, copy the session token (a JWT) "
                  "and paste it here.");
    const JwtClaims claims = readJwtClaims(token);
    if (!claims.isJwt)
        return tr("This does not look like a session token: a JWT has three parts separated by dots.");
    if (!claims.expiresAt.isValid()) {
        *usable = true;
        *warn = false;
        return tr("The session token carries no expiry date.");
    }
    const QString when = exactLocalTime(claims.expiresAt);
    if (claims.expiresAt <= now)
        return tr("This session token expired on %1 (%2). Log in to the LeadHQL dashboard again and paste "
                  "the new token.")
            .arg(when, relativeTime(claims.expiresAt, now));
    *usable = true;
    *warn = now.secsTo(claims.expiresAt) <= tokenWarningSeconds;
    const QString expiry = tr("Session token expires on %1 (%2).").arg(when, relativeFuture(claims.expiresAt, now));
    if (*warn)
        return expiry + QLatin1Char(' ')
               + tr("KeyDesk will ask for a new token when it lapses; a fresh login gives a longer-lived one.");
    return expiry;
}

void ProfileDialog::updateCredentialInfo()
{
    const Dialect dialect = dialectFromId(m_ui->dialectCombo->currentData().toString()).value_or(Dialect::LeadHql);
    const QString token = credential();
    if (!DialectTraits::of(dialect).managementNeedsJwt || token.isEmpty()) {
        m_ui->tokenInfoLabel->hide();
        return;
    }
    bool usable = false;
    bool warn = false;
    const QString text = describeSessionToken(token, m_services.clock(), &usable, &warn);
    m_ui->tokenInfoLabel->setText(warn ? tr("Warning: %1").arg(text) : text);
    m_ui->tokenInfoLabel->show();
}

Profile ProfileDialog::profileFromFields() const
{
    Profile profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.dialect = dialectFromId(m_ui->dialectCombo->currentData().toString()).value_or(Dialect::LeadHql);
    profile.baseUrl = QUrl::fromUserInput(m_ui->baseUrlEdit->text().trimmed());
    if (m_ui->baseUrlEdit->text().trimmed().isEmpty())
        profile.baseUrl = QUrl();
    profile.caFile = m_ui->caFileEdit->text().trimmed();
    profile.authHeader = Connection::AuthHeader(m_ui->authHeaderCombo->currentData().toInt());
    return profile;
}

QString ProfileDialog::credential() const
{
    return m_ui->credentialEdit->text().trimmed();
}

QString ProfileDialog::credentialProblem(const Profile &profile, const QString &credential) const
{
    if (DialectTraits::of(profile.dialect).managementNeedsJwt) {
        bool usable = false;
        bool warn = false;
        const QString text = describeSessionToken(credential, m_services.clock(), &usable, &warn);
        return usable ? QString() : text;
    }
    const std::optional<Dialect> recognised = KeyFormat::recognise(credential);
    if (recognised && *recognised != profile.dialect)
        return tr("This looks like a %1 key, not a %2 credential.")
            .arg(dialectDisplayName(*recognised), dialectDisplayName(profile.dialect));
    return {};
}

void ProfileDialog::accept()
{
    if (m_busy)
        return;
    m_ui->messageLabel->hide();
    m_ui->sessionOnlyButton->hide();
    const Profile profile = profileFromFields();
    const QString secret = credential();
    QString problem = m_services.profiles->validate(profile);
    if (problem.isEmpty() && !m_editing && m_services.profiles->find(profile.name))
        problem = tr("An organisation named “%1” already exists.").arg(profile.name);
    if (problem.isEmpty() && secret.isEmpty() && !m_editing)
        problem = tr("Paste the credential: KeyDesk needs it to list and manage the keys.");
    if (problem.isEmpty() && !secret.isEmpty())
        problem = credentialProblem(profile, secret);
    if (!problem.isEmpty()) {
        showMessage(problem);
        return;
    }
    if (secret.isEmpty())
        finishSave(profile, false);
    else
        storeCredential(profile, secret, false);
}

void ProfileDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ProfileDialog::storeCredential(const Profile &profile, const QString &credential, bool sessionOnly)
{
    SecretStore *store = sessionOnly ? m_services.sessionSecrets : m_services.secrets;
    const QString entry = SecretStore::credentialEntry(profile.name);
    setBusy(true);
    SecretJob *job = store->write(entry, credential);
    connect(job, &SecretJob::finished, this, [this, job, profile, sessionOnly, entry] {
        setBusy(false);
        if (!job->ok()) {
            showMessage(job->error().userMessage() + QLatin1Char(' ')
                        + tr("You can use the credential for this session only: KeyDesk then keeps it in "
                             "memory until you quit and never writes it to disk."));
            m_ui->sessionOnlyButton->setVisible(!sessionOnly && m_services.sessionSecrets);
            return;
        }
        // A credential saved in the keychain replaces an earlier session-only one.
        if (!sessionOnly && m_services.sessionSecrets && m_services.sessionSecrets != m_services.secrets)
            m_services.sessionSecrets->remove(entry);
        finishSave(profile, sessionOnly);
    });
}

void ProfileDialog::finishSave(const Profile &profile, bool sessionOnly)
{
    if (!m_services.profiles->save(profile)) {
        const QString problem = m_services.profiles->problem();
        showMessage(problem.isEmpty() ? tr("The organisation could not be saved.") : problem);
        return;
    }
    m_ui->credentialEdit->clear();
    Q_EMIT profileSaved(profile.name, sessionOnly);
    QDialog::accept();
}

void ProfileDialog::testConnection()
{
    Profile profile = profileFromFields();
    if (profile.name.isEmpty())
        profile.name = tr("New organisation");
    QString problem = m_services.profiles->validate(profile);
    const QString secret = credential();
    if (problem.isEmpty() && !secret.isEmpty())
        problem = credentialProblem(profile, secret);
    if (problem.isEmpty() && secret.isEmpty() && !m_editing)
        problem = tr("Paste the credential first.");
    if (!problem.isEmpty()) {
        m_ui->testResultLabel->setText(problem);
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Testing…"));
    if (!secret.isEmpty()) {
        runTest(profile, secret);
        return;
    }
    lookUpCredential(m_services.sessionSecrets, m_services.secrets, profile.name, this,
                     [this, profile](const QString &stored, const SecretError &error) {
                         if (stored.isEmpty()) {
                             m_ui->testButton->setEnabled(true);
                             m_ui->testResultLabel->setText(error.kind == SecretError::Kind::NotFound
                                                                ? tr("No credential is stored: paste one.")
                                                                : error.userMessage());
                             return;
                         }
                         runTest(profile, stored);
                     });
}

void ProfileDialog::runTest(const Profile &profile, const QString &credential)
{
    if (m_testClient)
        m_testClient->deleteLater();
    m_testClient = new ApiClient(m_services.network, profile.connection(credential), this);
    const bool managesKeys = DialectTraits::of(profile.dialect).managesKeys;
    ApiReply *reply = managesKeys ? m_testClient->listKeys() : m_testClient->verifyKey(credential);
    connect(reply, &ApiReply::finished, this, [this, reply, managesKeys] {
        m_ui->testButton->setEnabled(true);
        if (!reply->ok()) {
            m_ui->testResultLabel->setText(reply->error().userMessage());
            return;
        }
        if (!managesKeys) {
            m_ui->testResultLabel->setText(tr("Connected: the service accepted the key."));
            return;
        }
        const int count = int(reply->keys().size());
        m_ui->testResultLabel->setText(count == 1 ? tr("Connected: %n key listed.", nullptr, count)
                                                  : tr("Connected: %n keys listed.", nullptr, count));
    });
}

void ProfileDialog::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a CA Certificate File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_ui->caFileEdit->setText(file); });
    dialog->open();
}

void ProfileDialog::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

void ProfileDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->sessionOnlyButton->setEnabled(!busy);
}

} // namespace keydesk
