#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace keydesk {

// Turns SIGTERM/SIGINT into a Qt signal through a self-pipe, so the handler itself
// does nothing but write one byte (async-signal-safe).
class UnixSignalWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)
public:
    explicit UnixSignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    bool isValid() const;

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace keydesk
