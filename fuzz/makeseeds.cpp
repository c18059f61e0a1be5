// byline_fuzz_seeds OUT SOURCE_DIR: the starting corpora tools/fuzz gives the
// harnesses, made from the sample story, tests/data and the built-in pack.
// Pictures and packages are made here, as the tests make theirs, rather than
// committed as binary files.

#include "../tests/core/testimages.h"

#include "article/photo.h"
#include "article/samplearticle.h"
#include "common/contenthash.h"
#include "package/articlepackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Byline;
using namespace Qt::StringLiterals;

namespace {

QString out;
int failures = 0;

void write(const QString &harness, const QString &name, const QByteArray &content)
{
    QDir().mkpath(out + u'/' + harness);
    QFile file(out + u'/' + harness + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        std::fprintf(stderr, "byline_fuzz_seeds: cannot write %s\n", qUtf8Printable(file.fileName()));
        ++failures;
    }
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "byline_fuzz_seeds: cannot read %s\n", qUtf8Printable(path));
        ++failures;
    }
    return file.readAll();
}

QByteArray nested(const QByteArray &open, const QByteArray &close, int depth)
{
    return open.repeated(depth) + "text" + close.repeated(depth);
}

void htmlSeeds()
{
    // The golden inputs in tests/data/articlehtml/input are read in place;
    // these add small shapes the campaign found trouble with.
    write(u"articlehtml"_s, u"table-nesting.html"_s, nested("<table><tr><td><p>", "</p></td></tr></table>", 20));
    write(u"articlehtml"_s, u"inline-nesting.html"_s,
        nested("<em><strong><font color=red>", "</font></strong></em>", 20));
    write(u"articlehtml"_s, u"attributes.html"_s, "<p " + QByteArray("a=1 ").repeated(40) + "onclick=x>p</p>");
    // Either side of the sanitizer's limits (article/htmllimits.h: 512 deep,
    // 256 attributes): refused with a reason, or read.
    for (int depth : {120, 130}) // four elements a level
        write(u"articlehtml"_s, u"deep-table-%1.html"_s.arg(depth * 4),
            nested("<table><tr><td><p>", "</p></td></tr></table>", depth));
    for (int depth : {500, 530})
        write(
            u"articlehtml"_s, u"deep-blockquote-%1.html"_s.arg(depth), nested("<blockquote>", "</blockquote>", depth));
    for (int count : {250, 260}) {
        QByteArray attributes;
        for (int i = 0; i < count; ++i)
            attributes += " a" + QByteArray::number(i) + "=1";
        write(u"articlehtml"_s, u"attributes-%1.html"_s.arg(count), "<p" + attributes + ">p</p>");
    }
}

QByteArray articleJson(const Article &article)
{
    return QJsonDocument(article.toJson()).toJson(QJsonDocument::Indented);
}

void jsonSeeds(const QString &sourceDir)
{
    const Article sample = sampleArticle();
    write(u"articlejson"_s, u"sample.json"_s, articleJson(sample));
    write(u"articlejson"_s, u"sample-bom.json"_s, "\xEF\xBB\xBF" + articleJson(sample));
    Article hostile = sample;
    hostile.body = u"<p onclick=\"x()\">a<script>alert(1)</script></p><figure data-photo=\"../x\"></figure>"_s;
    hostile.leadPhotoId = u"../../tmp/x"_s;
    write(u"articlejson"_s, u"hostile.json"_s, articleJson(hostile));
    write(u"articlejson"_s, u"minimal.json"_s, R"({"format": "byline-article", "version": 1, "headline": "h"})");
    // The articles of the renderer's golden inputs.
    const QDir render(sourceDir + u"/tests/data/render/input"_s);
    for (const QString &name : render.entryList({u"*.json"_s}, QDir::Files)) {
        const QJsonObject wrapper = QJsonDocument::fromJson(readFile(render.filePath(name))).object();
        write(u"articlejson"_s, u"render-"_s + name, QJsonDocument(wrapper.value(u"article"_s).toObject()).toJson());
    }
}

QByteArray jpeg(const TestImages::Fields &fields, const QString &scratch)
{
    const QString path = scratch + u"/photo.jpg"_s;
    if (!TestImages::writeJpeg(path, TestImages::quadrants(QSize(32, 24)))
        || (!fields.empty() && !TestImages::setMetadata(path, fields))) {
        std::fprintf(stderr, "byline_fuzz_seeds: cannot make a JPEG\n");
        ++failures;
    }
    return readFile(path);
}

void photoSeeds(const QString &scratch)
{
    using TestImages::eucKr;
    using TestImages::utf8;
    write(u"photometadata"_s, u"plain.jpg"_s, jpeg({}, scratch));
    write(u"photometadata"_s, u"camera.jpg"_s, jpeg(TestImages::privateCameraFields(), scratch));
    write(u"photometadata"_s, u"wire-euc-kr.jpg"_s,
        jpeg({{"Iptc.Application2.Caption", eucKr(u"춘천 공지천의 수달"_s)},
                 {"Iptc.Application2.Byline", eucKr(u"김민지"_s)}, {"Iptc.Application2.Credit", eucKr(u"연합뉴스"_s)},
                 {"Iptc.Application2.Keywords", eucKr(u"수달"_s)}, {"Iptc.Application2.DateCreated", "2024-05-01"},
                 {"Iptc.Application2.TimeCreated", "10:20:30+09:00"}, {"Exif.Image.Orientation", "6"}},
            scratch));
    write(u"photometadata"_s, u"xmp.jpg"_s,
        jpeg({{"Xmp.dc.description", "lang=\"ko\" " + utf8(u"수달 두 마리"_s)}, {"Xmp.dc.creator", utf8(u"김민지"_s)},
                 {"Xmp.photoshop.Credit", "Kangwon"}, {"Xmp.dc.subject", "otter"}, {"Xmp.dc.rights", "(c) 2024"},
                 {"Iptc.Envelope.CharacterSet", "\x1b%G"}, {"Iptc.Application2.Headline", utf8(u"수달"_s)}},
            scratch));
    for (const char *format : {"png", "webp", "tiff"}) {
        const QString path = scratch + u"/photo."_s + QString::fromLatin1(format);
        if (!TestImages::writeImage(path, TestImages::quadrants(QSize(16, 12)), format))
            continue; // a format this Qt cannot write
        TestImages::setMetadata(path, {{"Xmp.dc.description", "lang=\"x-default\" caption"}});
        write(u"photometadata"_s, u"xmp."_s + QString::fromLatin1(format), readFile(path));
    }
}

void packageSeeds(const QString &scratch)
{
    const QString path = scratch + u"/story.byline"_s;
    const Article sample = sampleArticle();
    if (ArticlePackage::write(path, sample, nullptr))
        write(u"package"_s, u"no-photos.byline"_s, readFile(path));

    ArticlePackage::Contents contents {sample, {}};
    const QByteArray picture = jpeg({{"Iptc.Application2.Credit", "Kangwon"}}, scratch);
    Photo photo;
    photo.id = u"ph-1"_s;
    photo.sha256 = sha256Hex(picture);
    photo.fileName = u"otter.jpg"_s;
    photo.storedPath = u"photos/"_s + photo.sha256 + u".jpg"_s;
    photo.pixelSize = QSize(32, 24);
    photo.byteSize = picture.size();
    photo.caption = u"수달"_s;
    photo.credit = u"춘천시 제공"_s;
    photo.altText = u"수달"_s;
    photo.lead = true;
    contents.article.body += u"<figure data-photo=\"ph-1\"><figcaption>수달</figcaption></figure>\n"_s;
    contents.article.leadPhotoId = photo.id;
    contents.files << PackageFile {photo.storedPath, picture}
                   << PackageFile {u"photos/photos.json"_s, QJsonDocument(QJsonArray {photo.toJson()}).toJson()};
    if (ArticlePackage::write(path, contents, nullptr))
        write(u"package"_s, u"photo.byline"_s, readFile(path));
    if (failures == 0 && !QFile::exists(path))
        ++failures;

    // The same as recipes (fuzz_package.cpp): the entries' content in reach.
    const QByteArray separator = "\n--byline-entry--\n";
    QByteArray recipe = "mimetype\n" + ArticlePackage::mimeType().toLatin1() + separator + "article.json\n"
        + QJsonDocument(contents.article.toJson()).toJson();
    write(u"package"_s, u"recipe-no-photos.txt"_s, recipe);
    for (const PackageFile &file : std::as_const(contents.files))
        recipe += separator + file.name.toUtf8() + '\n' + file.data;
    write(u"package"_s, u"recipe-photo.txt"_s, recipe);
}

void templateSeeds()
{
    const QByteArray marker = "\n@@style.css@@\n";
    const QByteArray page = readFile(u":/byline/templates/default/article.html"_s);
    const QByteArray css = readFile(u":/byline/templates/default/style.css"_s);
    write(u"template"_s, u"built-in.txt"_s, page + marker + css);
    write(u"template"_s, u"small.txt"_s,
        "<!DOCTYPE html><html><head>{{{page.head}}}<title>{{article.headline}}</title></head><body>\n"
        "{{! a comment }}<h1 data-byline-slot=\"headline\">{{$headline}}{{article.headline}}{{/headline}}</h1>\n"
        "{{#byline.reporters}}<p>{{name}} <a href=\"{{mailto}}\">{{email}}</a></p>{{/byline.reporters}}\n"
        "{{^article.tags}}<p>no tags</p>{{/article.tags}}{{#article.tags}}<i>{{.}}</i>{{/article.tags}}\n"
        "<div data-byline-slot=\"body\">{{$body}}{{{article.body}}}{{/body}}</div>{{&lead.figure}}\n"
        "</body></html>"
            + marker + "body { color: #222; background: url(data:image/png;base64,AA==) }\n");
    write(u"template"_s, u"sections.txt"_s,
        "<html><head>{{{page.head}}}</head><body>{{#publication.sections}}{{#publication.sections}}"
        "<b>{{name}}</b>{{/publication.sections}}{{/publication.sections}}</body></html>");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: byline_fuzz_seeds OUT SOURCE_DIR\n");
        return 2;
    }
    out = QString::fromLocal8Bit(argv[1]);
    const QString sourceDir = QString::fromLocal8Bit(argv[2]);
    const QString scratch = out + u"/.scratch"_s;
    QDir(out).removeRecursively();
    QDir().mkpath(scratch);
    htmlSeeds();
    jsonSeeds(sourceDir);
    photoSeeds(scratch);
    packageSeeds(scratch);
    templateSeeds();
    QDir(scratch).removeRecursively();
    return failures == 0 ? 0 : 1;
}
