#pragma once

#include "ApiKey.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class RotateKeyDialog;
}

namespace keydesk {

// Key → Rotate… (docs/design.md#rotation): the successor's name (default: the old key's),
// its expiry (default: the old key's lifetime, else the policy default), the quiet
// period, auto-revoke and the emergency choice. At the dialect's active-key limit it
// says so and offers a key with a `never-used` or `idle` finding to revoke first
// (setRoom). Stays open while the requests run; KeyFlows closes it with finish().
class RotateKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotateKeyDialog)
public:
    struct Choice final {
        QString name; // validated, normalised
        int expiresInDays = 0;
        qint64 quietForSeconds = 0;
        bool autoRevoke = true;
        bool emergency = false;
        QString revokeFirstKeyId; // room to rotate: revoke this key before the create
    };

    RotateKeyDialog(const ApiKey &oldKey, const QDateTime &now, QWidget *parent = nullptr);
    ~RotateKeyDialog() override;

    // The organisation is at its limit of `limit` active keys; `candidates` (the room to
    // rotate rule's order) may be revoked first. Without candidates Rotate stays disabled.
    void setRoom(int active, int limit, const QList<ApiKey> &candidates);

    Choice choice() const;
    bool isInputValid() const;
    QString nameProblem() const;
    QString roomText() const;
    bool isRoomShown() const;
    QString emergencyNote() const;

    void setBusy(bool busy);
    void showRequestError(const QString &message);
    QString requestError() const;
    void finish();

    void accept() override;
    void reject() override; // ignored while the requests run

    // The emergency confirmation: what breaks (the key's name, last use, usage).
    static QString emergencyWarning(const ApiKey &oldKey, const QDateTime &now);

Q_SIGNALS:
    void rotateRequested(const keydesk::RotateKeyDialog::Choice &choice);

private:
    void updateState();

    std::unique_ptr<Ui::RotateKeyDialog> m_ui;
    ApiKey m_oldKey;
    QDateTime m_now;
    bool m_roomNeeded = false;
    bool m_busy = false;
};

} // namespace keydesk
