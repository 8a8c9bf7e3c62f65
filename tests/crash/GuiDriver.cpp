// keydesk-gui-driver: the desktop client as `keydesk` assembles it (keychain service
// "KeyDesk", QSettings("KeyDesk", "KeyDesk"), the handoff index in the app data
// directory, the real MainWindow and KeyFlows), scripted offscreen for the crash and
// leak suites. It announces each step on stdout ("STEP <name> key=<id> ...") so the
// parent test knows when to kill it. It never prints a secret: only SHA-256 digests.
// With --secrets-fd N (leak suite only) it hands each new key to the parent through
// that inherited pipe, which is neither a file nor stdout/stderr.
//
//   create  --profile P --name N --stop-at keychain-written|before-reveal|revealed|copied|kept|confirmed
//   resume  --profile P          hands off every pending key of P (the next start)
//   keeper  --profile P          a window that takes commands on stdin, one per line:
//           create NAME          creates a key and keeps it for later
//                                -> STEP kept key=ID saved=0|1 (in the index file yet)
//           wait-saved           waits until every change is in the index -> STEP saved
//           expect ID            waits until the window lists ID as pending (another
//                                process kept it), refreshes, checks the badge -> SEEN key=ID
//           banner               -> BANNER visible=0|1 text=<percent-encoded message>
//           preferences [clipboard=N] [refresh=N]  through the Preferences dialog
//                                -> STEP preferences-saved clipboard=N refresh=N (as it opened)
//           quit                 closes the window like a user          -> STEP done
//   index-writer --index FILE   rewrites a handoff index without end (atomic-write test)
//   hold-index-lock --index FILE takes the index's lock and keeps it until killed
//   session --leadhql-url U --localleads-url U [--secrets-fd N] [--memory-scan]
//           credentials on stdin: the LeadHQL session token, then the LocalLeads key
#include "ApiClient.h"
#include "ApiReply.h"
#include "CreateKeyDialog.h"
#include "DataDirectory.h"
#include "HandoffIndexFile.h"
#include "HandoffStore.h"
#include "KeyFilterProxy.h"
#include "KeyFlows.h"
#include "KeyTableModel.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemoryScan.h"
#include "MemorySecretStore.h"
#include "PreferencesDialog.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "RevealKeyDialog.h"
#include "RevokeConfirmation.h"
#include "SecretClipboard.h"
#include "SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSocketNotifier>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace keydesk;
using keydesk::test::MaskedSecrets;

namespace {

constexpr int waitMs = 90000; // a loaded 2-core machine, a real keychain

void announce(const QByteArray &line)
{
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "keydesk-gui-driver: FAIL %s\n", qUtf8Printable(why));
    std::fflush(stderr);
    std::_Exit(3);
}

// Stays exactly here until the parent's SIGKILL.
[[noreturn]] void freezeForKill()
{
    for (;;)
        ::pause();
}

void wipeBytes(QByteArray &bytes)
{
    bytes.detach();
    volatile char *data = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        data[i] = 0;
    bytes.clear();
}

void wipeText(QString &text)
{
    wipeSecret(text);
}

QByteArray sha256Hex(const QString &secret)
{
    QByteArray utf8 = secret.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex();
    wipeBytes(utf8);
    return digest;
}

template <typename Predicate>
void waitUntil(Predicate predicate, const QString &what)
{
    if (!QTest::qWaitFor(predicate, waitMs))
        die(QStringLiteral("timed out waiting for ") + what);
}

// The keychain as production uses it, telling the driver when a pending key's secret
// has been written (before HandoffStore and KeyFlows hear of it: connected first).
class AnnouncingSecretStore final : public SecretStore {
public:
    using PendingWritten = std::function<void(const QString &keyId, bool ok, const QByteArray &digest)>;
    AnnouncingSecretStore(SecretStore *inner, PendingWritten pendingWritten)
        : m_inner(inner)
        , m_pendingWritten(std::move(pendingWritten))
    {
    }

    SecretJob *read(const QString &entry) override { return m_inner->read(entry); }
    SecretJob *remove(const QString &entry) override { return m_inner->remove(entry); }
    SecretJob *list(const QString &prefix) override { return m_inner->list(prefix); }
    QString backendName() const override { return m_inner->backendName(); }
    bool isPersistent() const override { return m_inner->isPersistent(); }
    SecretJob *write(const QString &entry, const QString &secret) override
    {
        SecretJob *job = m_inner->write(entry, secret);
        if (entry.startsWith(QLatin1String("pending/"))) {
            const QByteArray digest = sha256Hex(secret);
            const QString keyId = entry.section(QLatin1Char('/'), 2);
            QObject::connect(job, &SecretJob::finished, this,
                             [this, job, keyId, digest] { m_pendingWritten(keyId, job->ok(), digest); });
        }
        return job;
    }

private:
    SecretStore *m_inner;
    PendingWritten m_pendingWritten;
};

// What ui/desktop/main.cpp builds for a normal (non-demo) start.
struct Desktop {
    explicit Desktop(AnnouncingSecretStore::PendingWritten pendingWritten)
        : secrets(&keychain, std::move(pendingWritten))
        , handoffs(&secrets, handoffIndexPath())
    {
        window = std::make_unique<MainWindow>(MainWindow::Services{&network, &secrets, &settings, &profiles, &handoffs,
                                                                   &secretClipboard, QGuiApplication::clipboard(),
                                                                   [] { return QDateTime::currentDateTimeUtc(); }});
    }

    static QString handoffIndexPath()
    {
        QDir().mkpath(DataDirectory::path());
        return DataDirectory::filePath(QStringLiteral("pending-handoffs.json"));
    }

    QAction *action(const char *name) const
    {
        QAction *found = window->findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            die(QStringLiteral("no action ") + QString::fromLatin1(name));
        return found;
    }

    template <typename Dialog>
    Dialog *waitForVisible(const QString &what) const
    {
        Dialog *shown = nullptr;
        waitUntil(
            [&] {
                const QList<Dialog *> dialogs = window->findChildren<Dialog *>();
                for (Dialog *dialog : dialogs) {
                    if (dialog->isVisible())
                        shown = dialog;
                }
                return shown != nullptr;
            },
            what);
        return shown;
    }

    // Starts the window the way main() does and waits for `profile`'s keys.
    void startOn(const QString &profile)
    {
        window->show();
        window->start();
        if (window->currentProfileName() != profile && !window->selectProfile(profile))
            die(QStringLiteral("no profile ") + profile);
        waitUntil([&] { return window->currentProfileName() == profile && window->lastRefreshed().isValid(); },
                  QStringLiteral("the key list"));
    }

    RevealKeyDialog *create(const QString &name)
    {
        QAction *createAction = action("actionCreateKey");
        waitUntil([&] { return createAction->isEnabled(); }, QStringLiteral("Create to be enabled"));
        createAction->trigger();
        auto *dialog = waitForVisible<CreateKeyDialog>(QStringLiteral("the create dialog"));
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        dialog->accept();
        return waitForVisible<RevealKeyDialog>(QStringLiteral("the reveal dialog"));
    }

    void select(const QString &keyId)
    {
        waitUntil([&] { return window->keyModel().rowOfId(keyId) >= 0; }, QStringLiteral("the key in the table"));
        const QModelIndex source = window->keyModel().index(window->keyModel().rowOfId(keyId), 0);
        const auto *proxy = static_cast<const KeyFilterProxy *>(window->keyTable()->model());
        window->keyTable()->selectRow(proxy->mapFromSource(source).row());
    }

    RevealKeyDialog *resume(const QString &keyId)
    {
        select(keyId);
        QAction *handOff = action("actionHandOff");
        waitUntil([&] { return handOff->isEnabled(); }, QStringLiteral("Hand Off to be enabled"));
        handOff->trigger();
        return waitForVisible<RevealKeyDialog>(QStringLiteral("the reveal dialog of a pending key"));
    }

    void revoke(const QString &keyId)
    {
        select(keyId);
        QAction *revokeAction = action("actionRevoke");
        waitUntil([&] { return revokeAction->isEnabled(); }, QStringLiteral("Revoke to be enabled"));
        bool revoked = false;
        const QObject listening; // ends the connection with this call: it captures a local
        QObject::connect(window->flows(), &KeyFlows::keyRevoked, &listening,
                         [&revoked, keyId](const QString &, const QString &id) { revoked = revoked || id == keyId; });
        revokeAction->trigger();
        waitForVisible<RevokeConfirmation>(QStringLiteral("the revoke confirmation"))->accept();
        waitUntil([&] { return revoked; }, QStringLiteral("the revocation"));
    }

    void confirmStored(RevealKeyDialog *reveal, const QString &profile, const QString &keyId)
    {
        reveal->findChild<QPushButton *>(QStringLiteral("storedButton"))->click();
        waitUntil([&] { return !handoffs.isPending(profile, keyId); }, QStringLiteral("the handoff to complete"));
    }

    void keepForLater(RevealKeyDialog *reveal)
    {
        const QPointer<RevealKeyDialog> guard = reveal;
        reveal->findChild<QPushButton *>(QStringLiteral("laterButton"))->click();
        waitUntil([&] { return !guard || !guard->isVisible(); }, QStringLiteral("the reveal dialog to close"));
    }

    void copy(RevealKeyDialog *reveal)
    {
        reveal->findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
        waitUntil([&] { return secretClipboard.isCountingDown(); }, QStringLiteral("the clipboard countdown"));
    }

    QNetworkAccessManager network;
    KeychainSecretStore keychain{QStringLiteral("KeyDesk")};
    AnnouncingSecretStore secrets;
    QSettings settings{QStringLiteral("KeyDesk"), QStringLiteral("KeyDesk")};
    ProfileStore profiles{&settings};
    HandoffStore handoffs;
    SecretClipboard secretClipboard{QGuiApplication::clipboard()};
    std::unique_ptr<MainWindow> window;
};

QString fieldText(RevealKeyDialog *reveal)
{
    return reveal->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text();
}

QByteArray fieldDigest(RevealKeyDialog *reveal)
{
    QString text = fieldText(reveal);
    const QByteArray digest = sha256Hex(text);
    wipeText(text);
    return digest;
}

// --- create: kill points after the create response -----------------------------------

int runCreate(const QString &profile, const QString &name, const QString &stopAt)
{
    QString keyId;
    Desktop desktop([&](const QString &id, bool ok, const QByteArray &digest) {
        keyId = id;
        announce("STEP keychain-written key=" + id.toUtf8() + " ok=" + QByteArray(ok ? "1" : "0")
                 + " sha256=" + digest);
        if (stopAt == QLatin1String("keychain-written"))
            freezeForKill(); // before HandoffStore marks the entry stored and before the reveal
    });
    QObject::connect(&desktop.handoffs, &HandoffStore::changed, &desktop.handoffs, [&] {
        if (stopAt == QLatin1String("before-reveal") && !keyId.isEmpty()
            && desktop.handoffs.entry(profile, keyId).secretStored) {
            announce("STEP before-reveal key=" + keyId.toUtf8());
            freezeForKill();
        }
    });
    desktop.startOn(profile);
    announce("STEP ready");

    RevealKeyDialog *reveal = desktop.create(name);
    announce("STEP revealed key=" + keyId.toUtf8() + " sha256=" + fieldDigest(reveal));
    if (stopAt == QLatin1String("revealed"))
        return QCoreApplication::exec();

    desktop.copy(reveal);
    announce("STEP copied key=" + keyId.toUtf8());
    if (stopAt == QLatin1String("copied"))
        return QCoreApplication::exec();

    if (stopAt == QLatin1String("kept")) {
        desktop.keepForLater(reveal);
        announce("STEP kept key=" + keyId.toUtf8());
        return QCoreApplication::exec();
    }
    if (stopAt == QLatin1String("confirmed")) {
        desktop.confirmStored(reveal, profile, keyId);
        announce("STEP confirmed key=" + keyId.toUtf8());
        return QCoreApplication::exec();
    }
    die(QStringLiteral("unknown --stop-at ") + stopAt);
}

// --- resume: the next start ----------------------------------------------------------

QString readSecret(SecretStore &store, const QString &entry)
{
    SecretJob *job = store.read(entry);
    QString secret;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, job, [&, job] {
        secret = job->secret();
        done = true;
    });
    waitUntil([&] { return done; }, QStringLiteral("a keychain read"));
    return secret;
}

bool serverAccepts(Desktop &desktop, const QString &profileName, const QString &key)
{
    const std::optional<Profile> profile = desktop.profiles.find(profileName);
    if (!profile)
        return false;
    QString credential = readSecret(desktop.keychain, SecretStore::credentialEntry(profileName));
    ApiClient client(&desktop.network, profile->connection(credential));
    wipeText(credential);
    ApiReply *reply = client.verifyKey(key);
    bool done = false, ok = false;
    QObject::connect(reply, &ApiReply::finished, reply, [&, reply] {
        ok = reply->ok();
        done = true;
    });
    waitUntil([&] { return done; }, QStringLiteral("the verify call"));
    return ok;
}

int runResume(const QString &profile)
{
    Desktop desktop([](const QString &, bool, const QByteArray &) {});
    desktop.startOn(profile);
    // Keys found only in the keychain are offered too, once the scan has listed them.
    waitUntil([&] { return !desktop.handoffs.isScanning(); }, QStringLiteral("the keychain scan"));
    const QList<PendingHandoff> pending = desktop.handoffs.pending(profile);
    announce("STEP loaded pending=" + QByteArray::number(pending.size())
             + " problem=" + QByteArray(desktop.handoffs.problem().isEmpty() ? "0" : "1"));
    for (const PendingHandoff &entry : pending) {
        desktop.select(entry.keyId);
        const int row = desktop.window->keyModel().rowOfId(entry.keyId);
        const bool badge =
            desktop.window->keyModel().index(row, KeyTableModel::Key).data(KeyTableModel::PendingHandoffRole).toBool();
        announce("PENDING key=" + entry.keyId.toUtf8() + " badge=" + QByteArray(badge ? "1" : "0") + " stored="
                 + QByteArray(entry.secretStored ? "1" : "0") + " adopted=" + QByteArray(entry.adopted ? "1" : "0"));
    }
    for (const PendingHandoff &entry : pending) {
        RevealKeyDialog *reveal = desktop.resume(entry.keyId);
        QString secret = fieldText(reveal);
        const QByteArray digest = sha256Hex(secret);
        const bool accepted = serverAccepts(desktop, profile, secret);
        wipeText(secret);
        announce("RESUMED key=" + entry.keyId.toUtf8() + " sha256=" + digest
                 + " verified=" + QByteArray(accepted ? "1" : "0"));
        desktop.confirmStored(reveal, profile, entry.keyId);
    }
    announce("STEP done pending-after=" + QByteArray::number(desktop.handoffs.pending(profile).size()));
    desktop.window->close();
    return 0;
}

// --- session: everything a user does, for the leak suite -----------------------------

void addProfileThroughDialog(Desktop &desktop, const QString &name, Dialect dialect, const QString &url,
                             QString &credential)
{
    desktop.action("actionAddProfile")->trigger();
    ProfileDialog *dialog = nullptr;
    waitUntil([&] { return (dialog = desktop.window->openProfileDialog()) && dialog->isVisible(); },
              QStringLiteral("the profile dialog"));
    bool saved = false;
    const QObject listening; // ends the connection with this call: it captures a local
    QObject::connect(dialog, &ProfileDialog::profileSaved, &listening, [&saved] { saved = true; });
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
    auto *dialects = dialog->findChild<QComboBox *>(QStringLiteral("dialectCombo"));
    dialects->setCurrentIndex(dialects->findData(dialectId(dialect)));
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(url);
    dialog->findChild<QLineEdit *>(QStringLiteral("credentialEdit"))->setText(credential);
    wipeText(credential);
    dialog->accept();
    waitUntil([&] { return saved; }, QStringLiteral("the profile to be saved"));
    waitUntil([&] { return desktop.window->currentProfileName() == name && desktop.window->lastRefreshed().isValid(); },
              QStringLiteral("the new profile's keys"));
}

class SecretReporter final {
public:
    SecretReporter(int fd, MaskedSecrets *memory)
        : m_fd(fd)
        , m_memory(memory)
    {
    }
    // The parent learns the key through the pipe; the driver keeps it masked only.
    void report(const QString &label, RevealKeyDialog *reveal)
    {
        QString text = fieldText(reveal);
        QByteArray utf8 = text.toUtf8();
        wipeText(text);
        if (m_fd >= 0) {
            QByteArray line = label.toUtf8() + '\t' + utf8 + '\n';
            if (::write(m_fd, line.constData(), size_t(line.size())) != line.size())
                die(QStringLiteral("cannot write to the secrets pipe"));
            wipeBytes(line);
        }
        m_memory->add(label, utf8);
        wipeBytes(utf8);
    }

private:
    int m_fd;
    MaskedSecrets *m_memory;
};

int runSession(const QString &leadHqlUrl, const QString &localLeadsUrl, int secretsFd, bool memoryScan)
{
    // Credentials come on stdin: never on the command line or in the environment.
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        die(QStringLiteral("no stdin"));
    QByteArray firstLine = input.readLine().trimmed();
    QByteArray secondLine = input.readLine().trimmed();
    QString leadHqlToken = QString::fromUtf8(firstLine);
    QString localLeadsKey = QString::fromUtf8(secondLine);
    wipeBytes(firstLine);
    wipeBytes(secondLine);

    MaskedSecrets memory;
    SecretReporter reporter(secretsFd, &memory);
    QString lastKeyId;
    Desktop desktop([&](const QString &id, bool ok, const QByteArray &) {
        if (!ok)
            die(QStringLiteral("the keychain refused a pending key"));
        lastKeyId = id;
    });
    desktop.window->show();
    desktop.window->start();
    announce("STEP started");

    const auto session = [&](const QString &profile, Dialect dialect, const QString &url, QString &credential) {
        addProfileThroughDialog(desktop, profile, dialect, url, credential);
        announce("STEP profile-added name=" + profile.toUtf8());
        const auto create = [&](const QString &name) {
            lastKeyId.clear();
            RevealKeyDialog *reveal = desktop.create(name);
            waitUntil([&] { return !lastKeyId.isEmpty(); }, QStringLiteral("the keychain write"));
            reporter.report(profile + QLatin1Char('/') + name, reveal);
            return reveal;
        };
        // Copied and handed off.
        RevealKeyDialog *reveal = create(QStringLiteral("handed off"));
        if (memoryScan) { // the control: while the dialog shows it, the scan must find the key
            const MaskedSecrets::Hits live = memory.scan(memory.size() - 1);
            announce("MEMSCAN-LIVE utf8=" + QByteArray::number(live.utf8) + " utf16=" + QByteArray::number(live.utf16));
        }
        desktop.copy(reveal);
        desktop.confirmStored(reveal, profile, lastKeyId);
        // Kept for later and left pending.
        desktop.keepForLater(create(QStringLiteral("kept pending")));
        // Kept for later, then handed off from the keychain.
        desktop.keepForLater(create(QStringLiteral("handed off later")));
        const QString laterId = lastKeyId;
        reveal = desktop.resume(laterId);
        desktop.copy(reveal);
        desktop.confirmStored(reveal, profile, laterId);
        // Handed off, then revoked.
        reveal = create(QStringLiteral("revoked"));
        const QString revokedId = lastKeyId;
        desktop.confirmStored(reveal, profile, revokedId);
        desktop.revoke(revokedId);
        announce("STEP profile-done name=" + profile.toUtf8());
    };
    session(QStringLiteral("Acme LeadHQL"), Dialect::LeadHql, leadHqlUrl, leadHqlToken);
    session(QStringLiteral("Northwind LocalLeads"), Dialect::LocalLeads, localLeadsUrl, localLeadsKey);
    // Its own profiles only: the keychain scan also lists what other suites of the run
    // left pending in the shared keyring.
    const qsizetype pendingHere = desktop.handoffs.pending(QStringLiteral("Acme LeadHQL")).size()
                                  + desktop.handoffs.pending(QStringLiteral("Northwind LocalLeads")).size();
    announce("STEP session-done pending=" + QByteArray::number(pendingHere));

    if (memoryScan) {
        // After the clipboard timeout (cleared only if it still holds our secret), with
        // the window, KeyFlows and every dialog destroyed.
        desktop.secretClipboard.clearIfOurs();
        desktop.window->close();
        desktop.window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        for (int i = 0; i < memory.size(); ++i) {
            const MaskedSecrets::Hits hits = memory.scan(i);
            QStringList where = hits.where;
            where.removeDuplicates();
            announce("MEMSCAN label=" + memory.label(i).toUtf8().replace(' ', '_') + " utf8="
                     + QByteArray::number(hits.utf8) + " utf16=" + QByteArray::number(hits.utf16) + " freed-utf8="
                     + QByteArray::number(hits.freedUtf8) + " freed-utf16=" + QByteArray::number(hits.freedUtf16)
                     + " regions=" + where.join(QLatin1Char(',')).toUtf8().replace(' ', '_'));
        }
    } else {
        desktop.window->close();
    }
    announce("STEP done");
    return 0;
}

// --- keeper: a window among others, driven line by line ------------------------------

// Returns what the dialog showed when it opened ("clipboard=N refresh=N").
QByteArray setPreferences(Desktop &desktop, const QStringList &settings)
{
    desktop.action("actionPreferences")->trigger();
    auto *dialog = desktop.waitForVisible<PreferencesDialog>(QStringLiteral("the preferences dialog"));
    const QByteArray shown = "clipboard="
                             + QByteArray::number(
                                 dialog->findChild<QSpinBox *>(QStringLiteral("clipboardTimeoutSpin"))->value())
                             + " refresh="
                             + QByteArray::number(
                                 dialog->findChild<QSpinBox *>(QStringLiteral("refreshIntervalSpin"))->value());
    for (const QString &setting : settings) {
        const QString name = setting.section(QLatin1Char('='), 0, 0);
        const int value = setting.section(QLatin1Char('='), 1).toInt();
        const char *spin = name == QLatin1String("clipboard") ? "clipboardTimeoutSpin" : "refreshIntervalSpin";
        dialog->findChild<QSpinBox *>(QString::fromLatin1(spin))->setValue(value);
    }
    dialog->accept();
    return shown;
}

void expectPending(Desktop &desktop, const QString &profile, const QString &keyId)
{
    // Kept by another process: listed once this window has seen the index change...
    waitUntil([&] { return desktop.handoffs.isPending(profile, keyId); }, QStringLiteral("the other window's key"));
    // ...and badged in the table once the key list shows the new key.
    desktop.action("actionRefresh")->trigger();
    waitUntil([&] { return desktop.window->keyModel().rowOfId(keyId) >= 0; }, QStringLiteral("the key in the table"));
    const int row = desktop.window->keyModel().rowOfId(keyId);
    const bool badge =
        desktop.window->keyModel().index(row, KeyTableModel::Key).data(KeyTableModel::PendingHandoffRole).toBool();
    const QString waiting = desktop.window->findChild<QLabel *>(QStringLiteral("pendingHandoffsLabel"))->text();
    announce("SEEN key=" + keyId.toUtf8() + " badge=" + QByteArray(badge ? "1" : "0")
             + " label=" + waiting.section(QLatin1Char(' '), 0, 0).toUtf8());
}

int runKeeper(const QString &profile)
{
    QString keyId;
    Desktop desktop([&](const QString &id, bool ok, const QByteArray &) {
        if (!ok)
            die(QStringLiteral("the keychain refused a pending key"));
        keyId = id;
    });
    desktop.startOn(profile);
    announce("STEP ready");

    // Commands arrive on stdin while the event loop runs (other processes act meanwhile).
    QByteArray buffered;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    bool busy = false; // commands run one at a time (they spin the event loop themselves)
    const auto runCommand = [&](const QString &line) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString command = words.value(0);
        if (command == QLatin1String("create")) {
            keyId.clear();
            RevealKeyDialog *reveal = desktop.create(words.mid(1).join(QLatin1Char(' ')));
            waitUntil([&] { return !keyId.isEmpty(); }, QStringLiteral("the keychain write"));
            desktop.keepForLater(reveal);
            announce("STEP kept key=" + keyId.toUtf8()
                     + " saved=" + QByteArray(desktop.handoffs.hasUnsavedChanges() ? "0" : "1"));
        } else if (command == QLatin1String("wait-saved")) {
            waitUntil([&] { return !desktop.handoffs.hasUnsavedChanges(); }, QStringLiteral("the index write"));
            announce("STEP saved");
        } else if (command == QLatin1String("banner")) {
            const auto *banner = desktop.window->findChild<QWidget *>(QStringLiteral("errorBanner"));
            const bool visible = banner && banner->isVisible();
            const QLabel *text = banner ? banner->findChild<QLabel *>(QStringLiteral("errorBannerText")) : nullptr;
            announce("BANNER visible=" + QByteArray(visible ? "1" : "0")
                     + " text=" + (visible && text ? QUrl::toPercentEncoding(text->text()) : QByteArray()));
        } else if (command == QLatin1String("expect")) {
            expectPending(desktop, profile, words.value(1));
        } else if (command == QLatin1String("preferences")) {
            announce("STEP preferences-saved " + setPreferences(desktop, words.mid(1)));
        } else if (command == QLatin1String("quit")) {
            desktop.window->close();
            announce("STEP done");
            QCoreApplication::quit();
        } else {
            die(QStringLiteral("unknown command ") + line);
        }
    };
    QObject::connect(&input, &QSocketNotifier::activated, &input, [&] {
        char chunk[512];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got <= 0) {
            input.setEnabled(false);
            return;
        }
        buffered.append(chunk, got);
        if (busy)
            return;
        busy = true;
        qsizetype newline;
        while ((newline = buffered.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffered.left(newline)).trimmed();
            buffered.remove(0, newline + 1);
            if (!line.isEmpty())
                runCommand(line);
        }
        busy = false;
    });
    return QCoreApplication::exec();
}

// --- hold-index-lock: a writer that dies holding the index's lock --------------------

int runHoldIndexLock(const QString &indexPath)
{
    QDir().mkpath(QFileInfo(indexPath).absolutePath());
    QLockFile lock(HandoffIndexFile(indexPath).lockPath());
    if (!lock.tryLock(waitMs))
        die(QStringLiteral("cannot take the index lock"));
    announce("STEP locked pid=" + QByteArray::number(QCoreApplication::applicationPid()));
    freezeForKill();
}

// --- index-writer: many index writes, to be killed at any moment --------------------

int runIndexWriter(const QString &indexPath)
{
    MemorySecretStore memory;
    HandoffStore store(&memory, indexPath);
    const QString profile = QStringLiteral("writer");
    for (int round = 0;; ++round) {
        if (round == 20)
            announce("STEP writing");
        const int slot = round % 40;
        CreatedKey created;
        created.record.id = QString::number(slot);
        created.record.name = QStringLiteral("key %1 with a longer name to make the file bigger").arg(round);
        created.record.keyPrefix = QStringLiteral("ll_%1").arg(slot, 9, 10, QLatin1Char('0'));
        created.secret = QStringLiteral("not a real secret");
        if (round % 3 == 2)
            store.forget(profile, created.record.id);
        else
            store.begin(profile, created); // one index write each
        store.setKeepInKeychain(profile, created.record.id, round % 2 == 0);
        QCoreApplication::processEvents(); // lets the memory store's jobs finish
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The names `keydesk` uses: the same settings file, data directory and keychain.
    QApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationName(QStringLiteral("KeyDesk"));

    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("profile"),
                                           QStringLiteral("name"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("key name"), QStringLiteral("name"));
    const QCommandLineOption stopOption(QStringLiteral("stop-at"), QStringLiteral("step"), QStringLiteral("step"));
    const QCommandLineOption leadHqlOption(QStringLiteral("leadhql-url"), QStringLiteral("url"), QStringLiteral("url"));
    const QCommandLineOption localLeadsOption(QStringLiteral("localleads-url"), QStringLiteral("url"),
                                              QStringLiteral("url"));
    const QCommandLineOption fdOption(QStringLiteral("secrets-fd"), QStringLiteral("fd"), QStringLiteral("fd"));
    const QCommandLineOption indexOption(QStringLiteral("index"), QStringLiteral("file"), QStringLiteral("file"));
    const QCommandLineOption scanOption(QStringLiteral("memory-scan"), QStringLiteral("scan own memory"));
    parser.addOptions(
        {profileOption, nameOption, stopOption, leadHqlOption, localLeadsOption, fdOption, scanOption, indexOption});
    parser.addPositionalArgument(QStringLiteral("mode"),
                                 QStringLiteral("create | resume | keeper | session | index-writer | hold-index-lock"));
    parser.process(app);

    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("create"))
        return runCreate(parser.value(profileOption), parser.value(nameOption), parser.value(stopOption));
    if (mode == QLatin1String("resume"))
        return runResume(parser.value(profileOption));
    if (mode == QLatin1String("index-writer"))
        return runIndexWriter(parser.value(indexOption));
    if (mode == QLatin1String("keeper"))
        return runKeeper(parser.value(profileOption));
    if (mode == QLatin1String("hold-index-lock"))
        return runHoldIndexLock(parser.value(indexOption));
    if (mode == QLatin1String("session")) {
        bool ok = false;
        const int fd = parser.value(fdOption).toInt(&ok);
        return runSession(parser.value(leadHqlOption), parser.value(localLeadsOption), ok ? fd : -1,
                          parser.isSet(scanOption));
    }
    die(QStringLiteral("unknown mode ") + mode);
}
