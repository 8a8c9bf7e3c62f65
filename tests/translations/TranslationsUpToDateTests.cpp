// translations_up_to_date: lupdate, run on the sources like update_translations, into
// copies of the committed .ts files, finds exactly the messages they already hold.
// Messages are compared as context + source + comment, so locations do not matter.
#include "TsCatalogue.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QStringList sortedList(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

TEST(TranslationsUpToDate, TsFilesHoldExactlyTheMessagesOfTheSources)
{
    const QStringList tsFiles = QString::fromUtf8(KEYDESK_TS_FILES).split(u'|');
    const QStringList options = QString::fromUtf8(KEYDESK_LUPDATE_OPTIONS).split(u'|');
    ASSERT_EQ(tsFiles.size(), 3);
    ASSERT_TRUE(QFile::exists(QString::fromUtf8(KEYDESK_LUPDATE_LST_FILE)));

    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    QStringList copies;
    for (const QString &tsFile : tsFiles) {
        const QString copy = scratch.filePath(QFileInfo(tsFile).fileName());
        ASSERT_TRUE(QFile::copy(tsFile, copy)) << tsFile.toStdString();
        copies.append(copy);
    }

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QString::fromUtf8(KEYDESK_LUPDATE),
                  options + QStringList{u"@"_s + QString::fromUtf8(KEYDESK_LUPDATE_LST_FILE), u"-ts"_s} + copies);
    ASSERT_TRUE(lupdate.waitForFinished(180000)) << lupdate.errorString().toStdString();
    const QByteArray output = lupdate.readAll();
    ASSERT_EQ(lupdate.exitStatus(), QProcess::NormalExit);
    ASSERT_EQ(lupdate.exitCode(), 0) << output.toStdString();

    for (qsizetype i = 0; i < tsFiles.size(); ++i) {
        const keydesk::test::TsCatalogue committed = keydesk::test::readTsFile(tsFiles.at(i));
        const keydesk::test::TsCatalogue fresh = keydesk::test::readTsFile(copies.at(i));
        ASSERT_TRUE(committed.error.isEmpty()) << committed.error.toStdString();
        ASSERT_TRUE(fresh.error.isEmpty()) << fresh.error.toStdString();
        const QSet<QString> committedMessages = keydesk::test::currentIdentities(committed);
        const QSet<QString> sourceMessages = keydesk::test::currentIdentities(fresh);
        const QStringList added = sortedList(sourceMessages - committedMessages);
        const QStringList removed = sortedList(committedMessages - sourceMessages);
        EXPECT_TRUE(added.isEmpty() && removed.isEmpty())
            << tsFiles.at(i).toStdString()
            << " is out of date with the sources; run `cmake --build <build> --target update_translations` "
               "and translate.\nNew in the sources:\n  "
            << added.join(u"\n  "_s).toStdString() << "\nGone from the sources:\n  "
            << removed.join(u"\n  "_s).toStdString();
    }
}

} // namespace
