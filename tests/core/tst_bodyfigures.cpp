#include "article/bodydocument.h"
#include "article/bodyediting.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

QString figure(const QString &id, const QString &caption = {})
{
    return u"<figure data-photo=\"%1\">%2</figure>\n"_s.arg(
        id, caption.isEmpty() ? QString() : u"<figcaption>"_s + caption + u"</figcaption>"_s);
}

// A document with an undo history, as the editor has.
void load(QTextDocument &document, const QString &html)
{
    document.setUndoRedoEnabled(true);
    BodyDocument::setProfileHtml(&document, html);
}

} // namespace

// Photo figures go into and out of the body through the body model (block
// formats), never through HTML strings: BodyEditing::insertFigure,
// figureCount and removeFigures.
class tst_BodyFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void removeFigures_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("removed");
        const QString otter = figure(u"otter"_s, u"공지천의 수달"_s);
        const QString heron = figure(u"heron"_s, u"왜가리"_s);
        QTest::newRow("nominal: between paragraphs")
            << u"<p>첫 문단</p>\n"_s + otter + u"<p>둘째 문단</p>\n"_s << u"<p>첫 문단</p>\n<p>둘째 문단</p>\n"_s << 1;
        QTest::newRow("nominal: the last block") << u"<p>첫 문단</p>\n"_s + otter << u"<p>첫 문단</p>\n"_s << 1;
        QTest::newRow("nominal: shown twice, another photo stays")
            << otter + u"<p>가</p>\n"_s + heron + otter + u"<p>나</p>\n"_s
            << u"<p>가</p>\n"_s + heron + u"<p>나</p>\n"_s << 2;
        QTest::newRow("edge: the first block before a heading")
            << otter + u"<h2>소제목</h2>\n<p>본문</p>\n"_s << u"<h2>소제목</h2>\n<p>본문</p>\n"_s << 1;
        QTest::newRow("edge: the first block before a list")
            << otter + u"<ul>\n<li>하나</li>\n<li>둘</li>\n</ul>\n<p>끝</p>\n"_s
            << u"<ul>\n<li>하나</li>\n<li>둘</li>\n</ul>\n<p>끝</p>\n"_s << 1;
        QTest::newRow("edge: between a list and a quote")
            << u"<ol>\n<li>하나</li>\n</ol>\n"_s + otter + u"<blockquote>\n<p>인용</p>\n</blockquote>\n"_s
            << u"<ol>\n<li>하나</li>\n</ol>\n<blockquote>\n<p>인용</p>\n</blockquote>\n"_s << 1;
        QTest::newRow("edge: the only block") << otter << QString() << 1;
        QTest::newRow("edge: a figure without caption")
            << u"<p>가</p>\n"_s + figure(u"otter"_s) << u"<p>가</p>\n"_s << 1;
        QTest::newRow("nominal: not shown") << u"<p>가</p>\n"_s + heron << u"<p>가</p>\n"_s + heron << 0;
    }

    // Every figure of the photo goes, block and all, as one undo step of the
    // QTextDocument; Undo brings back exactly what was there.
    void removeFigures()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, removed);
        QTextDocument document;
        load(document, before);
        QCOMPARE(BodyDocument::toProfileHtml(&document), before);
        QCOMPARE(BodyEditing::figureCount(&document, u"otter"_s), removed);
        QSignalSpy steps(&document, &QTextDocument::undoCommandAdded);
        QCOMPARE(BodyEditing::removeFigures(&document, u"otter"_s), removed);
        QCOMPARE(BodyDocument::toProfileHtml(&document), after);
        QCOMPARE(BodyEditing::figureCount(&document, u"otter"_s), 0);
        QCOMPARE(steps.size(), removed ? 1 : 0);
        if (!removed)
            return;
        document.undo();
        QCOMPARE(BodyDocument::toProfileHtml(&document), before);
        document.redo();
        QCOMPARE(BodyDocument::toProfileHtml(&document), after);
    }

    void insertFigure_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<int>("position"); // -1: the end
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("after");
        QTest::newRow("nominal: at the end of the story")
            << u"<p>첫 문단</p>\n"_s << -1 << u"춘천 공지천에 나타난 수달 한 쌍"_s
            << u"<p>첫 문단</p>\n"_s + figure(u"otter"_s, u"춘천 공지천에 나타난 수달 한 쌍"_s);
        QTest::newRow("nominal: after a paragraph, before the next")
            << u"<p>가나</p>\n<p>다라</p>\n"_s << 2 << u"수달"_s
            << u"<p>가나</p>\n"_s + figure(u"otter"_s, u"수달"_s) + u"<p>다라</p>\n"_s;
        // Before, the rest of the paragraph ran on in the caption.
        QTest::newRow("edge: inside a paragraph, the rest stays a paragraph")
            << u"<p>가나다라</p>\n"_s << 2 << u"수달"_s
            << u"<p>가나</p>\n"_s + figure(u"otter"_s, u"수달"_s) + u"<p>다라</p>\n"_s;
        QTest::newRow("edge: inside a list item, the rest stays in the list")
            << u"<ul>\n<li>하나둘</li>\n<li>셋</li>\n</ul>\n"_s << 2 << u"수달"_s
            << u"<ul>\n<li>하나</li>\n</ul>\n"_s + figure(u"otter"_s, u"수달"_s)
                + u"<ul>\n<li>둘</li>\n<li>셋</li>\n</ul>\n"_s;
        QTest::newRow("robustness: a caption with markup and lines is text")
            << u"<p>가</p>\n"_s << -1 << u"<b>수달</b>\n & 왜가리 "_s
            << u"<p>가</p>\n"_s + figure(u"otter"_s, u"&lt;b&gt;수달&lt;/b&gt; &amp; 왜가리"_s);
        QTest::newRow("edge: no caption")
            << u"<p>가</p>\n"_s << -1 << QString() << u"<p>가</p>\n"_s + figure(u"otter"_s);
    }

    // A figure inserted at the cursor is the figure the sanitizer makes of
    // the same HTML, and one undo step.
    void insertFigure()
    {
        QFETCH(QString, before);
        QFETCH(int, position);
        QFETCH(QString, caption);
        QFETCH(QString, after);
        QTextDocument document;
        load(document, before);
        QTextCursor cursor(&document);
        if (position < 0)
            cursor.movePosition(QTextCursor::End);
        else
            cursor.setPosition(position);
        Photo photo;
        photo.id = u"otter"_s;
        photo.caption = caption;
        QSignalSpy steps(&document, &QTextDocument::undoCommandAdded);
        QVERIFY(BodyEditing::insertFigure(cursor, photo));
        QCOMPARE(BodyDocument::toProfileHtml(&document), after);
        QCOMPARE(cursor.block().blockFormat().stringProperty(BodyFormat::FigurePhotoProperty), u"otter"_s);
        QVERIFY(cursor.atBlockEnd());
        QCOMPARE(BodyEditing::figureCount(&document, u"otter"_s), 1);
        QCOMPARE(steps.size(), 1);
        document.undo();
        QCOMPARE(BodyDocument::toProfileHtml(&document), before);

        // What the editor makes serializes as the sanitizer's own.
        QTextDocument parsed;
        BodyDocument::setProfileHtml(&parsed, after);
        QCOMPARE(BodyDocument::toProfileHtml(&parsed), after);
    }

    void insertFigureRefusesABadId()
    {
        QTextDocument document;
        load(document, u"<p>가</p>\n"_s);
        QTextCursor cursor(&document);
        Photo photo;
        photo.id = u"../../etc/passwd"_s;
        QSignalSpy steps(&document, &QTextDocument::undoCommandAdded);
        QVERIFY(!BodyEditing::insertFigure(cursor, photo));
        QCOMPARE(BodyDocument::toProfileHtml(&document), u"<p>가</p>\n"_s);
        QCOMPARE(steps.size(), 0);
    }
};

QTEST_MAIN(tst_BodyFigures)
#include "tst_bodyfigures.moc"
