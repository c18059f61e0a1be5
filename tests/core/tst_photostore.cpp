#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace std::chrono_literals;

namespace {

// Runs SQL on the library file through a connection of its own, as another
// program would (to plant a fault where the library writes next).
void execOnFile(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
}

// A photo whose original is a real file under photos/.
Photo storedPhoto(Library &library, qint64 articleId, const QString &name)
{
    Photo photo;
    photo.articleId = articleId;
    photo.fileName = name + u".jpg"_s;
    photo.sha256 = QString(64, name.at(0));
    photo.storedPath = PhotoStore::photoStoragePath(photo.sha256, u"jpg"_s);
    photo.caption = u"캡션 "_s + name;
    const QString path = library.directory() + u'/' + photo.storedPath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("jpeg");
    return photo;
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

} // namespace

// PhotoStore: the photo rows of each article and their files.
class tst_PhotoStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    Article m_article;
    QList<Photo> m_photos;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_library.close();
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(m_library.open(m_dir.path()));
        m_article = Article::create();
        m_article.headline = u"공지천에 수달 돌아왔다"_s;
        QVERIFY(m_library.articleStore().insertArticle(m_article));
        m_photos.clear();
        for (const QString &name : {u"otter"_s, u"heron"_s, u"duck"_s}) {
            Photo photo = storedPhoto(m_library, m_article.id, name);
            QVERIFY2(m_library.photoStore().addPhoto(photo), qPrintable(m_library.errorString()));
            m_photos << photo;
        }
    }

    void writeArticlePhotosMakesTheRowsTheList()
    {
        QList<Photo> wanted {m_photos.at(2), m_photos.at(0)}; // heron goes, duck first
        wanted[0].caption = u"오리 떼"_s;
        wanted[0].credit = u"한빛일보 김민지"_s;
        wanted[0].altText = u"물 위의 오리 떼"_s;
        wanted[0].crop.rect = QRectF(0.1, 0.1, 0.5, 0.5);
        wanted[0].lead = true;
        wanted[1].lead = false;
        QVERIFY2(m_library.photoStore().writeArticlePhotos(m_article.id, wanted), qPrintable(m_library.errorString()));

        const QList<Photo> stored = m_library.photoStore().photos(m_article.id);
        QCOMPARE(idsOf(stored), idsOf(wanted));
        QCOMPARE(stored.at(0).caption, u"오리 떼"_s);
        QCOMPARE(stored.at(0).credit, u"한빛일보 김민지"_s);
        QCOMPARE(stored.at(0).altText, u"물 위의 오리 떼"_s);
        QCOMPARE(stored.at(0).crop.rect, QRectF(0.1, 0.1, 0.5, 0.5));
        QCOMPARE(stored.at(0).position, 0);
        QCOMPARE(stored.at(1).position, 1);
        QCOMPARE(leadOf(stored), m_photos.at(2).id);
        // The article's JSON names the same lead.
        QCOMPARE(m_library.articleStore().article(m_article.id)->leadPhotoId, m_photos.at(2).id);
        // The row went, its file stays: an Undo may bring the photo back.
        QVERIFY(!m_library.photoStore().photo(m_photos.at(1).id));
        QVERIFY(QFile::exists(m_library.photoStore().photoFilePath(m_photos.at(1))));
    }

    void writeArticlePhotosBringsARemovedPhotoBack()
    {
        QVERIFY(m_library.photoStore().writeArticlePhotos(m_article.id, {m_photos.at(0), m_photos.at(2)}));
        QVERIFY(!m_library.photoStore().photo(m_photos.at(1).id));
        // Undo: the list has it again, with what only the library knew.
        QVERIFY2(
            m_library.photoStore().writeArticlePhotos(m_article.id, m_photos), qPrintable(m_library.errorString()));
        const std::optional<Photo> back = m_library.photoStore().photo(m_photos.at(1).id);
        QVERIFY(back);
        QCOMPARE(back->sha256, m_photos.at(1).sha256);
        QCOMPARE(back->storedPath, m_photos.at(1).storedPath);
        QCOMPARE(back->caption, m_photos.at(1).caption);
        QCOMPARE(back->position, 1);
        QCOMPARE(idsOf(m_library.photoStore().photos(m_article.id)), idsOf(m_photos));
    }

    void writeArticlePhotosKeepsExactlyOneLead()
    {
        QList<Photo> none = m_photos;
        for (Photo &photo : none)
            photo.lead = false;
        QVERIFY(m_library.photoStore().writeArticlePhotos(m_article.id, none));
        QCOMPARE(leadOf(m_library.photoStore().photos(m_article.id)), m_photos.at(0).id);
        QList<Photo> two = m_photos;
        two[1].lead = true;
        two[2].lead = true;
        two[0].lead = false;
        QVERIFY(m_library.photoStore().writeArticlePhotos(m_article.id, two));
        QCOMPARE(leadOf(m_library.photoStore().photos(m_article.id)), m_photos.at(1).id);
        QVERIFY(m_library.photoStore().writeArticlePhotos(m_article.id, {}));
        QVERIFY(m_library.photoStore().photos(m_article.id).isEmpty());
        QCOMPARE(m_library.articleStore().article(m_article.id)->leadPhotoId, QString());
    }

    void writeArticlePhotosRefusesAnotherArticlesPhoto()
    {
        Article other = Article::create();
        QVERIFY(m_library.articleStore().insertArticle(other));
        Photo stranger = m_photos.at(0);
        stranger.articleId = other.id;
        QVERIFY(!m_library.photoStore().writeArticlePhotos(other.id, {stranger}));
        QVERIFY(!m_library.errorString().isEmpty());
        QCOMPARE(m_library.photoStore().photo(stranger.id)->articleId, m_article.id);
        QCOMPARE(m_library.photoStore().photos(m_article.id).size(), 3);
    }

    // The autosave writes the article and its photos in one transaction: a
    // photo write that fails takes the article's text back with it.
    void aFailedPhotoWriteTakesTheArticleBack_data()
    {
        QTest::addColumn<bool>("oneCall");
        QTest::newRow("nominal: saveArticleWithPhotos") << true;
        QTest::newRow("nominal: saveArticle and writeArticlePhotos in transaction()") << false;
    }

    void aFailedPhotoWriteTakesTheArticleBack()
    {
        QFETCH(bool, oneCall);
        execOnFile(m_dir.filePath(Library::databaseFileName()),
            u"CREATE TRIGGER refuse_photos BEFORE UPDATE ON photos BEGIN SELECT RAISE(ABORT, 'injected'); END"_s);
        Article edited = *m_library.articleStore().article(m_article.id);
        edited.headline = u"공지천 수달 가족 넷으로"_s;
        QList<Photo> photos = m_library.photoStore().photos(m_article.id);
        photos[0].caption = u"새끼 수달"_s;
        const bool saved = oneCall ? m_library.saveArticleWithPhotos(edited, photos) : m_library.transaction([&] {
            return m_library.articleStore().saveArticle(edited)
                && m_library.photoStore().writeArticlePhotos(m_article.id, photos);
        });
        QVERIFY(!saved);
        QVERIFY(!m_library.errorString().isEmpty());
        QCOMPARE(m_library.articleStore().article(m_article.id)->headline, m_article.headline);
        ArticleQuery search;
        search.search = u"가족"_s;
        QCOMPARE(m_library.articleStore().articles(search).size(), 0); // nor its search entry
        QCOMPARE(m_library.photoStore().photos(m_article.id).at(0).caption, m_photos.at(0).caption);

        execOnFile(m_dir.filePath(Library::databaseFileName()), u"DROP TRIGGER refuse_photos"_s);
        QVERIFY2(m_library.saveArticleWithPhotos(edited, photos), qPrintable(m_library.errorString()));
        QCOMPARE(m_library.articleStore().article(m_article.id)->headline, edited.headline);
        QCOMPARE(m_library.photoStore().photos(m_article.id).at(0).caption, u"새끼 수달"_s);
    }

    // The lead is in the photo rows and in the article's JSON, written
    // together: when the article cannot be written, neither changes.
    void setLeadPhotoWritesTheRowsAndTheArticleTogether()
    {
        const QString heron = m_photos.at(1).id;
        QVERIFY(m_library.photoStore().setLeadPhoto(m_article.id, heron));
        QCOMPARE(leadOf(m_library.photoStore().photos(m_article.id)), heron);
        QCOMPARE(m_library.articleStore().article(m_article.id)->leadPhotoId, heron);

        execOnFile(m_dir.filePath(Library::databaseFileName()),
            u"CREATE TRIGGER refuse_articles BEFORE UPDATE ON articles BEGIN SELECT RAISE(ABORT, 'injected'); END"_s);
        QVERIFY(!m_library.photoStore().setLeadPhoto(m_article.id, m_photos.at(2).id));
        QCOMPARE(leadOf(m_library.photoStore().photos(m_article.id)), heron);
        QCOMPARE(m_library.articleStore().article(m_article.id)->leadPhotoId, heron);
    }

    // The open article's ArticleDocument is the one writer of its lead: the
    // autosave carries it with the photos, rows and article in one
    // transaction, and the article is stored as it names it (no patch from
    // the rows: nothing else saves an open article's lead any more).
    void savingAnArticleWithItsPhotosKeepsOneLead()
    {
        Article article = *m_library.articleStore().article(m_article.id);
        QCOMPARE(article.leadPhotoId, m_photos.at(0).id);
        QList<Photo> photos = m_library.photoStore().photos(m_article.id);
        for (Photo &photo : photos)
            photo.lead = photo.id == m_photos.at(2).id;
        article.leadPhotoId = m_photos.at(2).id;
        QVERIFY(m_library.saveArticleWithPhotos(article, photos));
        QCOMPARE(leadOf(m_library.photoStore().photos(m_article.id)), m_photos.at(2).id);
        QCOMPARE(m_library.articleStore().article(m_article.id)->leadPhotoId, m_photos.at(2).id);
        article.headline = u"제목만 바뀐 자동 저장"_s;
        QVERIFY(m_library.articleStore().saveArticle(article));
        QCOMPARE(m_library.articleStore().article(m_article.id)->leadPhotoId, m_photos.at(2).id);
        QCOMPARE(m_library.articleStore().article(m_article.id)->headline, article.headline);
    }

    void orphanedFilesAreSweptWhenOldEnough()
    {
        QVERIFY(m_library.photoStore().writeArticlePhotos(m_article.id, {m_photos.at(0)}));
        const QString heronFile = m_library.photoStore().photoFilePath(m_photos.at(1));
        const QString otterFile = m_library.photoStore().photoFilePath(m_photos.at(0));
        // Just written: an import may be about to add its row.
        QCOMPARE(m_library.photoStore().removeOrphanedPhotoFiles(1h), 0);
        QVERIFY(QFile::exists(heronFile));
        QCOMPARE(m_library.photoStore().removeOrphanedPhotoFiles(0s), 2);
        QVERIFY(!QFile::exists(heronFile));
        QVERIFY(!QFile::exists(m_library.photoStore().photoFilePath(m_photos.at(2))));
        QVERIFY(QFile::exists(otterFile)); // still used
    }
};

QTEST_GUILESS_MAIN(tst_PhotoStore)
#include "tst_photostore.moc"
