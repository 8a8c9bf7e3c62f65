#include "SecretClipboard.h"

#include <gtest/gtest.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace keydesk;

namespace {

QClipboard *systemClipboard()
{
    return QGuiApplication::clipboard();
}

} // namespace

TEST(SecretClipboard, CopyMarksTheDataAsSecret)
{
    SecretClipboard clipboard(systemClipboard());
    clipboard.copySecret(QStringLiteral("ll_secret_value"));
    const QMimeData *data = systemClipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    EXPECT_EQ(data->text(), QStringLiteral("ll_secret_value"));
    EXPECT_EQ(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    EXPECT_TRUE(data->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
    EXPECT_TRUE(data->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
    EXPECT_TRUE(clipboard.isCountingDown());
    EXPECT_EQ(clipboard.secondsRemaining(), SecretClipboard::defaultTimeoutSeconds);
    clipboard.clearIfOurs();
    EXPECT_TRUE(systemClipboard()->text().isEmpty());
}

TEST(SecretClipboard, ClearsAfterTheTimeoutWithACountdown)
{
    SecretClipboard clipboard(systemClipboard());
    clipboard.setTimeoutSeconds(2);
    QSignalSpy countdown(&clipboard, &SecretClipboard::countdownChanged);
    QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
    clipboard.copySecret(QStringLiteral("ll_goes_away"));
    ASSERT_GE(countdown.count(), 1);
    EXPECT_EQ(countdown.first().first().toInt(), 2);
    EXPECT_EQ(systemClipboard()->text(), QStringLiteral("ll_goes_away"));

    ASSERT_TRUE(cleared.wait(20000));
    EXPECT_TRUE(systemClipboard()->text().isEmpty());
    EXPECT_FALSE(clipboard.isCountingDown());
    EXPECT_GE(countdown.count(), 2); // 2, then 1 (at least one tick before clearing)
}

TEST(SecretClipboard, LeavesWhatTheUserCopiedLater)
{
    SecretClipboard clipboard(systemClipboard());
    clipboard.setTimeoutSeconds(1);
    QSignalSpy superseded(&clipboard, &SecretClipboard::superseded);
    QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
    clipboard.copySecret(QStringLiteral("ll_first"));
    systemClipboard()->setText(QStringLiteral("the user's own text"));

    ASSERT_TRUE(superseded.wait(20000));
    EXPECT_FALSE(clipboard.isCountingDown());
    // Well past the timeout: still the user's text.
    QTest::qWait(1500);
    EXPECT_EQ(systemClipboard()->text(), QStringLiteral("the user's own text"));
    EXPECT_EQ(cleared.count(), 0);
}

TEST(SecretClipboard, DestructionClearsOnlyOurSecret)
{
    {
        SecretClipboard clipboard(systemClipboard());
        clipboard.copySecret(QStringLiteral("ll_on_quit"));
    }
    EXPECT_TRUE(systemClipboard()->text().isEmpty());

    {
        SecretClipboard clipboard(systemClipboard());
        clipboard.copySecret(QStringLiteral("ll_on_quit"));
        systemClipboard()->setText(QStringLiteral("unrelated"));
    }
    EXPECT_EQ(systemClipboard()->text(), QStringLiteral("unrelated"));
}
