#pragma once

#include <QLineEdit>

namespace keydesk {

// Read-only, monospace field for a secret shown once. Selects everything on focus; its
// context menu and Ctrl+C copy through copyRequested() (the secret clipboard with its
// hints and timeout) instead of the plain clipboard, and it offers no Cut.
class SecretField final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretField)
public:
    explicit SecretField(QWidget *parent = nullptr);
    ~SecretField() override;

Q_SIGNALS:
    void copyRequested();

protected:
    void focusInEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace keydesk
