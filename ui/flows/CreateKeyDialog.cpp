#include "CreateKeyDialog.h"
#include "ui_CreateKeyDialog.h"

#include "FlowStyle.h"
#include "KeyValidation.h"

#include <QPushButton>

namespace keydesk {

namespace {

// Characters as people (and the servers' validators) count them: a surrogate pair is one.
int characterCount(const QString &text)
{
    return static_cast<int>(text.toUcs4().size());
}

} // namespace

CreateKeyDialog::CreateKeyDialog(Dialect dialect, int activeKeyCount, Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateKeyDialog>())
    , m_dialect(dialect)
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create key"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    m_ui->introLabel->setText(tr("The new %1 key is shown only once. KeyDesk keeps it in the keychain "
                                 "until you confirm that you have stored it.")
                                  .arg(dialectDisplayName(dialect)));

    m_ui->expiryCombo->addItem(tr("Never"), QVariant::fromValue(static_cast<int>(ExpiryChoice::Never)));
    m_ui->expiryCombo->addItem(tr("In 30 days"), QVariant::fromValue(static_cast<int>(ExpiryChoice::Days30)));
    m_ui->expiryCombo->addItem(tr("In 60 days"), QVariant::fromValue(static_cast<int>(ExpiryChoice::Days60)));
    m_ui->expiryCombo->addItem(tr("In 90 days"), QVariant::fromValue(static_cast<int>(ExpiryChoice::Days90)));
    m_ui->expiryCombo->addItem(tr("On date…"), QVariant::fromValue(static_cast<int>(ExpiryChoice::OnDate)));
    m_ui->expiryDateEdit->setDisplayFormat(locale().dateFormat(QLocale::ShortFormat));
    updateExpiryRange();
    m_ui->expiryDateEdit->setDate(today().addDays(30));

    const DialectTraits traits = DialectTraits::of(dialect);
    QStringList constraints;
    if (traits.activeKeyLimit > 0) {
        constraints << tr("%1 of %2 active keys used (the most %3 allows).")
                           .arg(activeKeyCount)
                           .arg(traits.activeKeyLimit)
                           .arg(dialectDisplayName(dialect));
    }
    constraints << tr("Names can have up to %n characters.", nullptr, KeyValidation::maxNameLength);
    m_ui->constraintsLabel->setText(constraints.join(u' '));

    styleAsInlineError(m_ui->nameMessageLabel);
    styleAsInlineError(m_ui->expiryMessageLabel);
    styleAsInlineError(m_ui->requestErrorLabel);
    m_ui->requestErrorLabel->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateKeyDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        m_nameTouched = true;
        onInputChanged();
    });
    connect(m_ui->expiryCombo, &QComboBox::currentIndexChanged, this, &CreateKeyDialog::onInputChanged);
    connect(m_ui->expiryDateEdit, &QDateEdit::dateChanged, this, &CreateKeyDialog::onInputChanged);

    m_ui->nameEdit->setFocus();
    updateValidity(false);
}

CreateKeyDialog::~CreateKeyDialog() = default;

bool CreateKeyDialog::isInputValid()
{
    return updateValidity(true);
}

CreateKeyRequest CreateKeyDialog::request() const
{
    CreateKeyRequest request;
    request.name = KeyValidation::normalisedName(m_ui->nameEdit->text());
    switch (expiryChoice()) {
    case ExpiryChoice::Never:
        request.expiry = Expiry::never();
        break;
    case ExpiryChoice::Days30:
        request.expiry = Expiry::inDays(30);
        break;
    case ExpiryChoice::Days60:
        request.expiry = Expiry::inDays(60);
        break;
    case ExpiryChoice::Days90:
        request.expiry = Expiry::inDays(90);
        break;
    case ExpiryChoice::OnDate:
        request.expiry = Expiry::onDate(m_ui->expiryDateEdit->date(), m_zone);
        break;
    }
    return request;
}

QString CreateKeyDialog::nameProblem() const
{
    return m_ui->nameMessageLabel->text();
}

QString CreateKeyDialog::expiryProblem() const
{
    return m_ui->expiryMessageLabel->text();
}

void CreateKeyDialog::setTimeZone(const QTimeZone &zone)
{
    const QDate chosen = m_ui->expiryDateEdit->date();
    m_zone = zone;
    updateExpiryRange();
    m_ui->expiryDateEdit->setDate(chosen);
    updateValidity(m_nameTouched);
}

void CreateKeyDialog::setExpiryChoice(ExpiryChoice choice)
{
    m_ui->expiryCombo->setCurrentIndex(m_ui->expiryCombo->findData(static_cast<int>(choice)));
}

void CreateKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->nameEdit->setReadOnly(busy);
    m_ui->expiryCombo->setEnabled(!busy);
    m_ui->expiryDateEdit->setEnabled(!busy && expiryChoice() == ExpiryChoice::OnDate);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(busy ? tr("Creating…") : tr("&Create"));
    if (busy)
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    else
        updateValidity(true);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void CreateKeyDialog::showRequestError(const QString &message)
{
    m_ui->requestErrorLabel->setText(message);
    m_ui->requestErrorLabel->setVisible(!message.isEmpty());
}

QString CreateKeyDialog::requestError() const
{
    return m_ui->requestErrorLabel->text();
}

void CreateKeyDialog::finish()
{
    m_busy = false;
    QDialog::accept();
}

void CreateKeyDialog::accept()
{
    if (m_busy || !isInputValid())
        return;
    showRequestError({});
    Q_EMIT createRequested(request());
}

void CreateKeyDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void CreateKeyDialog::onInputChanged()
{
    if (m_busy)
        return;
    // An earlier server message is about the previous input.
    showRequestError({});
    updateValidity(m_nameTouched);
}

bool CreateKeyDialog::updateValidity(bool showEmptyName)
{
    const QString name = KeyValidation::normalisedName(m_ui->nameEdit->text());
    const int length = characterCount(name);
    m_ui->nameCounterLabel->setText(tr("%1/%2").arg(length).arg(KeyValidation::maxNameLength));
    if (length > KeyValidation::maxNameLength)
        styleAsInlineError(m_ui->nameCounterLabel);
    else
        m_ui->nameCounterLabel->setPalette(palette());

    const Validation nameValidation = KeyValidation::validateName(name);
    // An untouched, empty field is not an error yet; Create is simply not available.
    m_ui->nameMessageLabel->setText(nameValidation.ok || (name.isEmpty() && !showEmptyName) ? QString()
                                                                                            : nameValidation.message);

    const bool onDate = expiryChoice() == ExpiryChoice::OnDate;
    m_ui->expiryDateEdit->setEnabled(onDate && !m_busy);
    Validation expiryValidation{true, {}};
    if (onDate)
        expiryValidation = KeyValidation::validateExpiryDate(m_ui->expiryDateEdit->date(), today());
    m_ui->expiryMessageLabel->setText(expiryValidation.message);
    m_ui->expiryMessageLabel->setVisible(!expiryValidation.ok);

    const bool valid = nameValidation.ok && expiryValidation.ok;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && valid);
    return valid;
}

void CreateKeyDialog::updateExpiryRange()
{
    // Set once: a date edit clamps silently, so a chosen date that became past while the
    // dialog stayed open (across midnight) is reported by validation on Create instead.
    m_ui->expiryDateEdit->setDateRange(today().addDays(1), today().addDays(KeyValidation::maxExpiryDays));
}

QDate CreateKeyDialog::today() const
{
    // The day here: a chosen date is sent as the instant it begins here
    // (CreateKeyRequest.h), so any later day is in the future for the server too.
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return now.toTimeZone(m_zone).date();
}

CreateKeyDialog::ExpiryChoice CreateKeyDialog::expiryChoice() const
{
    return static_cast<ExpiryChoice>(m_ui->expiryCombo->currentData().toInt());
}

} // namespace keydesk
