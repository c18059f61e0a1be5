#include "article/articlehtml.h"
#include "article/bodydocument.h"

#include "goldenfiles.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace Qt::StringLiterals;
using namespace Byline::GoldenFiles;
using namespace Byline;

namespace {

QString expectedDir()
{
    return qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/tests/data/articlehtml/expected"_s;
}

QTextCursor cursorAt(QTextDocument &document, int position)
{
    QTextCursor cursor(&document);
    cursor.setPosition(position);
    return cursor;
}

} // namespace

class tst_BodyDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!qEnvironmentVariableIsEmpty("BYLINE_SOURCE_DIR"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("html");
        const QStringList names = QDir(expectedDir()).entryList({u"*.html"_s}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 10);
        for (const QString &name : names)
            QTest::newRow(qPrintable(u"nominal: "_s + name)) << readFile(expectedDir() + u'/' + name);
    }

    // The editor round-trips: what the sanitizer stores comes back unchanged.
    void roundTrip()
    {
        QFETCH(QString, html);
        QTextDocument document;
        BodyDocument::setProfileHtml(&document, html);
        QCOMPARE(BodyDocument::toProfileHtml(&document), html);
        BodySerializer serializer;
        QCOMPARE(serializer.serialize(&document), html);
        QCOMPARE(serializer.serialize(&document), html);
        QVERIFY(!document.isUndoAvailable());
        QVERIFY(!document.isModified());
    }

    void roundTripOfUnsanitizedHtmlIsSanitized()
    {
        const QString html = u"<div>글 <b>굵게</b><script>x</script></div><h4>제목</h4>"_s;
        QTextDocument document;
        BodyDocument::setProfileHtml(&document, html);
        QCOMPARE(BodyDocument::toProfileHtml(&document), ArticleHtml::sanitize(html));
    }

    void representation()
    {
        QTextDocument document;
        BodyDocument::setProfileHtml(&document,
            u"<h2>제목</h2>\n<blockquote>\n<p>인용</p>\n</blockquote>\n<ol>\n<li>하나</li>\n</ol>\n"
            "<p>a<br><a href=\"https://e.example\">b</a></p>\n"
            "<figure data-embed=\"https://v.example/1\"></figure>\n"_s);
        QCOMPARE(document.blockCount(), 5);
        const QTextBlock heading = document.findBlockByNumber(0);
        QCOMPARE(heading.blockFormat().headingLevel(), 2);
        QCOMPARE(heading.begin().fragment().charFormat().fontWeight(), int(QFont::Bold)); // looks
        QVERIFY(document.findBlockByNumber(1).blockFormat().boolProperty(BodyFormat::QuoteProperty));
        QVERIFY(document.findBlockByNumber(1).blockFormat().leftMargin() > 0);
        QVERIFY(document.findBlockByNumber(2).textList());
        QCOMPARE(document.findBlockByNumber(2).textList()->format().style(), QTextListFormat::ListDecimal);
        const QTextBlock paragraph = document.findBlockByNumber(3);
        QCOMPARE(paragraph.text(), u"a\u2028b"_s);
        QTextCursor link(paragraph);
        link.setPosition(paragraph.position() + 3);
        QCOMPARE(link.charFormat().anchorHref(), u"https://e.example"_s);
        QVERIFY(link.charFormat().fontUnderline());
        const QTextBlock embed = document.findBlockByNumber(4);
        QCOMPARE(embed.blockFormat().stringProperty(BodyFormat::EmbedUrlProperty), u"https://v.example/1"_s);
        QCOMPARE(embed.text(), u"https://v.example/1"_s);
    }

    void figureKeepsPhotoAndCaption()
    {
        const QString html = u"<p>앞</p>\n<figure data-photo=\"ph-42\"><figcaption>강릉 <strong>옥계면</strong> "
                             "전경</figcaption></figure>\n<figure data-photo=\"ph-43\"></figure>\n"_s;
        QTextDocument document;
        BodyDocument::setProfileHtml(&document, html);
        const QTextBlock figure = document.findBlockByNumber(1);
        QCOMPARE(figure.blockFormat().stringProperty(BodyFormat::FigurePhotoProperty), u"ph-42"_s);
        QCOMPARE(figure.text(), QString(QChar(QChar::ObjectReplacementCharacter)) + u"강릉 옥계면 전경"_s);
        const QTextCharFormat image = figure.begin().fragment().charFormat();
        QVERIFY(image.isImageFormat());
        QCOMPARE(image.toImageFormat().name(), u"byline-photo:ph-42"_s);
        QCOMPARE(
            document.findBlockByNumber(2).blockFormat().stringProperty(BodyFormat::FigurePhotoProperty), u"ph-43"_s);

        // Editing the caption keeps the figure.
        QTextCursor cursor(figure);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(u" (사진=김민지 기자)"_s);
        QVERIFY(BodyDocument::toProfileHtml(&document).contains(
            u"<figure data-photo=\"ph-42\"><figcaption>강릉 <strong>옥계면</strong> 전경 "
            "(사진=김민지 기자)</figcaption></figure>\n"_s));
    }

    void headingLooksAreNotStructure()
    {
        QTextDocument document;
        BodyDocument::setProfileHtml(&document, u"<p>본문</p>\n"_s);
        QTextCursor cursor(&document);
        QTextBlockFormat format;
        format.setHeadingLevel(3);
        cursor.mergeBlockFormat(format);
        cursor.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(bold);
        QCOMPARE(BodyDocument::toProfileHtml(&document), u"<h3>본문</h3>\n"_s);
    }

    void insertProfileHtml_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("after");
        QTest::newRow("nominal: inline paste joins the paragraph")
            << u"<p>앞뒤</p>\n"_s << 1 << u"<p><strong>굵게</strong></p>"_s << u"<p>앞<strong>굵게</strong>뒤</p>\n"_s;
        QTest::newRow("nominal: paragraphs split the paragraph like a word processor")
            << u"<p>앞뒤</p>\n"_s << 1 << u"<p>가</p><p>나</p>"_s << u"<p>앞가</p>\n<p>나뒤</p>\n"_s;
        QTest::newRow("nominal: Word paste in the middle")
            << u"<p>하나 둘</p>\n"_s << 3 << u"<p class=MsoNormal><b>셋</b><o:p></o:p></p>"_s
            << u"<p>하나 <strong>셋</strong>둘</p>\n"_s;
        QTest::newRow("nominal: list items continue the list")
            << u"<ul>\n<li>하나</li>\n</ul>\n"_s << 2 << u"<ul><li>둘</li><li>셋</li></ul>"_s
            << u"<ul>\n<li>하나둘</li>\n<li>셋</li>\n</ul>\n"_s;
        QTest::newRow("nominal: figure paste after text")
            << u"<p>글</p>\n"_s << 1 << u"<figure data-photo=\"p1\"><figcaption>설명</figcaption></figure>"_s
            << u"<p>글</p>\n<figure data-photo=\"p1\"><figcaption>설명</figcaption></figure>\n"_s;
        QTest::newRow("robustness: nothing to paste")
            << u"<p>글</p>\n"_s << 1 << u"<script>x</script>"_s << u"<p>글</p>\n"_s;
    }

    void insertProfileHtml()
    {
        QFETCH(QString, before);
        QFETCH(int, position);
        QFETCH(QString, pasted);
        QFETCH(QString, after);
        QTextDocument document;
        BodyDocument::setProfileHtml(&document, before);
        QTextCursor cursor = cursorAt(document, position);
        BodyDocument::insertProfileHtml(cursor, pasted);
        QCOMPARE(BodyDocument::toProfileHtml(&document), after);
        // One undo step restores the article as it was.
        if (after != before) {
            QVERIFY(document.isUndoAvailable());
            document.undo();
        }
        QCOMPARE(BodyDocument::toProfileHtml(&document), before);
        QVERIFY(!document.isUndoAvailable());
    }

    void serializerMatchesAfterRandomEdits_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("nominal: profile") << u"profile.html"_s << 20240412u;
        QTest::newRow("nominal: web article") << u"web-article.html"_s << 7u;
        QTest::newRow("nominal: word") << u"word-korean.html"_s << 99u;
        QTest::newRow("robustness: empty document") << u"empty.html"_s << 3u;
    }

    // The incremental serializer must never disagree with a full one, whatever
    // was edited, and both stay in the sanitizer's normal form.
    void serializerMatchesAfterRandomEdits()
    {
        QFETCH(QString, name);
        QFETCH(quint32, seed);
        QTextDocument document;
        BodyDocument::setProfileHtml(&document, readFile(expectedDir() + u'/' + name));
        BodySerializer serializer;
        serializer.serialize(&document);
        QRandomGenerator random(seed);
        const QStringList words {u"산불"_s, u" "_s, u"복구"_s, u"  "_s, u"\u2028"_s, u"a&b"_s, u"<x>"_s, u"😀"_s,
            u"\u00A0"_s, u"한자(漢字)"_s};
        QStringList log;
        for (int step = 0; step < 400; ++step) {
            const int length = document.characterCount() - 1;
            auto randomPosition = [&] { return int(random.bounded(length + 1)); };
            QTextCursor cursor = cursorAt(document, randomPosition());
            const int kind = int(random.bounded(10));
            switch (kind) {
            case 0:
            case 1:
                cursor.insertText(words.at(random.bounded(words.size())));
                log << u"insert"_s;
                break;
            case 2: {
                cursor.setPosition(randomPosition(), QTextCursor::KeepAnchor);
                QTextCharFormat format;
                format.setFontWeight(cursor.charFormat().fontWeight() >= QFont::DemiBold ? QFont::Normal : QFont::Bold);
                cursor.mergeCharFormat(format);
                log << u"bold"_s;
                break;
            }
            case 3: {
                cursor.setPosition(randomPosition(), QTextCursor::KeepAnchor);
                QTextCharFormat format;
                format.setFontItalic(!cursor.charFormat().fontItalic());
                if (random.bounded(2)) {
                    format.setAnchor(true);
                    format.setAnchorHref(u"https://example.com/"_s + QString::number(step));
                }
                cursor.mergeCharFormat(format);
                log << u"italic/link"_s;
                break;
            }
            case 4:
                cursor.setPosition(qMin(length, cursor.position() + int(random.bounded(30))), QTextCursor::KeepAnchor);
                cursor.removeSelectedText();
                log << u"delete"_s;
                break;
            case 5: {
                QTextBlockFormat format;
                format.setHeadingLevel(int(random.bounded(4)));
                cursor.mergeBlockFormat(format);
                log << u"heading"_s;
                break;
            }
            case 6:
                if (QTextList *list = cursor.currentList())
                    list->remove(cursor.block());
                else
                    cursor.createList(random.bounded(2) ? QTextListFormat::ListDisc : QTextListFormat::ListDecimal);
                log << u"list"_s;
                break;
            case 7: {
                QTextBlockFormat format;
                format.setProperty(
                    BodyFormat::QuoteProperty, !cursor.blockFormat().boolProperty(BodyFormat::QuoteProperty));
                cursor.mergeBlockFormat(format);
                log << u"quote"_s;
                break;
            }
            case 8:
                cursor.insertBlock();
                log << u"enter"_s;
                break;
            case 9:
                if (document.isUndoAvailable())
                    document.undo();
                log << u"undo"_s;
                break;
            }
            if (step % 3 == 0 || step > 380) {
                const QString full = BodyDocument::toProfileHtml(&document);
                const QString incremental = serializer.serialize(&document);
                QVERIFY2(incremental == full, qPrintable(log.join(u' ') + u"\n"_s + full + u"\n"_s + incremental));
                QCOMPARE(ArticleHtml::sanitize(full), full);
            }
        }
    }

    void serializerFollowsAnotherDocument()
    {
        QTextDocument first;
        QTextDocument second;
        BodyDocument::setProfileHtml(&first, u"<p>하나</p>\n"_s);
        BodyDocument::setProfileHtml(&second, u"<p>둘</p>\n"_s);
        BodySerializer serializer;
        QCOMPARE(serializer.serialize(&first), u"<p>하나</p>\n"_s);
        QCOMPARE(serializer.serialize(&second), u"<p>둘</p>\n"_s);
        BodyDocument::setProfileHtml(&second, u"<h2>셋</h2>\n"_s);
        QCOMPARE(serializer.serialize(&second), u"<h2>셋</h2>\n"_s);
        serializer.clear();
        QCOMPARE(serializer.serialize(&first), u"<p>하나</p>\n"_s);
    }
};

QTEST_MAIN(tst_BodyDocument)
#include "tst_bodydocument.moc"
