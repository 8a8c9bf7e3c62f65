#pragma once

#include "CreatedKey.h"
#include "HandoffIndexFile.h"
#include "PendingHandoff.h"

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <chrono>

namespace keydesk {

class SecretJob;
class SecretStore;

// Pending copy-once handoffs. An index file (JSON, written atomically with QSaveFile;
// no secret in it) plus the secret in the SecretStore under
// SecretStore::pendingKeyEntry(profile, keyId).
//
// Several KeyDesk processes share the index (two windows, a window and a script). Every
// change here is one entry-level change (add, update or remove one entry) that is applied
// to the file as it is on disk, under its lock (HandoffIndexFile), so no process writes
// back an older copy of the list. When another process holds the lock for too long, the
// change is kept in memory (the lists here already show it), problem() says so, and it
// is written as soon as the lock is free. The file is watched, so changes made by other
// processes show up here and are announced through changed().
//
// At start the store also asks the SecretStore which pending entries it holds (names
// only, never a secret) and lists every one the index does not know as a pending handoff
// with what can be known: the profile and the key id (adopted). A secret that lost its
// index entry (a damaged or overwritten index, a crash) is therefore offered again
// instead of being left behind unlisted.
class HandoffStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffStore)
public:
    // How long a change waits for another process to release the index. Holding it takes
    // milliseconds (read, change, write), so this is only reached when that process hangs.
    static constexpr std::chrono::milliseconds lockWait{1000};
    // How often a change that could not be written yet is tried again.
    static constexpr std::chrono::milliseconds retryInterval{1000};

    // When the keychain scan starts: at construction, or when startKeychainScan() is
    // called (the window's first frame does not wait for the keychain's bus).
    enum class Scan { AtOnce, Later };

    // Loads the index at once (a small file; a healthy one without taking its lock). A
    // missing file is an empty index; a corrupt one is renamed aside
    // (".corrupt-<timestamp>") and reported by problem().
    // Then starts the keychain scan (isScanning(), scanFinished()), unless `scan` is Later.
    HandoffStore(SecretStore *secrets, QString indexFilePath, QObject *parent = nullptr);
    HandoffStore(SecretStore *secrets, QString indexFilePath, Scan scan, QObject *parent = nullptr);
    ~HandoffStore() override; // a last try to write changes still unsaved

    QList<PendingHandoff> pending(const QString &profileName) const;
    QList<PendingHandoff> allPending() const;
    bool isPending(const QString &profileName, const QString &keyId) const;
    // The entry, or nullptr-like empty value (keyId empty) when not pending.
    PendingHandoff entry(const QString &profileName, const QString &keyId) const;
    // Translated, empty when all is well: e.g. the index file was corrupt (kept aside),
    // could not be written, or another process holds it (the change is kept meanwhile).
    QString problem() const;
    // Changes made here that are not in the file yet (another process holds its lock,
    // or it cannot be written).
    bool hasUnsavedChanges() const { return !m_unsaved.isEmpty(); }
    // Until the keychain scan has finished (with Scan::Later, also before it started).
    bool isScanning() const { return m_scanning; }
    // Starts the keychain scan, once (Scan::Later).
    void startKeychainScan();
    QString indexFilePath() const { return m_file.path(); }
    SecretStore *secretStore() const { return m_secrets; }

    // Step 2 of docs/design.md#copy-once-handoff: records the index entry, then writes the secret to the keychain.
    // When the write fails the entry stays, with secretStored == false.
    SecretJob *begin(const QString &profileName, const CreatedKey &created);
    // The secret for a later handoff.
    SecretJob *fetch(const QString &profileName, const QString &keyId);
    // "I have stored the key": deletes the keychain entry (unless keepInKeychain) and the
    // index entry. When removing the keychain entry fails (other than "not found"), the
    // index entry stays, so the secret is never left behind unlisted. A kept copy stays
    // listed as handed off (not pending), so the keychain scan does not offer it again.
    SecretJob *complete(const QString &profileName, const QString &keyId, bool keepInKeychain);
    // "Keep for later handoff": remembers whether the user wants a copy kept afterwards.
    void setKeepInKeychain(const QString &profileName, const QString &keyId, bool keep);
    // Key revoked, or its secret is gone: drop entry + secret (fire and forget). The
    // entry is no longer pending at once; it leaves the index when the keychain entry is
    // gone (if that removal fails, the next start lists it again rather than lose it).
    void forget(const QString &profileName, const QString &keyId);

Q_SIGNALS:
    // The lists changed: here, or in the file by another process.
    void changed();
    void problemChanged();
    // The keychain scan ended; what it found (if anything) is already listed.
    void scanFinished();

private:
    using Change = HandoffIndexFile::Change;

    // Applies `change` here at once and writes it to the file (or keeps it for later).
    void commit(Change change);
    // Writes the unsaved changes under the lock (reading the file again first).
    void synchronise(std::chrono::milliseconds wait);
    // The file changed on disk (probably another process): read it again.
    void reloadFromDisk();
    void watchIndex();
    void updateView();
    void updateProblem();
    void adopt(const QStringList &entryNames);
    const PendingHandoff *find(const QString &profileName, const QString &keyId) const;
    bool isVisible(const PendingHandoff &entry) const;

    SecretStore *m_secrets;
    HandoffIndexFile m_file;
    HandoffIndexFile::Entries m_onDisk;  // as last read or written
    QList<Change> m_unsaved;             // made here, not in the file yet
    HandoffIndexFile::Entries m_entries; // m_onDisk with m_unsaved applied
    QSet<QString> m_removing;            // being forgotten: hidden, keychain removal running
    QSet<QString> m_removedHere;         // keychain entries this process removed: never adopted
    QString m_readProblem, m_damageProblem, m_saveProblem, m_problem;
    QFileSystemWatcher m_watcher;
    QTimer m_reload, m_retry;
    bool m_scanning = true;
    bool m_scanStarted = false;
};

} // namespace keydesk
