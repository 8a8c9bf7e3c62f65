#include "LeakScanDialog.h"
#include "ui_LeakScanDialog.h"

#include "FileManagerReveal.h"
#include "LeakResultModel.h"
#include "LeakScanJob.h"
#include "LeakScanRequest.h"
#include "UntrustedText.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>

namespace keydesk {

namespace {
const QString ignoreFileName = QStringLiteral(".keydesk-ignore");
} // namespace

LeakScanDialog::LeakScanDialog(Services services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LeakScanDialog>())
    , m_services(std::move(services))
    , m_results(new LeakResultModel(m_services.clock, this))
    , m_reveal(new FileManagerReveal(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("LeakScanDialog"));
    if (m_services.settings)
        m_settings = LeakScanSettings::load(*m_services.settings);
    m_ui->historyCheck->setChecked(m_settings.history);
    m_ui->binaryCheck->setChecked(m_settings.binary);
    m_ui->historyCheck->setToolTip(tr("Every blob reachable from every branch, tag, stash and reflog entry of "
                                      "each folder's git repository: a key committed and deleted later is found."));
    m_ui->binaryCheck->setToolTip(tr("Files whose first 8 KiB hold a NUL byte are skipped unless this is on."));
    m_ui->resultTable->setModel(m_results);
    m_ui->resultTable->verticalHeader()->hide();
    QHeaderView *header = m_ui->resultTable->horizontalHeader();
    header->setStretchLastSection(true); // the match, the widest
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->folderList->setMaximumHeight(5 * m_ui->folderList->fontMetrics().height());
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(tr("Not started"));
    m_ui->summaryLabel->setText(tr("Add the folders of your projects, then Start. Nothing is sent anywhere: "
                                   "found keys are matched against this computer's inventory."));
    showFolders();

    connect(m_ui->addFolderButton, &QPushButton::clicked, this, &LeakScanDialog::chooseFolder);
    connect(m_ui->removeFolderButton, &QPushButton::clicked, this, &LeakScanDialog::removeSelectedFolder);
    connect(m_ui->folderList, &QListWidget::currentRowChanged, this, &LeakScanDialog::updateButtons);
    connect(m_ui->historyCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.history = on;
        if (m_services.settings)
            m_settings.save(*m_services.settings);
    });
    connect(m_ui->binaryCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.binary = on;
        if (m_services.settings)
            m_settings.save(*m_services.settings);
    });
    connect(m_ui->startButton, &QPushButton::clicked, this, &LeakScanDialog::startScan);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LeakScanDialog::cancelScan);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->resultTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeakScanDialog::updateButtons);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            Q_EMIT revokeRequested(m_results->resultAt(row));
    });
    connect(m_ui->rotateButton, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            Q_EMIT rotateRequested(m_results->resultAt(row));
    });
    connect(m_ui->revealButton, &QPushButton::clicked, this, &LeakScanDialog::revealSelected);
    connect(m_ui->ignoreButton, &QPushButton::clicked, this, &LeakScanDialog::askIgnoreReason);
    updateButtons();
}

LeakScanDialog::~LeakScanDialog()
{
    // The thread quits once the job has stopped and deletes itself (startScan).
    if (m_job)
        m_job->cancel();
}

void LeakScanDialog::setKeyActionsAvailable(bool available)
{
    m_keyActions = available;
    updateButtons();
}

QTableView *LeakScanDialog::resultTable() const
{
    return m_ui->resultTable;
}

QString LeakScanDialog::progressText() const
{
    return m_ui->currentPathLabel->text();
}

QString LeakScanDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

int LeakScanDialog::selectedRow() const
{
    const QModelIndexList rows = m_ui->resultTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

// --- folders ---------------------------------------------------------------------------

void LeakScanDialog::chooseFolder()
{
    auto *chooser = new QFileDialog(this, tr("Add a Folder to Scan"), QDir::homePath());
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::Directory);
    chooser->setOption(QFileDialog::ShowDirsOnly);
    connect(chooser, &QFileDialog::fileSelected, this, &LeakScanDialog::addFolder);
    chooser->open();
}

void LeakScanDialog::addFolder(const QString &path)
{
    const QString folder = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (path.isEmpty() || m_settings.folders.contains(folder))
        return;
    m_settings.folders.append(folder);
    if (m_services.settings)
        m_settings.save(*m_services.settings);
    showFolders();
    m_ui->folderList->setCurrentRow(int(m_settings.folders.size()) - 1);
}

void LeakScanDialog::removeSelectedFolder()
{
    const int row = m_ui->folderList->currentRow();
    if (row < 0 || row >= m_settings.folders.size())
        return;
    m_settings.folders.removeAt(row);
    if (m_services.settings)
        m_settings.save(*m_services.settings);
    showFolders();
}

void LeakScanDialog::showFolders()
{
    m_ui->folderList->clear();
    for (const QString &folder : std::as_const(m_settings.folders))
        m_ui->folderList->addItem(QDir::toNativeSeparators(UntrustedText::forDisplay(folder)));
    updateButtons();
}

// --- the scan --------------------------------------------------------------------------

void LeakScanDialog::startScan()
{
    if (m_job)
        return;
    LeakScanRequest request;
    QStringList missing;
    for (const QString &folder : std::as_const(m_settings.folders)) {
        if (QFileInfo(folder).isDir())
            request.paths.append(folder);
        else
            missing.append(folder);
    }
    m_problems.clear();
    for (const QString &folder : std::as_const(missing))
        m_problems.append({folder, tr("the folder does not exist (any more)")});
    if (request.paths.isEmpty()) {
        m_ui->summaryLabel->setText(m_settings.folders.isEmpty() ? tr("Add a folder to scan first.")
                                                                 : tr("None of the folders exists."));
        return;
    }
    for (const QString &folder : std::as_const(request.paths)) {
        const QString ignoreFile = QDir(folder).filePath(ignoreFileName);
        QString error;
        if (QFileInfo::exists(ignoreFile) && !request.ignore.load(ignoreFile, error)) {
            m_ui->summaryLabel->setText(tr("Not started: %1").arg(UntrustedText::forDisplay(error)));
            return;
        }
    }
    request.options.history = m_settings.history;
    request.options.binary = m_settings.binary;
    request.options.keepKeys = false; // the window shows masked identifiers only
    request.inventoryPath = m_services.inventoryPath;
    m_scannedFolders = request.paths;
    m_results->clear();
    m_results->setRoots(m_scannedFolders);

    m_job = new LeakScanJob(std::move(request), m_services.clock);
    connect(m_job, &LeakScanJob::progressed, this, &LeakScanDialog::onProgress);
    connect(m_job, &LeakScanJob::found, this, [this](const LeakResult &result) {
        m_results->append(result);
        if (m_results->rowCount() <= 100) // the first rows size the columns; later ones keep them
            m_ui->resultTable->resizeColumnsToContents();
        if (m_ui->resultTable->selectionModel()->selectedRows().isEmpty())
            updateButtons();
    });
    connect(m_job, &LeakScanJob::problemFound, this,
            [this](const LeakScanProblem &problem) { m_problems.append(problem); });
    // Before startOnOwnThread(): onFinished forgets the job before its thread quits and deletes it.
    connect(m_job, &LeakScanJob::finished, this, &LeakScanDialog::onFinished);
    m_ui->progressBar->setRange(0, 0); // busy: the total is not known in advance
    m_ui->progressBar->setFormat(tr("Scanning…"));
    m_ui->currentPathLabel->setText(tr("Starting…"));
    m_ui->summaryLabel->setText(tr("Scanning %n folder(s)…", nullptr, int(m_scannedFolders.size())));
    m_job->startOnOwnThread();
    updateButtons();
}

void LeakScanDialog::cancelScan()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_ui->cancelButton->setEnabled(false);
    m_ui->summaryLabel->setText(tr("Stopping the scan…"));
}

void LeakScanDialog::onProgress(const LeakScanProgress &progress)
{
    const QLocale locale;
    m_ui->currentPathLabel->setText(
        tr("%n file(s), %1 at %2/s — %3", nullptr, int(progress.files))
            .arg(locale.formattedDataSize(progress.bytes), locale.formattedDataSize(progress.bytesPerSecond),
                 QDir::toNativeSeparators(UntrustedText::forDisplay(progress.currentPath))));
}

void LeakScanDialog::onFinished(const LeakScanSummary &summary)
{
    m_job = nullptr;
    const QLocale locale;
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(summary.cancelled ? 0 : 1);
    m_ui->progressBar->setFormat(summary.cancelled ? tr("Cancelled") : tr("Done"));
    m_ui->currentPathLabel->setText(
        tr("%n file(s) and blob(s), %1", nullptr, int(summary.files)).arg(locale.formattedDataSize(summary.bytes)));
    QStringList lines;
    const int found = m_results->rowCount();
    const int urgent = m_results->liveOrUnknownCount();
    if (summary.cancelled)
        lines.append(tr("Cancelled: %n key(s) found before it stopped.", nullptr, found));
    else if (found == 0)
        lines.append(tr("No key found."));
    else
        lines.append(
            tr("%n key(s) found, %1 of them live or unknown: revoke or rotate a live key at once.", nullptr, found)
                .arg(urgent));
    if (summary.ignored > 0)
        lines.append(tr("%n left out by .keydesk-ignore.", nullptr, int(summary.ignored)));
    for (const QString &stale : summary.staleIgnores)
        lines.append(tr("The ignore entry %1… matches no key found: it can be removed.").arg(stale.left(16)));
    if (!summary.inventoryError.isEmpty())
        lines.append(tr("The inventory could not be read or written (%1): keys are shown as unknown.")
                         .arg(UntrustedText::forDisplay(summary.inventoryError)));
    if (!m_problems.isEmpty()) {
        const LeakScanProblem &first = m_problems.constFirst();
        lines.append(tr("%n problem(s), the first: %1: %2", nullptr, int(m_problems.size()))
                         .arg(UntrustedText::forDisplay(first.path), UntrustedText::forDisplay(first.message)));
    }
    m_ui->summaryLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->resultTable->resizeColumnsToContents();
    QStringList problemLines;
    for (const LeakScanProblem &problem : std::as_const(m_problems))
        problemLines.append(UntrustedText::forDisplay(tr("%1: %2").arg(problem.path, problem.message)));
    m_ui->summaryLabel->setToolTip(problemLines.join(QLatin1Char('\n')));
    updateButtons();
    Q_EMIT scanFinished(summary);
}

void LeakScanDialog::done(int result)
{
    cancelScan(); // closing stops the scan; what it found stays for the next opening
    QDialog::done(result);
}

// --- the results -----------------------------------------------------------------------

void LeakScanDialog::updateButtons()
{
    const bool scanning = m_job != nullptr;
    m_ui->startButton->setEnabled(!scanning && !m_settings.folders.isEmpty());
    m_ui->cancelButton->setEnabled(scanning);
    m_ui->addFolderButton->setEnabled(!scanning);
    m_ui->removeFolderButton->setEnabled(!scanning && m_ui->folderList->currentRow() >= 0);
    m_ui->historyCheck->setEnabled(!scanning);
    m_ui->binaryCheck->setEnabled(!scanning);

    const int row = selectedRow();
    const LeakResult *result = row >= 0 ? &m_results->resultAt(row) : nullptr;
    const bool live = result && result->match && result->match->status == KeyStatus::Active;
    m_ui->revokeButton->setEnabled(live && m_keyActions);
    m_ui->rotateButton->setEnabled(live && m_keyActions);
    const QString why = !result          ? tr("Select a key found.")
                        : !result->match ? tr("This key is not in the inventory: revoke it where it was made.")
                        : !live          ? tr("This key is no longer active.")
                        : !m_keyActions  ? tr("Needs the inventory.")
                                         : QString();
    m_ui->revokeButton->setToolTip(
        why.isEmpty() ? tr("Revoke “%1” (asks first)").arg(UntrustedText::forDisplay(result->match->keyName)) : why);
    m_ui->rotateButton->setToolTip(why.isEmpty() ? tr("Create a successor of “%1”, then revoke the old key")
                                                       .arg(UntrustedText::forDisplay(result->match->keyName))
                                                 : why);
    m_ui->revealButton->setEnabled(result != nullptr);
    m_ui->ignoreButton->setEnabled(result != nullptr && !scanning);
    m_ui->ignoreButton->setToolTip(tr("Writes the key's fingerprint and your reason to the folder's "
                                      ".keydesk-ignore: later scans leave this key out, wherever it moves."));
}

void LeakScanDialog::revealSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LeakSighting &sighting = m_results->resultAt(row).sighting;
    // A sighting in the history has no file of its own: its repository's folder is shown.
    const QString ignoreFile = ignoreFileFor(m_results->resultAt(row));
    const QString folder = ignoreFile.isEmpty() ? QString() : QFileInfo(ignoreFile).absolutePath();
    m_reveal->reveal(sighting.commit.isEmpty() && QFileInfo::exists(sighting.path) ? sighting.path : folder);
}

QString LeakScanDialog::ignoreFileFor(const LeakResult &result) const
{
    // The scanned folder that holds the file (the longest one); the history's: the first.
    QString best;
    for (const QString &folder : std::as_const(m_scannedFolders)) {
        const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
        if (result.sighting.commit.isEmpty() && result.sighting.path.startsWith(prefix) && folder.size() > best.size())
            best = folder;
    }
    if (best.isEmpty() && !m_scannedFolders.isEmpty())
        best = m_scannedFolders.constFirst();
    return best.isEmpty() ? QString() : QDir(best).filePath(ignoreFileName);
}

void LeakScanDialog::askIgnoreReason()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("ignoreReasonDialog"));
    ask->setWindowTitle(tr("Ignore This Key"));
    ask->setLabelText(tr("Why may %1 stay where it is? The reason and the key's fingerprint (never the key) "
                         "are written to %2.")
                          .arg(m_results->resultAt(row).sighting.masked,
                               QDir::toNativeSeparators(ignoreFileFor(m_results->resultAt(row)))));
    ask->setTextValue(tr("test fixture, not a real key"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &reason) { ignoreSelected(reason); });
    ask->open();
}

bool LeakScanDialog::ignoreSelected(const QString &reason)
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    QString oneLine = reason.simplified();
    if (oneLine.isEmpty()) {
        m_ui->summaryLabel->setText(tr("Not ignored: a reason is needed."));
        return false;
    }
    const LeakResult result = m_results->resultAt(row);
    const QString path = ignoreFileFor(result);
    QFile file(path);
    const QByteArray line = (result.sighting.fingerprint + QLatin1Char(' ') + oneLine + QLatin1Char('\n')).toUtf8();
    // A file that does not end in a newline gets one first, so the entry is a line of its own.
    bool needsNewline = false;
    if (file.exists() && file.size() > 0 && file.open(QIODevice::ReadOnly)) {
        file.seek(file.size() - 1);
        needsNewline = file.read(1) != "\n";
        file.close();
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || (needsNewline && file.write("\n") != 1)
        || file.write(line) != line.size() || !file.flush()) {
        m_ui->summaryLabel->setText(
            tr("Not ignored: cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    file.close();
    m_results->removeFingerprint(result.sighting.fingerprint);
    m_ui->summaryLabel->setText(
        tr("%1 is ignored from now on (%2).").arg(result.sighting.masked, QDir::toNativeSeparators(path)));
    updateButtons();
    return true;
}

} // namespace keydesk
