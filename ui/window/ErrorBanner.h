#pragma once

#include <QFlags>
#include <QFrame>

class QLabel;
class QPushButton;

namespace keydesk {

// The inline message strip above the table: one message at a time, replaced rather
// than stacked, with the actions that fix it. Colours come from the palette.
class ErrorBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)
public:
    enum class Level { Warning, Error };
    enum class Action { None = 0, Retry = 1, EditProfile = 2 };
    Q_DECLARE_FLAGS(Actions, Action)

    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    void showMessage(Level level, const QString &message, Actions actions = Action::None);
    void dismiss();
    QString message() const;
    Level level() const { return m_level; }
    // Label of the "Edit profile…" button, e.g. "Enter new token…".
    void setEditProfileText(const QString &text);

Q_SIGNALS:
    void retryRequested();
    void editProfileRequested();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    Level m_level = Level::Error;
    bool m_applyingPalette = false;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_editProfile;
    QPushButton *m_dismiss;
};

} // namespace keydesk

Q_DECLARE_OPERATORS_FOR_FLAGS(keydesk::ErrorBanner::Actions)
