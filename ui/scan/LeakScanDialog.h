#pragma once

#include "LeakResult.h"
#include "LeakScanProblem.h"
#include "LeakScanProgress.h"
#include "LeakScanSettings.h"
#include "LeakScanSummary.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

class QSettings;
class QTableView;

namespace Ui {
class LeakScanDialog;
}

namespace keydesk {

class FileManagerReveal;
class LeakResultModel;
class LeakScanJob;

// File → Scan for Leaked Keys… (docs/design.md#leak-scan, issue 14 item 6): remembered
// folders and options (LeakScanSettings), Start and Cancel, a progress bar with the files,
// bytes per second and the current path, and the results (LeakResultModel) with what can
// be done about each: Revoke and Rotate for a live key of the inventory (the window's own
// flows, through revokeRequested / rotateRequested), Reveal in File Manager, and Ignore…,
// which writes a line to the folder's .keydesk-ignore only when asked. The scan is a
// LeakScanJob on a thread of its own; the dialog never waits for it: Cancel and closing
// ask it to stop, and the thread ends and deletes itself.
class LeakScanDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeakScanDialog)
public:
    struct Services {
        QSettings *settings = nullptr; // the remembered folders and options
        QString inventoryPath;         // matched against and remembered in; empty: every key unknown
        std::function<QDateTime()> clock;
    };

    explicit LeakScanDialog(Services services, QWidget *parent = nullptr);
    ~LeakScanDialog() override;

    // Revoke and Rotate need the window's watch (an inventory); off, they stay disabled.
    void setKeyActionsAvailable(bool available);

    QStringList folders() const { return m_settings.folders; }
    void addFolder(const QString &path); // remembered at once
    void removeSelectedFolder();

    bool isScanning() const { return m_job != nullptr; }
    LeakResultModel *results() const { return m_results; }
    QTableView *resultTable() const;
    QString progressText() const; // the line under the progress bar
    QString summaryText() const;
    QList<LeakScanProblem> problems() const { return m_problems; }
    // The result selected in the table, -1 when none.
    int selectedRow() const;

    // Writes "<fingerprint> <reason>" to the .keydesk-ignore of the folder the selected
    // result was found in and drops that key's rows; false (with the reason in the
    // summary) when it cannot.
    bool ignoreSelected(const QString &reason);

public Q_SLOTS:
    void startScan();
    void cancelScan();

Q_SIGNALS:
    // A live key of the inventory the user chose to revoke or rotate.
    void revokeRequested(const keydesk::LeakResult &result);
    void rotateRequested(const keydesk::LeakResult &result);
    void scanFinished(const keydesk::LeakScanSummary &summary);

protected:
    void done(int result) override;

private:
    void onProgress(const LeakScanProgress &progress);
    void onFinished(const LeakScanSummary &summary);
    void chooseFolder();
    void askIgnoreReason();
    void revealSelected();
    void showFolders();
    void updateButtons();
    QString ignoreFileFor(const LeakResult &result) const;

    std::unique_ptr<Ui::LeakScanDialog> m_ui;
    Services m_services;
    LeakScanSettings m_settings;
    LeakResultModel *m_results;
    FileManagerReveal *m_reveal;
    // The running scan, on its own thread: valid until onFinished() (the thread quits after it).
    LeakScanJob *m_job = nullptr;
    QStringList m_scannedFolders;
    QList<LeakScanProblem> m_problems;
    bool m_keyActions = true;
};

} // namespace keydesk
