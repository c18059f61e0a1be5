#include "clirun.h"
#include "commands.h"
#include "dispatcher.h"
#include "library/library.h"
#include "package/articlepackage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Byline;

// `byline render`, run in-process through the dispatcher on a library in a
// temporary folder: a Korean article with a photo, written as a page.
class tst_ClRender : public QObject
{
    Q_OBJECT

    using Run = CliTest::Run;

    QTemporaryDir m_dir;
    QString m_article;
    QString m_photo;

    Run run(const QStringList &arguments) { return CliTest::run(arguments, m_dir.filePath(u"library"_s)); }

    static QString readText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static bool writeText(const QString &path, const QString &text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());

        const QString body = m_dir.filePath(u"body.html"_s);
        QVERIFY(writeText(body,
            u"<p>춘천 공지천에서 천연기념물 수달이 10년 만에 다시 확인됐다.</p>\n"
            "<p>시민 모니터링단이 설치한 무인카메라에 두 마리가 찍혔다.</p>\n"_s));
        const Run created = run(
            {u"new"_s, u"--headline"_s, u"공지천에 수달 돌아왔다"_s, u"--deck"_s, u"하천 정비 5년째"_s, u"--byline"_s,
                u"[강원일보] 김민지 <minji@kwnews.example>"_s, u"--section"_s, u"사회"_s, u"--body"_s, body});
        QCOMPARE(created.code, int(Cli::Success));
        m_article = created.out.trimmed();

        // The photo goes in through the library itself: the import's worker
        // threads are tst_clphotos' subject, not this test's.
        QImage picture(480, 320, QImage::Format_RGB32);
        picture.fill(QColor(30, 90, 160));
        QByteArray jpeg;
        {
            QBuffer buffer(&jpeg);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(QImageWriter(&buffer, "jpeg").write(picture));
        }
        Library library;
        QVERIFY(library.open(m_dir.filePath(u"library"_s)));
        Photo photo;
        photo.articleId = m_article.toLongLong();
        photo.sha256 = QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
        photo.fileName = u"otter.jpg"_s;
        photo.storedPath = PhotoStore::photoStoragePath(photo.sha256, u"jpg"_s);
        photo.pixelSize = picture.size();
        photo.byteSize = jpeg.size();
        photo.caption = u"공지천의 수달"_s;
        photo.credit = u"김민지 기자"_s;
        photo.altText = u"물 위로 머리를 내민 수달"_s;
        const QString stored = library.photoStore().photoFilePath(photo);
        QVERIFY(QDir().mkpath(QFileInfo(stored).absolutePath()));
        QFile original(stored);
        QVERIFY(original.open(QIODevice::WriteOnly) && original.write(jpeg) == jpeg.size());
        original.close();
        QVERIFY2(library.photoStore().addPhoto(photo), qPrintable(library.errorString()));
        m_photo = photo.id;
        QVERIFY(!m_photo.isEmpty());
    }

    void pageWithPhotoFiles()
    {
        const QString page = m_dir.filePath(u"out/story.html"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
        const Run rendered = run({u"render"_s, m_article, u"--device"_s, u"mobile"_s, u"-o"_s, page});
        QVERIFY2(rendered.code == Cli::Success, qPrintable(rendered.err));

        const QString html = readText(page);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<h1 class=\"headline\" data-byline-slot=\"headline\">공지천에 수달 돌아왔다</h1>"_s));
        QVERIFY(html.contains(u"<span class=\"byline-opening\">[강원일보] 김민지 기자 =</span> 춘천 공지천에서"_s));
        QVERIFY(html.contains(u"PC버전"_s)); // the mobile page links the desktop one
        QVERIFY(html.contains(u"▲ 공지천의 수달<span class=\"credit\"> (사진=김민지 기자)</span>"_s));
        QVERIFY(html.contains(u"img-src 'self'"_s));
        QVERIFY(!html.contains(u"data:image"_s));

        // The lead photo is a rendition beside the page.
        const QString src = u"story_files/photo-1.jpg"_s; // never named by its id
        QVERIFY2(html.contains(
                     u"<img src=\""_s + src + u"\" alt=\"물 위로 머리를 내민 수달\" width=\"480\" height=\"320\">"_s),
            qPrintable(html.mid(html.indexOf(u"<figure"_s), 300)));
        QImageReader reader(m_dir.filePath(u"out/"_s + src));
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        QCOMPARE(reader.size(), QSize(480, 320));
        // The pack's pictures are there too, and every picture the page uses exists.
        static const QRegularExpression sources(u"src=\"([^\"]+)\""_s);
        for (const QRegularExpressionMatch &match : sources.globalMatch(html)) {
            const QString path = QUrl::fromPercentEncoding(match.captured(1).toUtf8());
            QVERIFY2(path.startsWith(u"story_files/"_s), qPrintable(path));
            QVERIFY2(QFile::exists(m_dir.filePath(u"out/"_s + path)), qPrintable(path));
        }
    }

    void pageWithInlineImages()
    {
        const QString page = m_dir.filePath(u"inline.html"_s);
        const Run rendered = run({u"render"_s, m_article, u"-o"_s, page, u"--inline-images"_s});
        QVERIFY2(rendered.code == Cli::Success, qPrintable(rendered.err));
        const QString html = readText(page);
        QVERIFY(html.contains(u"<img src=\"data:image/jpeg;base64,/9j/"_s)); // a JPEG
        QVERIFY(html.contains(u"모바일버전"_s)); // desktop by default
        QVERIFY(html.contains(u"img-src data:"_s));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"inline_files"_s)));
    }

    void pageFromPackage()
    {
        const QString package = m_dir.filePath(u"story.byline"_s);
        QCOMPARE(run({u"export"_s, m_article, u"-o"_s, package}).code, int(Cli::Success));
        const QString page = m_dir.filePath(u"from-package.html"_s);
        const Run rendered = run({u"render"_s, package, u"-o"_s, page, u"--inline-images"_s});
        QVERIFY2(rendered.code == Cli::Success, qPrintable(rendered.err));
        const QString html = readText(page);
        QVERIFY(html.contains(u"공지천에 수달 돌아왔다"_s));
        QVERIFY(html.contains(u"<img src=\"data:image/jpeg;base64,"_s));
    }

    // A package is someone else's file: a photo id that spells a path must
    // not put a file outside the page's folder. The photo gets an id of its
    // own, said on stderr, and its rendition is named by its place.
    void packagePhotoIdNeverBecomesAPath()
    {
        const QString package = m_dir.filePath(u"hostile.byline"_s);
        QCOMPARE(run({u"export"_s, m_article, u"-o"_s, package}).code, int(Cli::Success));
        QString error;
        std::optional<ArticlePackage::Contents> contents = ArticlePackage::readContents(package, &error);
        QVERIFY2(contents, qPrintable(error));
        // From out/hostile_files/ up to escaped/x.jpg.
        const QString hostileId = u"../../escaped/x"_s;
        QVERIFY(QDir().mkpath(m_dir.filePath(u"escaped"_s)));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"hostile-out"_s)));
        bool found = false;
        for (PackageFile &file : contents->files) {
            if (file.name != u"photos/photos.json"_s)
                continue;
            QJsonArray photos = QJsonDocument::fromJson(file.data).array();
            QJsonObject photo = photos.at(0).toObject();
            photo.insert(u"id"_s, hostileId);
            photos.replace(0, photo);
            file.data = QJsonDocument(photos).toJson();
            found = true;
        }
        QVERIFY(found);
        contents->article.leadPhotoId = hostileId;
        QVERIFY2(ArticlePackage::write(package, *contents, &error), qPrintable(error));

        const QString page = m_dir.filePath(u"hostile-out/hostile.html"_s);
        const Run rendered = run({u"render"_s, package, u"-o"_s, page});
        QCOMPARE(QDir(m_dir.filePath(u"escaped"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        QVERIFY2(rendered.code == Cli::Success, qPrintable(rendered.err));
        QVERIFY2(rendered.err.contains(u"otter.jpg has an id that Byline does not accept"_s), qPrintable(rendered.err));
        QVERIFY(readText(page).contains(u"<img src=\"hostile_files/photo-1.jpg\""_s));
        for (const QString &name : QDir(m_dir.filePath(u"hostile-out/hostile_files"_s)).entryList(QDir::Files))
            QVERIFY2(name == u"photo-1.jpg"_s || name.startsWith(u"asset-"_s), qPrintable(name));
    }

    // A package's photo that is not a picture is named and left out; the
    // page is still written, and the exit code says a photo is missing.
    void packagePhotoThatIsNoPicture()
    {
        const QString package = m_dir.filePath(u"not-a-picture.byline"_s);
        QCOMPARE(run({u"export"_s, m_article, u"-o"_s, package}).code, int(Cli::Success));
        QString error;
        std::optional<ArticlePackage::Contents> contents = ArticlePackage::readContents(package, &error);
        QVERIFY2(contents, qPrintable(error));
        for (PackageFile &file : contents->files) {
            if (file.name.endsWith(u".jpg"_s))
                file.data = "This is a caption file, not a photo.\n";
        }
        QVERIFY2(ArticlePackage::write(package, *contents, &error), qPrintable(error));
        const QString page = m_dir.filePath(u"not-a-picture.html"_s);
        const Run rendered = run({u"render"_s, package, u"-o"_s, page, u"--inline-images"_s});
        QCOMPARE(rendered.code, int(Cli::Failure));
        QVERIFY2(rendered.err.contains(u"The photo otter.jpg is left out: otter.jpg is named like a photo, but its "
                                       "contents are not a picture"_s),
            qPrintable(rendered.err));
        QVERIFY(readText(page).contains(u"공지천에 수달 돌아왔다"_s));
    }

    void publicationAndTemplate()
    {
        const QString publication = m_dir.filePath(u"publication.json"_s);
        QVERIFY(writeText(publication,
            u"{\"name\": \"강원일보\", \"siteUrl\": \"https://www.kwnews.example\", "
            "\"captionStyle\": \"{caption} / {credit}\"}"_s));
        const QString page = m_dir.filePath(u"publication.html"_s);
        Run rendered =
            run({u"render"_s, m_article, u"-o"_s, page, u"--inline-images"_s, u"--publication"_s, publication,
                u"--template"_s, qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/docs/examples/template-pack"_s});
        QVERIFY2(rendered.code == Cli::Success, qPrintable(rendered.err));
        QString html = readText(page);
        QVERIFY(html.contains(u"https://www.kwnews.example/news/articleView.html?idxno="_s + m_article));
        QVERIFY(html.contains(u"공지천의 수달<span class=\"credit\"> / 김민지 기자</span>"_s));
        QVERIFY(html.contains(u"<body class=\"desktop\">"_s)); // the example pack

        // A broken pack: said on stderr, and the built-in look is used.
        rendered = run({u"render"_s, m_article, u"-o"_s, page, u"--inline-images"_s, u"--template"_s,
            m_dir.filePath(u"no-such-pack"_s)});
        QCOMPARE(rendered.code, int(Cli::Success));
        QVERIFY2(rendered.err.contains(u"no-such-pack"_s), qPrintable(rendered.err));
        QVERIFY(readText(page).contains(u"class=\"device-desktop\""_s));
    }

    // A pack that loads but renders past its limits (sections nested over a
    // long list): the page says the template stopped, and so do stderr and
    // the exit code, so automation does not publish the notice page.
    void packRenderingTooMuchFails()
    {
        const QString pack = m_dir.filePath(u"greedy-pack"_s);
        const QDir example(qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/docs/examples/template-pack"_s);
        QVERIFY(QDir().mkpath(pack + u"/assets"_s));
        for (const QString &name : {u"pack.json"_s, u"style.css"_s, u"mobile.css"_s, u"mobile.html"_s,
                 u"assets/logo.svg"_s, u"desktop.html"_s})
            QVERIFY(QFile::copy(example.filePath(name), pack + u'/' + name));
        const QString nested =
            u"{{#publication.sections}}"_s.repeated(6) + u"x"_s + u"{{/publication.sections}}"_s.repeated(6);
        QString desktop = readText(pack + u"/desktop.html"_s);
        QVERIFY(desktop.contains(u"</main>"_s));
        desktop.replace(u"</main>"_s, u"<p>"_s + nested + u"</p>\n</main>"_s);
        QFile::remove(pack + u"/desktop.html"_s);
        QVERIFY(writeText(pack + u"/desktop.html"_s, desktop));
        QStringList sections;
        for (int i = 0; i < 30; ++i)
            sections << u"\"섹션%1\""_s.arg(i);
        const QString publication = m_dir.filePath(u"greedy-publication.json"_s);
        QVERIFY(writeText(publication, u"{\"name\": \"강원일보\", \"sections\": ["_s + sections.join(u',') + u"]}"_s));

        const QString page = m_dir.filePath(u"greedy.html"_s);
        QElapsedTimer timer;
        timer.start();
        const Run rendered = run({u"render"_s, m_article, u"-o"_s, page, u"--inline-images"_s, u"--publication"_s,
            publication, u"--template"_s, pack});
        QCOMPARE(rendered.code, int(Cli::Failure));
        QVERIFY2(rendered.err.contains(u"too large"_s), qPrintable(rendered.err));
        QVERIFY(QFileInfo(page).size() < 64 * 1024);
        QVERIFY(timer.elapsed() < 60'000);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::newRow("robustness: no output") << QStringList {u"render"_s, u"1"_s} << int(Cli::UsageError);
        QTest::newRow("robustness: unknown device") << QStringList {u"render"_s, u"1"_s, u"--device"_s, u"tablet"_s,
            u"-o"_s, u"x.html"_s} << int(Cli::UsageError);
        QTest::newRow("robustness: no article")
            << QStringList {u"render"_s, u"-o"_s, u"x.html"_s} << int(Cli::UsageError);
        QTest::newRow("robustness: unknown id")
            << QStringList {u"render"_s, u"999"_s, u"-o"_s, u"x.html"_s} << int(Cli::Failure);
        QTest::newRow("robustness: missing file")
            << QStringList {u"render"_s, u"missing.byline"_s, u"-o"_s, u"x.html"_s} << int(Cli::Failure);
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const Run result = run(arguments);
        QCOMPARE(result.code, code);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!QFile::exists(u"x.html"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ClRender)
#include "tst_clrender.moc"
