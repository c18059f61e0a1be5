// The .byline package reader as `byline import story.byline` and the window's
// Open reach it: a zip with mimetype, article.json and photos/ (the photo
// records in photos/photos.json).

#include "fuzzsupport.h"

#include "article/articlehtml.h"
#include "package/articlefiles.h"

using namespace Byline;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::start();
    // Photo ids become file names when the story is rendered or published.
    for (const Photo &photo : loaded->photos) {
        if (photo.id.contains(u'/') || photo.id.contains(u'\\') || photo.id == "."_L1 || photo.id == ".."_L1)
            Fuzz::fail("a package's photo id is a path");
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    // Anything but a zip is read as JSON or a page: other harnesses do that.
    if (!ArticlePackage::looksLikePackage(input))
        return -1;
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
