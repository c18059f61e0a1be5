// The .byline package reader as `byline import story.byline` and the window's
// Open reach it: a zip with mimetype, article.json and photos/ (the photo
// records in photos/photos.json).
//
// An input that starts like a zip is read as it is (damaged archives, sizes
// that lie). Any other input is a recipe for a well-formed zip, so the
// fuzzer also reaches what is inside one (compressed entries are out of
// reach of byte mutations): entries separated by "--byline-entry--" lines,
// each its name on the first line and its content after it.

#include "fuzzsupport.h"

#include "article/articlehtml.h"
#include "package/articlefiles.h"

#include <KZip>
#include <QSet>

using namespace Byline;
using namespace Qt::StringLiterals;

namespace {

const QByteArray EntrySeparator = "\n--byline-entry--\n";

bool usableName(const QString &name, QSet<QString> *files, QSet<QString> *folders)
{
    const QStringList parts = name.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == "."_L1 || part == ".."_L1)
            return false;
    }
    if (files->contains(name) || folders->contains(name))
        return false;
    QString folder;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        folder += (i ? u"/"_s : QString()) + parts.at(i);
        if (files->contains(folder))
            return false;
    }
    folder.clear();
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        folder += (i ? u"/"_s : QString()) + parts.at(i);
        folders->insert(folder);
    }
    files->insert(name);
    return true;
}

QByteArray zipFromRecipe(const QByteArray &recipe)
{
    const QString path = Fuzz::scratchPath(u"recipe.zip"_s);
    {
        KZip zip(path);
        if (!zip.open(QIODevice::WriteOnly))
            std::abort();
        QList<QByteArray> entries;
        for (qsizetype from = 0;;) {
            const qsizetype next = recipe.indexOf(EntrySeparator, from);
            entries << recipe.mid(from, next < 0 ? -1 : next - from);
            if (next < 0)
                break;
            from = next + EntrySeparator.size();
        }
        QSet<QString> files;
        QSet<QString> folders;
        bool first = true;
        for (const QByteArray &entry : std::as_const(entries)) {
            const qsizetype lineEnd = entry.indexOf('\n');
            const QString name = QString::fromUtf8(lineEnd < 0 ? entry : entry.left(lineEnd));
            const QByteArray content = lineEnd < 0 ? QByteArray() : entry.mid(lineEnd + 1);
            // KArchive's writer crashes on a name that makes a file a folder
            // ("a" then "a/"), a bug of the writer, not of the reader under test:
            // the recipe leaves such names out. Damaged zips reach the reader
            // through inputs that are zips already.
            if (!usableName(name, &files, &folders))
                continue;
            // The mimetype is stored, as the format asks; the rest deflated.
            zip.setCompression(first && name == "mimetype"_L1 ? KZip::NoCompression : KZip::DeflateCompression);
            first = false;
            zip.writeFile(name, content);
        }
        zip.close();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        std::abort();
    return file.readAll();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = Fuzz::bytes(data, size);
    if (!ArticlePackage::looksLikePackage(input))
        input = zipFromRecipe(input);
    QString error;
    const std::optional<ArticleFiles::Loaded> loaded =
        ArticleFiles::load(Fuzz::writeScratch(u"story.byline"_s, input), &error);
    if (!loaded)
        return 0;
    if (ArticleHtml::sanitize(loaded->article.body) != loaded->article.body)
        Fuzz::fail("a package's body is not sanitized");
    for (const PackageFile &file : loaded->files) {
        const QStringList parts = file.name.split(u'/');
        if (parts.constFirst() != "photos"_L1 || file.name.contains(u'\\') || parts.contains(u".."_s))
            Fuzz::fail("a package file name leaves photos/");
    }
    // Photo ids become file names when the story is rendered or published.
    for (const Photo &photo : loaded->photos) {
        if (photo.id.contains(u'/') || photo.id.contains(u'\\') || photo.id == "."_L1 || photo.id == ".."_L1)
            Fuzz::fail("a package's photo id is a path");
    }
    return 0;
}
