#pragma once

#include "KeyTableModel.h"
#include "Profile.h"
#include "ProfileSession.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace keydesk {

class Inventory;
struct ApiError;
struct SecretError;

// The window's "All organisations" view: one ProfileSession per profile, opened
// together (each loads asynchronously, so they load in parallel), the inventory's last
// known keys of each until its own list answers, every listing recorded in the inventory,
// and one problem line per organisation that failed. A session's stale answers are
// dropped by the session itself (its generation), and a last known read never replaces a
// list that already answered.
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
    void refresh();
    // The periodic refresh: not for an organisation still loading or whose credential the
    // server refused (it would only be asked again with it).
    void refreshDue();

    // The session of the organisation named `name`, null when it is not open here.
    ProfileSession *session(const QString &name) const;
    QList<KeyTableModel::OrganisationKeys> keys() const;
    // "Acme: the server refused the credential", one per organisation that failed.
    QStringList problems() const;
    bool isBusy() const;

Q_SIGNALS:
    // What keys() or problems() return changed.
    void changed();
    void keysListed(const QString &profileName, int count);
    void listFailed(const QString &profileName, const keydesk::ApiError &error);
    void busyChanged();

private:
    struct Entry {
        ProfileSession *session = nullptr;
        Profile profile;
        QList<ApiKey> keys;
        bool listed = false; // keys is the server's answer, not the inventory's
        QString problem;
    };

    Entry *entryOf(const ProfileSession *session);
    void readLastKnown(ProfileSession *session);
    void onListed(ProfileSession *session, const QList<ApiKey> &keys);
    void onProblem(ProfileSession *session, const QString &problem);

    ProfileSession::Services m_sessionServices;
    Inventory *m_inventory; // may be null
    QList<Entry> m_entries;
};

} // namespace keydesk
