// The photo metadata reader (exiv2: EXIF, IPTC in any character set, XMP) on
// a picture in memory, as a photo import reads each file.

#include "fuzzsupport.h"

#include "media/photometadata.h"

using namespace Byline;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<PhotoMetadata> metadata =
        PhotoMetadataIO::read(Fuzz::bytes(data, size), u"photo.jpg"_s, &error);
    if (!metadata && error.isEmpty())
        Fuzz::fail("a photo that cannot be read has no message");
    // exiv2's own "Unknown error" tells the person nothing.
    if (!metadata && error.contains(u"Unknown error"_s, Qt::CaseInsensitive))
        Fuzz::fail("a damaged photo says only \"Unknown error\"");
    if (metadata && (metadata->orientation < 1 || metadata->orientation > 8))
        Fuzz::fail("an orientation outside 1-8 was let through");
    return 0;
}
