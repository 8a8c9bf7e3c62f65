// The real keydesk-cli picks its language from --lang or the environment, before any
// help text is built, and loads Qt's own catalogue too.
#include "SandboxProcess.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;
using keydesk::test::ProcessResult;

namespace {

// A neutral environment: English unless a test says otherwise.
QProcessEnvironment environment(const QString &lang = u"C.UTF-8"_s)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LANG"_s, lang);
    return env;
}

ProcessResult runCli(const QStringList &arguments, const QProcessEnvironment &env = environment())
{
    return keydesk::test::runProcess(keydesk::test::cliExecutable(), arguments, {}, env);
}

TEST(CliLanguage, LangOptionTranslatesTheHelpIncludingOptionsAndQtsOwnTexts)
{
    const ProcessResult help = runCli({u"--lang"_s, u"de"_s, u"--help"_s});
    ASSERT_TRUE(help.finished);
    EXPECT_EQ(help.exitCode, 0);
    const QString out = QString::fromUtf8(help.out);
    EXPECT_TRUE(out.startsWith(u"Aufruf: keydesk-cli"_s)) << help.out.toStdString();
    // Option descriptions are built by the parser: translated only if main() installed
    // the catalogue first.
    EXPECT_TRUE(out.contains(u"Die gespeicherte Verbindung NAME verwenden"_s)) << help.out.toStdString();
    EXPECT_TRUE(out.contains(u"--lang <LANG>"_s)) << help.out.toStdString();
    EXPECT_TRUE(out.contains(u"Optionen:"_s)) << "Qt's catalogue (qtbase_de.qm) not loaded:\n"
                                              << help.out.toStdString();
}

TEST(CliLanguage, LangOptionAppliesToEveryCommand)
{
    const ProcessResult result = runCli({u"profile"_s, u"list"_s, u"--lang=es"_s, u"--profile"_s, u"x"_s});
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(result.err).contains(u"--profile no se aplica a 'profile list'."_s))
        << result.err.toStdString();
}

TEST(CliLanguage, FollowsTheSystemLocaleWithoutLang)
{
    const ProcessResult result = runCli({u"list"_s}, environment(u"fr_FR.UTF-8"_s));
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(result.err).contains(u"Aucun serveur indiqué"_s)) << result.err.toStdString();

    const ProcessResult english = runCli({u"list"_s});
    EXPECT_TRUE(english.err.contains("No server given")) << english.err.toStdString();
}

TEST(CliLanguage, LangOverridesTheSystemLocale)
{
    const ProcessResult result = runCli({u"--lang"_s, u"en"_s, u"list"_s}, environment(u"de_DE.UTF-8"_s));
    ASSERT_TRUE(result.finished);
    EXPECT_TRUE(result.err.contains("No server given")) << result.err.toStdString();
}

TEST(CliLanguage, UnknownLanguageWarnsAndFallsBackToTheSystemLanguage)
{
    const ProcessResult result = runCli({u"--lang"_s, u"xx"_s, u"--version"_s}, environment(u"es_ES.UTF-8"_s));
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.startsWith("keydesk-cli ")) << result.out.toStdString();
    EXPECT_TRUE(QString::fromUtf8(result.err).contains(u"no hay traducción para el idioma 'xx'"_s))
        << result.err.toStdString();
}

} // namespace
