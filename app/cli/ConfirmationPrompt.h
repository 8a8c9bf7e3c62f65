#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>

class QSocketNotifier;

namespace keydesk {

// Waits, without blocking the event loop, for one line typed on the terminal at `fd`
// and reports whether it means "yes". End of input counts as "no".
class ConfirmationPrompt final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmationPrompt)
public:
    explicit ConfirmationPrompt(int fd, QObject *parent = nullptr);
    ~ConfirmationPrompt() override;

    void start();
    static bool meansYes(const QString &answer);

Q_SIGNALS:
    void answered(bool yes);

private:
    void readAvailable();
    void finish(bool yes);

    int m_fd;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_line;
    bool m_finished = false;
};

} // namespace keydesk
