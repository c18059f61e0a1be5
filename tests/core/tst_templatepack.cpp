#include "render/templatepack.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

const QString GoodPage = u"<!DOCTYPE html>\n<html>\n<head>\n{{{page.head}}}\n</head>\n<body>\n"
                         "<img src=\"{{assets.logo}}\" alt=\"\">\n"
                         "<h1 data-byline-slot=\"headline\">{{$headline}}{{article.headline}}{{/headline}}</h1>\n"
                         "<div data-byline-slot=\"body\">{{$body}}{{{article.body}}}{{/body}}</div>\n"
                         "</body>\n</html>\n"_s;
const QString GoodManifest = u"{\"name\": \"test\", \"version\": \"1.0\", \"description\": \"a test pack\", "
                             "\"assets\": {\"logo\": \"assets/logo.svg\"}}"_s;
const QString Svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>"_s;

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// A pack that loads: the base every broken case changes one thing of.
void writeGoodPack(const QString &folder)
{
    writeFile(folder + u"/pack.json"_s, GoodManifest.toUtf8());
    writeFile(folder + u"/article.html"_s, GoodPage.toUtf8());
    writeFile(folder + u"/style.css"_s, "body { color: #222; }\n");
    writeFile(folder + u"/assets/logo.svg"_s, Svg.toUtf8());
}

QString sourceDir()
{
    return qEnvironmentVariable("BYLINE_SOURCE_DIR");
}

} // namespace

class tst_TemplatePack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!sourceDir().isEmpty(), "BYLINE_SOURCE_DIR is set by tests/CMakeLists.txt");
    }

    void builtInLoads()
    {
        QString error;
        const std::optional<TemplatePack> pack = TemplatePack::load(u":/byline/templates/default"_s, &error);
        QVERIFY2(pack, qPrintable(error));
        QVERIFY(pack->isBuiltIn());
        QCOMPARE(pack->name(), u"default"_s);
        QVERIFY(!pack->version().isEmpty());
        const QStringList slots = pack->page(Device::Desktop).slotNames();
        for (const QString &slot : {u"title"_s, u"section"_s, u"headline"_s, u"deck"_s, u"byline"_s, u"times"_s,
                 u"share"_s, u"lead"_s, u"body"_s})
            QVERIFY2(slots.contains(slot), qPrintable(slot));
        QVERIFY(pack->css(Device::Mobile).size() > pack->css(Device::Desktop).size());
        QVERIFY(pack->assets().contains(u"mark"_s));
        QCOMPARE(TemplatePack::builtIn().name(), u"default"_s);
        QVERIFY(TemplatePack::builtIn().isBuiltIn());
    }

    void examplePackLoads()
    {
        QString error;
        const QString folder = sourceDir() + u"/docs/examples/template-pack"_s;
        const std::optional<TemplatePack> pack = TemplatePack::load(folder, &error);
        QVERIFY2(pack, qPrintable(error));
        QVERIFY(!pack->isBuiltIn());
        QVERIFY(pack->name() != TemplatePack::builtInName());
        // It has a layout per device.
        QVERIFY(pack->page(Device::Desktop).render({}) != pack->page(Device::Mobile).render({}));
        QVERIFY(pack->page(Device::Mobile).hasSlot(u"body"_s));
        QVERIFY(pack->page(Device::Desktop).hasSlot(u"body"_s));
        QVERIFY(!pack->assets().isEmpty());
    }

    void goodPackLoads()
    {
        QTemporaryDir dir;
        writeGoodPack(dir.path());
        QString error = u"stale"_s;
        const std::optional<TemplatePack> pack = TemplatePack::load(dir.path(), &error);
        QVERIFY2(pack, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(pack->name(), u"test"_s);
        QCOMPARE(pack->version(), u"1.0"_s);
        QCOMPARE(pack->description(), u"a test pack"_s);
        QCOMPARE(pack->assets().value(u"logo"_s).mimeType, u"image/svg+xml"_s);
        QVERIFY(QFile::exists(pack->assets().value(u"logo"_s).path));
        QCOMPARE(pack->css(Device::Mobile), pack->css(Device::Desktop)); // no mobile.css
    }

    void separateLayouts()
    {
        QTemporaryDir dir;
        writeGoodPack(dir.path());
        QFile::remove(dir.filePath(u"article.html"_s));
        writeFile(dir.filePath(u"desktop.html"_s), GoodPage.toUtf8());
        writeFile(
            dir.filePath(u"mobile.html"_s), QString(GoodPage).replace(u"<body>"_s, u"<body class=\"m\">"_s).toUtf8());
        writeFile(dir.filePath(u"mobile.css"_s), "body { font-size: 17px; }\n");
        QString error;
        const std::optional<TemplatePack> pack = TemplatePack::load(dir.path(), &error);
        QVERIFY2(pack, qPrintable(error));
        QVERIFY(pack->page(Device::Mobile).render({}).contains(u"<body class=\"m\">"_s));
        QVERIFY(!pack->page(Device::Desktop).render({}).contains(u"<body class=\"m\">"_s));
        QVERIFY(pack->css(Device::Mobile).contains(u"17px"_s));
        QVERIFY(!pack->css(Device::Desktop).contains(u"17px"_s));
    }

    void brokenPacks_data()
    {
        QTest::addColumn<QString>("file"); // relative; empty removes nothing
        QTest::addColumn<QByteArray>("content"); // null: remove the file
        QTest::addColumn<QString>("mentions"); // in the message

        QTest::newRow("robustness: no pack.json") << u"pack.json"_s << QByteArray() << u"pack.json"_s;
        QTest::newRow("robustness: pack.json not JSON")
            << u"pack.json"_s << QByteArray("{\"name\": \"x\",") << u"pack.json"_s;
        QTest::newRow("robustness: pack.json an array") << u"pack.json"_s << QByteArray("[]") << u"pack.json"_s;
        QTest::newRow("robustness: no name") << u"pack.json"_s << QByteArray("{\"version\": \"1\"}") << u"\"name\""_s;
        QTest::newRow("robustness: no version")
            << u"pack.json"_s << QByteArray("{\"name\": \"x\"}") << u"\"version\""_s;
        QTest::newRow("robustness: assets not an object")
            << u"pack.json"_s << QByteArray("{\"name\": \"x\", \"version\": \"1\", \"assets\": []}") << u"assets"_s;
        QTest::newRow("robustness: asset escaping with ..")
            << u"pack.json"_s
            << QByteArray("{\"name\": \"x\", \"version\": \"1\", \"assets\": {\"logo\": \"../secret.svg\"}}")
            << u"\"logo\""_s;
        QTest::newRow("robustness: asset escaping inside the path")
            << u"pack.json"_s
            << QByteArray("{\"name\": \"x\", \"version\": \"1\", \"assets\": {\"logo\": \"assets/../../x.svg\"}}")
            << u"\"logo\""_s;
        QTest::newRow("robustness: absolute asset")
            << u"pack.json"_s
            << QByteArray("{\"name\": \"x\", \"version\": \"1\", \"assets\": {\"logo\": \"/etc/passwd\"}}")
            << u"\"logo\""_s;
        QTest::newRow("robustness: missing asset") << u"assets/logo.svg"_s << QByteArray() << u"logo.svg"_s;
        QTest::newRow("robustness: asset of an unknown type")
            << u"pack.json"_s
            << QByteArray("{\"name\": \"x\", \"version\": \"1\", \"assets\": {\"logo\": \"style.css\"}}")
            << u"style.css"_s;
        QTest::newRow("robustness: no template") << u"article.html"_s << QByteArray() << u"article.html"_s;
        QTest::newRow("robustness: template syntax error")
            << u"article.html"_s << QString(GoodPage).replace(u"{{/headline}}"_s, u"{{/deck}}"_s).toUtf8()
            << u"line 8"_s;
        QTest::newRow("robustness: template without page.head")
            << u"article.html"_s << QString(GoodPage).replace(u"{{{page.head}}}"_s, QString()).toUtf8()
            << u"{{{page.head}}}"_s;
        QTest::newRow("robustness: template with a script")
            << u"article.html"_s
            << QString(GoodPage).replace(u"</body>"_s, u"<script src=\"x.js\"></script></body>"_s).toUtf8()
            << u"<script>"_s;
        QTest::newRow("robustness: template with an iframe")
            << u"article.html"_s
            << QString(GoodPage).replace(u"</body>"_s, u"<IFRAME src=\"https://x\"></IFRAME></body>"_s).toUtf8()
            << u"<iframe>"_s;
        QTest::newRow("robustness: template with an event handler")
            << u"article.html"_s << QString(GoodPage).replace(u"<body>"_s, u"<body onload=\"go()\">"_s).toUtf8()
            << u"onload"_s;
        QTest::newRow("robustness: template with meta refresh")
            << u"article.html"_s
            << QString(GoodPage)
                   .replace(u"</head>"_s, u"<meta http-equiv=\"refresh\" content=\"0;url=https://x\"></head>"_s)
                   .toUtf8()
            << u"http-equiv"_s;
        QTest::newRow("robustness: template with a javascript: link")
            << u"article.html"_s
            << QString(GoodPage).replace(u"</body>"_s, u"<a href=\"javascript:go()\">x</a></body>"_s).toUtf8()
            << u"javascript:"_s;
        QTest::newRow("robustness: body slot with more than the body")
            << u"article.html"_s
            << QString(GoodPage).replace(u"{{{article.body}}}"_s, u"<p>x</p>{{{article.body}}}"_s).toUtf8()
            << u"{{{article.body}}}"_s;
        QTest::newRow("robustness: template not UTF-8")
            << u"article.html"_s << QByteArray("<html>\xff\xfe\xfa</html>") << u"UTF-8"_s;
        QTest::newRow("robustness: no style sheet") << u"style.css"_s << QByteArray() << u"style.css"_s;
        QTest::newRow("robustness: style sheet ending the style element")
            << u"style.css"_s << QByteArray("body{}\n</style><script>x()</script>") << u"line 2"_s;
        QTest::newRow("robustness: style sheet importing")
            << u"style.css"_s << QByteArray("@import url(other.css);") << u"@import"_s;
        QTest::newRow("robustness: style sheet loading from the network")
            << u"style.css"_s << QByteArray("body { background: url( 'https://cdn.example/x.png'); }")
            << u"https://cdn.example/x.png"_s;

        // What the page gets, not the source, is checked: comments and
        // escapes cannot hide what a browser then reads.
        QTest::newRow("robustness: script split by a comment")
            << u"article.html"_s
            << QString(GoodPage).replace(u"</body>"_s, u"<scr{{!x}}ipt>go()</scr{{!x}}ipt></body>"_s).toUtf8()
            << u"<script>"_s;
        QTest::newRow("robustness: event handler split by a comment")
            << u"article.html"_s << QString(GoodPage).replace(u"<body>"_s, u"<body on{{!x}}click=\"go()\">"_s).toUtf8()
            << u"onclick"_s;
        QTest::newRow("robustness: meta refresh split by a comment")
            << u"article.html"_s
            << QString(GoodPage)
                   .replace(u"</head>"_s,
                       u"<meta http-{{!x}}equiv=\"refresh\" content=\"0;url=https://elsewhere.example\"></head>"_s)
                   .toUtf8()
            << u"http-equiv"_s;
        QTest::newRow("robustness: meta refresh in capitals, unquoted")
            << u"article.html"_s
            << QString(GoodPage)
                   .replace(u"</head>"_s, u"<META HTTP-EQUIV=Refresh CONTENT=\"0;url=https://x\"></head>"_s)
                   .toUtf8()
            << u"http-equiv"_s;
        QTest::newRow("robustness: javascript: link written with character references")
            << u"article.html"_s
            << QString(GoodPage)
                   .replace(u"</body>"_s, u"<a href=\"&#106;ava&Tab;script&colon;go()\">x</a></body>"_s)
                   .toUtf8()
            << u"javascript:go()"_s;
        QTest::newRow("robustness: script element inside a section's cut")
            << u"article.html"_s
            << QString(GoodPage).replace(u"</body>"_s, u"<scr{{#article.tags}}{{/article.tags}}ipt></body>"_s).toUtf8()
            << u"line 10"_s;
        QTest::newRow("robustness: style element importing through an escape")
            << u"article.html"_s
            << QString(GoodPage).replace(u"</head>"_s, u"<style>\n@\\69mport \"x.css\";</style></head>"_s).toUtf8()
            << u"@import"_s;
        QTest::newRow("robustness: style sheet importing through an escape")
            << u"style.css"_s << QByteArray("body {}\n@\\69mport url(https://x.example/a.css);")
            << u"line 2: @import"_s;
        QTest::newRow("robustness: style sheet importing across a comment")
            << u"style.css"_s << QByteArray("@im/**/port 'a.css';") << u"@import"_s;
        QTest::newRow("robustness: style sheet loading through an escaped url()")
            << u"style.css"_s << QByteArray("body { background: u\\72 l(//tracker.example/p.png); }")
            << u"//tracker.example/p.png"_s;
        // Coarser than CSS on purpose: not even in a string.
        QTest::newRow("robustness: style sheet with @import in a string")
            << u"style.css"_s << QByteArray("p { font-family: \"x @\\69mport y\", serif; }") << u"@import"_s;
        QTest::newRow("robustness: style sheet with expression()")
            << u"style.css"_s << QByteArray("p { width: expr\\65ssion(alert(1)); }") << u"expression()"_s;
        QTest::newRow("robustness: sections nested too deep")
            << u"article.html"_s
            << QString(GoodPage)
                   .replace(u"</body>"_s,
                       u"{{#article.tags}}"_s.repeated(12) + u"x"_s + u"{{/article.tags}}"_s.repeated(12)
                           + u"</body>"_s)
                   .toUtf8()
            << u"nested more than 8"_s;
        QTest::newRow("robustness: too many assets") << u"pack.json"_s << []() -> QByteArray {
            QByteArray assets;
            for (int i = 0; i <= TemplatePack::MaxAssets; ++i)
                assets += (i ? ", " : "") + QByteArray("\"a") + QByteArray::number(i) + "\": \"assets/logo.svg\"";
            return "{\"name\": \"x\", \"version\": \"1\", \"assets\": {" + assets + "}}";
        }() << u"at most 64"_s;
        QTest::newRow("robustness: broken mobile style sheet")
            << u"mobile.css"_s << QByteArray("@font-face { src: url(//fonts.example/x.woff); }") << u"mobile.css"_s;
    }

    void brokenPacks()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        writeGoodPack(dir.path());
        if (content.isNull())
            QVERIFY(QFile::remove(dir.filePath(file)));
        else
            QVERIFY(writeFile(dir.filePath(file), content));

        QString error;
        QVERIFY(!TemplatePack::load(dir.path(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));

        // The caller falls back to the built-in pack and can say why.
        QString fallbackError;
        const TemplatePack pack = TemplatePack::loadOrBuiltIn(dir.path(), &fallbackError);
        QVERIFY(pack.isBuiltIn());
        QVERIFY2(fallbackError.contains(error), qPrintable(fallbackError));
    }

    void linkedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("file"); // replaced by a symbolic link
        QTest::addColumn<bool>("inside"); // the link leads to a file in the pack
        QTest::newRow("robustness: style.css linked to a file elsewhere") << u"style.css"_s << false;
        QTest::newRow("robustness: article.html linked") << u"article.html"_s << false;
        QTest::newRow("robustness: pack.json linked") << u"pack.json"_s << false;
        QTest::newRow("robustness: mobile.css linked") << u"mobile.css"_s << false;
        QTest::newRow("robustness: an asset linked") << u"assets/logo.svg"_s << false;
        QTest::newRow("robustness: the assets folder linked") << u"assets"_s << false;
        QTest::newRow("robustness: style.css linked inside the pack") << u"style.css"_s << true;
    }

    // style.css linked to /etc/passwd was pasted into the page: every file
    // of a pack must be its own.
    void linkedFilesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(bool, inside);
        QTemporaryDir outside;
        QTemporaryDir dir;
        writeGoodPack(dir.path());
        writeFile(dir.filePath(u"mobile.css"_s), "p { margin: 0; }\n");
        // The file moves out (a valid one, with a secret in a comment) and a
        // link takes its place.
        const QString target = inside ? dir.filePath(u"real.css"_s) : outside.filePath(u"moved"_s);
        QVERIFY(QDir().rename(dir.filePath(file), target));
        if (file.endsWith(u".css"_s)) {
            QFile css(target);
            QVERIFY(css.open(QIODevice::Append));
            css.write("/* root:x:0:0:root:/root:/bin/bash */\n");
        }
        QVERIFY(QFile::link(target, dir.filePath(file)));

        QString error;
        const std::optional<TemplatePack> pack = TemplatePack::load(dir.path(), &error);
        QVERIFY2(!pack, qPrintable(pack ? pack->css(Device::Mobile) : QString()));
        QVERIFY2(error.contains(QDir::toNativeSeparators(dir.filePath(file))), qPrintable(error));
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
        QString fallbackError;
        QVERIFY(!TemplatePack::loadOrBuiltIn(dir.path(), &fallbackError).css(Device::Mobile).contains(u"root:x"_s));
    }

#ifdef Q_OS_UNIX
    // A pipe or device would block the read or never end.
    void pipeIsRefused()
    {
        QTemporaryDir dir;
        writeGoodPack(dir.path());
        QVERIFY(QFile::remove(dir.filePath(u"style.css"_s)));
        QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(u"style.css"_s)).constData(), 0600) == 0);
        QString error;
        QVERIFY(!TemplatePack::load(dir.path(), &error));
        QVERIFY2(error.contains(u"style.css"_s) && error.contains(u"not a regular file"_s), qPrintable(error));
    }
#endif

    void missingFolder()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!TemplatePack::load(dir.filePath(u"nothing"_s), &error));
        QVERIFY2(error.contains(u"nothing"_s), qPrintable(error));
    }

    void forPublication()
    {
        QString error = u"stale"_s;
        QVERIFY(TemplatePack::forPublication(QString(), &error).isBuiltIn());
        QVERIFY(error.isEmpty());
        QVERIFY(TemplatePack::forPublication(u"default"_s, &error).isBuiltIn());
        QVERIFY(error.isEmpty());

        // A name is looked up among the user's packs.
        const QString named = TemplatePack::userPacksDirectory() + u"/kwnews"_s;
        QDir(named).removeRecursively();
        QVERIFY(TemplatePack::forPublication(u"kwnews"_s, &error).isBuiltIn());
        QVERIFY2(error.contains(u"kwnews"_s), qPrintable(error));
        writeGoodPack(named);
        const TemplatePack pack = TemplatePack::forPublication(u"kwnews"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pack.name(), u"test"_s);
        QDir(named).removeRecursively();

        // A folder is used as it is.
        QTemporaryDir dir;
        writeGoodPack(dir.path());
        QCOMPARE(TemplatePack::forPublication(dir.path(), &error).name(), u"test"_s);
        QVERIFY(error.isEmpty());
    }

    void deviceKeys()
    {
        QCOMPARE(deviceKey(Device::Desktop), u"desktop"_s);
        QCOMPARE(deviceKey(Device::Mobile), u"mobile"_s);
        QCOMPARE(deviceFromKey(u"mobile"_s), std::optional<Device>(Device::Mobile));
        QVERIFY(!deviceFromKey(u"tablet"_s));
    }
};

QTEST_GUILESS_MAIN(tst_TemplatePack)
#include "tst_templatepack.moc"
