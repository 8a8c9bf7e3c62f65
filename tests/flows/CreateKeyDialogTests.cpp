#include "CreateKeyDialog.h"
#include "FlowsTestSupport.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace keydesk;

namespace {

struct DialogParts {
    QLineEdit *name;
    QLabel *counter;
    QComboBox *expiry;
    QDateEdit *date;
    QPushButton *create;
    QPushButton *cancel;
};

DialogParts partsOf(CreateKeyDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    return {dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
            dialog.findChild<QLabel *>(QStringLiteral("nameCounterLabel")),
            dialog.findChild<QComboBox *>(QStringLiteral("expiryCombo")),
            dialog.findChild<QDateEdit *>(QStringLiteral("expiryDateEdit")),
            buttons->button(QDialogButtonBox::Ok),
            buttons->button(QDialogButtonBox::Cancel)};
}

class CreateKeyDialogTest : public ::testing::Test {
protected:
    QDateTime m_now = QDateTime(QDate(2025, 5, 14), QTime(10, 0), Qt::UTC);
    CreateKeyDialog::Clock clock()
    {
        return [this] { return m_now; };
    }
};

} // namespace

TEST_F(CreateKeyDialogTest, NameIsValidatedInlineWithACounter)
{
    CreateKeyDialog dialog(Dialect::LocalLeads, 3, clock());
    dialog.show();
    const DialogParts parts = partsOf(dialog);
    ASSERT_TRUE(parts.name && parts.counter && parts.create);

    // Untouched: no message yet, but Create is not available.
    EXPECT_TRUE(dialog.nameProblem().isEmpty());
    EXPECT_FALSE(parts.create->isEnabled());
    EXPECT_EQ(parts.counter->text(), QStringLiteral("0/100"));

    parts.name->setText(QStringLiteral("x"));
    EXPECT_TRUE(parts.create->isEnabled());
    parts.name->clear();
    EXPECT_FALSE(dialog.nameProblem().isEmpty());
    EXPECT_FALSE(parts.create->isEnabled());

    parts.name->setText(QStringLiteral("   "));
    EXPECT_FALSE(dialog.nameProblem().isEmpty());
    EXPECT_FALSE(parts.create->isEnabled());

    parts.name->setText(QString(101, u'n'));
    EXPECT_FALSE(dialog.nameProblem().isEmpty());
    EXPECT_TRUE(dialog.nameProblem().contains(QStringLiteral("100")));
    EXPECT_EQ(parts.counter->text(), QStringLiteral("101/100"));
    EXPECT_FALSE(parts.create->isEnabled());

    parts.name->setText(QString(100, u'n'));
    EXPECT_TRUE(dialog.nameProblem().isEmpty());
    EXPECT_EQ(parts.counter->text(), QStringLiteral("100/100"));
    EXPECT_TRUE(parts.create->isEnabled());

    // Trimmed: surrounding spaces do not count and are not sent.
    parts.name->setText(QStringLiteral("  CRM sync  "));
    EXPECT_EQ(parts.counter->text(), QStringLiteral("8/100"));
    EXPECT_EQ(dialog.request().name, QStringLiteral("CRM sync"));
}

TEST_F(CreateKeyDialogTest, ShowsTheDialectsLimit)
{
    CreateKeyDialog localLeads(Dialect::LocalLeads, 3, clock());
    EXPECT_TRUE(localLeads.findChild<QLabel *>(QStringLiteral("constraintsLabel"))
                    ->text()
                    .contains(QStringLiteral("3 of 10 active keys")));
    CreateKeyDialog leadHql(Dialect::LeadHql, 3, clock());
    EXPECT_FALSE(leadHql.findChild<QLabel *>(QStringLiteral("constraintsLabel"))
                     ->text()
                     .contains(QStringLiteral("active keys")));
}

TEST_F(CreateKeyDialogTest, ExpiryChoicesMapToTheRequest)
{
    CreateKeyDialog dialog(Dialect::LeadHql, 0, clock());
    const DialogParts parts = partsOf(dialog);
    parts.name->setText(QStringLiteral("CI"));
    EXPECT_EQ(parts.expiry->count(), 5);
    EXPECT_EQ(dialog.request().expiry.kind, Expiry::Kind::Never);
    EXPECT_FALSE(parts.date->isEnabled());

    dialog.setExpiryChoice(CreateKeyDialog::ExpiryChoice::Days60);
    EXPECT_EQ(dialog.request().expiry.kind, Expiry::Kind::InDays);
    EXPECT_EQ(dialog.request().expiry.days, 60);

    dialog.setExpiryChoice(CreateKeyDialog::ExpiryChoice::OnDate);
    EXPECT_TRUE(parts.date->isEnabled());
    EXPECT_TRUE(parts.date->calendarPopup());
    EXPECT_EQ(parts.date->minimumDate(), QDate(2025, 5, 15)); // tomorrow
    // The date edit does not even take a past date.
    parts.date->setDate(QDate(2025, 5, 1));
    EXPECT_EQ(parts.date->date(), QDate(2025, 5, 15));
    parts.date->setDate(QDate(2025, 7, 1));
    EXPECT_EQ(dialog.request().expiry.kind, Expiry::Kind::OnDate);
    EXPECT_EQ(dialog.request().expiry.date, QDate(2025, 7, 1));
    EXPECT_TRUE(parts.create->isEnabled());
}

TEST_F(CreateKeyDialogTest, ADateThatBecamePastIsRefusedOnCreate)
{
    CreateKeyDialog dialog(Dialect::LocalLeads, 0, clock());
    const DialogParts parts = partsOf(dialog);
    QSignalSpy requested(&dialog, &CreateKeyDialog::createRequested);
    parts.name->setText(QStringLiteral("Nightly export"));
    dialog.setExpiryChoice(CreateKeyDialog::ExpiryChoice::OnDate);
    parts.date->setDate(QDate(2025, 5, 15));
    EXPECT_TRUE(dialog.expiryProblem().isEmpty());

    // The dialog stayed open over two midnights.
    m_now = m_now.addDays(2);
    parts.create->click();
    EXPECT_EQ(requested.count(), 0);
    EXPECT_FALSE(dialog.expiryProblem().isEmpty());
    EXPECT_FALSE(parts.create->isEnabled());

    parts.date->setDate(QDate(2025, 6, 1));
    EXPECT_TRUE(dialog.expiryProblem().isEmpty());
    parts.create->click();
    ASSERT_EQ(requested.count(), 1);
    const auto request = requested.first().first().value<CreateKeyRequest>();
    EXPECT_EQ(request.name, QStringLiteral("Nightly export"));
    EXPECT_EQ(request.expiry.date, QDate(2025, 6, 1));
}

TEST_F(CreateKeyDialogTest, DatesAreDaysOfTheDialogsTimeZone)
{
    // 2025-05-14 10:00 UTC is already the 15th in UTC+14 and still the 13th in UTC−12:
    // "tomorrow" is another date in each, and it begins at another instant, which is
    // what the request carries (the dialog used to take the later of the local and
    // the UTC day, and a date meant midnight UTC on the server).
    struct Case final {
        const char *zone;
        QDate tomorrow;
        const char *startsAt;
    };
    const Case cases[] = {{"Pacific/Kiritimati", QDate(2025, 5, 16), "2025-05-15T10:00:00.000Z"},
                          {"Etc/GMT+12", QDate(2025, 5, 14), "2025-05-14T12:00:00.000Z"},
                          {"Europe/Berlin", QDate(2025, 5, 15), "2025-05-14T22:00:00.000Z"}};
    for (const Case &c : cases) {
        const QTimeZone zone{QByteArray(c.zone)};
        ASSERT_TRUE(zone.isValid()) << c.zone << ": is tzdata installed?";
        CreateKeyDialog dialog(Dialect::LocalLeads, 0, clock());
        dialog.setTimeZone(zone);
        const DialogParts parts = partsOf(dialog);
        parts.name->setText(QStringLiteral("zoned"));
        dialog.setExpiryChoice(CreateKeyDialog::ExpiryChoice::OnDate);
        EXPECT_EQ(parts.date->minimumDate(), c.tomorrow) << c.zone;
        parts.date->setDate(c.tomorrow);
        EXPECT_TRUE(dialog.isInputValid()) << c.zone << ": " << dialog.expiryProblem().toStdString();
        const CreateKeyRequest request = dialog.request();
        EXPECT_EQ(request.expiry.date, c.tomorrow) << c.zone;
        EXPECT_EQ(request.expiry.startsAt.toString(Qt::ISODateWithMs), QString::fromLatin1(c.startsAt)) << c.zone;
    }
}

TEST_F(CreateKeyDialogTest, BusyDialogIgnoresCancelAndEscape)
{
    CreateKeyDialog dialog(Dialect::LeadHql, 0, clock());
    dialog.open();
    const DialogParts parts = partsOf(dialog);
    parts.name->setText(QStringLiteral("CI"));
    dialog.setBusy(true);
    EXPECT_FALSE(parts.cancel->isEnabled());
    EXPECT_FALSE(parts.create->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    dialog.reject();
    EXPECT_TRUE(dialog.isVisible());
    dialog.setBusy(false);
    EXPECT_TRUE(parts.create->isEnabled());
    EXPECT_EQ(parts.name->text(), QStringLiteral("CI"));
    dialog.reject();
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(CreateKeyDialogTest, Screenshot)
{
    CreateKeyDialog dialog(Dialect::LocalLeads, 4, clock());
    dialog.show();
    const DialogParts parts = partsOf(dialog);
    parts.name->setText(QString(101, u'x'));
    dialog.setExpiryChoice(CreateKeyDialog::ExpiryChoice::OnDate);
    dialog.showRequestError(QStringLiteral("The server rejected the request (name must be unique)."));
    dialog.adjustSize();
    QTest::qWait(50);
    test::saveScreenshot(&dialog, QStringLiteral("create-invalid"));
    parts.name->setText(QStringLiteral("Production CRM sync"));
    dialog.setExpiryChoice(CreateKeyDialog::ExpiryChoice::Days90);
    dialog.showRequestError({});
    dialog.adjustSize();
    QTest::qWait(50);
    test::saveScreenshot(&dialog, QStringLiteral("create"));
    EXPECT_GT(dialog.width(), 300);
}
