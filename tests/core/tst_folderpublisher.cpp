#include "library/library.h"
#include "media/photoimport.h"
#include "publish/folderpublisher.h"
#include "testimages.h"

#include <exiv2/exiv2.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

// The built-in target: an article and its photos as a static site in a
// folder, offline, with the same pages as the preview.
class tst_FolderPublisher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    Article m_article;
    QList<Photo> m_photos;

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
        m_article = Article::create();
        m_article.headline = u"춘천 도심 물에 잠겨…주민 300여 명 대피"_s;
        m_article.byline = {u"강원일보"_s, {{u"김민지"_s, u"minji@kwnews.example"_s}}};
        m_article.slug = u"chuncheon-flood"_s;
        QVERIFY(m_library.articleStore().insertArticle(m_article));
        for (int i = 0; i < 2; ++i) {
            const QString path = m_dir.filePath(u"photo-%1.jpg"_s.arg(i));
            QVERIFY(TestImages::writeJpeg(path, TestImages::photoLike({2400, 1600}, 60 + i)));
            QVERIFY(TestImages::setMetadata(path, TestImages::privateCameraFields()));
            PhotoImport::Result imported = PhotoImport::importFile(m_library, m_article.id, path);
            QCOMPARE(imported.outcome, PhotoImport::Outcome::Imported);
            imported.photo.caption = u"불어난 물에 잠긴 도로 %1"_s.arg(i + 1);
            imported.photo.credit = u"김민지 기자"_s;
            QVERIFY(m_library.photoStore().updatePhoto(imported.photo));
        }
        m_photos = m_library.photoStore().photos(m_article.id);
        m_article = *m_library.articleStore().article(m_article.id);
        m_article.body =
            u"<p>12일 춘천에 폭우가 쏟아졌다.</p><figure data-photo=\"%1\"></figure><p>주민들이 대피했다.</p>"_s.arg(
                m_photos.at(1).id);
    }

    void publishesAStaticSite()
    {
        const QString root = m_dir.filePath(u"site"_s);
        const FolderPublisher::Result result = FolderPublisher::publish(
            root, m_library.directory(), m_article, m_photos, Publication(), TemplatePack::builtIn());
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.directory, QDir(root).filePath(u"chuncheon-flood"_s));
        QVERIFY(result.url.isLocalFile());

        const QString desktop = read(result.directory + u"/index.html"_s);
        const QString mobile = read(result.directory + u"/mobile.html"_s);
        QVERIFY(desktop.contains(m_article.headline.toHtmlEscaped()));
        QVERIFY(mobile.contains(m_article.headline.toHtmlEscaped()));
        QVERIFY(desktop.contains(u"href=\"mobile.html\""_s)); // the pages link to each other
        QVERIFY(mobile.contains(u"href=\"index.html\""_s));
        for (qsizetype i = 0; i < m_photos.size(); ++i) {
            // Named by place in the story, never by id or file name.
            const QString file = u"photos/photo-%1.jpg"_s.arg(i + 1);
            QVERIFY2(desktop.contains(u"src=\""_s + file + u'"'), qPrintable(file));
            // A web copy: at most the publication's size, no GPS or serial numbers.
            const QImage copy(result.directory + u'/' + file);
            QCOMPARE(std::max(copy.width(), copy.height()), Publication().renditionMaxSize);
            const auto image = Exiv2::ImageFactory::open(QString(result.directory + u"/"_s + file).toStdString());
            image->readMetadata();
            QVERIFY(image->exifData().findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude")) == image->exifData().end());
            QVERIFY(
                image->exifData().findKey(Exiv2::ExifKey("Exif.Photo.BodySerialNumber")) == image->exifData().end());
        }
        const QJsonObject json = QJsonDocument::fromJson(read(result.directory + u"/article.json"_s).toUtf8()).object();
        QCOMPARE(json.value(u"uuid"_s).toString(), m_article.uuid.toString(QUuid::WithoutBraces));
        QCOMPARE(json.value(u"photos"_s).toArray().size(), 2);
    }

    // Publishing again replaces the article whole: one folder, no leftovers.
    void republishingReplacesTheFolder()
    {
        const QString root = m_dir.filePath(u"again"_s);
        Article article = m_article;
        QVERIFY(FolderPublisher::publish(
            root, m_library.directory(), article, m_photos, Publication(), TemplatePack::builtIn())
                .ok);
        article.headline = u"수정된 제목"_s;
        const FolderPublisher::Result second = FolderPublisher::publish(
            root, m_library.directory(), article, m_photos.mid(0, 1), Publication(), TemplatePack::builtIn());
        QVERIFY(second.ok);
        QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList {u"chuncheon-flood"_s});
        QVERIFY(read(second.directory + u"/index.html"_s).contains(u"수정된 제목"_s));
        QCOMPARE(QDir(second.directory + u"/photos"_s).entryList(QDir::Files).size(), 1);
    }

    void badInputIsExplained()
    {
        // The root is a file.
        const QString file = m_dir.filePath(u"not-a-folder"_s);
        QFile(file).open(QIODevice::WriteOnly);
        FolderPublisher::Result result = FolderPublisher::publish(
            file, m_library.directory(), m_article, m_photos, Publication(), TemplatePack::builtIn());
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(u"not a folder"_s));

        // A slug that would leave the root names nothing: the UUID does.
        Article sneaky = m_article;
        sneaky.slug = u"../../etc"_s;
        QCOMPARE(FolderPublisher::folderName(sneaky), m_article.uuid.toString(QUuid::WithoutBraces));

        // A photo whose original is gone is left out and said; the rest publishes.
        QList<Photo> photos = m_photos;
        photos[0].storedPath = u"photos/missing.jpg"_s;
        result = FolderPublisher::publish(m_dir.filePath(u"partial"_s), m_library.directory(), m_article, photos,
            Publication(), TemplatePack::builtIn());
        QVERIFY(result.ok);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().contains(photos.at(0).fileName));
    }
};

QTEST_GUILESS_MAIN(tst_FolderPublisher)
#include "tst_folderpublisher.moc"
