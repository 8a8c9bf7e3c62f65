#pragma once

#include <QString>

namespace keydesk::test {

QString sandboxExecutable();
QString cliExecutable();
// ../shared/seeds and the source tree, for fixtures.
QString sourceDir();

} // namespace keydesk::test
