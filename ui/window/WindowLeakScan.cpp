#include "WindowLeakScan.h"

#include "Finding.h"
#include "LeakResult.h"
#include "LeakScanDialog.h"
#include "WindowWatch.h"

#include <QWidget>

#include <utility>

namespace keydesk {

WindowLeakScan::WindowLeakScan(Services services, QWidget *window, WindowWatch *watch, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_window(window)
    , m_watch(watch)
{
}

void WindowLeakScan::show()
{
    if (!m_dialog) {
        m_dialog = new LeakScanDialog({m_services.settings, m_services.inventoryPath, m_services.clock}, m_window);
        m_dialog->setKeyActionsAvailable(m_watch != nullptr);
        connect(m_dialog, &LeakScanDialog::revokeRequested, this,
                [this](const LeakResult &result) { actOnLeak(result, true); });
        connect(m_dialog, &LeakScanDialog::rotateRequested, this,
                [this](const LeakResult &result) { actOnLeak(result, false); });
        // The live keys it found are `leaked` findings now (docs/design.md#leak-scan).
        connect(m_dialog, &LeakScanDialog::scanFinished, this, [this] {
            if (m_watch)
                m_watch->refresh();
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void WindowLeakScan::actOnLeak(const LeakResult &result, bool revoke)
{
    if (!m_watch || !result.match)
        return;
    Finding finding;
    finding.organisation = result.match->organisation;
    finding.keyId = result.match->keyId;
    finding.keyName = result.match->keyName;
    finding.code = FindingCode::Leaked;
    finding.severity = Severity::Critical;
    finding.action = revoke ? SuggestedAction::Revoke : SuggestedAction::Rotate;
    finding.at = m_services.clock();
    // The window comes forward: its confirmation or create dialog is where to go on.
    m_window->raise();
    m_window->activateWindow();
    m_watch->act(finding);
}

} // namespace keydesk
