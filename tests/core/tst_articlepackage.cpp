#include "article/articlehtml.h"
#include "hostilefiles.h"
#include "package/articlepackage.h"

#include <KZip>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

Article sampleArticle()
{
    Article article = Article::create();
    article.headline = u"춘천 공지천에 수달 돌아왔다"_s;
    article.deck = u"10년 만에 확인"_s;
    article.byline = {u"한빛일보"_s, {{u"김민지"_s, u"minji@example.kr"_s}, {u"박서준"_s, {}}}};
    article.section = u"사회"_s;
    article.tags = {u"수달"_s, u"환경"_s};
    article.body = ArticleHtml::sanitize(u"<p>춘천 공지천에서 수달이 발견됐다.</p>"_s); // as stored
    article.status = ArticleStatus::Submitted;
    article.revision = 3;
    return article;
}

void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    KZip zip(path);
    QVERIFY(zip.open(QIODevice::WriteOnly));
    for (const auto &[name, data] : entries)
        QVERIFY(zip.writeFile(name, data));
    QVERIFY(zip.close());
}

} // namespace

class tst_ArticlePackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writtenPackageReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"수달.byline"_s);
        Article article = sampleArticle();
        article.id = 42;
        QString error;
        QVERIFY2(ArticlePackage::write(path, article, &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(ArticlePackage::looksLikePackage(bytes));
        // The mimetype first and stored, where sniffers look for it.
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes.mid(38, ArticlePackage::mimeType().size()), ArticlePackage::mimeType().toLatin1());

        const std::optional<Article> back = ArticlePackage::read(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->id, 0); // ids are the library's, never carried
        article.id = 0;
        QCOMPARE(*back, article);
    }

    void photosTravelWithTheArticle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"photos.byline"_s);
        const ArticlePackage::Contents contents {sampleArticle(),
            {{u"photos/p1.jpg"_s, QByteArray("\xFF\xD8\xFF jpeg bytes", 14)}, {u"photos/crops/p1-wide.jpg"_s, "x"}}};
        QString error;
        QVERIFY2(ArticlePackage::write(path, contents, &error), qPrintable(error));
        const std::optional<ArticlePackage::Contents> back = ArticlePackage::readContents(path, &error);
        QVERIFY2(back, qPrintable(error));
        QList<PackageFile> files = back->files;
        std::sort(
            files.begin(), files.end(), [](const PackageFile &a, const PackageFile &b) { return a.name < b.name; });
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).name, u"photos/crops/p1-wide.jpg"_s);
        QCOMPARE(files.at(1), contents.files.at(0));

        QVERIFY(!ArticlePackage::write(dir.filePath(u"bad.byline"_s),
            ArticlePackage::Contents {sampleArticle(), {{u"photos/../../evil"_s, "x"}}}, &error));
        QVERIFY(error.contains(u"evil"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"bad.byline"_s)));
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("robustness: not a zip") << u"text"_s << u"not a zip"_s;
        QTest::newRow("robustness: empty file") << u"empty"_s << u"not a zip"_s;
        QTest::newRow("robustness: no such file") << u"missing"_s << u"no such file"_s;
        QTest::newRow("robustness: zip without article.json") << u"noarticle"_s << u"no article.json"_s;
        QTest::newRow("robustness: article.json not JSON") << u"notjson"_s << u"not valid JSON"_s;
        QTest::newRow("robustness: JSON that is no article") << u"notarticle"_s << u"not a Byline article"_s;
        QTest::newRow("robustness: newer format version") << u"newer"_s << u"newer Byline"_s;
        QTest::newRow("robustness: another kind of zip") << u"mimetype"_s << u"application/epub+zip"_s;
        QTest::newRow("robustness: truncated") << u"truncated"_s << QString();
    }

    void badInputIsExplained()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"기사.byline"_s);
        QJsonObject newer = sampleArticle().toJson();
        newer.insert(u"version"_s, Article::FormatVersion + 1);
        if (kind == u"text"_s || kind == u"empty"_s) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (kind == u"text"_s)
                file.write("Hello, this is not a zip file at all.\n");
        } else if (kind == u"noarticle"_s) {
            writeZip(path, {{u"mimetype"_s, ArticlePackage::mimeType().toLatin1()}, {u"photos/a.jpg"_s, "x"}});
        } else if (kind == u"notjson"_s) {
            writeZip(path, {{u"mimetype"_s, ArticlePackage::mimeType().toLatin1()}, {u"article.json"_s, "{headline:"}});
        } else if (kind == u"notarticle"_s) {
            writeZip(path, {{u"article.json"_s, R"({"hello": "world"})"}});
        } else if (kind == u"newer"_s) {
            writeZip(path, {{u"article.json"_s, QJsonDocument(newer).toJson()}});
        } else if (kind == u"mimetype"_s) {
            writeZip(path, {{u"mimetype"_s, "application/epub+zip"}, {u"article.json"_s, "{}"}});
        } else if (kind == u"truncated"_s) {
            Article big = sampleArticle();
            big.body = u"<p>"_s + QString(u"수달이 돌아왔다 %1. "_s).repeated(4000) + u"</p>"_s;
            QVERIFY(ArticlePackage::write(path, big, nullptr));
            QFile file(path);
            QVERIFY(file.resize(file.size() / 2));
        }

        QString error;
        const std::optional<Article> article = ArticlePackage::read(path, &error);
        QVERIFY(!article);
        QVERIFY2(error.contains(u"기사.byline"_s), qPrintable(error));
        if (!expected.isEmpty())
            QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!ArticlePackage::read(path, nullptr)); // no error pointer: no crash
    }

    // A zip bomb is refused or its photos left out, within bounded memory
    // and without inflating it all: limits count the bytes actually read,
    // so a declared size that lies does not help. Each package is about a
    // megabyte per inflated gigabyte, made here and run in a child process
    // whose peak memory is measured.
    void zipBombsAreRefusedInBoundedMemory_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected"); // in the error, or in every left-out photo's reason
        QTest::addColumn<int>("leftOut");
        QTest::addColumn<int>("maxGrowthMiB");
        const QString tooLarge = u"more than 150 MB"_s;
        QTest::newRow("robustness: article.json of 1 GB") << u"article"_s << u"more than 8 MB"_s << -1 << 64;
        QTest::newRow("robustness: article.json of 1 GB declared as 2 KB")
            << u"article-lying"_s << u"more than 8 MB"_s << -1 << 64;
        QTest::newRow("robustness: one photo of 1 GB") << u"photo"_s << tooLarge << 1 << 400;
        QTest::newRow("robustness: four photos of 1 GB declared as 1 KB")
            << u"four-lying"_s << u"more than"_s << 4 << 400;
        QTest::newRow("robustness: photos beyond the package's total")
            << u"total"_s << u"more than 512 MB in all"_s << 2 << 700;
    }

    void zipBombsAreRefusedInBoundedMemory()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QFETCH(int, leftOut);
        QFETCH(int, maxGrowthMiB);
        constexpr qint64 gigabyte = qint64(1024) * 1024 * 1024;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bomb.byline"_s);
        using HostileFiles::ZipEntry;
        QList<ZipEntry> entries {{"mimetype", ArticlePackage::mimeType().toLatin1()}};
        const QByteArray json = QJsonDocument(sampleArticle().toJson()).toJson();
        if (kind == u"article"_s) {
            entries << ZipEntry {"article.json", {}, gigabyte};
        } else if (kind == u"article-lying"_s) {
            entries << ZipEntry {"article.json", {}, gigabyte, 2048};
        } else if (kind == u"photo"_s) {
            entries << ZipEntry {"article.json", json} << ZipEntry {"photos/bomb.jpg", {}, gigabyte};
        } else if (kind == u"four-lying"_s) {
            entries << ZipEntry {"article.json", json};
            for (int i = 0; i < 4; ++i)
                entries << ZipEntry {"photos/bomb-" + QByteArray::number(i) + ".jpg", {}, gigabyte, 1024};
        } else if (kind == u"total"_s) {
            // Each under the limit for one photo, five over the total.
            entries << ZipEntry {"article.json", json};
            for (int i = 0; i < 5; ++i)
                entries << ZipEntry {"photos/big-" + QByteArray::number(i) + ".tif", {}, 140 * 1024 * 1024};
        }
        QVERIFY(HostileFiles::writeZip(path, entries));
        QVERIFY(QFileInfo(path).size() < 8 * 1024 * 1024);

        const HostileFiles::ChildRun run = HostileFiles::runInChild([&path] {
            QString error;
            const std::optional<ArticlePackage::Contents> contents = ArticlePackage::readContents(path, &error);
            if (!contents)
                return (u"error\n"_s + error).toUtf8();
            QStringList lines {u"read"_s, QString::number(contents->files.size())};
            for (const QString &reason : contents->leftOut)
                lines << reason;
            return lines.join(u'\n').toUtf8();
        });
        QVERIFY2(run.exited, "reading the package crashed or aborted");
        const QStringList report = QString::fromUtf8(run.report).split(u'\n');
        qInfo("peak memory grew by %lld MiB", run.growthKiB / 1024);
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed blocks in its quarantine (256 MB by
        // default) instead of reusing them; a bomb costs gigabytes anyway.
        maxGrowthMiB += 256;
#endif
        QVERIFY2(run.growthKiB < qint64(maxGrowthMiB) * 1024,
            qPrintable(u"%1 MiB, at most %2"_s.arg(run.growthKiB / 1024).arg(maxGrowthMiB)));
        if (leftOut < 0) {
            QCOMPARE(report.value(0), u"error"_s);
            QVERIFY2(report.value(1).contains(u"bomb.byline"_s) && report.value(1).contains(expected),
                qPrintable(report.value(1)));
            return;
        }
        QCOMPARE(report.value(0), u"read"_s); // the article comes in
        const QStringList reasons = report.mid(2);
        QCOMPARE(reasons.size(), leftOut);
        for (const QString &reason : reasons)
            QVERIFY2(reason.contains(expected), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(tst_ArticlePackage)
#include "tst_articlepackage.moc"
