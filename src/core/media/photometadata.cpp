#include "photometadata.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTimeZone>

#include <exiv2/exiv2.hpp>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// IPTC's "ESC % G": the values are UTF-8.
constexpr char Utf8CharacterSet[] = "\x1b%G";

void exiv2Log(int level, const char *message)
{
    const QString text = QString::fromUtf8(message).trimmed();
    if (level >= Exiv2::LogMsg::warn)
        qCInfo(lcMedia) << "exiv2:" << text;
    else
        qCDebug(lcMedia) << "exiv2:" << text;
}

// The XMP toolkit's initialisation is not thread-safe and thumbnails are
// made on worker threads, so it happens once, before any other use.
void initExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setHandler(exiv2Log);
        Exiv2::XmpParser::initialize();
    });
}

std::string exiv2Path(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString fromUtf8(const std::string &bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size())).trimmed();
}

class IptcText
{
public:
    explicit IptcText(bool declaredUtf8)
        : m_declaredUtf8(declaredUtf8)
    { }

    // Wire services rarely set CharacterSet: valid UTF-8 is taken as such
    // (EUC-KR text is almost never valid UTF-8), then Korean Windows
    // (CP949, a superset of EUC-KR), then Latin-1 as the last resort.
    QString decode(const std::string &raw)
    {
        const QByteArrayView bytes(raw.data(), qsizetype(raw.size()));
        if (m_declaredUtf8)
            return QString::fromUtf8(bytes).trimmed();

        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError())
            return text.trimmed();

        for (const char *name : {"windows-949", "EUC-KR"}) {
            QStringDecoder korean(name, QStringDecoder::Flag::Stateless);
            if (!korean.isValid())
                continue;
            text = korean.decode(bytes);
            if (!korean.hasError())
                return text.trimmed();
        }
        m_guessed = true;
        return QString::fromLatin1(bytes).trimmed();
    }

    bool guessed() const { return m_guessed; }

private:
    bool m_declaredUtf8 = false;
    bool m_guessed = false;
};

QString iptcValue(const Exiv2::IptcData &iptc, const char *key, IptcText &text)
{
    const auto it = iptc.findKey(Exiv2::IptcKey(key));
    // Iptcdatum::toString() of a string value is its raw bytes, undecoded.
    return it == iptc.end() ? QString() : text.decode(it->toString());
}

QStringList iptcValues(const Exiv2::IptcData &iptc, const char *key, IptcText &text)
{
    QStringList values;
    const std::string wanted(key);
    for (const Exiv2::Iptcdatum &datum : iptc) {
        if (datum.key() == wanted) {
            const QString value = text.decode(datum.toString());
            if (!value.isEmpty())
                values << value;
        }
    }
    return values;
}

QDateTime iptcDateTime(const Exiv2::IptcData &iptc)
{
    const auto dateIt = iptc.findKey(Exiv2::IptcKey("Iptc.Application2.DateCreated"));
    if (dateIt == iptc.end())
        return {};
    const auto *dateValue = dynamic_cast<const Exiv2::DateValue *>(&dateIt->value());
    if (!dateValue)
        return {};
    const Exiv2::DateValue::Date &d = dateValue->getDate();
    const QDate date(d.year, d.month, d.day);
    if (!date.isValid())
        return {};

    const auto timeIt = iptc.findKey(Exiv2::IptcKey("Iptc.Application2.TimeCreated"));
    const auto *timeValue = timeIt == iptc.end() ? nullptr : dynamic_cast<const Exiv2::TimeValue *>(&timeIt->value());
    if (!timeValue)
        return QDateTime(date, QTime(0, 0));
    const Exiv2::TimeValue::Time &t = timeValue->getTime();
    const QTime time(t.hour, t.minute, t.second);
    const int offset = (t.tzHour * 60 + (t.tzHour < 0 ? -t.tzMinute : t.tzMinute)) * 60;
    return QDateTime(date, time.isValid() ? time : QTime(0, 0), QTimeZone::fromSecondsAheadOfUtc(offset));
}

// Lang alt text (dc:description, dc:rights): x-default, then Korean, then
// whatever language there is.
QString langAlt(const Exiv2::Xmpdatum &datum)
{
    const auto *alt = dynamic_cast<const Exiv2::LangAltValue *>(&datum.value());
    if (!alt)
        return fromUtf8(datum.toString());
    const auto &values = alt->value_;
    for (const char *language : {"x-default", "ko", "ko-KR"}) {
        const auto it = values.find(language);
        if (it != values.end() && !fromUtf8(it->second).isEmpty())
            return fromUtf8(it->second);
    }
    for (const auto &[language, value] : values) {
        if (!fromUtf8(value).isEmpty())
            return fromUtf8(value);
    }
    return {};
}

QStringList xmpArray(const Exiv2::Xmpdatum &datum)
{
    QStringList values;
    for (size_t i = 0; i < datum.count(); ++i) {
        const QString value = fromUtf8(datum.toString(i));
        if (!value.isEmpty())
            values << value;
    }
    return values;
}

const Exiv2::Xmpdatum *findXmp(const Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    return it == xmp.end() ? nullptr : &*it;
}

QString xmpText(const Exiv2::XmpData &xmp, const char *key)
{
    const Exiv2::Xmpdatum *datum = findXmp(xmp, key);
    if (!datum)
        return {};
    if (datum->typeId() == Exiv2::langAlt)
        return langAlt(*datum);
    if (datum->typeId() == Exiv2::xmpSeq || datum->typeId() == Exiv2::xmpBag || datum->typeId() == Exiv2::xmpAlt)
        return xmpArray(*datum).join(u", "_s);
    return fromUtf8(datum->toString());
}

QString exifText(const Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end())
        return {};
    std::string bytes = it->toString();
    bytes.erase(std::find(bytes.begin(), bytes.end(), '\0'), bytes.end());
    // EXIF ASCII is meant to be 7-bit; some phones write UTF-8 there.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    return (utf8.hasError() ? QString::fromLatin1(bytes.data(), qsizetype(bytes.size())) : text).trimmed();
}

QDateTime exifDateTaken(const Exiv2::ExifData &exif)
{
    const QString text = exifText(exif, "Exif.Photo.DateTimeOriginal");
    QDateTime taken = QDateTime::fromString(text.left(19), u"yyyy:MM:dd HH:mm:ss"_s);
    if (!taken.isValid())
        return {};
    // Without OffsetTimeOriginal the camera's clock had no zone: keep it local.
    const QString offset = exifText(exif, "Exif.Photo.OffsetTimeOriginal");
    if (offset.size() == 6 && (offset.at(0) == u'+' || offset.at(0) == u'-')) {
        bool hoursOk = false;
        bool minutesOk = false;
        const int hours = offset.mid(1, 2).toInt(&hoursOk);
        const int minutes = offset.mid(4, 2).toInt(&minutesOk);
        if (hoursOk && minutesOk) {
            const int seconds = (hours * 60 + minutes) * 60 * (offset.at(0) == u'-' ? -1 : 1);
            taken = QDateTime(taken.date(), taken.time(), QTimeZone::fromSecondsAheadOfUtc(seconds));
        }
    }
    return taken;
}

void addIptc(Exiv2::IptcData &iptc, const char *key, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    Exiv2::StringValue value(text.trimmed().toStdString());
    iptc.add(Exiv2::IptcKey(key), &value);
}

void addXmpText(Exiv2::XmpData &xmp, const char *key, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    Exiv2::XmpTextValue value(text.trimmed().toStdString());
    xmp.add(Exiv2::XmpKey(key), &value);
}

void addLangAlt(Exiv2::XmpData &xmp, const char *key, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    // Built by hand rather than parsed: a caption may itself start with "lang=".
    Exiv2::LangAltValue value;
    value.value_["x-default"] = text.trimmed().toStdString();
    xmp.add(Exiv2::XmpKey(key), &value);
}

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

namespace {

// What the photographer wrote into an opened picture.
PhotoMetadata metadataOf(Exiv2::Image &image)
{
    image.readMetadata();
    PhotoMetadata metadata;

    const Exiv2::IptcData &iptc = image.iptcData();
    const Exiv2::XmpData &xmp = image.xmpData();
    const Exiv2::ExifData &exif = image.exifData();

    const auto charset = iptc.findKey(Exiv2::IptcKey("Iptc.Envelope.CharacterSet"));
    IptcText text(charset != iptc.end() && charset->toString() == Utf8CharacterSet);

    // XMP is always UTF-8, so it wins when both are there.
    const auto pick = [&](const char *xmpKey, const char *iptcKey) {
        const QString value = xmpText(xmp, xmpKey);
        return value.isEmpty() ? iptcValue(iptc, iptcKey, text) : value;
    };
    metadata.caption = pick("Xmp.dc.description", "Iptc.Application2.Caption");
    metadata.credit = pick("Xmp.photoshop.Credit", "Iptc.Application2.Credit");
    metadata.source = pick("Xmp.photoshop.Source", "Iptc.Application2.Source");
    metadata.copyright = pick("Xmp.dc.rights", "Iptc.Application2.Copyright");
    metadata.headline = pick("Xmp.photoshop.Headline", "Iptc.Application2.Headline");

    if (const Exiv2::Xmpdatum *creator = findXmp(xmp, "Xmp.dc.creator"))
        metadata.creator = xmpArray(*creator).join(u", "_s);
    if (metadata.creator.isEmpty())
        metadata.creator = iptcValues(iptc, "Iptc.Application2.Byline", text).join(u", "_s);

    if (const Exiv2::Xmpdatum *subject = findXmp(xmp, "Xmp.dc.subject"))
        metadata.keywords = xmpArray(*subject);
    if (metadata.keywords.isEmpty())
        metadata.keywords = iptcValues(iptc, "Iptc.Application2.Keywords", text);

    metadata.dateCreated = iptcDateTime(iptc);
    metadata.dateTaken = exifDateTaken(exif);
    metadata.cameraMake = exifText(exif, "Exif.Image.Make");
    metadata.cameraModel = exifText(exif, "Exif.Image.Model");
    const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    if (orientation != exif.end() && orientation->count() > 0) {
        const int64_t value = orientation->toInt64();
        metadata.orientation = value >= 1 && value <= 8 ? int(value) : 1;
    }

    if (text.guessed())
        metadata.warnings << PhotoMetadataIO::tr("The caption's character set is unknown; check the Korean text.");
    return metadata;
}

// What exiv2 found wrong, in the person's words. Its own text is English,
// names internals and may quote the file's bytes; a code it does not map
// is named by number, so a report still tells which.
QString exiv2Problem(const Exiv2::Error &e)
{
    using Code = Exiv2::ErrorCode;
    switch (e.code()) {
    case Code::kerFailedToReadImageData:
    case Code::kerInputDataReadFailed:
        return PhotoMetadataIO::tr("the file ends before its picture does (it is cut short)");
    case Code::kerNotAnImage:
    case Code::kerNotAJpeg:
    case Code::kerNotACrwImage:
        return PhotoMetadataIO::tr("its contents are not a picture of the type its start claims");
    case Code::kerNoImageInInputData:
    case Code::kerFileContainsUnknownImageType:
    case Code::kerMemoryContainsUnknownImageType:
        return PhotoMetadataIO::tr("its contents are not a picture of any type Byline knows");
    case Code::kerUnsupportedImageType:
    case Code::kerWritingImageFormatUnsupported:
        return PhotoMetadataIO::tr("its picture type is not one Byline can read metadata from");
    case Code::kerCorruptedMetadata:
    case Code::kerOffsetOutOfRange:
    case Code::kerTooManyTiffDirectoryEntries:
    case Code::kerTiffDirectoryTooLarge:
    case Code::kerMultipleTiffArrayElementTagsInDirectory:
    case Code::kerWrongTiffArrayElementTagType:
    case Code::kerInvalidTypeValue:
    case Code::kerValueTooLarge:
    case Code::kerDataAreaValueTooLarge:
    case Code::kerTooLargeJpegSegment:
    case Code::kerArithmeticOverflow:
    case Code::kerInvalidIfdId:
        return PhotoMetadataIO::tr("its structure is damaged: a part reaches past the end of the file or has an "
                                   "impossible size (the file may be cut short)");
    case Code::kerInvalidXMP:
    case Code::kerXMPToolkitError:
    case Code::kerInvalidXmpText:
    case Code::kerInvalidKeyXmpValue:
    case Code::kerInvalidLangAltValue:
        return PhotoMetadataIO::tr("its XMP metadata is damaged");
    case Code::kerInvalidIccProfile:
        return PhotoMetadataIO::tr("its colour profile is damaged");
    case Code::kerDataSourceOpenFailed:
    case Code::kerFileOpenFailed:
    case Code::kerFailedToMapFileForReadWrite:
    case Code::kerFileAccessDisabled:
        return PhotoMetadataIO::tr("the file could not be opened");
    case Code::kerImageWriteFailed:
    case Code::kerFileRenameFailed:
    case Code::kerTransferFailed:
    case Code::kerMemoryTransferFailed:
        return PhotoMetadataIO::tr("the file could not be written");
    case Code::kerInvalidMalloc:
    case Code::kerMallocFailed:
        return PhotoMetadataIO::tr("its metadata asks for more memory than a photo needs");
    default:
        return PhotoMetadataIO::tr("exiv2 error %1").arg(int(e.code()));
    }
}

// Runs `open` and reads the metadata, turning exiv2's exceptions into a
// translated message naming `name`.
template<typename Open> std::optional<PhotoMetadata> readWith(Open open, const QString &name, QString *error)
{
    try {
        const Exiv2::Image::UniquePtr image = open();
        if (!image) {
            if (error)
                *error = PhotoMetadataIO::tr("%1 is not a photo Byline can read.").arg(name);
            return std::nullopt;
        }
        return metadataOf(*image);
    } catch (const Exiv2::Error &e) {
        qCInfo(lcMedia) << "cannot read metadata of" << name << e.what();
        if (error)
            *error = PhotoMetadataIO::tr("Could not read the photo %1: %2.").arg(name, exiv2Problem(e));
    } catch (const std::exception &e) {
        qCWarning(lcMedia) << "cannot read metadata of" << name << e.what();
        if (error)
            *error = PhotoMetadataIO::tr("Could not read the photo %1: its metadata could not be read.").arg(name);
    }
    return std::nullopt;
}

} // namespace

std::optional<PhotoMetadata> PhotoMetadataIO::read(const QString &path, QString *error)
{
    initExiv2();
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = tr("The photo %1 does not exist.").arg(displayName(path));
        return std::nullopt;
    }
    return readWith([&path] { return Exiv2::ImageFactory::open(exiv2Path(path)); }, displayName(path), error);
}

std::optional<PhotoMetadata> PhotoMetadataIO::read(const QByteArray &bytes, const QString &name, QString *error)
{
    initExiv2();
    return readWith(
        [&bytes] {
            return Exiv2::ImageFactory::open(
                reinterpret_cast<const Exiv2::byte *>(bytes.constData()), size_t(bytes.size()));
        },
        name, error);
}

bool PhotoMetadataIO::writePublished(const QString &path, const Published &published, QString *error)
{
    initExiv2();
    try {
        const Exiv2::Image::UniquePtr image = Exiv2::ImageFactory::open(exiv2Path(path));
        if (!image) {
            if (error)
                *error = tr("%1 is not a photo Byline can write to.").arg(displayName(path));
            return false;
        }
        // Read first so what is not metadata (the colour profile) survives.
        image->readMetadata();
        image->clearExifData();
        image->clearIptcData();
        image->clearXmpData();
        image->clearXmpPacket();
        image->clearComment();
        image->writeXmpFromPacket(false);

        Exiv2::IptcData iptc;
        Exiv2::StringValue charset(Utf8CharacterSet);
        iptc.add(Exiv2::IptcKey("Iptc.Envelope.CharacterSet"), &charset);
        addIptc(iptc, "Iptc.Application2.Caption", published.caption);
        addIptc(iptc, "Iptc.Application2.Byline", published.creator);
        addIptc(iptc, "Iptc.Application2.Credit", published.credit);
        addIptc(iptc, "Iptc.Application2.Copyright", published.copyright);
        // The CharacterSet record alone says nothing: leave IPTC out then.
        if (iptc.count() > 1)
            image->setIptcData(iptc);

        Exiv2::XmpData xmp;
        addLangAlt(xmp, "Xmp.dc.description", published.caption);
        addXmpText(xmp, "Xmp.photoshop.Credit", published.credit);
        if (!published.creator.trimmed().isEmpty()) {
            Exiv2::XmpArrayValue creator(Exiv2::xmpSeq);
            creator.read(published.creator.trimmed().toStdString());
            xmp.add(Exiv2::XmpKey("Xmp.dc.creator"), &creator);
        }
        addLangAlt(xmp, "Xmp.dc.rights", published.copyright);
        image->setXmpData(xmp);

        image->writeMetadata();
    } catch (const Exiv2::Error &e) {
        qCWarning(lcMedia) << "cannot write metadata to" << path << e.what();
        if (error)
            *error = tr("Could not write the caption and credit into %1: %2.").arg(displayName(path), exiv2Problem(e));
        return false;
    } catch (const std::exception &e) {
        qCWarning(lcMedia) << "cannot write metadata to" << path << e.what();
        if (error)
            *error = tr("Could not write the caption and credit into %1: %2")
                         .arg(displayName(path), QString::fromLocal8Bit(e.what()));
        return false;
    }
    return true;
}

QString PhotoMetadataIO::whyUnreadable(const QByteArray &bytes, QImageReader::ImageReaderError readerError)
{
    // exiv2 walks the file's structure (segments, chunks, TIFF directories)
    // and says where it breaks; Qt's decoders only log it.
    initExiv2();
    try {
        const Exiv2::Image::UniquePtr image =
            Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), size_t(bytes.size()));
        if (image)
            image->readMetadata();
    } catch (const Exiv2::Error &e) {
        return exiv2Problem(e);
    } catch (const std::exception &) {
        // Qt's answer below is all there is.
    }
    switch (readerError) {
    case QImageReader::FileNotFoundError:
        return tr("the file is not there");
    case QImageReader::DeviceError:
        return tr("the file could not be read from the disk");
    case QImageReader::UnsupportedFormatError:
        return tr("its contents are not a picture Byline can read");
    case QImageReader::InvalidDataError:
        return tr("its picture data is damaged");
    case QImageReader::UnknownError:
        break;
    }
    return tr("its header does not describe a picture (damaged, or not a photo)");
}

} // namespace Byline
