#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>

class QSocketNotifier;

namespace keydesk {

// Waits, without blocking the event loop, for one line typed on the terminal at `fd`
// and reports whether it means "yes" (or, with an expected answer, is exactly that text,
// such as the number of keys a bulk revoke asks to type). End of input counts as "no".
class ConfirmationPrompt final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmationPrompt)
public:
    explicit ConfirmationPrompt(int fd, QObject *parent = nullptr);
    ~ConfirmationPrompt() override;

    void start();
    // Only this text (trimmed) confirms, instead of "y"/"yes". Before start().
    void setExpectedAnswer(const QString &answer) { m_expected = answer; }
    static bool meansYes(const QString &answer);

Q_SIGNALS:
    void answered(bool yes);

private:
    void readAvailable();
    void finish(const QByteArray &line);

    int m_fd;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_line;
    QString m_expected;
    bool m_finished = false;
};

} // namespace keydesk
