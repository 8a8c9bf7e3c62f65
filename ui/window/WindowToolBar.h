#pragma once

class QLineEdit;

namespace Ui {
class MainWindow;
}

namespace keydesk {

class ProfileSelector;

// The main window's toolbar: the organisation selector, the key actions and the filter.
struct WindowToolBar final {
    ProfileSelector *profileSelector = nullptr;
    QLineEdit *filter = nullptr;

    // Fills the form's toolbar (the window connects the selector and the filter).
    static WindowToolBar fill(Ui::MainWindow &ui);
};

} // namespace keydesk
