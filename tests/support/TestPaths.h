#pragma once

#include <QString>

namespace keydesk::test {

QString sandboxExecutable();
QString cliExecutable();
// The source tree, for fixtures.
QString sourceDir();

} // namespace keydesk::test
