#include "TestPaths.h"

#include <QtGlobal>

namespace keydesk::test {

QString sandboxExecutable()
{
    return QStringLiteral(KEYDESK_SANDBOX_PATH);
}
QString cliExecutable()
{
    return QStringLiteral(KEYDESK_CLI_PATH);
}
QString sourceDir()
{
    return qEnvironmentVariable("KEYDESK_SOURCE_DIR");
}

} // namespace keydesk::test
