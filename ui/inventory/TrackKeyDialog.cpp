#include "TrackKeyDialog.h"
#include "ui_TrackKeyDialog.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "CreatedKey.h"
#include "Inventory.h"
#include "KeyFormat.h"
#include "KeyValidation.h"
#include "SecretStore.h"
#include "TrackedKey.h"
#include "TrackedKeyVerifier.h"
#include "UntrustedText.h"

#include <QPushButton>

namespace keydesk {

TrackKeyDialog::TrackKeyDialog(Services services, Organisation organisation, Connection connection, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrackKeyDialog>())
    , m_services(std::move(services))
    , m_organisation(std::move(organisation))
    , m_client(new ApiClient(m_services.network, std::move(connection), this))
{
    m_ui->setupUi(this);
    if (!m_services.clock)
        m_services.clock = [] { return QDateTime::currentDateTimeUtc(); };
    setWindowTitle(tr("Track a Key — %1").arg(UntrustedText::forDisplay(m_organisation.name)));
    m_trackButton = m_ui->buttons->addButton(tr("&Track"), QDialogButtonBox::AcceptRole);
    m_trackButton->setDefault(true);
    m_ui->keyEdit->setAttribute(Qt::WA_InputMethodEnabled, false); // nothing to remember from a secret
    m_ui->keyEdit->setAccessibleName(tr("Key to track"));
    m_ui->periodicCheck->setToolTip(tr("KeyDesk checks the key again at every refresh, and marks it revoked once "
                                       "Trust Leads refuses it. The key itself is kept in the keychain for that."));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TrackKeyDialog::track);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &TrackKeyDialog::reject);
    m_ui->messageLabel->hide();
}

TrackKeyDialog::~TrackKeyDialog()
{
    wipeSecret(m_key);
    m_ui->keyEdit->clear();
}

QString TrackKeyDialog::message() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

void TrackKeyDialog::reject()
{
    if (m_busy)
        return; // the keychain or the inventory is being written: wait for the answer
    QDialog::reject();
}

void TrackKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->keyEdit->setEnabled(!busy);
    m_ui->nameEdit->setEnabled(!busy);
    m_ui->periodicCheck->setEnabled(!busy);
    m_trackButton->setEnabled(!busy);
    if (QPushButton *cancel = m_ui->buttons->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!busy);
}

void TrackKeyDialog::fail(const QString &message)
{
    wipeSecret(m_key);
    m_key.clear();
    setBusy(false);
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

void TrackKeyDialog::track()
{
    if (m_busy)
        return;
    const QString key = m_ui->keyEdit->text().trimmed();
    m_name = KeyValidation::normalisedName(m_ui->nameEdit->text());
    if (!KeyFormat::isWellFormed(key, m_organisation.dialect)) {
        fail(tr("This is not a %1 key: it starts with lfk_sk_ followed by 40 letters and digits.")
                 .arg(dialectDisplayName(m_organisation.dialect)));
        m_ui->keyEdit->setFocus();
        return;
    }
    if (const Validation name = KeyValidation::validateName(m_name); !name.ok) {
        fail(name.message);
        m_ui->nameEdit->setFocus();
        return;
    }
    m_key = key;
    m_periodic = m_ui->periodicCheck->isChecked();
    setBusy(true);
    m_ui->messageLabel->setText(tr("Verifying the key with %1…").arg(dialectDisplayName(m_organisation.dialect)));
    m_ui->messageLabel->show();
    ApiReply *reply = m_client->verifyKey(m_key);
    connect(reply, &ApiReply::finished, this, [this, reply] { onVerified(reply); });
}

void TrackKeyDialog::onVerified(ApiReply *reply)
{
    const ApiError &error = reply->error();
    if (error.kind == ApiError::Kind::Authentication) {
        const QString identifier = KeyFormat::maskedIdentifier(m_key);
        fail(tr("%1 refused the key %2: it is revoked, expired or mistyped. Nothing was tracked.")
                 .arg(dialectDisplayName(m_organisation.dialect), identifier));
        logOutcome(ActionLogEntry::failed(), {}, tr("refused by the server"));
        return;
    }
    if (!reply->ok()) {
        fail(tr("The key could not be verified: %1 Nothing was tracked.")
                 .arg(UntrustedText::forDisplay(error.userMessage())));
        return;
    }
    store();
}

void TrackKeyDialog::store()
{
    TrackedKey key = TrackedKey::of(m_key);
    key.organisation = m_organisation.name;
    key.name = m_name;
    key.trackedAt = m_services.clock();
    key.verifiedAt = key.trackedAt;
    key.accepted = true;
    key.verifiedPeriodically = m_periodic;
    const auto record = [this, key] {
        wipeSecret(m_key);
        m_key.clear();
        m_services.inventory->trackKey(m_organisation, key, this, [this, key](const InventoryResult<bool> &result) {
            if (!result.ok()) {
                fail(tr("The key is valid, but the inventory could not record it: %1").arg(result.error));
                return;
            }
            logOutcome(ActionLogEntry::ok(), key.keyId,
                       m_periodic ? tr("verified; verified again at every refresh") : tr("verified once"));
            m_ui->keyEdit->clear();
            setBusy(false);
            Q_EMIT tracked(key.keyId);
            accept();
        });
    };
    if (!m_periodic) {
        record();
        return;
    }
    // The keychain first: a key tracked "periodically" without its secret could never be
    // verified again.
    SecretJob *job = m_services.secrets->write(TrackedKeyVerifier::trackedKeyEntry(m_organisation.name, key.keyId),
                                               m_key);
    connect(job, &SecretJob::finished, this, [this, job, record] {
        if (!job->ok()) {
            fail(tr("The key is valid, but the keychain could not keep it for periodic verification: %1 "
                    "Untick \"Verify it periodically\" to track it without.")
                     .arg(job->error().userMessage()));
            return;
        }
        record();
    });
}

void TrackKeyDialog::logOutcome(const QString &outcome, const QString &keyId, const QString &detail)
{
    ActionLogEntry entry;
    entry.organisation = m_organisation.name;
    entry.action = ActionLogEntry::trackKey();
    entry.keyId = keyId;
    entry.keyName = m_name;
    entry.outcome = outcome;
    entry.detail = detail;
    m_services.inventory->logAction(entry);
}

} // namespace keydesk
