#include "article/articlefind.h"

#include <QFont>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

// 수달 as conjoining jamo (NFD).
const QString nfdOtter = u"\u1109\u116E\u1103\u1161\u11AF"_s;

struct Fields
{
    Fields(const QString &headlineText, const QString &deckText, const QString &bodyText)
    {
        headline.setPlainText(headlineText);
        deck.setPlainText(deckText);
        body.setPlainText(bodyText);
    }

    QTextDocument headline;
    QTextDocument deck;
    QTextDocument body;
    ArticleFind find {&headline, &deck, &body};
};

QString fieldName(ArticleField field)
{
    switch (field) {
    case ArticleField::Headline:
        return u"headline"_s;
    case ArticleField::Deck:
        return u"deck"_s;
    case ArticleField::Body:
        return u"body"_s;
    }
    return {};
}

QString describe(const std::optional<FindMatch> &match)
{
    if (!match)
        return u"none"_s;
    return fieldName(match->field) + u' ' + QString::number(match->position) + u'+' + QString::number(match->length);
}

QStringList describe(const QList<FindMatch> &matches)
{
    QStringList result;
    for (const FindMatch &match : matches)
        result << describe(match);
    return result;
}

bool isBold(QTextDocument *document, int from, int to)
{
    for (int position = from + 1; position <= to; ++position) {
        QTextCursor cursor(document);
        cursor.setPosition(position);
        if (cursor.charFormat().fontWeight() < QFont::Bold)
            return false;
    }
    return true;
}

} // namespace

class tst_ArticleFind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAll_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("deck");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWord");
        QTest::addColumn<QStringList>("expected");

        const QString otters = u"수달 수달이 수달을 수달에서 수달에게도 수달들 해수달 수달피"_s;
        QTest::newRow("nominal: Korean in the body")
            << QString() << QString() << u"춘천 공지천에 수달이 돌아왔다.\n수달은 천연기념물이다."_s << u"수달"_s
            << false << false << QStringList {u"body 8+2"_s, u"body 18+2"_s};
        QTest::newRow("nominal: headline, deck, body in document order")
            << u"수달 돌아왔다"_s << u"수달 서식지 복원"_s << u"공지천 수달\n수달"_s << u"수달"_s << false << false
            << QStringList {u"headline 0+2"_s, u"deck 0+2"_s, u"body 4+2"_s, u"body 7+2"_s};
        QTest::newRow("nominal: Latin ignores case")
            << QString() << QString() << u"Seoul and SEOUL and seoul"_s << u"seoul"_s << false << false
            << QStringList {u"body 0+5"_s, u"body 10+5"_s, u"body 20+5"_s};
        QTest::newRow("nominal: Latin case-sensitive") << QString() << QString() << u"Seoul and SEOUL and seoul"_s
                                                       << u"seoul"_s << true << false << QStringList {u"body 20+5"_s};
        QTest::newRow("nominal: Latin inside words")
            << QString() << QString() << u"art party art's art"_s << u"art"_s << false << false
            << QStringList {u"body 0+3"_s, u"body 5+3"_s, u"body 10+3"_s, u"body 16+3"_s};
        QTest::newRow("nominal: Latin whole word") << QString() << QString() << u"art party art's ART"_s << u"art"_s
                                                   << false << true << QStringList {u"body 0+3"_s, u"body 16+3"_s};
        QTest::newRow("nominal: Korean inside words")
            << QString() << QString() << otters << u"수달"_s << false << false
            << QStringList {u"body 0+2"_s, u"body 3+2"_s, u"body 7+2"_s, u"body 11+2"_s, u"body 16+2"_s, u"body 22+2"_s,
                   u"body 27+2"_s, u"body 30+2"_s};
        // Not 수달들 (plural suffix), 해수달 (starts inside a word) or 수달피 (another noun).
        QTest::newRow("nominal: Korean whole word with particles")
            << QString() << QString() << otters << u"수달"_s << false << true
            << QStringList {u"body 0+2"_s, u"body 3+2"_s, u"body 7+2"_s, u"body 11+2"_s, u"body 16+2"_s};
        QTest::newRow("nominal: Korean whole word before punctuation")
            << u"“수달”, 수달."_s << QString() << QString() << u"수달"_s << false << true
            << QStringList {u"headline 1+2"_s, u"headline 6+2"_s};
        QTest::newRow("nominal: particle rule needs a Hangul match")
            << QString() << QString() << u"AI가 AI"_s << u"a"_s << false << true << QStringList {};
        QTest::newRow("nominal: matches do not overlap") << QString() << QString() << u"aaaa"_s << u"aa"_s << false
                                                         << false << QStringList {u"body 0+2"_s, u"body 2+2"_s};
        QTest::newRow("nominal: NFD needle finds composed text")
            << QString() << QString() << u"수달이"_s << nfdOtter << false << true << QStringList {u"body 0+2"_s};
        // The match covers the five jamo of the decomposed 수달 in the document.
        QTest::newRow("nominal: composed needle finds NFD text")
            << QString() << QString() << QString(u"강 "_s + nfdOtter + u"이") << u"수달"_s << false << true
            << QStringList {u"body 2+5"_s};
        QTest::newRow("robustness: empty needle")
            << u"수달"_s << QString() << u"수달"_s << QString() << false << false << QStringList {};
        QTest::newRow("robustness: no match across paragraphs")
            << QString() << QString() << u"수\n달"_s << u"수달"_s << false << false << QStringList {};
        QTest::newRow("robustness: partial syllable does not match")
            << QString() << QString() << u"숙소"_s << u"수"_s << false << false << QStringList {};
    }

    void findAll()
    {
        QFETCH(QString, headline);
        QFETCH(QString, deck);
        QFETCH(QString, body);
        QFETCH(QString, needle);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWord);
        Fields fields(headline, deck, body);
        const QList<FindMatch> matches = fields.find.findAll(needle, {caseSensitive, wholeWord});
        QTEST(describe(matches), "expected");
        // Each match selects exactly what was found.
        for (const FindMatch &match : matches) {
            const QString selected = fields.find.cursor(match).selectedText();
            QCOMPARE(selected.normalized(QString::NormalizationForm_C).size(),
                needle.normalized(QString::NormalizationForm_C).size());
        }
    }

    void findNext_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("position");
        QTest::addColumn<bool>("backward");
        QTest::addColumn<QString>("expected");
        // Headline "수달", empty deck, body "수달 수달\n수달" (matches at 0, 3, 6).
        const int headline = int(ArticleField::Headline);
        const int body = int(ArticleField::Body);
        QTest::newRow("nominal: forward from the start") << headline << 0 << false << u"headline 0+2"_s;
        QTest::newRow("nominal: forward skips the empty deck") << headline << 2 << false << u"body 0+2"_s;
        QTest::newRow("nominal: forward from a match's end") << body << 2 << false << u"body 3+2"_s;
        QTest::newRow("nominal: forward into the next paragraph") << body << 5 << false << u"body 6+2"_s;
        QTest::newRow("nominal: forward wraps to the headline") << body << 7 << false << u"headline 0+2"_s;
        QTest::newRow("nominal: backward from a match's start") << body << 3 << true << u"body 0+2"_s;
        QTest::newRow("nominal: backward into the headline") << body << 0 << true << u"headline 0+2"_s;
        QTest::newRow("nominal: backward wraps to the body's end") << headline << 0 << true << u"body 6+2"_s;
    }

    void findNext()
    {
        QFETCH(int, field);
        QFETCH(int, position);
        QFETCH(bool, backward);
        Fields fields(u"수달"_s, QString(), u"수달 수달\n수달"_s);
        const std::optional<FindMatch> match = fields.find.findNext(u"수달"_s, {ArticleField(field), position}, {},
            backward ? FindDirection::Backward : FindDirection::Forward);
        QTEST(describe(match), "expected");
    }

    void nfdFixtureIsDecomposedOtter() { QCOMPARE(nfdOtter.normalized(QString::NormalizationForm_C), u"수달"_s); }

    void findNextWithoutMatch()
    {
        Fields fields(u"수달"_s, u"수달"_s, u"수달"_s);
        QVERIFY(!fields.find.findNext(u"물개"_s, {}).has_value());
        ArticleFind onlyBody(nullptr, nullptr, &fields.body);
        QCOMPARE(describe(onlyBody.findNext(u"수달"_s, {})), u"body 0+2"_s);
    }

    void replaceAllIsOneUndoStepPerDocument()
    {
        const QString headline = u"수달 돌아왔다"_s;
        const QString deck = u"공지천 수달 서식지"_s;
        const QString body = u"수달이 왔다\n수달을 봤다. 수달들도"_s;
        Fields fields(headline, deck, body);
        QCOMPARE(fields.find.replaceAll(u"수달"_s, u"물개"_s, {false, true}), 4);
        QCOMPARE(fields.headline.toPlainText(), u"물개 돌아왔다"_s);
        QCOMPARE(fields.deck.toPlainText(), u"공지천 물개 서식지"_s);
        QCOMPARE(fields.body.toPlainText(), u"물개이 왔다\n물개을 봤다. 수달들도"_s);
        // One undo each restores everything and leaves nothing more to undo.
        for (QTextDocument *document : {&fields.headline, &fields.deck, &fields.body}) {
            QVERIFY(document->isUndoAvailable());
            document->undo();
            QVERIFY(!document->isUndoAvailable());
        }
        QCOMPARE(fields.headline.toPlainText(), headline);
        QCOMPARE(fields.deck.toPlainText(), deck);
        QCOMPARE(fields.body.toPlainText(), body);
    }

    void replaceAllUntouchedDocumentKeepsItsHistory()
    {
        Fields fields(u"수달"_s, u"물개"_s, u"수달"_s);
        QCOMPARE(fields.find.replaceAll(u"수달"_s, u"물개"_s), 2);
        QVERIFY(!fields.deck.isUndoAvailable());
        // A replace-all that finds nothing adds no empty step.
        QCOMPARE(fields.find.replaceAll(u"없는 말"_s, u"물개"_s), 0);
        fields.body.undo();
        QVERIFY(!fields.body.isUndoAvailable());
        QCOMPARE(fields.body.toPlainText(), u"수달"_s);
    }

    void replaceAllWithNeedleInReplacement()
    {
        Fields fields(QString(), QString(), u"aaaa a"_s);
        QCOMPARE(fields.find.replaceAll(u"a"_s, u"aa"_s), 5);
        QCOMPARE(fields.body.toPlainText(), u"aaaaaaaa aa"_s);
    }

    void replaceNfdText()
    {
        Fields fields(QString(), QString(), QString(nfdOtter + u"이 돌아왔다"));
        QCOMPARE(fields.find.replaceAll(u"수달"_s, QString(u"물"_s + u"\u1100\u1162"_s)), 1); // 개 as jamo
        QCOMPARE(fields.body.toPlainText(), u"물개이 돌아왔다"_s);
    }

    void replaceKeepsFirstCharacterFormat_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bold");
        // Body: "평범한 굵은 수달 글", with "굵은 수달" bold.
        QTest::newRow("nominal: inside a bold run") << u"수달"_s << u"물개"_s << u"평범한 굵은 물개 글"_s << true;
        QTest::newRow("nominal: starts in plain text") << u"한 굵"_s << u"X"_s << u"평범X은 수달 글"_s << false;
        QTest::newRow("nominal: starts in bold") << u"수달 글"_s << u"물개"_s << u"평범한 굵은 물개"_s << true;
    }

    void replaceKeepsFirstCharacterFormat()
    {
        QFETCH(QString, needle);
        QFETCH(QString, replacement);
        QTextDocument body;
        body.setHtml(u"<p>평범한 <b>굵은 수달</b> 글</p>"_s);
        ArticleFind find(nullptr, nullptr, &body);
        const QList<FindMatch> matches = find.findAll(needle);
        QCOMPARE(matches.size(), 1);
        QVERIFY(find.replace(matches.first(), replacement));
        QTEST(body.toPlainText(), "text");
        const int start = matches.first().position;
        QTEST(isBold(&body, start, start + int(replacement.size())), "bold");
        body.undo();
        QVERIFY(!body.isUndoAvailable());
        QCOMPARE(body.toPlainText(), u"평범한 굵은 수달 글"_s);
        QVERIFY(isBold(&body, 4, 9));
    }

    void replaceRefusesStaleMatch()
    {
        Fields fields(QString(), QString(), u"수달"_s);
        QVERIFY(!fields.find.replace({ArticleField::Body, 1, 5}, u"물개"_s));
        QVERIFY(!fields.find.replace({ArticleField::Body, -1, 1}, u"물개"_s));
        ArticleFind noHeadline(nullptr, nullptr, &fields.body);
        QVERIFY(!noHeadline.replace({ArticleField::Headline, 0, 1}, u"물개"_s));
        QCOMPARE(fields.body.toPlainText(), u"수달"_s);
    }
};

QTEST_MAIN(tst_ArticleFind)
#include "tst_articlefind.moc"
