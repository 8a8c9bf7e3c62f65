#pragma once

#include "ApiKey.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class RevokeConfirmation;
}

namespace keydesk {

// "Revoke “NAME” (identifier)?": names the key, says that integrations using it fail
// at once and that it cannot be undone, and warns separately when the key was used in
// the last 24 hours. Cancel is the default button.
class RevokeConfirmation final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeConfirmation)
public:
    static constexpr qint64 recentUseSeconds = 24 * 60 * 60;

    RevokeConfirmation(const ApiKey &key, const QDateTime &now, QWidget *parent = nullptr);
    ~RevokeConfirmation() override;

    QString questionText() const;
    QString recentUseWarning() const; // empty when not used in the last 24 hours
    QPushButton *revokeButton() const { return m_revokeButton; }
    QPushButton *cancelButton() const;

    // "It was used 2 hours ago"; empty when lastUsedAt is null, in the future or older
    // than 24 hours.
    static QString recentUseText(const QDateTime &lastUsedAt, const QDateTime &now);

private:
    std::unique_ptr<Ui::RevokeConfirmation> m_ui;
    QPushButton *m_revokeButton = nullptr;
};

} // namespace keydesk
