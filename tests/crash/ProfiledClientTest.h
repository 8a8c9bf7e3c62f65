#pragma once

#include "DriverProcess.h"
#include "SandboxProcess.h"

#include <gtest/gtest.h>

#include <QString>

#include <memory>

namespace keydesk::test {

// A fixture for client processes on one throwaway HOME: a LocalLeads sandbox and a
// profile for it, added through the real keydesk-cli. Needs the private keyring of
// tests/with-keyring.sh (skipped elsewhere).
class ProfiledClientTest : public ::testing::Test {
protected:
    // The profile is `<profilePrefix>-<random>`: the keyring is shared by every suite of
    // the session, so each test's entries must be its own.
    explicit ProfiledClientTest(QString profilePrefix);

    void SetUp() override;

    ClientHome m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_profile;

private:
    QString m_profilePrefix;
};

} // namespace keydesk::test
