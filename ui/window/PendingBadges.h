#pragma once

#include <QObject>
#include <QString>

namespace keydesk {

class HandoffStore;
class KeyTableModel;

// Which keys of the organisation on screen wait in the keychain for their handoff
// (HandoffStore): badged in the key table, counted for the status bar. Follows every
// change of the HandoffStore.
class PendingBadges final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingBadges)
public:
    PendingBadges(HandoffStore *handoffs, KeyTableModel *model, QObject *parent = nullptr);
    ~PendingBadges() override;

    // The organisation on screen, empty for none; the badges follow on the next update().
    void setProfileName(const QString &name) { m_profileName = name; }
    void update();
    int count() const { return m_count; }
    // "1 key waits for handoff", empty when none does.
    QString text() const;

Q_SIGNALS:
    void updated();

private:
    HandoffStore *m_handoffs;
    KeyTableModel *m_model;
    QString m_profileName;
    int m_count = 0;
};

} // namespace keydesk
