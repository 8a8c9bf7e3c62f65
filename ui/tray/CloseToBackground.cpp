#include "CloseToBackground.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QWidget>

namespace keydesk {

CloseToBackground::CloseToBackground(QWidget *window, std::function<bool()> trayAvailable, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_trayAvailable(trayAvailable ? std::move(trayAvailable)
                                    : [] { return QSystemTrayIcon::isSystemTrayAvailable(); })
{
    m_window->installEventFilter(this);
}

CloseToBackground::~CloseToBackground() = default;

void CloseToBackground::setWatching(bool watching)
{
    m_watching = watching;
    QApplication::setQuitOnLastWindowClosed(!watching);
}

void CloseToBackground::quit()
{
    m_quitting = true;
    m_window->close();
    QCoreApplication::quit();
}

bool CloseToBackground::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || !m_watching || m_quitting)
        return QObject::eventFilter(watched, event);
    if (m_trayAvailable() || m_answered)
        return QObject::eventFilter(watched, event); // hidden; the tray (or a notification) brings it back
    event->ignore();
    ask();
    return true;
}

void CloseToBackground::ask()
{
    if (m_question)
        return;
    m_question = new QMessageBox(QMessageBox::Question, tr("Keep Watching?"),
                                 tr("KeyDesk can keep watching your organisations in the background and notify you "
                                    "of new findings. There is no system tray here: the Open button of a "
                                    "notification brings the window back."),
                                 QMessageBox::NoButton, m_window);
    QPushButton *keep = m_question->addButton(tr("&Keep Watching"), QMessageBox::AcceptRole);
    m_question->addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    m_question->setDefaultButton(keep);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, keep](QAbstractButton *button) {
        if (button == keep) {
            m_answered = true;
            m_window->hide();
            Q_EMIT keptWatching();
        } else {
            quit();
        }
    });
    m_question->open();
}

} // namespace keydesk
