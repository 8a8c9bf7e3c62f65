#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace keydesk {

class HandoffStore;
class KeyTableModel;

// Which keys of the organisation on screen (or, in the view of every organisation, of
// each one shown) wait in the keychain for their handoff (HandoffStore): badged in the
// key table, counted for the status bar. Follows every change of the HandoffStore.
class PendingBadges final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingBadges)
public:
    PendingBadges(HandoffStore *handoffs, KeyTableModel *model, QObject *parent = nullptr);
    ~PendingBadges() override;

    // The organisation on screen, empty for none; the badges follow on the next update().
    void setProfileName(const QString &name)
    {
        m_profileNames = name.isEmpty() ? QStringList() : QStringList{name};
        m_merged = false;
    }
    // The view of every organisation: the badges of each of `names`, on the next update().
    void setOrganisations(const QStringList &names)
    {
        m_profileNames = names;
        m_merged = true;
    }
    void update();
    int count() const { return m_count; }
    // "1 key waits for handoff", empty when none does.
    QString text() const;

Q_SIGNALS:
    void updated();

private:
    HandoffStore *m_handoffs;
    KeyTableModel *m_model;
    QStringList m_profileNames;
    bool m_merged = false;
    int m_count = 0;
};

} // namespace keydesk
