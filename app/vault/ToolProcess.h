#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace keydesk {

// One run of an external program for a delivery: no shell (an argv list), the input
// only on its stdin (never argv or the environment), a time limit, its output bounded.
// Asynchronous: finished() once, then it deletes itself (deleteLater).
class ToolProcess final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolProcess)
public:
    // Each of stdout and stderr keeps at most this much; the rest is dropped.
    static constexpr qsizetype maxOutput = 64 * 1024;

    struct Result {
        bool started = false;
        bool timedOut = false;
        bool crashed = false;
        int exitCode = -1;
        QString startError; // why it did not start (translated by Qt)
        QByteArray standardOutput, standardError;
        bool ok() const { return started && !timedOut && !crashed && exitCode == 0; }
    };

    ToolProcess(QString program, QStringList arguments, QProcessEnvironment environment,
                std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~ToolProcess() override; // wipes the input and the output

    // Writes `input` to the child's stdin and closes it.
    void start(QByteArray input);
    const Result &result() const { return m_result; }
    qint64 processId() const { return m_process.processId(); }

Q_SIGNALS:
    void finished();

private:
    void readOutput();
    void finish();

    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QTimer m_timer;
    QByteArray m_input;
    Result m_result;
    bool m_finished = false;
};

} // namespace keydesk
