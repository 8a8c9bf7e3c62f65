#include "ConfirmationPrompt.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keydesk {

ConfirmationPrompt::ConfirmationPrompt(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
{
}

ConfirmationPrompt::~ConfirmationPrompt() = default;

void ConfirmationPrompt::start()
{
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ConfirmationPrompt::readAvailable);
}

bool ConfirmationPrompt::meansYes(const QString &answer)
{
    const QString word = answer.trimmed().toLower();
    //: Accepted answers to a [y/N] question, besides the English "y" and "yes".
    const QString translatedShort = QCoreApplication::translate("ConfirmationPrompt", "y");
    const QString translatedLong = QCoreApplication::translate("ConfirmationPrompt", "yes");
    return word == u"y"_s || word == u"yes"_s || word == translatedShort.toLower() || word == translatedLong.toLower();
}

void ConfirmationPrompt::readAvailable()
{
    char buffer[256];
    const ssize_t count = ::read(m_fd, buffer, sizeof buffer);
    if (count < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (count <= 0) {
        finish(m_line);
        return;
    }
    m_line.append(buffer, count);
    const qsizetype newline = m_line.indexOf('\n');
    if (newline >= 0)
        finish(m_line.left(newline));
}

void ConfirmationPrompt::finish(const QByteArray &line)
{
    if (m_finished)
        return;
    m_finished = true;
    m_notifier->setEnabled(false);
    const QString answer = QString::fromUtf8(line);
    Q_EMIT answered(m_expected.isEmpty() ? meansYes(answer) : answer.trimmed() == m_expected);
}

} // namespace keydesk
