#include "SecretField.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QTimer>

namespace keydesk {

SecretField::SecretField(QWidget *parent)
    : QLineEdit(parent)
{
    setReadOnly(true);
    setDragEnabled(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Nothing to remember or autocomplete from a secret.
    setAttribute(Qt::WA_InputMethodEnabled, false);
}

SecretField::~SecretField()
{
    clear();
}

void SecretField::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    // After the base class has placed the cursor (a mouse press would undo it otherwise).
    QTimer::singleShot(0, this, &QLineEdit::selectAll);
}

void SecretField::contextMenuEvent(QContextMenuEvent *event)
{
    // Our own menu: the standard one copies without the secret hints and offers Cut.
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copy"), this, &SecretField::copyRequested);
    menu->addAction(tr("Select &All"), this, &QLineEdit::selectAll);
    menu->popup(event->globalPos());
    event->accept();
}

void SecretField::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        Q_EMIT copyRequested();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace keydesk
