#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

Q_LOGGING_CATEGORY(lcTranslations, "keydesk.translations")

// Marks the translators installTranslations() created, so a second call replaces them.
const QString translatorObjectName = u"keydesk-translator"_s;

// "de", "de_DE", "de-AT", "de_CH.UTF-8" → "de"; English → "en"; anything else → empty.
QString supportedLanguage(const QString &code)
{
    const QLocale::Language language = QLocale(code).language();
    if (language == QLocale::English)
        return u"en"_s;
    const QString iso = QLocale::languageToCode(language, QLocale::ISO639Part1);
    return translatedLanguages().contains(iso) ? iso : QString();
}

void removeInstalledTranslators(QCoreApplication &app)
{
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(translatorObjectName,
                                                                          Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installCatalogue(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorObjectName);
    if (!translator->load(fileName, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QStringList translatedLanguages()
{
    return {u"de"_s, u"fr"_s, u"es"_s};
}

QString languageArgument(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if ((argument == u"--lang"_s || argument == u"-lang"_s) && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (argument.startsWith(u"--lang="_s))
            language = argument.mid(7);
        else if (argument.startsWith(u"-lang="_s))
            language = argument.mid(6);
    }
    return language;
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(u"lang"_s,
                              QCoreApplication::translate(
                                  "Translations", "Use the language LANG (de, en, es or fr) instead of the system's."),
                              QCoreApplication::translate("Translations", "LANG"));
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    QString chosen;
    if (!language.isEmpty()) {
        chosen = supportedLanguage(language);
        if (chosen.isEmpty())
            return false;
    } else {
        const QStringList systemLanguages = QLocale::system().uiLanguages();
        for (const QString &candidate : systemLanguages) {
            chosen = supportedLanguage(candidate);
            if (!chosen.isEmpty())
                break;
        }
    }

    removeInstalledTranslators(app);
    if (chosen.isEmpty() || chosen == u"en"_s)
        return true; // the source strings are English

    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!installCatalogue(app, u"qtbase_"_s + chosen, qtDirectory))
        qCWarning(lcTranslations, "Qt's catalogue qtbase_%s.qm is not in %s; Qt's own texts stay in English",
                  qUtf8Printable(chosen), qUtf8Printable(qtDirectory));
    if (!installCatalogue(app, u"keydesk_"_s + chosen, u":/i18n"_s)) {
        qCWarning(lcTranslations, "the embedded catalogue :/i18n/keydesk_%s.qm cannot be loaded",
                  qUtf8Printable(chosen));
        return false;
    }
    return true;
}

} // namespace keydesk
