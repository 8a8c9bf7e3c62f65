#pragma once

#include <QCoreApplication>

class QWidget;

namespace keydesk {

// Help → About: what KeyDesk does, its version and its license (the full text when
// the resources carry it).
class AboutBox final {
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    // A window-modal box over `window`, with its icon; deletes itself when closed.
    static void open(QWidget *window);
};

} // namespace keydesk
