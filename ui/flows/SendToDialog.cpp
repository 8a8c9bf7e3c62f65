#include "SendToDialog.h"
#include "ui_SendToDialog.h"

#include "CreatedKey.h"
#include "KeyDelivery.h"
#include "KeychainSecretStore.h"
#include "UntrustedText.h"

#include <QFileDialog>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

// The combo box's rows, in the order of the pages.
constexpr int keychainRow = 0;
constexpr int passRow = 1;
constexpr int keepassRow = 2;
constexpr int commandRow = 3;

QString quotedArgv(const QStringList &argv)
{
    QStringList words;
    for (const QString &word : argv) {
        const bool plain = !word.isEmpty() && word.indexOf(QRegularExpression(u"[^A-Za-z0-9_./:=@%+-]"_s)) < 0;
        words.append(plain ? UntrustedText::forDisplay(word)
                           : u'\'' + UntrustedText::forDisplay(word).replace(u"'"_s, u"'\\''"_s) + u'\'');
    }
    return words.join(u' ');
}

} // namespace

SendToDialog::SendToDialog(const DeliveryServices &services, const QString &profileName, const QString &keyName,
                           const QString &secret, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SendToDialog>())
    , m_services(services)
    , m_secret(secret)
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    if (!m_services.keychain)
        m_services.keychain = [](const QString &label, QObject *owner) -> SecretStore * {
            return new KeychainSecretStore(label, KeychainSecretStore::defaultTimeout, owner);
        };
    if (m_services.commandTemplates)
        m_templates = m_services.commandTemplates(profileName);

    const auto withStatus = [this](const QString &text, const QString &tool) {
        return KeyDelivery::findTool(tool, m_services.environment).isEmpty() ? tr("%1 (not installed)").arg(text)
                                                                             : text;
    };
    m_ui->kindCombo->addItem(tr("OS keychain (a lasting entry)"));
    m_ui->kindCombo->addItem(withStatus(tr("pass (password store)"), u"pass"_s));
    m_ui->kindCombo->addItem(withStatus(tr("KeePassXC database"), u"keepassxc-cli"_s));
    m_ui->kindCombo->addItem(m_templates.isEmpty() ? tr("Saved command (none saved for this profile)")
                                                   : tr("Saved command"));
    for (auto it = m_templates.cbegin(); it != m_templates.cend(); ++it)
        m_ui->commandCombo->addItem(UntrustedText::forDisplay(it.key()), it.key());
    m_ui->accountEdit->setText(keyName);
    m_ui->labelEdit->setText(tr("API key: %1").arg(keyName));
    m_ui->progressBar->hide();
    m_ui->outputView->hide();
    m_ui->resultLabel->hide();

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &SendToDialog::updateKind);
    connect(m_ui->commandCombo, &QComboBox::currentIndexChanged, this, &SendToDialog::updateCommandPreview);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &SendToDialog::send);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &SendToDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("KeePassXC Database"), QString(),
                                        tr("KeePass databases (*.kdbx);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, m_ui->databaseEdit, &QLineEdit::setText);
        chooser->open();
    });
    updateCommandPreview();
    updateKind();
    adjustSize();
}

SendToDialog::~SendToDialog()
{
    wipeSecret(m_secret);
    m_ui->passwordEdit->clear();
}

bool SendToDialog::toolMissing(int kind) const
{
    if (kind == passRow)
        return KeyDelivery::findTool(u"pass"_s, m_services.environment).isEmpty();
    if (kind == keepassRow)
        return KeyDelivery::findTool(u"keepassxc-cli"_s, m_services.environment).isEmpty();
    return false;
}

void SendToDialog::updateKind()
{
    const int kind = m_ui->kindCombo->currentIndex();
    m_ui->pages->setCurrentIndex(kind);
    // The stack as tall as the page on show, not the tallest one.
    for (int page = 0; page < m_ui->pages->count(); ++page)
        m_ui->pages->widget(page)->setSizePolicy(QSizePolicy::Preferred,
                                                 page == kind ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_ui->pages->adjustSize();
    QString status;
    if (kind == passRow && toolMissing(kind))
        status = KeyDelivery::notInstalledMessage(u"pass"_s) + u' ' + tr("Install the package \"pass\" to use it.");
    else if (kind == keepassRow && toolMissing(kind))
        status = KeyDelivery::notInstalledMessage(u"keepassxc-cli"_s) + u' '
                 + tr("Install the package \"keepassxc\" to use it.");
    else if (kind == commandRow && m_templates.isEmpty())
        status = tr("Save a command template first: keydesk-cli profile command PROFILE NAME -- PROGRAM ARG…");
    else if (kind == commandRow)
        status = tr("The command runs without a shell and gets the key on its standard input. It cannot be read "
                    "back: its exit status decides.");
    else if (kind == keychainRow)
        status = tr("Read back from the keychain and compared before KeyDesk forgets its pending copy.");
    else
        status = tr("Read back and compared before KeyDesk forgets its pending copy.");
    m_ui->toolStatusLabel->setText(status);
    const bool usable = !toolMissing(kind) && !(kind == commandRow && m_templates.isEmpty());
    m_ui->sendButton->setEnabled(usable && !m_delivered && !isDelivering());
    adjustSize();
}

void SendToDialog::updateCommandPreview()
{
    const QStringList argv = m_templates.value(m_ui->commandCombo->currentData().toString());
    m_ui->commandPreview->setText(argv.isEmpty() ? tr("(no command)") : quotedArgv(argv));
}

QString SendToDialog::destinationSpec() const
{
    switch (m_ui->kindCombo->currentIndex()) {
    case keychainRow:
        return u"keychain:"_s + m_ui->labelEdit->text().trimmed();
    case passRow:
        return u"pass:"_s + m_ui->passNameEdit->text().trimmed();
    case keepassRow:
        return u"keepassxc:"_s + m_ui->databaseEdit->text().trimmed() + u':' + m_ui->entryEdit->text().trimmed();
    case commandRow:
        return u"command:"_s + m_ui->commandCombo->currentData().toString();
    }
    return {};
}

QString SendToDialog::resultText() const
{
    return m_ui->resultLabel->isVisibleTo(this) ? m_ui->resultLabel->text() : QString();
}

bool SendToDialog::isDelivering() const
{
    return m_delivery && m_delivery->isRunning();
}

void SendToDialog::reject()
{
    if (!isDelivering())
        QDialog::reject();
}

void SendToDialog::setEditable(bool editable)
{
    m_ui->kindCombo->setEnabled(editable);
    m_ui->pages->setEnabled(editable);
    m_ui->closeButton->setEnabled(editable);
}

void SendToDialog::send()
{
    QString error;
    const std::optional<Destination> destination = Destination::parse(destinationSpec(), m_services.ownKeychainService,
                                                                      &error);
    m_ui->resultLabel->show();
    if (!destination) {
        m_ui->resultLabel->setText(error);
        return;
    }
    DeliveryRequest request;
    request.destination = *destination;
    request.secret = m_secret;
    request.keyName = m_ui->kindCombo->currentIndex() == keychainRow ? m_ui->accountEdit->text().trimmed() : QString();
    if (destination->kind == Destination::Kind::Keychain && request.keyName.isEmpty()) {
        m_ui->resultLabel->setText(tr("Enter the account the keychain entry is filed under."));
        return;
    }
    request.commandArgv = m_templates.value(destination->name);
    request.databasePassword = m_ui->passwordEdit->text();
    m_ui->passwordEdit->clear();
    delete m_delivery;
    m_delivery = new KeyDelivery(m_services.environment, m_services.keychain, m_services.timeout, this);
    connect(m_delivery, &KeyDelivery::progress, m_ui->resultLabel, &QLabel::setText);
    connect(m_delivery, &KeyDelivery::finished, this, &SendToDialog::onFinished);
    m_ui->outputView->hide();
    m_ui->progressBar->show();
    m_ui->sendButton->setEnabled(false);
    setEditable(false);
    m_ui->resultLabel->setText(tr("Sending to %1…").arg(UntrustedText::forDisplay(destination->spec())));
    m_delivery->start(std::move(request));
}

void SendToDialog::onFinished()
{
    const DeliveryResult result = m_delivery->result();
    m_ui->progressBar->hide();
    setEditable(!result.delivered());
    const QString spec = UntrustedText::forDisplay(result.destination.spec());
    if (result.delivered()) {
        m_delivered = true;
        wipeSecret(m_secret);
        m_ui->resultLabel->setText(result.outcome == DeliveryResult::Outcome::Verified
                                       ? tr("Delivered to %1: %2.").arg(spec, result.message)
                                       : tr("Sent to %1: %2.").arg(spec, result.message));
        m_ui->closeButton->setEnabled(true);
        m_ui->closeButton->setDefault(true);
        m_ui->sendButton->hide();
    } else {
        m_ui->resultLabel->setText(tr("Not delivered to %1: %2 The key stays pending in the keychain and on screen.")
                                       .arg(spec, result.message));
        updateKind();
    }
    if (!result.toolOutput.isEmpty()) {
        m_ui->outputView->setPlainText(result.toolOutput);
        m_ui->outputView->show();
    }
    adjustSize();
    Q_EMIT deliveryFinished(result);
}

} // namespace keydesk
