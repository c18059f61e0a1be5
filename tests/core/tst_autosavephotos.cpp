#include "article/articledocument.h"
#include "article/bodyediting.h"
#include "library/articlestore.h"
#include "library/autosaver.h"
#include "library/photostore.h"
#include "media/photoimport.h"

#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace Byline;
using Field = ArticleDocument::Field;

namespace {

bool writeJpeg(const QString &path, int seed)
{
    QImage image(200, 150, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 53 % 360, 180, 210));
    for (int x = 0; x < image.width(); ++x)
        image.setPixel(x, seed % image.height(), 0xff000000 | uint(seed * 7919));
    return QImageWriter(path, "jpeg").write(image);
}

// What another connection (the next start of Byline) reads from the file.
struct Stored
{
    std::optional<Article> article;
    QList<Photo> photos;
};

Stored readBack(const QString &directory, qint64 id)
{
    Library reader;
    if (!reader.open(directory))
        return {};
    return {reader.articleStore().article(id), reader.photoStore().photos(id)};
}

QStringList idsOf(const QList<Photo> &photos)
{
    QStringList ids;
    for (const Photo &photo : photos)
        ids << photo.id;
    return ids;
}

QString leadOf(const QList<Photo> &photos)
{
    QStringList leads;
    for (const Photo &photo : photos) {
        if (photo.lead)
            leads << photo.id;
    }
    return leads.join(u',');
}

// Makes the library refuse every write of photo rows, on any connection
// (the autosaver's own too): a real SQLite failure in the middle of a save.
bool refusePhotoWrites(const QString &directory, bool refuse)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fault"_s);
        db.setDatabaseName(directory + u"/library.sqlite"_s);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
            const QString name = u"test_refuse_photo_"_s + event.toLower();
            ok = ok
                && query.exec(refuse
                        ? u"CREATE TRIGGER %1 BEFORE %2 ON photos BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s
                              .arg(name, event)
                        : u"DROP TRIGGER %1"_s.arg(name));
            if (!ok)
                qWarning() << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fault"_s);
    return ok;
}

} // namespace

// The open article's one writer end to end: ArticleDocument's photo commands,
// the Autosaver, and a real SQLite library read back on another connection.
class tst_AutosavePhotos : public QObject
{
    Q_OBJECT

    // A library with one story showing its first photo in the body, open for
    // editing with an autosaver on it.
    struct Session
    {
        QTemporaryDir dir;
        Library library;
        qint64 id = 0;
        QStringList photoIds;
        std::unique_ptr<ArticleDocument> document;
        Autosaver autosaver;
        bool ready = false;

        explicit Session(int photoCount)
        {
            if (!library.open(dir.path()))
                return;
            Article article = Article::create();
            article.headline = u"공지천에 수달 가족"_s;
            if (!library.articleStore().insertArticle(article))
                return;
            id = article.id;
            for (int i = 0; i < photoCount; ++i) {
                const QString path = dir.filePath(u"card-%1.jpg"_s.arg(i));
                if (!writeJpeg(path, i + 1))
                    return;
                const PhotoImport::Result result = PhotoImport::importFile(library, id, path);
                if (result.outcome != PhotoImport::Outcome::Imported)
                    return;
                photoIds << result.photo.id;
            }
            if (!photoIds.isEmpty()) {
                Photo first = *library.photoStore().photo(photoIds.first());
                first.caption = u"공지천의 수달"_s;
                library.photoStore().updatePhoto(first);
                article = *library.articleStore().article(id);
                article.body =
                    u"<p>첫 문단</p>\n<figure data-photo=\"%1\"><figcaption>공지천의 수달</figcaption></figure>\n"
                    "<p>둘째 문단</p>\n"_s.arg(photoIds.first());
                library.articleStore().saveArticle(article);
            }
            open();
            ready = autosaver.start(dir.path());
        }
        void open()
        {
            document =
                std::make_unique<ArticleDocument>(*library.articleStore().article(id), library.photoStore().photos(id));
            autosaver.setDocument(document.get());
        }
        ~Session() { autosaver.setDocument(nullptr); }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The case: removing a photo the body shows, Undo, Redo. The
    // photo's row in the library and its figure in the body come and go
    // together; before, Undo brought back a figure whose photo was gone.
    void removeUndoRedoKeepsRowAndFigureTogether()
    {
        Session session(2);
        QVERIFY(session.ready);
        const QString otter = session.photoIds.at(0);
        const QString heron = session.photoIds.at(1);
        ArticleDocument &document = *session.document;
        const Photo stored = *session.library.photoStore().photo(otter);
        const QString original = session.library.photoStore().photoFilePath(stored);
        QVERIFY(QFile::exists(original));

        auto check = [&](bool shown) {
            const Stored back = readBack(session.dir.path(), session.id);
            QVERIFY(back.article);
            const bool hasRow = idsOf(back.photos).contains(otter);
            const bool hasFigure = back.article->body.contains(u"data-photo=\"%1\""_s.arg(otter));
            QCOMPARE(hasRow, shown);
            QCOMPARE(hasFigure, shown);
            QCOMPARE(back.article->leadPhotoId, shown ? otter : heron);
            QCOMPARE(leadOf(back.photos), shown ? otter : heron);
            QCOMPARE(BodyEditing::figureCount(document.body(), otter), shown ? 1 : 0);
            QCOMPARE(document.photo(otter).has_value(), shown);
        };

        document.removePhoto(otter);
        QTRY_VERIFY_WITH_TIMEOUT(!session.autosaver.hasUnsavedChanges(), 2000); // by the timers, within a second
        check(false);
        QVERIFY(QFile::exists(original)); // kept: Undo may bring it back

        document.undoStack()->undo();
        QVERIFY(session.autosaver.flush());
        check(true);
        const Photo back = *session.library.photoStore().photo(otter);
        QCOMPARE(back.caption, u"공지천의 수달"_s);
        QCOMPARE(back.sha256, stored.sha256);
        QCOMPARE(back.storedPath, stored.storedPath);
        QCOMPARE(back.position, 0);

        document.undoStack()->redo();
        QVERIFY(session.autosaver.flush());
        check(false);

        // Closed with the photo gone: no Undo can bring it back, so its
        // original goes too (no other row uses it).
        session.autosaver.setDocument(nullptr);
        QTRY_VERIFY(!QFile::exists(original));
        QVERIFY(QFile::exists(session.library.photoStore().photoFilePath(*session.library.photoStore().photo(heron))));
    }

    void closedWithThePhotoBackKeepsItsFile()
    {
        Session session(1);
        QVERIFY(session.ready);
        const QString otter = session.photoIds.at(0);
        const QString original = session.library.photoStore().photoFilePath(*session.library.photoStore().photo(otter));
        session.document->removePhoto(otter);
        QVERIFY(session.autosaver.flush());
        QVERIFY(readBack(session.dir.path(), session.id).photos.isEmpty());
        session.document->undoStack()->undo();
        session.autosaver.setDocument(nullptr);
        QTest::qWait(100);
        QVERIFY(QFile::exists(original));
        QCOMPARE(idsOf(readBack(session.dir.path(), session.id).photos), QStringList {otter});
    }

    // Caption, credit, alt text, crop, lead and order reach the library with
    // the autosave, and their Undo does too.
    void everyPhotoEditIsStored()
    {
        Session session(3);
        QVERIFY(session.ready);
        ArticleDocument &document = *session.document;
        const QStringList ids = session.photoIds;
        const PhotoCrop crop {QRectF(0.25, 0, 0.5, 1), 90, u"free"_s};
        document.setPhotoText(ids.at(1), ArticleDocument::PhotoText::Caption, u"물가의 왜가리"_s);
        document.setPhotoText(ids.at(1), ArticleDocument::PhotoText::Credit, u"한빛일보 김민지"_s);
        document.setPhotoText(ids.at(1), ArticleDocument::PhotoText::AltText, u"물가에 선 왜가리 한 마리"_s);
        document.setPhotoCrop(ids.at(1), crop);
        document.setLeadPhoto(ids.at(2));
        document.movePhoto(ids.at(2), 0);
        document.setField(Field::Headline, u"공지천에 수달 가족…왜가리도"_s);
        QVERIFY(session.autosaver.flush());

        Stored back = readBack(session.dir.path(), session.id);
        QCOMPARE(idsOf(back.photos), (QStringList {ids.at(2), ids.at(0), ids.at(1)}));
        QCOMPARE(back.photos.at(2).caption, u"물가의 왜가리"_s);
        QCOMPARE(back.photos.at(2).credit, u"한빛일보 김민지"_s);
        QCOMPARE(back.photos.at(2).altText, u"물가에 선 왜가리 한 마리"_s);
        QCOMPARE(back.photos.at(2).crop, crop);
        QCOMPARE(leadOf(back.photos), ids.at(2));
        QCOMPARE(back.article->leadPhotoId, ids.at(2));
        QCOMPARE(back.article->headline, u"공지천에 수달 가족…왜가리도"_s);
        for (qsizetype i = 0; i < back.photos.size(); ++i)
            QCOMPARE(back.photos.at(i).position, int(i));

        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QVERIFY(session.autosaver.flush());
        back = readBack(session.dir.path(), session.id);
        QCOMPARE(idsOf(back.photos), ids);
        QCOMPARE(back.photos.at(1).caption, QString());
        QVERIFY(back.photos.at(1).crop.isNull());
        QCOMPARE(leadOf(back.photos), ids.at(0));
        QCOMPARE(back.article->leadPhotoId, ids.at(0));
        QCOMPARE(back.article->headline, u"공지천에 수달 가족"_s);
    }

    // The article and its photos are one transaction: when the photo rows
    // cannot be written, the article row keeps what it had too, and both go
    // in once writing works again.
    void articleAndPhotosAreOneTransaction()
    {
        Session session(2);
        QVERIFY(session.ready);
        ArticleDocument &document = *session.document;
        const QString otter = session.photoIds.at(0);
        QVERIFY(refusePhotoWrites(session.dir.path(), true));

        // Text alone does not touch the photo rows: it is saved.
        document.setField(Field::Deck, u"하류에서 새끼 두 마리"_s);
        QVERIFY(session.autosaver.flush());
        QCOMPARE(readBack(session.dir.path(), session.id).article->deck, u"하류에서 새끼 두 마리"_s);

        // A photo edit with a headline edit: neither is stored.
        document.setField(Field::Headline, u"수달 가족 다섯 마리"_s);
        document.setPhotoText(otter, ArticleDocument::PhotoText::Caption, u"어미와 새끼"_s);
        document.removePhoto(session.photoIds.at(1));
        QVERIFY(!session.autosaver.flush());
        QVERIFY(!session.autosaver.lastError().isEmpty());
        QVERIFY(session.autosaver.hasUnsavedChanges());
        Stored back = readBack(session.dir.path(), session.id);
        QCOMPARE(back.article->headline, u"공지천에 수달 가족"_s);
        QCOMPARE(back.article->deck, u"하류에서 새끼 두 마리"_s);
        QCOMPARE(back.photos.at(0).caption, u"공지천의 수달"_s);
        QCOMPARE(idsOf(back.photos), session.photoIds);

        QVERIFY(refusePhotoWrites(session.dir.path(), false));
        QVERIFY(session.autosaver.flush());
        back = readBack(session.dir.path(), session.id);
        QCOMPARE(back.article->headline, u"수달 가족 다섯 마리"_s);
        QCOMPARE(back.photos.at(0).caption, u"어미와 새끼"_s);
        QCOMPARE(idsOf(back.photos), QStringList {otter});
    }

    // An import stores its rows from another connection before the document
    // takes the photos in. A save in between must not remove them: the
    // autosaver removes only rows of photos the document once had.
    void aSaveNeverRemovesAnImportTheDocumentHasNotSeen()
    {
        Session session(2);
        QVERIFY(session.ready);
        ArticleDocument &document = *session.document;
        const QStringList ids = session.photoIds;

        // Another connection, as PhotoImportJob's worker has.
        Library importer;
        QVERIFY(importer.open(session.dir.path()));
        const QString path = session.dir.filePath(u"later.jpg"_s);
        QVERIFY(writeJpeg(path, 40));
        const PhotoImport::Result imported = PhotoImport::importFile(importer, session.id, path);
        QCOMPARE(imported.outcome, PhotoImport::Outcome::Imported);

        // Meanwhile the person removes a photo; the save writes the list.
        document.removePhoto(ids.at(1));
        QVERIFY(session.autosaver.flush());
        QCOMPARE(idsOf(readBack(session.dir.path(), session.id).photos), (QStringList {ids.at(0), imported.photo.id}));

        // The document takes the import in; now it is the document's.
        QCOMPARE(document.adoptPhotos({imported.photo}, 1), 1);
        QVERIFY(session.autosaver.flush());
        Stored back = readBack(session.dir.path(), session.id);
        QCOMPARE(idsOf(back.photos), (QStringList {ids.at(0), imported.photo.id}));
        QCOMPARE(back.photos.at(1).position, 1);
        QCOMPARE(leadOf(back.photos), ids.at(0));

        // Its Undo removes the row it now knows.
        document.undoStack()->undo();
        QVERIFY(session.autosaver.flush());
        QCOMPARE(idsOf(readBack(session.dir.path(), session.id).photos), QStringList {ids.at(0)});
    }
};

QTEST_MAIN(tst_AutosavePhotos)
#include "tst_autosavephotos.moc"
