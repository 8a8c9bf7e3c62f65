#pragma once

#include <QDir>
#include <QString>

namespace keydesk::test {

// The committed catalogue of `language`, translations/keydesk_<language>.ts (the suite's
// CMakeLists.txt defines KEYDESK_TRANSLATIONS_DIR).
inline QString tsPath(const QString &language)
{
    return QDir(QString::fromUtf8(KEYDESK_TRANSLATIONS_DIR)).filePath(QStringLiteral("keydesk_%1.ts").arg(language));
}

} // namespace keydesk::test
