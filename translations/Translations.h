#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace keydesk {

// The languages KeyDesk ships a catalogue for, as ISO 639-1 codes ("de", "fr", "es").
// English is the source language and needs none.
QStringList translatedLanguages();

// The value of `--lang LANG` or `--lang=LANG` (also with one dash) in `arguments`
// (program name first, like QCoreApplication::arguments()); empty when absent. Lets
// main() install the translations before any QCommandLineParser builds its help texts.
QString languageArgument(const QStringList &arguments);

// The `--lang LANG` option, its description translated: create it after
// installTranslations() so that --help shows it in the chosen language.
QCommandLineOption languageOption();

// Installs Qt's own catalogue (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath)
// and KeyDesk's embedded one (:/i18n/keydesk_<lang>.qm) on `app`, replacing those a
// previous call installed. `language` is a code like "de", "fr_FR" or "es-MX"; when
// empty, the first of QLocale::system().uiLanguages() that KeyDesk knows is used, and
// English when there is none. Returns false, installing nothing, when `language` is
// given but is neither English nor a translated language (the caller warns); a missing
// Qt catalogue is only logged.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace keydesk
