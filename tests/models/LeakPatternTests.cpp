#include "KeyFormat.h"
#include "LeakPattern.h"

#include <gtest/gtest.h>

using namespace keydesk;

namespace {

const QByteArray leadHqlKey = "leadhql_pk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6";
const QByteArray localLeadsKey = "ll_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2";
const QByteArray trustLeadsKey = "lfk_sk_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0";

QList<QByteArray> keysIn(const QByteArray &text)
{
    QList<QByteArray> keys;
    for (const KeyOccurrence &occurrence : LeakPattern::findAll(text))
        keys.append(text.mid(occurrence.offset, occurrence.length));
    return keys;
}

// The keys found when `text` is scanned in chunks of `chunk` bytes that keep the overlap,
// as LeakStreamScanner does.
QList<QByteArray> keysInChunks(const QByteArray &text, qsizetype chunk)
{
    QList<QByteArray> keys;
    qsizetype base = 0;
    QByteArray buffer;
    qsizetype from = 0;
    for (qsizetype read = 0;;) {
        const QByteArray piece = text.mid(read, chunk);
        read += piece.size();
        const bool atEnd = piece.isEmpty();
        buffer += piece;
        const qsizetype until = atEnd ? buffer.size() : std::max(from, buffer.size() - LeakPattern::overlap + 1);
        QList<KeyOccurrence> found;
        LeakPattern::find(buffer, from, until, atEnd, found);
        for (const KeyOccurrence &occurrence : found)
            keys.append(text.mid(base + occurrence.offset, occurrence.length));
        if (atEnd)
            break;
        const qsizetype keep = std::max<qsizetype>(0, until - 1);
        buffer.remove(0, keep);
        base += keep;
        from = until - keep;
    }
    return keys;
}

} // namespace

TEST(LeakPattern, FindsEachFormatAsKeyFormatRecognisesIt)
{
    const QByteArray text = "a=" + leadHqlKey + "\nb: \"" + localLeadsKey + "\"\n(" + trustLeadsKey + ")";
    const QList<KeyOccurrence> found = LeakPattern::findAll(text);
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].dialect, Dialect::LeadHql);
    EXPECT_EQ(found[1].dialect, Dialect::LocalLeads);
    EXPECT_EQ(found[2].dialect, Dialect::TrustLeads);
    for (const KeyOccurrence &occurrence : found) {
        const QString key = QString::fromLatin1(text.mid(occurrence.offset, occurrence.length));
        EXPECT_EQ(KeyFormat::recognise(key), occurrence.dialect);
    }
}

TEST(LeakPattern, KeysAtTheVeryStartAndEnd)
{
    EXPECT_EQ(keysIn(localLeadsKey), QList<QByteArray>{localLeadsKey});
    EXPECT_EQ(keysIn(trustLeadsKey + " " + leadHqlKey), (QList<QByteArray>{trustLeadsKey, leadHqlKey}));
}

TEST(LeakPattern, LocalLeadsDecoys)
{
    EXPECT_TRUE(keysIn("ll_" + QByteArray(63, 'a')).isEmpty());
    EXPECT_TRUE(keysIn("ll_" + QByteArray(65, 'a')).isEmpty());
    EXPECT_TRUE(keysIn("ll_" + QByteArray(63, 'a') + "A").isEmpty());
    EXPECT_TRUE(keysIn("ll_" + QByteArray(64, 'a') + "A").isEmpty());
    EXPECT_TRUE(keysIn(localLeadsKey.toUpper()).isEmpty());
    EXPECT_TRUE(keysIn("LL_" + QByteArray(64, 'a')).isEmpty());
    EXPECT_EQ(keysIn("ll_" + QByteArray(64, 'a') + "-x").size(), 1);
}

TEST(LeakPattern, NoKeyInsideALongerToken)
{
    EXPECT_TRUE(keysIn("x" + localLeadsKey).isEmpty());
    EXPECT_TRUE(keysIn("all_" + QByteArray(64, 'b')).isEmpty());
    EXPECT_TRUE(keysIn("_" + trustLeadsKey).isEmpty());
    EXPECT_TRUE(keysIn("my" + leadHqlKey).isEmpty());
    EXPECT_TRUE(keysIn(leadHqlKey + "_suffix").isEmpty());
    EXPECT_TRUE(keysIn(trustLeadsKey + "z").isEmpty());
    EXPECT_TRUE(keysIn(trustLeadsKey + "_").isEmpty());
    EXPECT_TRUE(keysIn("lfk_sk_" + QByteArray(39, 'q')).isEmpty());
    EXPECT_TRUE(keysIn("leadhql_pk_" + QByteArray(15, 'q')).isEmpty());
    EXPECT_EQ(keysIn("leadhql_pk_" + QByteArray(16, 'q')).size(), 1);
    // A boundary is any byte that is not a token character, UTF-8 included.
    EXPECT_EQ(keysIn("\xc3\xa9" + trustLeadsKey + "\xc3\xa9").size(), 1);
    EXPECT_EQ(keysIn("-" + localLeadsKey + ".").size(), 1);
}

TEST(LeakPattern, KeySplitAcrossLinesIsNotAKey)
{
    EXPECT_TRUE(keysIn(localLeadsKey.left(30) + "\n" + localLeadsKey.mid(30)).isEmpty());
    EXPECT_TRUE(keysIn(trustLeadsKey.left(20) + "\\\n" + trustLeadsKey.mid(20)).isEmpty());
}

TEST(LeakPattern, OverlongLeadHqlTokenIsNotAKey)
{
    EXPECT_EQ(keysIn("leadhql_pk_" + QByteArray(LeakPattern::longestLeadHqlRandom, 'x')).size(), 1);
    EXPECT_TRUE(keysIn("leadhql_pk_" + QByteArray(LeakPattern::longestLeadHqlRandom + 1, 'x')).isEmpty());
}

TEST(LeakPattern, ChunkBoundariesNeitherLoseNorDuplicateKeys)
{
    QByteArray text;
    QList<QByteArray> planted;
    for (int i = 0; i < 40; ++i) {
        text += QByteArray(i * 7 % 97, ' ') + "ll_x " + "leadhql_pk_" + QByteArray(i % 3 == 0 ? 400 : 20, 'Q');
        planted.append("leadhql_pk_" + QByteArray(i % 3 == 0 ? 400 : 20, 'Q'));
        text += "\n" + localLeadsKey + "," + trustLeadsKey + ";";
        planted.append(localLeadsKey);
        planted.append(trustLeadsKey);
    }
    EXPECT_EQ(keysIn(text), planted);
    for (qsizetype chunk : {1, 2, 3, 16, 17, 100, 530, 1000, 4096})
        EXPECT_EQ(keysInChunks(text, chunk), planted) << "chunk " << chunk;
}

TEST(LeakPattern, EmptyAndTinyBuffers)
{
    EXPECT_TRUE(keysIn({}).isEmpty());
    EXPECT_TRUE(keysIn("l").isEmpty());
    EXPECT_TRUE(keysIn("ll_").isEmpty());
    EXPECT_TRUE(keysIn("_").isEmpty());
}
