#include "article/articlehtml.h"
#include "library/library.h"
#include "media/photoimport.h"
#include "package/articlefiles.h"
#include "publish/folderpublisher.h"
#include "testimages.h"

#include <KZip>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

// A story travels between newsrooms as one .byline file: its photos, with
// caption, credit, alt text, crop, order and lead, go along.
class tst_ArticleFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // An article with three photos, the second one the lead and in the body.
    qint64 storyWithPhotos(Library &library, QStringList *ids)
    {
        Article article = Article::create();
        article.headline = u"춘천 공지천에 수달 돌아왔다"_s;
        article.byline = {u"강원일보"_s, {{u"김민지"_s, u"minji@example.kr"_s}}};
        if (!library.articleStore().insertArticle(article))
            return 0;
        for (int i = 0; i < 3; ++i) {
            const QString path = m_dir.filePath(u"otter-%1.jpg"_s.arg(i));
            if (!TestImages::writeJpeg(path, TestImages::photoLike({800, 600}, 40 + i)))
                return 0;
            PhotoImport::Result result = PhotoImport::importFile(library, article.id, path);
            if (result.outcome != PhotoImport::Outcome::Imported)
                return 0;
            Photo photo = result.photo;
            photo.caption = u"공지천의 수달 %1"_s.arg(i + 1);
            photo.credit = u"강원일보 DB"_s;
            photo.altText = u"물 위로 머리를 내민 수달"_s;
            if (i == 2)
                photo.crop = PhotoCrop {QRectF(0.1, 0.2, 0.5, 0.5), 90, u"1:1"_s};
            library.photoStore().updatePhoto(photo);
            *ids << photo.id;
        }
        library.photoStore().setLeadPhoto(article.id, ids->at(1));
        article = *library.articleStore().article(article.id);
        article.body =
            u"<p>수달이 돌아왔다.</p><figure data-photo=\"%1\"><figcaption>공지천의 수달 2</figcaption></figure>"_s.arg(
                ids->at(1));
        library.articleStore().saveArticle(article);
        return article.id;
    }

    // A JPEG's bytes, as a package carries them.
    QByteArray jpegBytes(quint32 seed)
    {
        const QString path = m_dir.filePath(u"bytes-%1.jpg"_s.arg(seed));
        if (!TestImages::writeJpeg(path, TestImages::photoLike({320, 240}, seed)))
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString sha256(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    // A package as another program (or an attacker) could write it: the
    // records of photos.json as given, and the files beside them.
    static bool writePackage(
        const QString &path, const Article &article, const QList<Photo> &photos, const QList<PackageFile> &files)
    {
        QJsonArray records;
        for (const Photo &photo : photos)
            records.append(photo.toJson());
        QList<PackageFile> all = files;
        all << PackageFile {u"photos/photos.json"_s, QJsonDocument(records).toJson()};
        QString error;
        const bool ok = ArticlePackage::write(path, {article, all}, &error);
        if (!ok)
            qWarning().noquote() << error;
        return ok;
    }

    static Photo packagedPhoto(const QString &id, const QString &fileName, const QByteArray &bytes, int position)
    {
        Photo photo;
        photo.id = id;
        photo.fileName = fileName;
        photo.sha256 = sha256(bytes);
        photo.storedPath = bytes.isEmpty() ? QString() : u"photos/"_s + photo.sha256 + u".jpg"_s;
        photo.position = position;
        return photo;
    }

    static QStringList filesUnder(const QString &directory)
    {
        QStringList files;
        QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(directory).relativeFilePath(it.next());
        files.sort();
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void packageCarriesThePhotos()
    {
        Library source;
        QVERIFY(source.open(m_dir.filePath(u"source"_s)));
        QStringList ids;
        const qint64 id = storyWithPhotos(source, &ids);
        QVERIFY(id > 0);
        const QString package = m_dir.filePath(u"otters.byline"_s);
        QString error;
        QVERIFY2(ArticleFiles::write(
                     package, source, *source.articleStore().article(id), ArticleFiles::Format::Package, &error),
            qPrintable(error));

        // Another newsroom's library, where the source files do not exist.
        Library other;
        QVERIFY(other.open(m_dir.filePath(u"other"_s)));
        std::optional<ArticleFiles::Loaded> loaded = ArticleFiles::load(package, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->photos.size(), 3);
        QString note;
        QVERIFY2(ArticleFiles::addToLibrary(other, *loaded, &note, &error), qPrintable(error));
        QVERIFY2(note.isEmpty(), qPrintable(note));

        const QList<Photo> before = source.photoStore().photos(id);
        const QList<Photo> after = other.photoStore().photos(loaded->article.id);
        QCOMPARE(after.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id); // the body's figures still point at them
            QCOMPARE(after.at(i).caption, before.at(i).caption);
            QCOMPARE(after.at(i).credit, before.at(i).credit);
            QCOMPARE(after.at(i).altText, before.at(i).altText);
            QCOMPARE(after.at(i).crop, before.at(i).crop);
            QCOMPARE(after.at(i).lead, i == 1);
            QCOMPARE(after.at(i).sha256, before.at(i).sha256);
            QFile original(other.directory() + u'/' + after.at(i).storedPath);
            QVERIFY(original.open(QIODevice::ReadOnly));
            QCOMPARE(original.size(), before.at(i).byteSize);
            QVERIFY(!PhotoImport::thumbnail(other.directory(), after.at(i)).isNull());
        }
        QCOMPARE(other.articleStore().article(loaded->article.id)->leadPhotoId, ids.at(1));

        // The same package again into the same library: a copy, with photo
        // ids of its own and its figure following.
        std::optional<ArticleFiles::Loaded> again = ArticleFiles::load(package, &error);
        QVERIFY(again);
        QVERIFY(ArticleFiles::addToLibrary(other, *again, &note, &error));
        QVERIFY(note.contains(u"copy"_s));
        const QList<Photo> copies = other.photoStore().photos(again->article.id);
        QCOMPARE(copies.size(), 3);
        QVERIFY(copies.at(1).id != ids.at(1));
        QVERIFY(copies.at(1).lead);
        const Article copy = *other.articleStore().article(again->article.id);
        QVERIFY(copy.body.contains(u"data-photo=\"%1\""_s.arg(copies.at(1).id)));
        QCOMPARE(copy.leadPhotoId, copies.at(1).id);
        QCOMPARE(other.photoStore().photos(loaded->article.id).size(), 3); // the first import is untouched
    }

    // A damaged photo costs that photo, never the article or the others.
    void damagedPhotoInAPackageIsNamed()
    {
        Library source;
        QVERIFY(source.open(m_dir.filePath(u"damaged-source"_s)));
        QStringList ids;
        const qint64 id = storyWithPhotos(source, &ids);
        const QString package = m_dir.filePath(u"damaged.byline"_s);
        QString error;
        QVERIFY(ArticleFiles::write(
            package, source, *source.articleStore().article(id), ArticleFiles::Format::Package, &error));
        std::optional<ArticleFiles::Loaded> loaded = ArticleFiles::load(package, &error);
        QVERIFY(loaded);
        const QString damagedName = loaded->photos.at(0).storedPath;
        for (PackageFile &file : loaded->files) {
            if (file.name == damagedName)
                file.data[file.data.size() / 2] = char(file.data.at(file.data.size() / 2) ^ 0x55);
        }
        Library other;
        QVERIFY(other.open(m_dir.filePath(u"damaged-other"_s)));
        QString note;
        QVERIFY(ArticleFiles::addToLibrary(other, *loaded, &note, &error));
        QVERIFY2(note.contains(u"otter-0.jpg"_s) && note.contains(u"damaged"_s), qPrintable(note));
        QCOMPARE(other.photoStore().photos(loaded->article.id).size(), 2);
    }

    // A photo id from a package that spells a path never becomes one: the
    // import gives the photo a fresh id (its figure follows), and publishing
    // to a folder names the web copies by their place in the story, so even
    // an id already in a library from an older Byline writes nothing outside.
    void hostilePhotoIdsNeverBecomePaths()
    {
        const QString base = m_dir.filePath(u"hostile"_s);
        const QString root = base + u"/site"_s;
        const QString escaped = base + u"/escaped"_s; // where ../../../escaped/x leads from the staging folder
        QVERIFY(QDir().mkpath(root));
        QVERIFY(QDir().mkpath(escaped));
        const QString hostileId = u"../../../escaped/x"_s;

        Article article = Article::create();
        article.headline = u"경로가 된 사진 id"_s;
        article.body = u"<p>본문</p><figure data-photo=\"%1\"></figure>"_s.arg(hostileId);
        article.leadPhotoId = hostileId;
        const QByteArray jpeg = jpegBytes(71);
        const Photo photo = packagedPhoto(hostileId, u"수달.jpg"_s, jpeg, 0);
        const QString package = base + u"/hostile.byline"_s;
        QVERIFY(writePackage(package, article, {photo}, {{photo.storedPath, jpeg}}));

        QString error;
        std::optional<ArticleFiles::Loaded> loaded = ArticleFiles::load(package, &error);
        QVERIFY2(loaded, qPrintable(error));
        Library library;
        QVERIFY(library.open(base + u"/library"_s));
        QString note;
        QVERIFY2(ArticleFiles::addToLibrary(library, *loaded, &note, &error), qPrintable(error));
        const QList<Photo> imported = library.photoStore().photos(loaded->article.id);
        QCOMPARE(imported.size(), 1);
        const Article stored = *library.articleStore().article(loaded->article.id);

        // Published from the library, and again with the id as an older
        // Byline would have stored it.
        QList<Photo> oldLibrary = imported;
        oldLibrary[0].id = hostileId;
        for (const QList<Photo> &photos : {imported, oldLibrary}) {
            const FolderPublisher::Result result = FolderPublisher::publish(
                root, library.directory(), stored, photos, Publication(), TemplatePack::builtIn());
            QVERIFY2(result.ok, qPrintable(result.message));
            QCOMPARE(filesUnder(escaped), QStringList());
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
            const QStringList published = filesUnder(root);
            QVERIFY2(published.contains(QFileInfo(result.directory).fileName() + u"/photos/photo-1.jpg"_s),
                qPrintable(published.join(u' ')));
            for (const QString &file : published)
                QVERIFY2(!file.contains(u"x.jpg"_s), qPrintable(file));
        }

        // The import gave the photo an id of its own, said so, and the
        // figure and the lead follow it.
        QVERIFY2(note.contains(u"수달.jpg has an id that Byline does not accept"_s), qPrintable(note));
        QVERIFY(imported.at(0).id != hostileId);
        QVERIFY(!imported.at(0).id.contains(u'/'));
        QVERIFY(stored.body.contains(u"data-photo=\""_s + imported.at(0).id + u'"'));
        QCOMPARE(stored.leadPhotoId, imported.at(0).id);

        // The library takes no such id, and one an older Byline stored is
        // left out when read.
        Photo sneaky = imported.at(0);
        sneaky.id = hostileId;
        QVERIFY(!library.photoStore().addPhoto(sneaky));
        QVERIFY2(library.errorString().contains(u"does not accept"_s), qPrintable(library.errorString()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older-byline"_s);
            db.setDatabaseName(library.directory() + u'/' + Library::databaseFileName());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.prepare(u"UPDATE photos SET id = ? WHERE id = ?"_s));
            query.addBindValue(hostileId);
            query.addBindValue(imported.at(0).id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"older-byline"_s);
        QVERIFY(library.photoStore().photos(loaded->article.id).isEmpty());
        QVERIFY(!library.photoStore().photo(hostileId));
    }

    // Two photos with one id, and a record naming no file: both said in
    // words, never as SQL, and the rest of the package comes in.
    void duplicateIdsAndNamelessPhotosAreExplained()
    {
        const QByteArray first = jpegBytes(81);
        const QByteArray second = jpegBytes(82);
        Article article = Article::create();
        article.headline = u"같은 id의 사진 두 장"_s;
        article.body = u"<p>본문</p><figure data-photo=\"p1\"></figure>"_s;
        const Photo a = packagedPhoto(u"p1"_s, u"첫째.jpg"_s, first, 0);
        const Photo b = packagedPhoto(u"p1"_s, u"둘째.jpg"_s, second, 1);
        const Photo nameless = packagedPhoto(u"p3"_s, {}, {}, 2);
        const QString package = m_dir.filePath(u"duplicates.byline"_s);
        QVERIFY(writePackage(package, article, {a, b, nameless}, {{a.storedPath, first}, {b.storedPath, second}}));

        QString error;
        std::optional<ArticleFiles::Loaded> loaded = ArticleFiles::load(package, &error);
        QVERIFY2(loaded, qPrintable(error));
        Library library;
        QVERIFY(library.open(m_dir.filePath(u"duplicates-library"_s)));
        QString note;
        QVERIFY2(ArticleFiles::addToLibrary(library, *loaded, &note, &error), qPrintable(error));
        QVERIFY2(note.contains(u"The photos 첫째.jpg and 둘째.jpg have the same id"_s), qPrintable(note));
        QVERIFY2(note.contains(u"The photo #3 (no file name) is missing"_s), qPrintable(note));
        QVERIFY2(!note.contains(u"UNIQUE"_s) && !note.contains(u"constraint"_s), qPrintable(note));
        QVERIFY2(!note.contains(u"photo  "_s), qPrintable(note));
        const QList<Photo> photos = library.photoStore().photos(loaded->article.id);
        QCOMPARE(photos.size(), 2);
        QCOMPARE(photos.at(0).fileName, u"첫째.jpg"_s);
        QCOMPARE(photos.at(1).fileName, u"둘째.jpg"_s);
        QVERIFY(photos.at(0).id != photos.at(1).id);
        // The figure keeps the first photo with that id.
        QVERIFY(library.articleStore()
                .article(loaded->article.id)
                ->body.contains(u"data-photo=\""_s + photos.at(0).id + u'"'));
    }

    // A file in photos/ that is not a picture is named and left out; the
    // package's record of it is not taken on trust.
    void photoThatIsNoPictureIsNamed()
    {
        const QByteArray good = jpegBytes(91);
        const QByteArray text = "Caption: 공지천의 수달\nCredit: 강원일보\n";
        Article article = Article::create();
        article.headline = u"그림이 아닌 사진"_s;
        Photo notes = packagedPhoto(u"notes"_s, u"캡션.jpg"_s, text, 0);
        notes.pixelSize = QSize(4000, 3000); // what the record claims
        const Photo photo = packagedPhoto(u"otter"_s, u"수달.jpg"_s, good, 1);
        const QString package = m_dir.filePath(u"not-a-picture.byline"_s);
        QVERIFY(writePackage(package, article, {notes, photo}, {{notes.storedPath, text}, {photo.storedPath, good}}));

        QString error;
        std::optional<ArticleFiles::Loaded> loaded = ArticleFiles::load(package, &error);
        QVERIFY2(loaded, qPrintable(error));
        Library library;
        QVERIFY(library.open(m_dir.filePath(u"not-a-picture-library"_s)));
        QString note;
        QVERIFY2(ArticleFiles::addToLibrary(library, *loaded, &note, &error), qPrintable(error));
        QVERIFY2(
            note.contains(u"캡션.jpg is named like a photo, but its contents are not a picture"_s), qPrintable(note));
        QVERIFY2(note.contains(u"The article was imported without it."_s), qPrintable(note));
        const QList<Photo> photos = library.photoStore().photos(loaded->article.id);
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos.at(0).fileName, u"수달.jpg"_s);
        QCOMPARE(photos.at(0).pixelSize, QSize(320, 240)); // measured, not read from the record
    }

    // Article JSON from outside, alone or in a package, goes through the
    // one sanitizer; a lead that is no photo id is dropped.
    void articleJsonFromOutsideIsSanitized()
    {
        const QString hostile = u"<p onclick=\"alert(1)\">수달이 돌아왔다<script>alert(2)</script></p>"
                                "<img src=x onerror=alert(3)><p><a href=\"javascript:alert(4)\">링크</a></p>"_s;
        Article article = Article::create();
        article.headline = u"스크립트가 든 기사"_s;
        article.body = hostile;
        article.leadPhotoId = u"../../etc/passwd"_s;
        const QString json = m_dir.filePath(u"hostile-body.json"_s);
        {
            QFile file(json);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(article.toJson()).toJson());
        }
        const QString package = m_dir.filePath(u"hostile-body.byline"_s);
        QVERIFY(writePackage(package, article, {}, {}));
        for (const QString &path : {json, package}) {
            QString error;
            const std::optional<ArticleFiles::Loaded> loaded = ArticleFiles::load(path, &error);
            QVERIFY2(loaded, qPrintable(error));
            const QString body = loaded->article.body;
            QVERIFY2(body.contains(u"수달이 돌아왔다"_s), qPrintable(body));
            for (const QString &bad : {u"onclick"_s, u"script"_s, u"alert"_s, u"<img"_s, u"javascript:"_s})
                QVERIFY2(!body.contains(bad), qPrintable(path + u": "_s + body));
            QCOMPARE(body, ArticleHtml::sanitize(hostile));
            QVERIFY2(loaded->article.leadPhotoId.isEmpty(), qPrintable(loaded->article.leadPhotoId));
        }
    }

    void damagedPhotoListKeepsTheArticle()
    {
        const QString package = m_dir.filePath(u"bad-index.byline"_s);
        Article article = Article::create();
        article.headline = u"목록이 깨진 패키지"_s;
        QString error;
        QVERIFY(ArticlePackage::write(package, {article, {{u"photos/photos.json"_s, "[{\"id\": "}}}, &error));
        std::optional<ArticleFiles::Loaded> loaded = ArticleFiles::load(package, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->article.headline, article.headline);
        QVERIFY(loaded->photos.isEmpty());
        QVERIFY(loaded->note.contains(u"damaged"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ArticleFiles)
#include "tst_articlefiles.moc"
