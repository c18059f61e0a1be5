#include "article/articledocument.h"
#include "article/bodyediting.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace Byline;
using Field = ArticleDocument::Field;
using PhotoText = ArticleDocument::PhotoText;

namespace {

Photo photoNamed(const QString &id, int position, bool lead = false)
{
    Photo photo;
    photo.id = id;
    photo.articleId = 7;
    photo.fileName = id + u".jpg"_s;
    photo.storedPath = u"photos/aa/"_s + id + u".jpg"_s;
    photo.sha256 = QString(64, u'a');
    photo.caption = u"캡션 "_s + id;
    photo.position = position;
    photo.lead = lead;
    return photo;
}

Article sample()
{
    Article article = Article::create();
    article.id = 7;
    article.headline = u"수달 돌아왔다"_s;
    article.body = u"<p>첫 문단</p>\n<figure data-photo=\"otter\"><figcaption>공지천의 수달</figcaption></figure>\n"
                   "<p>둘째 문단</p>\n"_s;
    return article;
}

// Stored order is by position, not by the order rows arrive in.
QList<Photo> samplePhotos()
{
    return {photoNamed(u"heron"_s, 1), photoNamed(u"otter"_s, 0, true), photoNamed(u"duck"_s, 2)};
}

QStringList ids(const ArticleDocument &document)
{
    QStringList list;
    for (const Photo &photo : document.photos())
        list << photo.id;
    return list;
}

QString leadOf(const ArticleDocument &document)
{
    QStringList leads;
    for (const Photo &photo : document.photos()) {
        if (photo.lead)
            leads << photo.id;
    }
    return leads.join(u',');
}

void typeInBody(ArticleDocument &document, const QString &text)
{
    QTextCursor cursor(document.body());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

// The photos of an open article are part of its ArticleDocument: every edit
// the Photos panel makes is a command on the article's one undo stack.
class tst_PhotoCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsPhotosInTheirOrder()
    {
        ArticleDocument document(sample(), samplePhotos());
        QCOMPARE(ids(document), (QStringList {u"otter"_s, u"heron"_s, u"duck"_s}));
        QCOMPARE(leadOf(document), u"otter"_s);
        QCOMPARE(document.metadata().leadPhotoId, u"otter"_s);
        QCOMPARE(document.article().leadPhotoId, u"otter"_s);
        QCOMPARE(document.knownPhotoIds(), (QSet<QString> {u"otter"_s, u"heron"_s, u"duck"_s}));
        QVERIFY(document.bodyShowsPhoto(u"otter"_s));
        QVERIFY(!document.bodyShowsPhoto(u"heron"_s));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    void oneLeadWhateverWasStored_data()
    {
        QTest::addColumn<QList<Photo>>("stored");
        QTest::addColumn<QString>("lead");
        QTest::newRow("robustness: none marked")
            << QList<Photo> {photoNamed(u"a"_s, 0), photoNamed(u"b"_s, 1)} << u"a"_s;
        QTest::newRow("robustness: two marked")
            << QList<Photo> {photoNamed(u"a"_s, 0), photoNamed(u"b"_s, 1, true), photoNamed(u"c"_s, 2, true)} << u"b"_s;
        QTest::newRow("nominal: no photos") << QList<Photo> {} << QString();
    }

    void oneLeadWhateverWasStored()
    {
        QFETCH(QList<Photo>, stored);
        QFETCH(QString, lead);
        Article article = sample();
        article.leadPhotoId = u"gone"_s; // a photo no longer there
        ArticleDocument document(article, stored);
        QCOMPARE(leadOf(document), lead);
        QCOMPARE(document.metadata().leadPhotoId, lead);
    }

    void typingInACaptionIsOneStepUntilFocusLeaves()
    {
        ArticleDocument document(sample(), samplePhotos());
        QSignalSpy changed(&document, &ArticleDocument::changed);
        const quint64 serial = document.changeSerial();
        for (const QString &text : {u"수"_s, u"수달"_s, u"수달 한 쌍"_s})
            document.setPhotoText(u"heron"_s, PhotoText::Caption, text);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.photo(u"heron"_s)->caption, u"수달 한 쌍"_s);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.last().first().value<Field>(), Field::Photos);
        QVERIFY(document.changeSerial() >= serial + 3); // the autosaver stores each
        QVERIFY(document.isModified());

        // Another field of the same photo, another photo, or a new typing run: new steps.
        document.setPhotoText(u"heron"_s, PhotoText::Credit, u"한빛일보"_s);
        document.setPhotoText(u"duck"_s, PhotoText::Caption, u"청둥오리"_s);
        document.closeTypingRun();
        document.setPhotoText(u"heron"_s, PhotoText::Credit, u"한빛일보 김민지"_s);
        document.setPhotoText(u"heron"_s, PhotoText::AltText, u"물가에 선 왜가리"_s);
        document.setPhotoText(u"heron"_s, PhotoText::AltText, u"물가에 선 왜가리"_s); // no change: no step
        QCOMPARE(document.undoStack()->count(), 5);
        QCOMPARE(document.undoStack()->text(0), u"Edit photo caption"_s);
        QCOMPARE(document.undoStack()->text(1), u"Edit photo credit"_s);
        QCOMPARE(document.undoStack()->text(4), u"Edit photo alt text"_s);

        document.undoStack()->undo();
        QCOMPARE(document.photo(u"heron"_s)->altText, QString());
        document.undoStack()->undo();
        QCOMPARE(document.photo(u"heron"_s)->credit, u"한빛일보"_s);
        document.undoStack()->undo();
        QCOMPARE(document.photo(u"duck"_s)->caption, u"캡션 duck"_s);
        document.undoStack()->undo();
        QCOMPARE(document.photo(u"heron"_s)->credit, QString());
        document.undoStack()->undo();
        QCOMPARE(document.photo(u"heron"_s)->caption, u"캡션 heron"_s); // the whole typing run at once
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QCOMPARE(document.photo(u"heron"_s)->caption, u"수달 한 쌍"_s);

        // A photo the document does not have is no step.
        document.setPhotoText(u"nowhere"_s, PhotoText::Caption, u"x"_s);
        QCOMPARE(document.undoStack()->index(), 1);
    }

    void cropLeadAndMoveUndo()
    {
        ArticleDocument document(sample(), samplePhotos());
        const PhotoCrop square {QRectF(0.1, 0.1, 0.5, 0.5), 90, u"1:1"_s};
        document.setPhotoCrop(u"duck"_s, square);
        document.setPhotoCrop(u"duck"_s, square); // the same: no step
        document.setPhotoCrop(u"duck"_s, PhotoCrop {QRectF(0, 0, 1, 0.5), 0, u"free"_s}); // crops never merge
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(document.photo(u"duck"_s)->crop, square);
        document.undoStack()->undo();
        QVERIFY(document.photo(u"duck"_s)->crop.isNull());

        document.setLeadPhoto(u"duck"_s);
        QCOMPARE(leadOf(document), u"duck"_s);
        QCOMPARE(document.article().leadPhotoId, u"duck"_s);
        document.setLeadPhoto(u"duck"_s); // already: no step
        QCOMPARE(document.undoStack()->index(), 1);

        document.movePhoto(u"duck"_s, 0);
        QCOMPARE(ids(document), (QStringList {u"duck"_s, u"otter"_s, u"heron"_s}));
        for (qsizetype i = 0; i < document.photos().size(); ++i)
            QCOMPARE(document.photos().at(i).position, int(i));
        document.movePhoto(u"otter"_s, 99); // clamped to the end
        QCOMPARE(ids(document), (QStringList {u"duck"_s, u"heron"_s, u"otter"_s}));
        document.movePhoto(u"otter"_s, 2); // where it is: no step
        QCOMPARE(document.undoStack()->index(), 3);

        document.undoStack()->undo();
        QCOMPARE(ids(document), (QStringList {u"duck"_s, u"otter"_s, u"heron"_s}));
        document.undoStack()->undo();
        QCOMPARE(ids(document), (QStringList {u"otter"_s, u"heron"_s, u"duck"_s}));
        QCOMPARE(document.photos().at(2).position, 2);
        document.undoStack()->undo();
        QCOMPARE(leadOf(document), u"otter"_s);
        QCOMPARE(document.article().leadPhotoId, u"otter"_s);
        QVERIFY(!document.isModified());
    }

    // Text and photo edits share one timeline: Undo walks back through them
    // in the order they happened.
    void oneTimelineWithTextEdits()
    {
        ArticleDocument document(sample(), samplePhotos());
        document.setField(Field::Headline, u"수달 가족 돌아왔다"_s);
        document.setPhotoText(u"otter"_s, PhotoText::Caption, u"새 캡션"_s);
        typeInBody(document, u"셋째"_s);
        document.setLeadPhoto(u"heron"_s);
        QCOMPARE(document.undoStack()->count(), 4);

        document.undoStack()->undo(); // lead
        QCOMPARE(leadOf(document), u"otter"_s);
        QVERIFY(document.article().body.contains(u"셋째"_s));
        document.undoStack()->undo(); // body
        QVERIFY(!document.article().body.contains(u"셋째"_s));
        QCOMPARE(document.photo(u"otter"_s)->caption, u"새 캡션"_s);
        document.undoStack()->undo(); // caption
        QCOMPARE(document.photo(u"otter"_s)->caption, u"캡션 otter"_s);
        QCOMPARE(document.field(Field::Headline).toString(), u"수달 가족 돌아왔다"_s);
        document.undoStack()->undo(); // headline
        QCOMPARE(document.field(Field::Headline).toString(), u"수달 돌아왔다"_s);
        QVERIFY(!document.isModified());
    }

    // The bug this fixes: removing a photo took its figure out of the body as
    // one undo step and the photo out of the library outside the stack, so
    // Undo brought back a figure whose photo was gone.
    void removingAShownPhotoIsOneStepWithItsFigure()
    {
        Article article = sample();
        article.body += u"<figure data-photo=\"otter\"></figure>\n"_s; // shown twice
        ArticleDocument document(article, samplePhotos());
        const QString before = document.article().body;
        QCOMPARE(BodyEditing::figureCount(document.body(), u"otter"_s), 2);

        document.removePhoto(u"otter"_s);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0), u"Remove photo"_s);
        QCOMPARE(ids(document), (QStringList {u"heron"_s, u"duck"_s}));
        QCOMPARE(leadOf(document), u"heron"_s); // the next photo leads
        QCOMPARE(document.article().leadPhotoId, u"heron"_s);
        QCOMPARE(document.article().body, u"<p>첫 문단</p>\n<p>둘째 문단</p>\n"_s);
        QVERIFY(!document.bodyShowsPhoto(u"otter"_s));
        QVERIFY(document.knownPhotoIds().contains(u"otter"_s)); // so the autosaver removes its row

        document.undoStack()->undo();
        QCOMPARE(ids(document), (QStringList {u"otter"_s, u"heron"_s, u"duck"_s}));
        QCOMPARE(leadOf(document), u"otter"_s);
        QCOMPARE(document.article().body, before);
        QCOMPARE(*document.photo(u"otter"_s), samplePhotos().at(1));
        QVERIFY(!document.isModified());

        document.undoStack()->redo();
        QCOMPARE(ids(document), (QStringList {u"heron"_s, u"duck"_s}));
        QCOMPARE(document.article().body, u"<p>첫 문단</p>\n<p>둘째 문단</p>\n"_s);
        document.undoStack()->undo();
        QCOMPARE(document.article().body, before);
        QCOMPARE(ids(document), (QStringList {u"otter"_s, u"heron"_s, u"duck"_s}));

        // Not in the body: the photo alone, still one step.
        document.removePhoto(u"duck"_s);
        QCOMPARE(document.undoStack()->index(), 1);
        QCOMPARE(document.article().body, before);
        document.undoStack()->undo();
        QCOMPARE(ids(document), (QStringList {u"otter"_s, u"heron"_s, u"duck"_s}));
    }

    void insertingAFigureIsABodyStep()
    {
        ArticleDocument document(sample(), samplePhotos());
        document.setPhotoText(u"heron"_s, PhotoText::Caption, u"물가의 왜가리"_s);
        QTextCursor cursor(document.body());
        cursor.movePosition(QTextCursor::End);
        QVERIFY(document.insertFigure(cursor, u"heron"_s));
        QVERIFY(document.article().body.endsWith(
            u"<figure data-photo=\"heron\"><figcaption>물가의 왜가리</figcaption></figure>\n"_s));
        QVERIFY(!document.insertFigure(cursor, u"nowhere"_s));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QVERIFY(!document.bodyShowsPhoto(u"heron"_s));
    }

    void adoptingImportsIsOneStepPerImport()
    {
        ArticleDocument document(sample(), {});
        Photo first = photoNamed(u"first"_s, 0, false);
        Photo second = photoNamed(u"second"_s, 1, true); // the import's own idea of the lead
        Photo third = photoNamed(u"third"_s, 2);
        QCOMPARE(document.adoptPhotos({first}, 1), 1);
        QCOMPARE(document.adoptPhotos({first, second}, 1), 1); // the one it has is left out
        QCOMPARE(document.undoStack()->count(), 1); // the same import: one step
        QCOMPARE(ids(document), (QStringList {u"first"_s, u"second"_s}));
        QCOMPARE(leadOf(document), u"first"_s); // the first photo of an article leads
        QCOMPARE(document.metadata().leadPhotoId, u"first"_s);
        QCOMPARE(document.adoptPhotos({third}, 2), 1);
        QCOMPARE(document.undoStack()->count(), 2);
        Photo bad = photoNamed(u"../x"_s, 3);
        QCOMPARE(document.adoptPhotos({bad}, 2), 0);

        document.undoStack()->undo();
        QCOMPARE(ids(document), (QStringList {u"first"_s, u"second"_s}));
        document.undoStack()->undo();
        QVERIFY(document.photos().isEmpty());
        QCOMPARE(document.metadata().leadPhotoId, QString());
        QVERIFY(document.knownPhotoIds().contains(u"second"_s));
        document.undoStack()->redo();
        QCOMPARE(ids(document), (QStringList {u"first"_s, u"second"_s}));
        QCOMPARE(leadOf(document), u"first"_s);
    }
};

QTEST_MAIN(tst_PhotoCommands)
#include "tst_photocommands.moc"
