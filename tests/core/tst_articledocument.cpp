#include "article/articledocument.h"
#include "article/bodyediting.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace Byline;
using Field = ArticleDocument::Field;

class tst_ArticleDocument : public QObject
{
    Q_OBJECT

    static Article sample()
    {
        Article article = Article::create();
        article.id = 7;
        article.headline = u"수달 돌아왔다"_s;
        article.deck = u"공지천"_s;
        article.body = u"<p>첫 문단</p>\n<p>둘째 문단</p>\n"_s;
        return article;
    }

    static void typeInBody(ArticleDocument &document, const QString &text)
    {
        QTextCursor cursor(document.body());
        cursor.movePosition(QTextCursor::End);
        for (const QChar c : text)
            cursor.insertText(QString(c));
    }

private Q_SLOTS:
    void loadsArticle()
    {
        ArticleDocument document(sample());
        QCOMPARE(document.field(Field::Headline).toString(), u"수달 돌아왔다"_s);
        QCOMPARE(document.article().body, sample().body);
        QVERIFY(!document.isModified());
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void oneUndoTimelineAcrossFields()
    {
        ArticleDocument document(sample());
        document.setField(Field::Headline, u"수달 돌아왔다!"_s);
        document.closeTypingRun();
        typeInBody(document, u"ㅋ"_s);
        document.setField(Field::Deck, u"공지천 하류"_s);
        QCOMPARE(document.undoStack()->count(), 3);

        document.undoStack()->undo(); // deck
        QCOMPARE(document.field(Field::Deck).toString(), u"공지천"_s);
        QVERIFY(document.article().body.contains(u"둘째 문단ㅋ"_s));
        document.undoStack()->undo(); // body
        QCOMPARE(document.article().body, sample().body);
        QCOMPARE(document.field(Field::Headline).toString(), u"수달 돌아왔다!"_s);
        document.undoStack()->undo(); // headline
        QCOMPARE(document.field(Field::Headline).toString(), u"수달 돌아왔다"_s);
        QVERIFY(!document.isModified());

        document.undoStack()->redo();
        document.undoStack()->redo();
        QVERIFY(document.article().body.contains(u"둘째 문단ㅋ"_s));
    }

    void typingInAFieldIsOneStepUntilFocusLeaves()
    {
        ArticleDocument document(sample());
        for (const QString &text : {u"수"_s, u"수달"_s, u"수달이"_s})
            document.setField(Field::Headline, text);
        QCOMPARE(document.undoStack()->count(), 1);
        document.closeTypingRun();
        document.setField(Field::Headline, u"수달이 왔다"_s);
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(document.field(Field::Headline).toString(), u"수달이"_s);
    }

    void everyChangeIsCountedAndAnnounced()
    {
        ArticleDocument document(sample());
        QSignalSpy spy(&document, &ArticleDocument::changed);
        const quint64 before = document.changeSerial();
        document.setField(Field::Summary, u"요약"_s);
        typeInBody(document, u"가"_s);
        QVERIFY(document.changeSerial() >= before + 2);
        QCOMPARE(spy.first().first().value<Field>(), Field::Summary);
        QCOMPARE(spy.last().first().value<Field>(), Field::Body);
        // Undo is a change too: the autosaver must store it.
        const quint64 afterEdits = document.changeSerial();
        document.undoStack()->undo();
        QVERIFY(document.changeSerial() > afterEdits);
    }

    void reportersAreParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<Reporter>>("expected");
        QTest::newRow("nominal: names and an email")
            << u"김민지 <minji@hanbit.example>, 박서준"_s
            << QList<Reporter> {{u"김민지"_s, u"minji@hanbit.example"_s}, {u"박서준"_s, {}}};
        QTest::newRow("nominal: middle dot and 기자")
            << u"김민지·박서준 기자"_s << QList<Reporter> {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
        QTest::newRow("robustness: bare email")
            << u"desk@hanbit.example"_s << QList<Reporter> {{QString(), u"desk@hanbit.example"_s}};
        QTest::newRow("robustness: empty parts") << u" , ,"_s << QList<Reporter> {};
    }

    void reportersAreParsed()
    {
        QFETCH(QString, text);
        QFETCH(QList<Reporter>, expected);
        ArticleDocument document(sample());
        document.setField(Field::Reporters, text);
        QCOMPARE(document.article().byline.reporters, expected);
    }

    void sourceEditIsOneUndoStep()
    {
        ArticleDocument document(sample());
        document.setBodyHtml(u"<h2>새 소제목</h2>\n<p>새 본문</p>\n"_s, u"source"_s);
        QCOMPARE(document.article().body, u"<h2>새 소제목</h2>\n<p>새 본문</p>\n"_s);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.article().body, sample().body);
    }

    void formattingCommandsAreUndoableAndSerialize()
    {
        ArticleDocument document(sample());
        QTextCursor cursor(document.body());
        BodyEditing::setBlockKind(cursor, BodyEditing::BlockKind::Heading2);
        QCOMPARE(document.article().body, u"<h2>첫 문단</h2>\n<p>둘째 문단</p>\n"_s);
        cursor.movePosition(QTextCursor::End);
        BodyEditing::toggleList(cursor, QTextListFormat::ListDisc);
        QCOMPARE(document.article().body, u"<h2>첫 문단</h2>\n<ul>\n<li>둘째 문단</li>\n</ul>\n"_s);
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        BodyEditing::toggleBold(cursor);
        QCOMPARE(document.article().body, u"<h2>첫 문단</h2>\n<ul>\n<li><strong>둘째 문단</strong></li>\n</ul>\n"_s);
        BodyEditing::setLink(cursor, u"https://hanbit.example/a?b=1&c=2"_s);
        QVERIFY(document.article().body.contains(u"<a href=\"https://hanbit.example/a?b=1&amp;c=2\">"_s));
        BodyEditing::clearFormatting(cursor);
        QCOMPARE(document.article().body, u"<h2>첫 문단</h2>\n<p>둘째 문단</p>\n"_s);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.article().body, sample().body);
    }

    void quoteAndHeadingsRoundTrip()
    {
        ArticleDocument document(sample());
        QTextCursor cursor(document.body());
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        BodyEditing::setBlockKind(cursor, BodyEditing::BlockKind::Quote);
        QCOMPARE(document.article().body, u"<blockquote>\n<p>첫 문단</p>\n<p>둘째 문단</p>\n</blockquote>\n"_s);
        QCOMPARE(BodyEditing::blockKind(cursor), BodyEditing::BlockKind::Quote);
        BodyEditing::setBlockKind(cursor, BodyEditing::BlockKind::Heading3);
        QCOMPARE(document.article().body, u"<h3>첫 문단</h3>\n<h3>둘째 문단</h3>\n"_s);
        BodyEditing::setBlockKind(cursor, BodyEditing::BlockKind::Paragraph);
        QCOMPARE(document.article().body, sample().body);
    }

    void normalizeLink_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: https") << u"https://www.hanbit.example/news/1"_s
                                        << u"https://www.hanbit.example/news/1"_s;
        QTest::newRow("nominal: www gets https") << u"www.hanbit.example"_s << u"https://www.hanbit.example"_s;
        QTest::newRow("nominal: email gets mailto") << u"desk@hanbit.example"_s << u"mailto:desk@hanbit.example"_s;
        QTest::newRow("robustness: javascript refused") << u"javascript:alert(1)"_s << QString();
        QTest::newRow("robustness: file refused") << u"file:///etc/passwd"_s << QString();
        QTest::newRow("robustness: data refused") << u"data:text/html,<script>"_s << QString();
        QTest::newRow("robustness: incomplete host") << u"hanbit"_s << QString();
        QTest::newRow("robustness: empty") << u"  "_s << QString();
    }

    void normalizeLink()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(BodyEditing::normalizeLink(input, &error), expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
    }
};

QTEST_MAIN(tst_ArticleDocument)
#include "tst_articledocument.moc"
