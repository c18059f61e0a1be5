#include "article/textstats.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {
// 수달 돌아왔다 with 수달 typed as conjoining jamo (NFD), as macOS and some IMEs give it.
const QString nfdOtters = u"\u1109\u116E\u1103\u1161\u11AF \uB3CC\uC544\uC654\uB2E4"_s;
// docs/article-format.md, "Counting": 3 rows, then 1.
const QString workedExample =
    u"춘천 공지천에 천연기념물 수달이 돌아왔다. 강원도는 2026년까지 살펴본다. 주민들은 반겼다.\n"
    u"수달은 천연기념물 제330호다."_s;
} // namespace

class tst_TextStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("withSpaces");
        QTest::addColumn<int>("withoutSpaces");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<int>("rows");

        const QString nineteen = u"가나다라마바사아자차카타파하가나다라마"_s;
        QTest::newRow("nominal: empty") << QString() << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("robustness: spaces only") << u"   \n  "_s << 5 << 0 << 0 << 0 << 0;
        // 춘천 공지천에 수달이 돌아왔다. : 14 characters, 3 spaces; indent + 17 cells fit one row.
        QTest::newRow("nominal: one Korean sentence") << u"춘천 공지천에 수달이 돌아왔다."_s << 17 << 14 << 4 << 1 << 1;
        // Indent + 19 cells = 20: exactly one row; one character more opens a second.
        QTest::newRow("nominal: paragraph fills exactly one row") << nineteen << 19 << 19 << 1 << 1 << 1;
        QTest::newRow("nominal: one character past the row") << QString(nineteen + u"가") << 20 << 20 << 1 << 1 << 2;
        // The full stop would start row 2: it hangs in the margin of row 1.
        QTest::newRow("nominal: closing punctuation hangs") << QString(nineteen + u".") << 20 << 20 << 1 << 1 << 1;
        QTest::newRow("nominal: closing quote mark hangs") << QString(nineteen + u"”") << 20 << 20 << 1 << 1 << 1;
        QTest::newRow("nominal: opening mark does not hang") << QString(nineteen + u"“") << 20 << 20 << 1 << 1 << 2;
        // Row 1 is full; the space is dropped so row 2 holds the 20 characters exactly.
        QTest::newRow("robustness: space at the start of a row is dropped")
            << QString(nineteen + u' ' + nineteen + u"가") << 40 << 39 << 2 << 1 << 2;
        QTest::newRow("robustness: runs of spaces take one cell")
            << QString(u"가나다라마바사아자"_s + u"    " + u"가나다라마바사아자"_s) << 22 << 18 << 2 << 1 << 1;
        // Indent, 20|26|년, space, 4, space, 4, space, 4 = 19 cells: one row (without sharing, 21: two).
        QTest::newRow("nominal: digits share cells")
            << u"2026년 예산안은 국회에서 확정됐다"_s << 20 << 17 << 4 << 1 << 1;
        QTest::newRow("nominal: 38 digits take 19 cells")
            << QString(u"0123456789"_s.repeated(3) + u"01234567") << 38 << 38 << 1 << 1 << 1;
        QTest::newRow("nominal: 39 digits take 20 cells")
            << QString(u"0123456789"_s.repeated(3) + u"012345678") << 39 << 39 << 1 << 1 << 2;
        // Th|e, co|un|ci|l, ap|pr|ov|ed, th|e, bu|dg|et fill row 1; the full stop hangs.
        QTest::newRow("nominal: English words, Latin sharing cells")
            << u"The council approved the budget."_s << 32 << 28 << 5 << 1 << 1;
        // It's | a | well | known | fact | 3.5 | million | voters: the hyphen splits, the decimal point does not.
        QTest::newRow("nominal: English punctuation in words")
            << u"It's a well-known fact: 3.5 million voters."_s << 43 << 37 << 8 << 1 << 2;
        // Otter emoji (a surrogate pair), the Korean flag (two regional indicators), a ZWJ family.
        QTest::newRow("nominal: emoji are one character each")
            << u"수달\U0001F9A6 \U0001F1F0\U0001F1F7 \U0001F468\u200D\U0001F469\u200D\U0001F467"_s << 7 << 5 << 1 << 1
            << 1;
        QTest::newRow("nominal: NFD jamo count as syllables") << nfdOtters << 7 << 6 << 2 << 1 << 1;
        // Old Hangul 한 (ᄒ + arae-a + ᆫ): no precomposed syllable, still one character.
        QTest::newRow("robustness: old Hangul jamo cluster") << u"\u1112\u119E\u11AB"_s << 1 << 1 << 1 << 1 << 1;
        // The soft hyphen does not split the word; a zero-width space does (it is a word break).
        QTest::newRow("robustness: byte order mark and soft hyphen are not characters")
            << u"\uFEFF수달\u00AD이"_s << 3 << 3 << 1 << 1 << 1;
        QTest::newRow("robustness: zero-width space separates words") << u"수달\u200B이"_s << 3 << 3 << 2 << 1 << 1;
        QTest::newRow("nominal: paragraphs, blank line ignored")
            << u"첫 문단이다.\n\n둘째 문단이다.\n셋째."_s << 18 << 16 << 5 << 3 << 3;
        QTest::newRow("robustness: Windows line endings") << u"가나\r\n다라\r\n"_s << 4 << 4 << 2 << 2 << 2;
        // A line break inside a paragraph opens a row without an indent.
        QTest::newRow("nominal: line break inside a paragraph")
            << QString(u"가나"_s + QChar(QChar::LineSeparator) + u"다라") << 4 << 4 << 2 << 1 << 2;
        QTest::newRow("nominal: worked example in docs/article-format.md") << workedExample << 69 << 58 << 13 << 2 << 4;
        // Indent + 20 characters: 가 opens row 2; the leading spaces are the paragraph's own indent.
        QTest::newRow("robustness: leading spaces are the indent")
            << QString(u"   "_s + nineteen + u"가") << 23 << 20 << 1 << 1 << 2;
    }

    void count()
    {
        QFETCH(QString, text);
        const TextStats stats = TextStats::count(text);
        QTEST(stats.charactersWithSpaces, "withSpaces");
        QTEST(stats.charactersWithoutSpaces, "withoutSpaces");
        QTEST(stats.words, "words");
        QTEST(stats.paragraphs, "paragraphs");
        QTEST(stats.manuscriptRows, "rows");
        QCOMPARE(stats.manuscriptSheets, stats.manuscriptRows / 10.0);
    }

    void nfdCountsLikeNfc()
    {
        QCOMPARE(TextStats::count(nfdOtters), TextStats::count(nfdOtters.normalized(QString::NormalizationForm_C)));
        QCOMPARE(nfdOtters.normalized(QString::NormalizationForm_C), u"수달 돌아왔다"_s);
        QVERIFY(nfdOtters != u"수달 돌아왔다"_s);
    }

    void readingSeconds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seconds");
        QTest::newRow("nominal: empty") << QString() << 0;
        // 14 characters at 500 a minute: 1.68 s.
        QTest::newRow("nominal: Korean sentence") << u"춘천 공지천에 수달이 돌아왔다."_s << 2;
        // 500 characters without spaces: one minute.
        QTest::newRow("nominal: Korean minute")
            << u"수달이 돌아왔다 "_s.repeated(70).append(u"가나다라마바사아자차"_s) << 60;
        // 230 words a minute: 460 words, two minutes.
        QTest::newRow("nominal: English words") << u"otters returned "_s.repeated(230) << 120;
        // 450 characters, 150 words, 7 of 9 letters Korean: 7/9 * 54 s + 2/9 * 39.13 s = 50.7 s.
        QTest::newRow("nominal: mixed copy weighs by the Hangul share") << u"삼성전자 AI 반도체 "_s.repeated(50) << 51;
        // 58 characters: 6.96 s.
        QTest::newRow("nominal: worked example") << workedExample << 7;
        // No letters: read character by character, 38 at 500 a minute = 4.56 s.
        QTest::newRow("robustness: digits only") << u"0123456789"_s.repeated(3).append(u"01234567"_s) << 5;
    }

    void readingSeconds()
    {
        QFETCH(QString, text);
        QTEST(TextStats::count(text).readingSeconds, "seconds");
    }

    void sheets_data()
    {
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<double>("sheets");
        QTest::addColumn<int>("roundedUp");
        QTest::newRow("nominal: none") << 0 << 0.0 << 0;
        QTest::newRow("nominal: one row") << 1 << 0.1 << 1;
        QTest::newRow("nominal: whole sheets") << 70 << 7.0 << 7;
        QTest::newRow("nominal: part of a sheet") << 73 << 7.3 << 8;
    }

    void sheets()
    {
        QFETCH(int, paragraphs);
        // Each one-character paragraph takes a row of its own.
        const TextStats stats = TextStats::count(u"가\n"_s.repeated(paragraphs));
        QCOMPARE(stats.manuscriptRows, paragraphs);
        QTEST(stats.manuscriptSheets, "sheets");
        QTEST(stats.manuscriptSheetsRoundedUp(), "roundedUp");
    }

    void simpleSheets_data()
    {
        QTest::addColumn<int>("characters");
        QTest::addColumn<double>("sheets");
        QTest::newRow("nominal: none") << 0 << 0.0;
        QTest::newRow("nominal: one sheet") << 200 << 1.0;
        QTest::newRow("nominal: not rounded") << 1465 << 7.325;
    }

    void simpleSheets()
    {
        QFETCH(int, characters);
        QTEST(TextStats::simpleSheets(characters), "sheets");
    }
};

QTEST_GUILESS_MAIN(tst_TextStats)
#include "tst_textstats.moc"
