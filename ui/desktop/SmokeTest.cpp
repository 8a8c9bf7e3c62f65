#include "SmokeTest.h"

#include "KeyTableModel.h"
#include "MainWindow.h"

#include <QCoreApplication>

#include <cstdio>

namespace keydesk {

SmokeTest::SmokeTest(MainWindow *window, int seconds, QElapsedTimer sinceLaunch, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sinceLaunch(sinceLaunch)
{
    connect(window, &MainWindow::keysLoaded, this, [this](const QString &profileName, int count) {
        if (m_populated || count == 0)
            return;
        m_populated = true;
        std::fprintf(stdout, "keydesk smoke test: \"%s\" populated with %d keys %lld ms after launch\n",
                     profileName.toUtf8().constData(), count, static_cast<long long>(m_sinceLaunch.elapsed()));
        std::fflush(stdout);
    });
    // The start from the inventory, before any network answer (tests/bench: launch-from-inventory).
    connect(window, &MainWindow::lastKnownShown, this, [this](const QString &profileName, int count) {
        if (m_fromInventory || count == 0)
            return;
        m_fromInventory = true;
        std::fprintf(stdout, "keydesk smoke test: from the inventory, \"%s\" shown with %d keys %lld ms after launch\n",
                     profileName.toUtf8().constData(), count, static_cast<long long>(m_sinceLaunch.elapsed()));
        std::fflush(stdout);
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SmokeTest::finish);
    m_deadline.start(seconds * 1000);
}

SmokeTest::~SmokeTest() = default;

void SmokeTest::finish()
{
    const bool populated = m_populated && m_window->keyModel().rowCount() > 0;
    if (!populated)
        std::fprintf(stderr, "keydesk smoke test: the key table was not populated within %lld ms\n",
                     static_cast<long long>(m_sinceLaunch.elapsed()));
    m_window->close();
    QCoreApplication::exit(populated ? 0 : 1);
}

} // namespace keydesk
