#include "clirun.h"
#include "commands.h"
#include "dispatcher.h"
#include "library/library.h"
#include "package/articlepackage.h"

#include "../core/hostilefiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

void writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

// The article commands (new, show, list, import, export), run in-process
// through the dispatcher on a library in a temporary folder.
class tst_CliCommands : public QObject
{
    Q_OBJECT

    using Run = CliTest::Run;

    QTemporaryDir m_dir;

    QString library() const { return m_dir.filePath(u"library"_s); }

    Run run(const QStringList &arguments, const QString &libraryDirectory = {})
    {
        return CliTest::run(arguments, libraryDirectory.isEmpty() ? library() : libraryDirectory);
    }

    qint64 newArticle(const QStringList &arguments)
    {
        const Run result = run(QStringList {u"new"_s} + arguments);
        if (result.code != Cli::Success)
            qWarning().noquote() << result.err;
        return result.code == Cli::Success ? result.out.trimmed().toLongLong() : 0;
    }

    QJsonObject showJson(qint64 id, const QString &libraryDirectory = {})
    {
        const Run result = run({u"show"_s, QString::number(id), u"--json"_s}, libraryDirectory);
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void newStoresTheFieldsAndPrintsTheId()
    {
        const QString bodyPath = m_dir.filePath(u"body.html"_s);
        writeText(bodyPath, u"<p style=\"color:red\">수달이 <b>돌아왔다</b>.</p><script>x()</script>"_s.toUtf8());
        const qint64 id =
            newArticle({u"--headline"_s, u"춘천 공지천에 수달 돌아왔다"_s, u"--deck"_s, u"10년 만"_s, u"--byline"_s,
                u"한빛일보 김민지 <minji@x.kr>, 박서준"_s, u"--section"_s, u"사회"_s, u"--body"_s, bodyPath});
        QVERIFY(id > 0);

        const QJsonObject json = showJson(id);
        QCOMPARE(json.value(u"id"_s).toInteger(), id);
        QCOMPARE(json.value(u"headline"_s).toString(), u"춘천 공지천에 수달 돌아왔다"_s);
        QCOMPARE(json.value(u"deck"_s).toString(), u"10년 만"_s);
        QCOMPARE(json.value(u"section"_s).toString(), u"사회"_s);
        const QJsonObject byline = json.value(u"byline"_s).toObject();
        QCOMPARE(byline.value(u"outlet"_s).toString(), u"한빛일보"_s);
        const QJsonArray reporters = byline.value(u"reporters"_s).toArray();
        QCOMPARE(reporters.size(), 2);
        QCOMPARE(reporters.at(0).toObject().value(u"email"_s).toString(), u"minji@x.kr"_s);
        QCOMPARE(reporters.at(1).toObject().value(u"name"_s).toString(), u"박서준"_s);
        const QString body = json.value(u"body"_s).toString();
        QVERIFY2(body.contains(u"<strong>돌아왔다</strong>"_s), qPrintable(body));
        QVERIFY(!body.contains(u"script"_s) && !body.contains(u"style"_s));

        const Run text = run({u"show"_s, QString::number(id)});
        QCOMPARE(text.code, int(Cli::Success));
        QVERIFY(text.out.contains(u"수달이 돌아왔다."_s));
    }

    void newReadsPlainTextBodies()
    {
        const QString bodyPath = m_dir.filePath(u"body.txt"_s);
        writeText(bodyPath, "첫 문단 <b>굵게 아님</b>\n\n둘째 문단\n");
        const qint64 id = newArticle({u"--headline"_s, u"평문"_s, u"--body"_s, bodyPath});
        QVERIFY(id > 0);
        const QString body = showJson(id).value(u"body"_s).toString();
        QVERIFY2(body.contains(u"&lt;b&gt;"_s), qPrintable(body));
        QCOMPARE(body.count(u"<p>"_s), 2);
    }

    void newRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("robustness: no headline")
            << QStringList {u"--deck"_s, u"부제"_s} << int(Cli::UsageError) << u"--headline"_s;
        QTest::newRow("robustness: missing body file")
            << QStringList {u"--headline"_s, u"제목"_s, u"--body"_s, u"/nonexistent/본문.txt"_s} << int(Cli::Failure)
            << u"본문.txt"_s;
        QTest::newRow("robustness: body not UTF-8")
            << QStringList {u"--headline"_s, u"제목"_s, u"--body"_s, u"LATIN1"_s} << int(Cli::Failure) << u"UTF-8"_s;
        // Generated below: before the limits, 100,000 nested <b> took 16 GB.
        QTest::newRow("robustness: body HTML nested 100,000 deep") << QStringList {u"--headline"_s, u"제목"_s,
            u"--body"_s, u"DEEP"_s} << int(Cli::Failure) << u"nested more than 512 deep"_s;
        QTest::newRow("robustness: body HTML with 200,000 attributes on one element") << QStringList {u"--headline"_s,
            u"제목"_s, u"--body"_s, u"ATTRIBUTES"_s} << int(Cli::Failure) << u"more than 256 attributes"_s;
    }

    void newRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const QString latin1 = m_dir.filePath(u"latin1.txt"_s);
        writeText(latin1, "caf\xE9 \xFF\xFE\n");
        arguments.replaceInStrings(u"LATIN1"_s, latin1);
        if (arguments.contains(u"DEEP"_s)) {
            const QString deep = m_dir.filePath(u"deep.html"_s);
            writeText(deep, "<p>수달</p>" + QByteArray("<b>").repeated(100'000));
            arguments.replaceInStrings(u"DEEP"_s, deep);
        }
        if (arguments.contains(u"ATTRIBUTES"_s)) {
            QByteArray html = "<p";
            for (int i = 0; i < 200'000; ++i)
                html += " a" + QByteArray::number(i);
            const QString attributes = m_dir.filePath(u"attributes.html"_s);
            writeText(attributes, html + ">수달</p>");
            arguments.replaceInStrings(u"ATTRIBUTES"_s, attributes);
        }
        const int before = run({u"list"_s, u"--json"_s}).out.size();
        QElapsedTimer timer;
        timer.start();
        const Run result = run(QStringList {u"new"_s} + arguments);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        QCOMPARE(result.code, code);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(run({u"list"_s, u"--json"_s}).out.size(), before); // nothing added
    }

    void listFiltersBySearchAndStatus()
    {
        QTemporaryDir dir;
        const QString path = dir.path();
        Article submitted = Article::create();
        submitted.headline = u"산업협력위원회 첫 회의"_s;
        submitted.status = ArticleStatus::Submitted;
        Article draft = Article::create();
        draft.headline = u"수달 돌아왔다"_s;
        {
            Library lib;
            QVERIFY(lib.open(path));
            QVERIFY(lib.articleStore().insertArticle(submitted));
            QVERIFY(lib.articleStore().insertArticle(draft));
        }
        auto ids = [this, &path](const QStringList &arguments) {
            const Run result = run(QStringList {u"list"_s, u"--json"_s} + arguments, path);
            QList<qint64> found;
            const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
            for (const QJsonValue &value : array)
                found << value.toObject().value(u"id"_s).toInteger();
            return found;
        };
        QCOMPARE(ids({u"--search"_s, u"산업협력"_s}), QList<qint64> {submitted.id});
        QCOMPARE(ids({u"--search"_s, u"수달"_s}), QList<qint64> {draft.id});
        QCOMPARE(ids({u"--status"_s, u"submitted"_s}), QList<qint64> {submitted.id});
        QCOMPARE(ids({u"--status"_s, u"draft"_s, u"--search"_s, u"산업"_s}), QList<qint64> {});

        const Run bad = run({u"list"_s, u"--status"_s, u"lost"_s}, path);
        QCOMPARE(bad.code, int(Cli::UsageError));
        QVERIFY(bad.err.contains(u"lost"_s));
        const Run none = run({u"list"_s, u"--search"_s, u"없는말"_s}, path);
        QCOMPARE(none.code, int(Cli::Success));
        QVERIFY(!none.out.isEmpty());
    }

    void showAndExportNeedAnExistingId_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::newRow("robustness: show without id") << QStringList {u"show"_s} << int(Cli::UsageError);
        QTest::newRow("robustness: show a word") << QStringList {u"show"_s, u"수달"_s} << int(Cli::UsageError);
        QTest::newRow("robustness: show unknown id") << QStringList {u"show"_s, u"99999"_s} << int(Cli::Failure);
        QTest::newRow("robustness: export unknown id")
            << QStringList {u"export"_s, u"99999"_s, u"--format"_s, u"json"_s} << int(Cli::Failure);
        QTest::newRow("robustness: export unknown format")
            << QStringList {u"export"_s, u"1"_s, u"--format"_s, u"pdf"_s} << int(Cli::UsageError);
        QTest::newRow("robustness: package to the terminal")
            << QStringList {u"export"_s, u"1"_s, u"--format"_s, u"byline"_s} << int(Cli::UsageError);
    }

    void showAndExportNeedAnExistingId()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const Run result = run(arguments);
        QCOMPARE(result.code, code);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(result.out.isEmpty());
    }

    void exportedJsonImportsAsACopy()
    {
        const qint64 id = newArticle({u"--headline"_s, u"내보낼 기사"_s});
        QVERIFY(id > 0);
        const QString path = m_dir.filePath(u"article.json"_s);
        const Run exported = run({u"export"_s, QString::number(id), u"--format"_s, u"json"_s, u"-o"_s, path});
        QCOMPARE(exported.code, int(Cli::Success));
        const QJsonObject original = showJson(id);

        // Into another library: same UUID, new local id.
        QTemporaryDir other;
        const Run elsewhere = run({u"import"_s, path}, other.path());
        QCOMPARE(elsewhere.code, int(Cli::Success));
        const QJsonObject copy = showJson(elsewhere.out.trimmed().toLongLong(), other.path());
        QCOMPARE(copy.value(u"uuid"_s), original.value(u"uuid"_s));
        QCOMPARE(copy.value(u"headline"_s), original.value(u"headline"_s));

        // Into the same library: a new UUID, the headline kept, and a note.
        const Run again = run({u"import"_s, path});
        QCOMPARE(again.code, int(Cli::Success));
        const qint64 newId = again.out.trimmed().toLongLong();
        QVERIFY(newId > 0 && newId != id);
        QVERIFY2(again.err.contains(u"UUID"_s), qPrintable(again.err));
        const QJsonObject second = showJson(newId);
        QVERIFY(second.value(u"uuid"_s) != original.value(u"uuid"_s));
        QCOMPARE(second.value(u"headline"_s), original.value(u"headline"_s));
    }

    void packageRoundTrip()
    {
        const qint64 id = newArticle({u"--headline"_s, u"꾸러미 기사"_s, u"--byline"_s, u"[한빛일보] 김민지"_s});
        const QString path = m_dir.filePath(u"꾸러미.byline"_s);
        QCOMPARE(run({u"export"_s, QString::number(id), u"-o"_s, path}).code, int(Cli::Success)); // by extension
        QVERIFY(ArticlePackage::read(path, nullptr));
        QTemporaryDir other;
        const Run imported = run({u"import"_s, path}, other.path());
        QCOMPARE(imported.code, int(Cli::Success));
        QJsonObject back = showJson(imported.out.trimmed().toLongLong(), other.path());
        QJsonObject original = showJson(id);
        back.remove(u"id"_s);
        original.remove(u"id"_s);
        QCOMPARE(back, original);
    }

    void htmlExportIsEscapedAndStandalone()
    {
        const qint64 id = newArticle({u"--headline"_s, u"<script>alert('수달')</script> & 친구"_s});
        const Run result = run({u"export"_s, QString::number(id), u"--format"_s, u"html"_s});
        QCOMPARE(result.code, int(Cli::Success));
        QVERIFY(result.out.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(result.out.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(!result.out.contains(u"<script>"_s));
        QVERIFY(result.out.contains(u"&lt;script&gt;alert(&#39;수달&#39;)&lt;/script&gt; &amp; 친구"_s)
            || result.out.contains(u"&lt;script&gt;alert('수달')&lt;/script&gt; &amp; 친구"_s));
    }

    void importSniffsTheContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("headline");
        QTest::newRow("nominal: web page saved as .txt")
            << QByteArray("<!doctype html><html><head><meta charset=\"utf-8\"><title>웹 기사</title></head>"
                          "<body><article><p>본문입니다.</p></article></body></html>")
            << int(Cli::Success) << u"웹 기사"_s;
        // Windows editors save "Unicode" as UTF-16, with or without a byte order mark.
        const QString page = u"<!doctype html><html><head><meta charset=\"utf-16\"><title>유니코드 기사</title></head>"
                             "<body><article><p>본문입니다.</p></article></body></html>"_s;
        QTest::newRow("nominal: web page in UTF-16LE with a byte order mark")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom).encode(page))
            << int(Cli::Success) << u"유니코드 기사"_s;
        QTest::newRow("nominal: web page in UTF-16BE without a byte order mark")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16BE).encode(page)) << int(Cli::Success)
            << u"유니코드 기사"_s;
        const QString json = u"\n{\"format\": \"byline-article\", \"version\": 1, \"headline\": \"수달 기사\"}\n"_s;
        QTest::newRow("nominal: article JSON with a UTF-8 byte order mark")
            << QByteArray("\xEF\xBB\xBF" + json.toUtf8()) << int(Cli::Success) << u"수달 기사"_s;
        QTest::newRow("nominal: article JSON in UTF-16LE with a byte order mark")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom).encode(json))
            << int(Cli::Success) << u"수달 기사"_s;
        QTest::newRow("nominal: article JSON in UTF-16LE without a byte order mark")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16LE).encode(json)) << int(Cli::Success) << u"수달 기사"_s;
        QTest::newRow("robustness: plain words") << QByteArray("just some words\n") << int(Cli::Failure) << QString();
        QTest::newRow("robustness: broken JSON") << QByteArray("{\"format\": ") << int(Cli::Failure) << QString();
        QTest::newRow("robustness: JSON of something else")
            << QByteArray("{\"hello\": 1}") << int(Cli::Failure) << QString();
        QTest::newRow("robustness: zip that is no package")
            << QByteArray("PK\x03\x04garbage", 11) << int(Cli::Failure) << QString();
    }

    void importSniffsTheContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, headline);
        const QString path = m_dir.filePath(u"가져올파일.txt"_s);
        writeText(path, bytes);
        const Run result = run({u"import"_s, path});
        QCOMPARE(result.code, code);
        if (code == Cli::Success) {
            QCOMPARE(showJson(result.out.trimmed().toLongLong()).value(u"headline"_s).toString(), headline);
        } else {
            QVERIFY2(result.err.contains(u"가져올파일.txt"_s), qPrintable(result.err));
            QVERIFY(result.out.isEmpty());
        }
    }

    // Markup outside the article profile never comes in through a JSON file:
    // it goes through the same sanitizer as a paste or a web page.
    void importedJsonBodyIsSanitized()
    {
        const QString path = m_dir.filePath(u"hostile.json"_s);
        const QJsonObject article {{u"format"_s, u"byline-article"_s}, {u"version"_s, 1}, {u"headline"_s, u"수달"_s},
            {u"body"_s,
                u"<p onclick=\"alert(1)\">수달이 <b>돌아왔다</b><script>alert(2)</script></p>"
                "<img src=x onerror=alert(3)><iframe src=\"https://evil.example\"></iframe>"
                "<p><a href=\"javascript:alert(4)\">링크</a></p>"_s}};
        writeText(path, QJsonDocument(article).toJson());
        const Run imported = run({u"import"_s, path});
        QCOMPARE(imported.code, int(Cli::Success));
        const qint64 id = imported.out.trimmed().toLongLong();

        const QString shown = showJson(id).value(u"body"_s).toString();
        const Run exported = run({u"export"_s, QString::number(id), u"--format"_s, u"json"_s});
        QCOMPARE(exported.code, int(Cli::Success));
        const QString exportedBody =
            QJsonDocument::fromJson(exported.out.toUtf8()).object().value(u"body"_s).toString();
        for (const QString &body : {shown, exportedBody}) {
            QVERIFY2(body.contains(u"수달이"_s), qPrintable(body)); // the text stays
            for (const QString &hostile :
                {u"onclick"_s, u"<script"_s, u"alert"_s, u"onerror"_s, u"<iframe"_s, u"javascript:"_s, u"<img"_s})
                QVERIFY2(!body.contains(hostile, Qt::CaseInsensitive), qPrintable(body));
        }
    }

    // A JSON body beyond the HTML limits is refused with the reason, not
    // imported as an empty story.
    void importedJsonBodyBeyondTheLimitsIsRefused()
    {
        const QString path = m_dir.filePath(u"deep.json"_s);
        const QJsonObject article {{u"format"_s, u"byline-article"_s}, {u"version"_s, 1}, {u"headline"_s, u"수달"_s},
            {u"body"_s, QString(u"<p>"_s + u"<b>"_s.repeated(100'000) + u"수달</p>"_s)}};
        writeText(path, QJsonDocument(article).toJson());
        const Run imported = run({u"import"_s, path});
        QCOMPARE(imported.code, int(Cli::Failure));
        QVERIFY2(imported.err.contains(u"deep.json"_s) && imported.err.contains(u"512"_s), qPrintable(imported.err));
        QVERIFY(imported.out.isEmpty());
    }

    // A zip bomb costs neither memory nor the other photos: a 1 GB
    // article.json is refused, 1 GB photos are left out and named.
    void importRefusesZipBombs()
    {
        constexpr qint64 gigabyte = qint64(1024) * 1024 * 1024;
        const QString articleBomb = m_dir.filePath(u"article-bomb.byline"_s);
        QVERIFY(HostileFiles::writeZip(
            articleBomb, {{"mimetype", ArticlePackage::mimeType().toLatin1()}, {"article.json", {}, gigabyte, 900}}));
        Run result = run({u"import"_s, articleBomb});
        QCOMPARE(result.code, int(Cli::Failure));
        QVERIFY2(result.err.contains(u"article-bomb.byline"_s) && result.err.contains(u"more than 8 MB"_s),
            qPrintable(result.err));
        QVERIFY(result.out.isEmpty());

        const QString photoBomb = m_dir.filePath(u"photo-bomb.byline"_s);
        Article article = Article::create();
        article.headline = u"사진 폭탄"_s;
        QJsonArray photos;
        for (int i = 0; i < 2; ++i) {
            Photo photo;
            photo.id = u"bomb-%1"_s.arg(i);
            photo.fileName = u"폭탄-%1.jpg"_s.arg(i);
            photo.storedPath = u"photos/bomb-%1.jpg"_s.arg(i);
            photos.append(photo.toJson());
        }
        QVERIFY(HostileFiles::writeZip(photoBomb,
            {{"mimetype", ArticlePackage::mimeType().toLatin1()},
                {"article.json", QJsonDocument(article.toJson()).toJson()},
                {"photos/photos.json", QJsonDocument(photos).toJson()}, {"photos/bomb-0.jpg", {}, gigabyte},
                {"photos/bomb-1.jpg", {}, gigabyte, 4096}}));
        result = run({u"import"_s, photoBomb});
        QCOMPARE(result.code, int(Cli::Success)); // the article comes in
        QCOMPARE(showJson(result.out.trimmed().toLongLong()).value(u"headline"_s).toString(), u"사진 폭탄"_s);
        for (const QString &name : {u"폭탄-0.jpg"_s, u"폭탄-1.jpg"_s}) {
            QVERIFY2(
                result.err.contains(name + u" was left out: it unpacks to more than 150 MB"_s), qPrintable(result.err));
        }
    }

    void helpDescribesTheBylineSyntax()
    {
        const Run result = run({u"new"_s, u"--help"_s});
        QCOMPARE(result.code, int(Cli::Success));
        QVERIFY(result.out.contains(u"--byline"_s));
        QVERIFY(result.out.contains(u"한빛일보 김민지"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CliCommands)
#include "tst_clicommands.moc"
