// The committed catalogues are complete and consistent with their sources: nothing
// unfinished, vanished or empty, the same placeholders and accelerators as the source.
#include "CommittedCatalogue.h"
#include "TsCatalogue.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace Qt::StringLiterals;
using keydesk::test::TsCatalogue;
using keydesk::test::TsMessage;
using keydesk::test::tsPath;

namespace {

// Each failing message on its own line, so one run shows everything left to fix.
class TsFileTest : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        m_catalogue = keydesk::test::readTsFile(tsPath(QString::fromUtf8(GetParam())));
        ASSERT_TRUE(m_catalogue.error.isEmpty()) << m_catalogue.error.toStdString();
    }

    // Runs `check` on every message; it returns an empty string or what is wrong.
    template <typename Check>
    void expectEveryMessage(Check check) const
    {
        QStringList problems;
        for (const TsMessage &message : m_catalogue.messages) {
            const QString problem = check(message);
            if (!problem.isEmpty())
                problems.append(message.identity() + u"\n    → "_s + problem);
        }
        EXPECT_TRUE(problems.isEmpty()) << problems.size() << " message(s) in keydesk_" << GetParam() << ".ts:\n"
                                        << problems.join(u'\n').toStdString();
    }

    // The translated texts of a message: one, or one per plural form.
    static QStringList translations(const TsMessage &message)
    {
        return message.numerus ? message.numerusForms : QStringList{message.translation};
    }

    TsCatalogue m_catalogue;
};

TEST_P(TsFileTest, HasMessagesForItsLanguage)
{
    EXPECT_TRUE(m_catalogue.language.startsWith(QString::fromUtf8(GetParam()))) << m_catalogue.language.toStdString();
    EXPECT_GT(m_catalogue.messages.size(), 100);
}

TEST_P(TsFileTest, NoMessageIsUnfinishedVanishedOrObsolete)
{
    expectEveryMessage([](const TsMessage &message) {
        return message.translationType.isEmpty() ? QString() : u"type=\"%1\""_s.arg(message.translationType);
    });
}

TEST_P(TsFileTest, NoTranslationOrPluralFormIsEmpty)
{
    expectEveryMessage([](const TsMessage &message) {
        if (message.numerus && message.numerusForms.size() != 2) // de, fr, es: singular and plural
            return u"%1 plural forms instead of 2"_s.arg(message.numerusForms.size());
        const QStringList texts = translations(message);
        for (qsizetype form = 0; form < texts.size(); ++form) {
            if (texts.at(form).trimmed().isEmpty())
                return message.numerus ? u"plural form %1 is empty"_s.arg(form) : u"empty translation"_s;
        }
        return QString();
    });
}

TEST_P(TsFileTest, PlaceholdersMatchTheSource)
{
    expectEveryMessage([](const TsMessage &message) {
        const QStringList expected = keydesk::test::placeholders(message.source);
        const QStringList texts = translations(message);
        for (qsizetype form = 0; form < texts.size(); ++form) {
            const QStringList actual = keydesk::test::placeholders(texts.at(form));
            if (actual != expected)
                return u"form %1 has placeholders {%2}, the source {%3}: %4"_s.arg(form).arg(
                    actual.join(u", "_s), expected.join(u", "_s), texts.at(form));
        }
        return QString();
    });
}

TEST_P(TsFileTest, AcceleratorsMatchTheSource)
{
    expectEveryMessage([](const TsMessage &message) {
        const bool expected = keydesk::test::hasAccelerator(message.source);
        for (const QString &text : translations(message)) {
            if (keydesk::test::hasAccelerator(text) != expected)
                return expected ? u"the accelerator '&' is missing: %1"_s.arg(text)
                                : u"an accelerator '&' the source does not have: %1"_s.arg(text);
        }
        return QString();
    });
}

INSTANTIATE_TEST_SUITE_P(Languages, TsFileTest, ::testing::Values("de", "fr", "es"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });

TEST(TsFiles, AllLanguagesHaveTheSameMessages)
{
    const TsCatalogue german = keydesk::test::readTsFile(tsPath(u"de"_s));
    for (const QString &language : {u"fr"_s, u"es"_s}) {
        const TsCatalogue other = keydesk::test::readTsFile(tsPath(language));
        EXPECT_EQ(keydesk::test::currentIdentities(other), keydesk::test::currentIdentities(german))
            << language.toStdString();
    }
}

// The checks themselves, on made-up messages.
TEST(TsChecks, FindPlaceholdersAndAccelerators)
{
    using keydesk::test::hasAccelerator;
    using keydesk::test::placeholders;
    EXPECT_EQ(placeholders(u"%2 of %1, %n left, %L3 and %1 again"_s), (QStringList{u"1"_s, u"2"_s, u"3"_s, u"n"_s}));
    EXPECT_EQ(placeholders(u"100% sure, %12"_s), QStringList{u"12"_s});
    EXPECT_TRUE(placeholders(u"no placeholder"_s).isEmpty());
    EXPECT_TRUE(hasAccelerator(u"&Revoke"_s));
    EXPECT_TRUE(hasAccelerator(u"Re&fresh"_s));
    EXPECT_FALSE(hasAccelerator(u"Salt && Pepper"_s));
    EXPECT_FALSE(hasAccelerator(u"A & B"_s));
}

} // namespace
