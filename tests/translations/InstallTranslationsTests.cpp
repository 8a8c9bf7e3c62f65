// installTranslations() loads the embedded catalogues (the resource object library of
// the static keydesk_translations works) and Qt's own, and refuses unknown languages.
#include "CommittedCatalogue.h"
#include "KeyStatus.h"
#include "KeyTableModel.h"
#include "Translations.h"
#include "TsCatalogue.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;
using keydesk::test::TsCatalogue;
using keydesk::test::TsMessage;
using keydesk::test::tsPath;

namespace {

QCoreApplication &application()
{
    return *QCoreApplication::instance();
}

QString translate(const TsMessage &message, int n = -1)
{
    const QByteArray context = message.context.toUtf8();
    const QByteArray source = message.source.toUtf8();
    const QByteArray comment = message.comment.toUtf8();
    return QCoreApplication::translate(context.constData(), source.constData(),
                                       message.comment.isEmpty() ? nullptr : comment.constData(), n);
}

// Every test starts and ends in English, whatever the machine's locale.
class InstallTranslationsTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(keydesk::installTranslations(application(), u"en"_s)); }
    void TearDown() override { keydesk::installTranslations(application(), u"en"_s); }
};

class EmbeddedCatalogueTest : public InstallTranslationsTest, public ::testing::WithParamInterface<const char *> {};

// Every finished message of the .ts file comes back from the embedded .qm, plural
// forms chosen by the language's rule (one: form 0; five: form 1).
TEST_P(EmbeddedCatalogueTest, TranslatesEveryMessageOfTheTsFile)
{
    const QString language = QString::fromUtf8(GetParam());
    const TsCatalogue catalogue = keydesk::test::readTsFile(tsPath(language));
    ASSERT_TRUE(catalogue.error.isEmpty()) << catalogue.error.toStdString();
    ASSERT_TRUE(keydesk::installTranslations(application(), language));

    int checked = 0;
    QStringList wrong;
    for (const TsMessage &message : catalogue.messages) {
        if (!message.translationType.isEmpty())
            continue; // unfinished: TranslationCatalogueTests reports those
        if (message.numerus) {
            if (message.numerusForms.size() != 2)
                continue;
            const QString one = QString(message.numerusForms.at(0)).replace(u"%n"_s, u"1"_s);
            const QString five = QString(message.numerusForms.at(1)).replace(u"%n"_s, u"5"_s);
            if (translate(message, 1) != one || translate(message, 5) != five)
                wrong.append(message.identity());
        } else if (translate(message) != message.translation) {
            wrong.append(message.identity());
        }
        ++checked;
    }
    EXPECT_GT(checked, 100);
    EXPECT_TRUE(wrong.isEmpty()) << wrong.join(u'\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, EmbeddedCatalogueTest, ::testing::Values("de", "fr", "es"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });

// The contexts lupdate wrote are the ones the code asks for at run time: a free
// function with Q_DECLARE_TR_FUNCTIONS and a Q_OBJECT class in namespace keydesk.
TEST_F(InstallTranslationsTest, TranslatesTheRunningCode)
{
    EXPECT_EQ(keydesk::keyStatusLabel(keydesk::KeyStatus::Revoked), u"Revoked"_s);
    ASSERT_TRUE(keydesk::installTranslations(application(), u"de"_s));
    EXPECT_EQ(keydesk::keyStatusLabel(keydesk::KeyStatus::Revoked), u"Widerrufen"_s);
    EXPECT_EQ(keydesk::KeyTableModel::tr("Created by"), u"Erstellt von"_s);
    ASSERT_TRUE(keydesk::installTranslations(application(), u"fr"_s));
    EXPECT_EQ(keydesk::keyStatusLabel(keydesk::KeyStatus::Revoked), u"Révoquée"_s);
    ASSERT_TRUE(keydesk::installTranslations(application(), u"es"_s));
    EXPECT_EQ(keydesk::keyStatusLabel(keydesk::KeyStatus::Revoked), u"Revocada"_s);
    // Back to the source language: nothing of ours stays installed.
    ASSERT_TRUE(keydesk::installTranslations(application(), u"en"_s));
    EXPECT_EQ(keydesk::keyStatusLabel(keydesk::KeyStatus::Revoked), u"Revoked"_s);
}

TEST_F(InstallTranslationsTest, AcceptsLocaleNamesOfTheSameLanguage)
{
    for (const QString &name : {u"de_AT"_s, u"de-CH"_s, u"de_DE.UTF-8"_s}) {
        ASSERT_TRUE(keydesk::installTranslations(application(), name)) << name.toStdString();
        EXPECT_EQ(keydesk::keyStatusLabel(keydesk::KeyStatus::Active), u"Aktiv"_s) << name.toStdString();
    }
    ASSERT_TRUE(keydesk::installTranslations(application(), u"es_MX"_s));
    EXPECT_EQ(keydesk::keyStatusLabel(keydesk::KeyStatus::Active), u"Activa"_s);
}

TEST_F(InstallTranslationsTest, RefusesUnknownLanguagesAndKeepsTheCurrentOne)
{
    ASSERT_TRUE(keydesk::installTranslations(application(), u"fr"_s));
    for (const QString &name : {u"xx"_s, u"it"_s, u"klingon"_s, u"C"_s})
        EXPECT_FALSE(keydesk::installTranslations(application(), name)) << name.toStdString();
    EXPECT_EQ(keydesk::keyStatusLabel(keydesk::KeyStatus::Expired), u"Expirée"_s);
}

// Debian's qt6-translations-l10n (installer/build-deps.sh installs it).
TEST_F(InstallTranslationsTest, LoadsQtsOwnCatalogue)
{
    const QString qtCatalogue = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(u"qtbase_de.qm"_s);
    ASSERT_TRUE(QFile::exists(qtCatalogue))
        << qtCatalogue.toStdString() << " is missing: install qt6-translations-l10n";
    ASSERT_TRUE(keydesk::installTranslations(application(), u"de"_s));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

TEST(LanguageArgument, FindsTheLangOptionInItsSpellings)
{
    using keydesk::languageArgument;
    EXPECT_EQ(languageArgument({u"keydesk-cli"_s, u"--lang"_s, u"de"_s, u"list"_s}), u"de"_s);
    EXPECT_EQ(languageArgument({u"keydesk-cli"_s, u"list"_s, u"--lang=fr"_s}), u"fr"_s);
    EXPECT_EQ(languageArgument({u"keydesk"_s, u"-lang"_s, u"es"_s}), u"es"_s);
    EXPECT_EQ(languageArgument({u"keydesk"_s, u"-lang=es_MX"_s}), u"es_MX"_s);
    EXPECT_EQ(languageArgument({u"keydesk"_s, u"--lang"_s, u"de"_s, u"--lang"_s, u"fr"_s}), u"fr"_s);
    EXPECT_TRUE(languageArgument({u"keydesk"_s, u"--demo"_s}).isEmpty());
    EXPECT_TRUE(languageArgument({u"keydesk"_s, u"--lang"_s}).isEmpty());
    EXPECT_TRUE(languageArgument({u"keydesk-cli"_s, u"create"_s, u"--"_s, u"--lang"_s, u"de"_s}).isEmpty());
    // The program name is never an option.
    EXPECT_TRUE(languageArgument({u"--lang=de"_s}).isEmpty());
}

TEST(LanguageOption, IsNamedLangAndTakesAValue)
{
    const QCommandLineOption option = keydesk::languageOption();
    EXPECT_EQ(option.names(), QStringList{u"lang"_s});
    EXPECT_FALSE(option.valueName().isEmpty());
}

} // namespace
