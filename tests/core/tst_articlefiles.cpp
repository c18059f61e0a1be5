#include "library/library.h"
#include "media/photoimport.h"
#include "package/articlefiles.h"
#include "testimages.h"

#include <KZip>

#include <QDir>
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
        if (!library.insertArticle(article))
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
            library.updatePhoto(photo);
            *ids << photo.id;
        }
        library.setLeadPhoto(article.id, ids->at(1));
        article = *library.article(article.id);
        article.body =
            u"<p>수달이 돌아왔다.</p><figure data-photo=\"%1\"><figcaption>공지천의 수달 2</figcaption></figure>"_s.arg(
                ids->at(1));
        library.saveArticle(article);
        return article.id;
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
        QVERIFY2(ArticleFiles::write(package, source, *source.article(id), ArticleFiles::Format::Package, &error),
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

        const QList<Photo> before = source.photos(id);
        const QList<Photo> after = other.photos(loaded->article.id);
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
        QCOMPARE(other.article(loaded->article.id)->leadPhotoId, ids.at(1));

        // The same package again into the same library: a copy, with photo
        // ids of its own and its figure following.
        std::optional<ArticleFiles::Loaded> again = ArticleFiles::load(package, &error);
        QVERIFY(again);
        QVERIFY(ArticleFiles::addToLibrary(other, *again, &note, &error));
        QVERIFY(note.contains(u"copy"_s));
        const QList<Photo> copies = other.photos(again->article.id);
        QCOMPARE(copies.size(), 3);
        QVERIFY(copies.at(1).id != ids.at(1));
        QVERIFY(copies.at(1).lead);
        const Article copy = *other.article(again->article.id);
        QVERIFY(copy.body.contains(u"data-photo=\"%1\""_s.arg(copies.at(1).id)));
        QCOMPARE(copy.leadPhotoId, copies.at(1).id);
        QCOMPARE(other.photos(loaded->article.id).size(), 3); // the first import is untouched
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
        QVERIFY(ArticleFiles::write(package, source, *source.article(id), ArticleFiles::Format::Package, &error));
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
        QCOMPARE(other.photos(loaded->article.id).size(), 2);
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
