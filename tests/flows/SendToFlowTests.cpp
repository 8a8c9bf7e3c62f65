// "Send To…" from the reveal dialog (docs/design.md#delivery), against the real sandbox,
// keychain and processes.
#include "CreateKeyDialog.h"
#include "FlowsTestSupport.h"
#include "RevealKeyDialog.h"
#include "SendToDialog.h"
#include "VaultTools.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int commandRow = 3;
constexpr int passRow = 1;
constexpr int keepassRow = 2;

class SendToFlow : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_tools.isValid()) << qPrintable(m_tools.error());
        m_tools.writeScript(u"store-key"_s, "cat > \"$1\"\necho stored\n");
        m_tools.writeScript(u"refuse-key"_s, "cat >/dev/null\necho 'HTTP 403: not allowed' >&2\nexit 1\n");
        DeliveryServices services;
        services.environment = m_tools.environment();
        services.commandTemplates = [this](const QString &) {
            return QMap<QString, QStringList>{{u"refuse"_s, {u"refuse-key"_s}},
                                              {u"store"_s, {u"store-key"_s, m_tools.path(u"received"_s)}}};
        };
        m_fixture.flows->setDeliveryServices(services);
    }

    RevealKeyDialog *createKey()
    {
        m_fixture.flows->create(m_fixture.target(), {});
        auto *create = waitForDialog<CreateKeyDialog>(m_fixture.window.get());
        EXPECT_NE(create, nullptr);
        if (!create)
            return nullptr;
        create->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"deploy"_s);
        create->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        return waitForDialog<RevealKeyDialog>(m_fixture.window.get());
    }

    SendToDialog *openSendTo(RevealKeyDialog *reveal)
    {
        reveal->findChild<QPushButton *>(u"sendToButton"_s)->click();
        return waitForDialog<SendToDialog>(m_fixture.window.get());
    }

    QString onlyPendingId() const
    {
        const QList<PendingHandoff> pending = m_fixture.handoffs->pending(m_fixture.profileName);
        return pending.size() == 1 ? pending.constFirst().keyId : QString();
    }

    VaultTools m_tools;
    FlowsFixture m_fixture{u"localleads"_s};
};

} // namespace

TEST_F(SendToFlow, CommandDeliveryForgetsTheKeyAfterItsExitStatus)
{
    QSignalSpy actions(m_fixture.flows.get(), &KeyFlows::actionFinished);
    RevealKeyDialog *reveal = createKey();
    ASSERT_NE(reveal, nullptr);
    const QString secret = reveal->findChild<QLineEdit *>(u"keyEdit"_s)->text();
    const QString keyId = onlyPendingId();
    ASSERT_FALSE(keyId.isEmpty());

    SendToDialog *sendTo = openSendTo(reveal);
    ASSERT_NE(sendTo, nullptr);
    sendTo->findChild<QComboBox *>(u"kindCombo"_s)->setCurrentIndex(commandRow);
    sendTo->findChild<QComboBox *>(u"commandCombo"_s)->setCurrentIndex(1); // "store"
    // Shown before it runs.
    EXPECT_EQ(sendTo->findChild<QLabel *>(u"commandPreview"_s)->text(), u"store-key "_s + m_tools.path(u"received"_s));
    sendTo->findChild<QPushButton *>(u"sendButton"_s)->click();
    EXPECT_TRUE(sendTo->isDelivering()); // the GUI goes on while the command runs
    ASSERT_TRUE(QTest::qWaitFor([sendTo] { return !sendTo->isDelivering(); }, 60000));
    EXPECT_TRUE(sendTo->resultText().startsWith(u"Sent to command:store"_s)) << qPrintable(sendTo->resultText());
    EXPECT_TRUE(sendTo->resultText().contains(u"exit status"_s));

    QFile received(m_tools.path(u"received"_s));
    ASSERT_TRUE(received.open(QIODevice::ReadOnly));
    EXPECT_EQ(received.readAll(), secret.toUtf8());
    // Forgotten at once; the reveal dialog closes as "stored" with Send To, the pending copy goes.
    EXPECT_TRUE(reveal->findChild<QLineEdit *>(u"keyEdit"_s)->text().isEmpty());
    EXPECT_TRUE(m_fixture.handoffs->isPending(m_fixture.profileName, keyId));
    sendTo->findChild<QPushButton *>(u"closeButton"_s)->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return visibleDialog<RevealKeyDialog>(m_fixture.window.get()) == nullptr; }));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_fixture.handoffs->isPending(m_fixture.profileName, keyId); }));
    bool logged = false;
    for (const QList<QVariant> &call : std::as_const(actions)) {
        const auto entry = call.at(0).value<ActionLogEntry>();
        if (entry.action == ActionLogEntry::deliver()) {
            logged = true;
            EXPECT_EQ(entry.outcome, ActionLogEntry::ok());
            EXPECT_TRUE(entry.detail.startsWith(u"command:store: "_s)) << qPrintable(entry.detail);
            EXPECT_FALSE(entry.detail.contains(secret));
        }
    }
    EXPECT_TRUE(logged);
}

TEST_F(SendToFlow, FailedDeliveryKeepsTheKeyOnScreenAndPending)
{
    RevealKeyDialog *reveal = createKey();
    ASSERT_NE(reveal, nullptr);
    const QString secret = reveal->findChild<QLineEdit *>(u"keyEdit"_s)->text();
    const QString keyId = onlyPendingId();
    SendToDialog *sendTo = openSendTo(reveal);
    ASSERT_NE(sendTo, nullptr);
    sendTo->findChild<QComboBox *>(u"kindCombo"_s)->setCurrentIndex(commandRow);
    sendTo->findChild<QComboBox *>(u"commandCombo"_s)->setCurrentIndex(0); // "refuse"
    sendTo->findChild<QPushButton *>(u"sendButton"_s)->click();
    ASSERT_TRUE(QTest::qWaitFor([sendTo] { return !sendTo->isDelivering(); }, 60000));
    EXPECT_TRUE(sendTo->resultText().contains(u"exited with status 1"_s)) << qPrintable(sendTo->resultText());
    EXPECT_TRUE(sendTo->resultText().contains(u"stays pending"_s));
    EXPECT_TRUE(sendTo->findChild<QWidget *>(u"outputView"_s)->isVisible());
    EXPECT_TRUE(reveal->isVisible());
    EXPECT_EQ(reveal->findChild<QLineEdit *>(u"keyEdit"_s)->text(), secret);
    EXPECT_TRUE(m_fixture.handoffs->isPending(m_fixture.profileName, keyId));
    saveScreenshot(sendTo, u"send-to-failed"_s);
}

TEST_F(SendToFlow, KeePassXcAsksForTheDatabasePasswordMasked)
{
    RevealKeyDialog *reveal = createKey();
    ASSERT_NE(reveal, nullptr);
    SendToDialog *sendTo = openSendTo(reveal);
    ASSERT_NE(sendTo, nullptr);
    sendTo->findChild<QComboBox *>(u"kindCombo"_s)->setCurrentIndex(keepassRow);
    EXPECT_EQ(sendTo->findChild<QLineEdit *>(u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
    ASSERT_TRUE(m_tools.createDatabase());
    sendTo->findChild<QLineEdit *>(u"databaseEdit"_s)->setText(m_tools.database());
    sendTo->findChild<QLineEdit *>(u"entryEdit"_s)->setText(u"deploy"_s);
    sendTo->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(QString::fromLatin1(VaultTools::databasePassword));
    sendTo->findChild<QPushButton *>(u"sendButton"_s)->click();
    EXPECT_TRUE(sendTo->findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty()); // not kept
    ASSERT_TRUE(QTest::qWaitFor([sendTo] { return !sendTo->isDelivering(); }, 60000));
    EXPECT_TRUE(sendTo->resultText().contains(u"fingerprints match"_s)) << qPrintable(sendTo->resultText());
    saveScreenshot(sendTo, u"send-to-keepassxc"_s);
}

TEST_F(SendToFlow, MissingToolsSayNotInstalled)
{
    DeliveryServices services;
    services.environment = m_tools.environment();
    services.environment.insert(u"PATH"_s, m_tools.path(u"empty"_s));
    m_fixture.flows->setDeliveryServices(services);
    RevealKeyDialog *reveal = createKey();
    ASSERT_NE(reveal, nullptr);
    SendToDialog *sendTo = openSendTo(reveal);
    ASSERT_NE(sendTo, nullptr);
    auto *kind = sendTo->findChild<QComboBox *>(u"kindCombo"_s);
    EXPECT_TRUE(kind->itemText(passRow).contains(u"not installed"_s));
    EXPECT_TRUE(kind->itemText(keepassRow).contains(u"not installed"_s));
    kind->setCurrentIndex(passRow);
    EXPECT_FALSE(sendTo->findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
    EXPECT_TRUE(sendTo->findChild<QLabel *>(u"toolStatusLabel"_s)->text().contains(u"pass is not installed"_s));
}
