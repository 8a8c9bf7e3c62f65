#pragma once

#include "KeyTableModel.h"
#include "Profile.h"
#include "ProfileSession.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace keydesk {

class Inventory;
class RotationEngine;
struct ApiError;
struct SecretError;

// The window's "All organisations" view (docs/design.md#all-organisations): one
// ProfileSession per profile, all opened at once, so that their credential reads and
// lists are in flight together. Each organisation first shows the inventory's last known
// keys (its first list waits for that read, as the single view's does), then its own
// listing, which is recorded in the inventory under its name. One that fails keeps its
// last known rows and has one problem line; the others are not held up by it.
class AllOrganisations final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllOrganisations)
public:
    AllOrganisations(ProfileSession::Services sessionServices, Inventory *inventory, QObject *parent = nullptr);
    ~AllOrganisations() override;

    // Opens a session for every profile in `profiles` (those open before are closed).
    void open(const QList<Profile> &profiles);
    void close();
    bool isOpen() const { return !m_entries.isEmpty(); }
    // Lists every organisation again (Refresh, the banner's Retry); one without key
    // management reads its tracked keys from the inventory again.
    void refresh();
    // The periodic refresh: not for an organisation still loading or whose credential the
    // server refused (it would only be asked again with it).
    void refreshDue();

    // The session of the organisation named `name`, null when it is not open here.
    ProfileSession *session(const QString &name) const;
    QList<Profile> profiles() const;
    QList<KeyTableModel::OrganisationKeys> keys() const;
    // "Acme: the server refused the credential", one per organisation that failed.
    QStringList problems() const;
    bool isBusy() const;
    // When the least recently listed organisation was listed (of those listed at all);
    // null while none has been.
    QDateTime lastRefreshed() const;

Q_SIGNALS:
    // What keys(), problems() or lastRefreshed() return changed.
    void changed();
    void keysListed(const QString &profileName, int count);
    void listFailed(const QString &profileName, const keydesk::ApiError &error);
    void busyChanged();

private:
    struct Entry {
        ProfileSession *session = nullptr;
        Profile profile;
        QList<ApiKey> keys;
        bool listed = false;      // keys is the server's answer, not the inventory's
        bool unsupported = false; // no key list: keys are the tracked ones (inventory)
        bool lastKnownRead = false;
        std::function<void()> releaseList; // the first list, held until lastKnownRead
        QString problem;
    };

    void watch(ProfileSession *session);
    Entry *entryOf(const ProfileSession *session);
    void holdFirstList(ProfileSession *session, std::function<void()> release);
    void readLastKnown(ProfileSession *session);
    void onListed(ProfileSession *session, const QList<ApiKey> &keys);
    void setProblem(ProfileSession *session, const QString &problem);

    ProfileSession::Services m_sessionServices;
    Inventory *m_inventory; // may be null
    RotationEngine *m_rotations = nullptr; // with an inventory
    QList<Entry> m_entries;
};

} // namespace keydesk
