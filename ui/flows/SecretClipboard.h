#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

class QClipboard;

namespace keydesk {

// KeePassXC-style clipboard for secrets, on an injected QClipboard. The copied data is
// marked secret for clipboard managers (KDE hint, Windows exclusion flag, macOS concealed
// type) and cleared after a timeout, on quit and on destruction — but only while the
// clipboard still holds what we put there: a later copy by the user is never touched.
class SecretClipboard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)
public:
    static constexpr int defaultTimeoutSeconds = 30;

    explicit SecretClipboard(QClipboard *clipboard, QObject *parent = nullptr);
    ~SecretClipboard() override; // clears the clipboard if it still holds our secret

    void setTimeoutSeconds(int seconds); // >= 1
    int timeoutSeconds() const { return m_timeoutSeconds; }

    void copySecret(const QString &secret);
    // Clears the clipboard if it still holds the copied secret; stops the countdown.
    void clearIfOurs();
    bool isCountingDown() const { return m_tick.isActive(); }
    int secondsRemaining() const; // 0 when not counting down

Q_SIGNALS:
    void countdownChanged(int secondsRemaining); // once a second while counting down
    void cleared();                              // the secret was removed from the clipboard
    void superseded();                           // the clipboard changed under us: nothing to clear any more

private:
    void onTick();
    bool holdsOurSecret() const;
    void stop();

    QClipboard *m_clipboard;
    int m_timeoutSeconds = defaultTimeoutSeconds;
    QTimer m_tick;
    QDeadlineTimer m_deadline;
    QByteArray m_copiedDigest; // SHA-256 of what we copied: no second plaintext copy
};

} // namespace keydesk
