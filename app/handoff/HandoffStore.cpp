#include "HandoffStore.h"

#include "KeyFormat.h"
#include "SecretStore.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace keydesk {

namespace {

using Entries = HandoffIndexFile::Entries;
using Change = HandoffIndexFile::Change;

int indexIn(const Entries &entries, const QString &profileName, const QString &keyId)
{
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).profileName == profileName && entries.at(i).keyId == keyId)
            return i;
    }
    return -1;
}

QString keyOf(const QString &profileName, const QString &keyId)
{
    return SecretStore::pendingKeyEntry(profileName, keyId);
}

// The entry-level changes: each one touches one entry of whatever list it is given.
Change put(PendingHandoff entry)
{
    return [entry = std::move(entry)](Entries &entries) {
        const int index = indexIn(entries, entry.profileName, entry.keyId);
        if (index >= 0)
            entries[index] = entry;
        else
            entries.append(entry);
    };
}

template <typename Edit>
Change edit(QString profileName, QString keyId, Edit apply)
{
    // Only an entry that still exists: another process may have handed it off meanwhile.
    return [profileName = std::move(profileName), keyId = std::move(keyId), apply](Entries &entries) {
        const int index = indexIn(entries, profileName, keyId);
        if (index >= 0)
            apply(entries[index]);
    };
}

Change drop(QString profileName, QString keyId)
{
    return [profileName = std::move(profileName), keyId = std::move(keyId)](Entries &entries) {
        const int index = indexIn(entries, profileName, keyId);
        if (index >= 0)
            entries.removeAt(index);
    };
}

// One change per found entry, so each is checked against the file as it is when written.
Change addIfMissing(PendingHandoff entry)
{
    return [entry = std::move(entry)](Entries &entries) {
        if (indexIn(entries, entry.profileName, entry.keyId) < 0)
            entries.append(entry);
    };
}

} // namespace

HandoffStore::HandoffStore(SecretStore *secrets, QString indexFilePath, QObject *parent)
    : HandoffStore(secrets, std::move(indexFilePath), Scan::AtOnce, parent)
{
}

HandoffStore::HandoffStore(SecretStore *secrets, QString indexFilePath, Scan scan, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_file(std::move(indexFilePath))
{
    // Bursts of directory events (a write is a temporary file, a rename and the lock
    // file) become one reload.
    m_reload.setSingleShot(true);
    m_reload.setInterval(50);
    connect(&m_reload, &QTimer::timeout, this, &HandoffStore::reloadFromDisk);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryInterval);
    connect(&m_retry, &QTimer::timeout, this, [this] { synchronise(std::chrono::milliseconds(0)); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_reload.start(); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_reload.start(); });

    // The file is only ever replaced whole, so a healthy one is read without its lock:
    // no lock file written and synced, no wait for another KeyDesk that holds it, before
    // the window's first frame. A corrupt one is set aside under the lock (by one process
    // only); a folder that cannot be written goes through it too, which says so at once.
    const HandoffIndexFile::Result healthy = m_file.read();
    if (healthy.status == HandoffIndexFile::Status::Ok && !healthy.corrupt
        && QFileInfo(QFileInfo(m_file.path()).absolutePath()).isWritable()) {
        m_onDisk = healthy.entries;
        updateView();
        updateProblem();
    } else {
        synchronise(lockWait);
    }
    watchIndex();
    if (scan == Scan::AtOnce)
        startKeychainScan();
}

HandoffStore::~HandoffStore()
{
    // Whatever still cannot be written is not lost for good: its secret is in the
    // keychain, and the next start's scan lists it again.
    if (!m_unsaved.isEmpty())
        m_file.update(m_unsaved, lockWait);
}

QList<PendingHandoff> HandoffStore::pending(const QString &profileName) const
{
    QList<PendingHandoff> result;
    for (const PendingHandoff &entry : m_entries) {
        if (entry.profileName == profileName && isVisible(entry))
            result.append(entry);
    }
    return result;
}

QList<PendingHandoff> HandoffStore::allPending() const
{
    QList<PendingHandoff> result;
    for (const PendingHandoff &entry : m_entries) {
        if (isVisible(entry))
            result.append(entry);
    }
    return result;
}

bool HandoffStore::isPending(const QString &profileName, const QString &keyId) const
{
    return find(profileName, keyId) != nullptr;
}

PendingHandoff HandoffStore::entry(const QString &profileName, const QString &keyId) const
{
    const PendingHandoff *found = find(profileName, keyId);
    return found ? *found : PendingHandoff{};
}

QString HandoffStore::problem() const
{
    return m_problem;
}

SecretJob *HandoffStore::begin(const QString &profileName, const CreatedKey &created)
{
    PendingHandoff entry;
    entry.profileName = profileName;
    entry.keyId = created.record.id;
    entry.keyName = created.record.name;
    entry.maskedIdentifier = created.record.keyPrefix.isEmpty() ? KeyFormat::maskedIdentifier(created.secret)
                                                                : created.record.keyPrefix;
    entry.createdAt = created.record.createdAt;
    entry.expiresAt = created.record.expiresAt;
    entry.secretStored = false;

    // The index entry goes first: should the program die right after the keychain
    // write, the secret is still listed and can be handed off or cleaned up later. When
    // it cannot be written, problem() says so and the keychain write still happens (the
    // entry is listed here, and the next start's keychain scan finds the secret).
    commit(put(entry));

    SecretJob *job = m_secrets->write(SecretStore::pendingKeyEntry(profileName, entry.keyId), created.secret);
    connect(job, &SecretJob::finished, this, [this, job, profileName, keyId = entry.keyId] {
        if (job->ok())
            commit(edit(profileName, keyId, [](PendingHandoff &stored) { stored.secretStored = true; }));
    });
    return job;
}

SecretJob *HandoffStore::fetch(const QString &profileName, const QString &keyId)
{
    return m_secrets->read(SecretStore::pendingKeyEntry(profileName, keyId));
}

SecretJob *HandoffStore::complete(const QString &profileName, const QString &keyId, bool keepInKeychain)
{
    const QString secretEntry = SecretStore::pendingKeyEntry(profileName, keyId);
    if (keepInKeychain) {
        // Nothing to ask the keychain: the copy stays where it is, and stays listed as
        // handed off. The job still finishes asynchronously, like every SecretJob, so
        // callers need one code path.
        const PendingHandoff *pendingEntry = find(profileName, keyId);
        if (pendingEntry && pendingEntry->secretStored)
            commit(edit(profileName, keyId, [](PendingHandoff &kept) {
                kept.handedOff = true;
                kept.keepInKeychain = true;
            }));
        else if (pendingEntry)
            commit(drop(profileName, keyId)); // nothing was ever stored to keep
        auto *job = new SecretJob(SecretJob::Operation::Remove, secretEntry, this);
        QTimer::singleShot(0, job, [job] { job->finishOk(); });
        return job;
    }
    SecretJob *job = m_secrets->remove(secretEntry);
    connect(job, &SecretJob::finished, this, [this, job, profileName, keyId] {
        // An entry that is already gone is what we wanted, and so is one whose write
        // never succeeded. Any other failure keeps the index entry, so a secret left in
        // the keychain is never unlisted.
        const PendingHandoff *pendingEntry = find(profileName, keyId);
        const bool neverStored = pendingEntry && !pendingEntry->secretStored;
        const bool gone = job->ok() || job->error().kind == SecretError::Kind::NotFound;
        if (gone)
            m_removedHere.insert(keyOf(profileName, keyId));
        if (gone || neverStored)
            commit(drop(profileName, keyId));
    });
    return job;
}

void HandoffStore::setKeepInKeychain(const QString &profileName, const QString &keyId, bool keep)
{
    const PendingHandoff *pendingEntry = find(profileName, keyId);
    if (!pendingEntry || pendingEntry->keepInKeychain == keep)
        return;
    commit(edit(profileName, keyId, [keep](PendingHandoff &changed) { changed.keepInKeychain = keep; }));
}

void HandoffStore::forget(const QString &profileName, const QString &keyId)
{
    // Also removes a copy the user chose to keep: the key is dead or unrecoverable. The
    // keychain entry goes first and the index entry after it, as in complete(): a secret
    // is never in the keychain without being listed.
    const QString key = keyOf(profileName, keyId);
    const bool wasVisible = isPending(profileName, keyId);
    m_removing.insert(key);
    SecretJob *job = m_secrets->remove(key);
    connect(job, &SecretJob::finished, this, [this, job, profileName, keyId, key] {
        if (!job->ok() && job->error().kind != SecretError::Kind::NotFound)
            return; // still listed in the file (hidden here): the next start offers it again
        m_removedHere.insert(key);
        m_removing.remove(key);
        commit(drop(profileName, keyId));
    });
    if (wasVisible)
        Q_EMIT changed();
}

// --- the file --------------------------------------------------------------------------

void HandoffStore::commit(Change change)
{
    m_unsaved.append(std::move(change));
    // While another process holds the lock, later changes do not wait for it again: the
    // retry timer writes them all together.
    synchronise(m_retry.isActive() ? std::chrono::milliseconds(0) : lockWait);
}

void HandoffStore::synchronise(std::chrono::milliseconds wait)
{
    const HandoffIndexFile::Result result = m_file.update(m_unsaved, wait);
    const QString path = QDir::toNativeSeparators(m_file.path());
    using Status = HandoffIndexFile::Status;
    switch (result.status) {
    case Status::Ok:
        m_onDisk = result.entries;
        m_unsaved.clear();
        m_readProblem.clear();
        m_saveProblem.clear();
        m_retry.stop();
        break;
    case Status::Busy:
        if (m_unsaved.isEmpty()) {
            // Only reading: what is there is good enough until the lock is free.
            const HandoffIndexFile::Result read = m_file.read();
            if (read.status == Status::Ok && !read.corrupt)
                m_onDisk = read.entries;
        } else if (result.lockHolderPid > 0) {
            m_saveProblem = tr("Another KeyDesk (process %1) is writing the list of pending key handoffs (%2). "
                               "Nothing is lost: the change is kept and saved as soon as the list is free.")
                                .arg(QString::number(result.lockHolderPid), path);
        } else {
            m_saveProblem = tr("Another KeyDesk is writing the list of pending key handoffs (%1). Nothing is "
                               "lost: the change is kept and saved as soon as the list is free.")
                                .arg(path);
        }
        m_retry.start();
        break;
    case Status::Unreadable:
        m_readProblem = tr("The list of pending key handoffs (%1) cannot be read: %2").arg(path, result.error);
        break;
    case Status::Unwritable:
        if (!result.lockUnavailable)
            m_onDisk = result.entries; // read again under the lock; only the write failed
        m_saveProblem = tr("The list of pending key handoffs (%1) cannot be saved: %2")
                            .arg(path, result.lockUnavailable ? tr("its lock file %1 cannot be created")
                                                                    .arg(QDir::toNativeSeparators(m_file.lockPath()))
                                                              : result.error);
        break;
    }
    if (result.corrupt) {
        if (!result.setAsidePath.isEmpty())
            m_damageProblem = tr("The list of pending key handoffs was damaged and has been set aside as %1. "
                                 "Keys created earlier may still be in the keychain.")
                                  .arg(QDir::toNativeSeparators(result.setAsidePath));
        else
            m_damageProblem = tr("The list of pending key handoffs (%1) is damaged and could not be set aside; "
                                 "it will be replaced when the next key is created.")
                                  .arg(path);
    }
    updateView();
    updateProblem();
}

void HandoffStore::reloadFromDisk()
{
    watchIndex(); // a replaced file is a new file to watch
    const HandoffIndexFile::Result result = m_file.read();
    if (result.status == HandoffIndexFile::Status::Ok && result.corrupt) {
        synchronise(lockWait); // sets it aside, under the lock
        return;
    }
    if (result.status == HandoffIndexFile::Status::Ok) {
        m_onDisk = result.entries;
        m_readProblem.clear();
    } else {
        m_readProblem = tr("The list of pending key handoffs (%1) cannot be read: %2")
                            .arg(QDir::toNativeSeparators(m_file.path()), result.error);
    }
    updateView();
    updateProblem();
}

void HandoffStore::watchIndex()
{
    // The directory: writers replace the file (QSaveFile renames a new one over it), and
    // a watch on the file alone would end with the first replacement.
    const QString directory = QFileInfo(m_file.path()).absolutePath();
    if (QFileInfo(directory).isDir() && !m_watcher.directories().contains(directory))
        m_watcher.addPath(directory);
    if (QFileInfo(m_file.path()).isFile() && !m_watcher.files().contains(m_file.path()))
        m_watcher.addPath(m_file.path());
}

void HandoffStore::updateView()
{
    Entries view = m_onDisk;
    for (const Change &change : std::as_const(m_unsaved))
        change(view);
    if (view == m_entries)
        return;
    m_entries = std::move(view);
    Q_EMIT changed();
}

void HandoffStore::updateProblem()
{
    QStringList parts;
    for (const QString *part : {&m_damageProblem, &m_readProblem, &m_saveProblem}) {
        if (!part->isEmpty())
            parts.append(*part);
    }
    const QString problem = parts.join(u' ');
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

// --- the keychain scan -----------------------------------------------------------------

void HandoffStore::startKeychainScan()
{
    if (m_scanStarted)
        return;
    m_scanStarted = true;
    m_scanning = true;
    SecretJob *job = m_secrets->list(SecretStore::pendingKeyPrefix());
    connect(job, &SecretJob::finished, this, [this, job] {
        m_scanning = false;
        // A store that cannot list its entries (or a keychain that is not there) leaves
        // the index as it is: the scan only ever adds.
        if (job->ok())
            adopt(job->entries());
        Q_EMIT scanFinished();
    });
}

void HandoffStore::adopt(const QStringList &entryNames)
{
    QList<Change> changes;
    for (const QString &name : entryNames) {
        const std::optional<SecretStore::PendingKeyEntry> parsed = SecretStore::parsePendingKeyEntry(name);
        // Entries this process is removing or removed were listed before they went.
        if (!parsed || m_removing.contains(name) || m_removedHere.contains(name))
            continue;
        if (indexIn(m_entries, parsed->profileName, parsed->keyId) >= 0)
            continue;
        PendingHandoff found;
        found.profileName = parsed->profileName;
        found.keyId = parsed->keyId;
        found.secretStored = true;
        found.adopted = true;
        changes.append(addIfMissing(std::move(found)));
    }
    if (changes.isEmpty())
        return;
    m_unsaved.append(changes);
    synchronise(m_retry.isActive() ? std::chrono::milliseconds(0) : lockWait);
}

const PendingHandoff *HandoffStore::find(const QString &profileName, const QString &keyId) const
{
    const int index = indexIn(m_entries, profileName, keyId);
    if (index < 0 || !isVisible(m_entries.at(index)))
        return nullptr;
    return &m_entries.at(index);
}

bool HandoffStore::isVisible(const PendingHandoff &entry) const
{
    return !entry.handedOff && !m_removing.contains(keyOf(entry.profileName, entry.keyId));
}

} // namespace keydesk
