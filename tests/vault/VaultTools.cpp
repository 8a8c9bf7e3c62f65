#include "VaultTools.h"

#include "KeychainSecretStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace keydesk::test {

VaultTools::VaultTools()
{
    if (!m_dir.isValid() || !m_gnupg.isValid()) {
        m_error = u"no temporary folder"_s;
        return;
    }
    QDir().mkpath(scriptsDir());
    const QString gnupg = m_gnupg.path();
    QFile::setPermissions(gnupg, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess gpg;
    gpg.setProcessEnvironment(environment());
    gpg.start(u"gpg"_s, {u"--batch"_s, u"--passphrase"_s, QString(), u"--quick-gen-key"_s,
                         u"KeyDesk Test <vault-test@keydesk.invalid>"_s, u"default"_s, u"default"_s, u"never"_s});
    if (!gpg.waitForFinished(120000) || gpg.exitCode() != 0) {
        m_error = u"gpg --quick-gen-key failed: "_s + QString::fromUtf8(gpg.readAllStandardError());
        return;
    }
    QProcess init;
    init.setProcessEnvironment(environment());
    init.start(u"pass"_s, {u"init"_s, u"vault-test@keydesk.invalid"_s});
    if (!init.waitForFinished(60000) || init.exitCode() != 0)
        m_error = u"pass init failed: "_s + QString::fromUtf8(init.readAllStandardError());
}

VaultTools::~VaultTools()
{
    QProcess kill;
    kill.setProcessEnvironment(environment());
    kill.start(u"gpgconf"_s, {u"--kill"_s, u"gpg-agent"_s});
    kill.waitForFinished(10000);
    // The agent removes its sockets as it goes, after gpgconf has returned.
    if (!QTest::qWaitFor([this] { return m_gnupg.remove(); }, 10000))
        qWarning("the GnuPG home %s was left behind", qPrintable(m_gnupg.path()));
}

QProcessEnvironment VaultTools::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PATH"_s, scriptsDir() + u':' + environment.value(u"PATH"_s));
    environment.insert(u"GNUPGHOME"_s, m_gnupg.path());
    environment.insert(u"PASSWORD_STORE_DIR"_s, passStore());
    return environment;
}

void VaultTools::writeScript(const QString &name, const QByteArray &body) const
{
    QFile file(QDir(scriptsDir()).filePath(name));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QByteArray VaultTools::runTool(const QString &program, const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

bool VaultTools::createDatabase()
{
    if (QFile::exists(database()))
        return true;
    const QByteArray password = QByteArray(databasePassword) + '\n';
    QProcess create;
    create.setProcessEnvironment(environment());
    create.start(u"keepassxc-cli"_s, {u"db-create"_s, u"-q"_s, u"-p"_s, u"-t"_s, u"100"_s, database()});
    create.write(password + password);
    create.closeWriteChannel();
    return create.waitForFinished(60000) && create.exitCode() == 0 && QFile::exists(database());
}

DeliveryResult deliver(const DeliveryRequest &request, const QProcessEnvironment &environment,
                       std::chrono::milliseconds timeout)
{
    KeyDelivery delivery(
        environment,
        [](const QString &label, QObject *parent) -> SecretStore * {
            return new KeychainSecretStore(label, KeychainSecretStore::defaultTimeout, parent);
        },
        timeout);
    bool done = false;
    QObject::connect(&delivery, &KeyDelivery::finished, [&done] { done = true; });
    delivery.start(request);
    if (!QTest::qWaitFor([&done] { return done; }, 180000)) {
        DeliveryResult unfinished;
        unfinished.message = u"the delivery did not finish"_s;
        return unfinished;
    }
    return delivery.result();
}

} // namespace keydesk::test
