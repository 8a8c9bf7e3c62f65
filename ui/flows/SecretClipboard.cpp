#include "SecretClipboard.h"

#include "CreatedKey.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

QByteArray digestOf(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    utf8.fill('\0'); // the temporary copy of the secret does not linger on the heap
    return digest;
}

} // namespace

SecretClipboard::SecretClipboard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_tick.setInterval(1000);
    m_tick.setTimerType(Qt::PreciseTimer); // a coarse timer may tick early and skip a second
    connect(&m_tick, &QTimer::timeout, this, &SecretClipboard::onTick);
    // The event loop still runs here, so the clipboard owner can hand the cleared
    // content to the platform before the process goes away.
    if (QCoreApplication *application = QCoreApplication::instance())
        connect(application, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearIfOurs);
}

SecretClipboard::~SecretClipboard()
{
    clearIfOurs();
}

void SecretClipboard::setTimeoutSeconds(int seconds)
{
    m_timeoutSeconds = qMax(1, seconds);
}

void SecretClipboard::copySecret(const QString &secret)
{
    auto *data = new QMimeData;
    // A copy of its own, not a share of the caller's buffer, so that clearing can wipe
    // it in place without touching the caller's.
    data->setText(QString(secret.constData(), secret.size()));
    // KDE Klipper and Plasma: do not keep this in the history.
    data->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    // Windows clipboard history and cloud clipboard.
    data->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, QByteArrayLiteral("1"));
    // macOS: password managers' convention, honoured by clipboard managers.
    data->setData(u"application/x-nspasteboard-concealed-type"_s, QByteArrayLiteral("secret"));
    m_clipboard->setMimeData(data, QClipboard::Clipboard);

    m_copiedDigest = digestOf(secret);
    m_deadline = QDeadlineTimer(std::chrono::seconds(m_timeoutSeconds));
    m_tick.start();
    Q_EMIT countdownChanged(secondsRemaining());
}

void SecretClipboard::clearIfOurs()
{
    if (m_copiedDigest.isEmpty())
        return;
    const bool ours = holdsOurSecret();
    if (ours) {
        wipeSharedBuffer(m_clipboard->text(QClipboard::Clipboard)); // the copy made above
        m_clipboard->clear(QClipboard::Clipboard);
    }
    stop();
    if (ours)
        Q_EMIT cleared();
    else
        Q_EMIT superseded();
}

int SecretClipboard::secondsRemaining() const
{
    if (!m_tick.isActive())
        return 0;
    // Rounded up, so the countdown reads 30 … 1 and never shows 0 while still pending.
    const qint64 remainingMs = m_deadline.remainingTime();
    return static_cast<int>((qMax<qint64>(0, remainingMs) + 999) / 1000);
}

void SecretClipboard::onTick()
{
    if (!holdsOurSecret()) {
        stop();
        Q_EMIT superseded();
        return;
    }
    if (m_deadline.hasExpired()) {
        clearIfOurs();
        return;
    }
    Q_EMIT countdownChanged(secondsRemaining());
}

bool SecretClipboard::holdsOurSecret() const
{
    if (m_copiedDigest.isEmpty())
        return false;
    QString current = m_clipboard->text(QClipboard::Clipboard);
    const bool ours = digestOf(current) == m_copiedDigest;
    wipeSecret(current);
    return ours;
}

void SecretClipboard::stop()
{
    m_tick.stop();
    m_copiedDigest.clear();
}

} // namespace keydesk
