#include "photoimport.h"

#include "common/contenthash.h"
#include "common/logging.h"
#include "library/library.h"
#include "photometadata.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The stored original's suffix for each accepted format (by content).
QString suffixForFormat(const QByteArray &format)
{
    if (format == "jpeg" || format == "jpg")
        return u"jpg"_s;
    if (format == "png")
        return u"png"_s;
    if (format == "webp")
        return u"webp"_s;
    if (format == "tiff" || format == "tif")
        return u"tif"_s;
    return {};
}

bool looksNamedLikeAPicture(const QString &path)
{
    static const QStringList suffixes {u"jpg"_s, u"jpeg"_s, u"jpe"_s, u"png"_s, u"webp"_s, u"tif"_s, u"tiff"_s,
        u"gif"_s, u"heic"_s, u"heif"_s, u"bmp"_s, u"avif"_s};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

// Whether the JPEG data reaches its end-of-image marker. Walks the segments
// by their lengths (so an EOI inside an embedded EXIF thumbnail does not
// count) and the entropy-coded scans to the marker that ends them; data a
// phone appends after EOI (motion photos) does not matter.
bool jpegIsComplete(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    if (size < 4 || data[0] != 0xff || data[1] != 0xd8)
        return false;
    qsizetype pos = 2;
    while (pos < size) {
        if (data[pos] != 0xff)
            return false;
        while (pos < size && data[pos] == 0xff) // fill bytes
            ++pos;
        if (pos >= size)
            return false;
        const uchar marker = data[pos++];
        if (marker == 0xd9)
            return true;
        if ((marker >= 0xd0 && marker <= 0xd7) || marker == 0x01)
            continue;
        if (pos + 2 > size)
            return false;
        const int length = (data[pos] << 8) | data[pos + 1];
        if (length < 2 || pos + length > size)
            return false;
        pos += length;
        if (marker != 0xda)
            continue;
        // Entropy-coded data: FF 00 is a data byte, FF D0-D7 a restart; any
        // other marker ends the scan.
        for (;;) {
            const void *found = memchr(data + pos, 0xff, size_t(size - pos));
            if (!found)
                return false;
            pos = static_cast<const uchar *>(found) - data;
            if (pos + 1 >= size)
                return false;
            const uchar next = data[pos + 1];
            if (next == 0x00 || (next >= 0xd0 && next <= 0xd7) || next == 0xff) {
                pos += next == 0xff ? 1 : 2;
                continue;
            }
            break;
        }
    }
    return false;
}

// The scaled-decoding target: the longest side at most ThumbnailSize, in
// the file's own (not yet rotated) orientation, never enlarged.
QSize thumbnailDecodeSize(const QSize &fileSize)
{
    if (std::max(fileSize.width(), fileSize.height()) <= PhotoImport::ThumbnailSize)
        return fileSize;
    return fileSize.scaled(PhotoImport::ThumbnailSize, PhotoImport::ThumbnailSize, Qt::KeepAspectRatio)
        .expandedTo(QSize(1, 1));
}

// Opaque 8-bit RGB for the JPEG cache: CMYK and 16-bit pictures convert,
// transparency goes onto white (as on the page).
QImage flattened(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter painter(&opaque);
    painter.drawImage(0, 0, image);
    painter.end();
    return opaque;
}

// Decodes the thumbnail (upright, scaled while decoding); on failure says why.
QImage decodeThumbnail(QImageReader &reader, const QSize &fileSize, QImageReader::ImageReaderError *error)
{
    reader.setAutoTransform(true);
    reader.setScaledSize(thumbnailDecodeSize(fileSize));
    QImage image = reader.read();
    if (image.isNull()) {
        *error = reader.error();
        return {};
    }
    return flattened(image);
}

bool writeThumbnail(const QString &path, const QImage &image)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return image.save(&file, "jpeg", 85) && file.commit();
}

// MaxPixels guards against decompression bombs; Qt's own 128 MB limit
// would also refuse real photos (a 24-megapixel 16-bit PNG), so it is raised
// to what MaxPixels allows at 8 bytes a pixel.
void raiseAllocationLimit()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const int megabytes = int(PhotoImport::MaxPixels * 8 / (1024 * 1024)) + 1;
        if (QImageReader::allocationLimit() < megabytes)
            QImageReader::setAllocationLimit(megabytes);
    });
}

// What checking a picture's bytes found out.
struct Checked
{
    QString error; // translated, names the file
    QString suffix;
    QSize pixelSize; // upright
    QImage thumbnail;
};

// The checks every photo passes, from a file or a package: a format Byline
// takes (by content), a size it can handle, complete data, and a decode.
Checked checkPicture(const QByteArray &bytes, const QString &path, const QString &name)
{
    Checked checked;
    auto failed = [&checked](const QString &message) {
        checked.error = message;
        return checked;
    };
    if (bytes.isEmpty())
        return failed(PhotoImport::tr("%1 is empty (0 bytes): it holds no picture.").arg(name));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    const QString supported = PhotoImport::tr("Byline imports JPEG, PNG, WebP and TIFF photos.");
    // Some systems have a PDF image plugin; a PDF is still a document.
    if (bytes.startsWith("%PDF"))
        return failed(PhotoImport::tr("%1 is a PDF document, not a photo. %2 Export the picture as JPEG or PNG.")
                .arg(name, supported));
    if (format.isEmpty()) {
        if (looksNamedLikeAPicture(path))
            return failed(PhotoImport::tr("%1 is named like a photo, but its contents are not a picture Byline can "
                                          "read. %2")
                    .arg(name, supported));
        return failed(PhotoImport::tr("%1 is not a photo. %2").arg(name, supported));
    }
    if (format == "gif")
        return failed(PhotoImport::tr("%1: GIF is not supported for news photos; export a JPEG or PNG.").arg(name));
    checked.suffix = suffixForFormat(format);
    if (checked.suffix.isEmpty())
        return failed(PhotoImport::tr("%1 is a %2 image. %3 Export it as JPEG or PNG.")
                .arg(name, QString::fromLatin1(format).toUpper(), supported));

    const QSize fileSize = reader.size();
    if (!fileSize.isValid() || fileSize.isEmpty())
        return failed(PhotoImport::tr("%1 could not be read as a picture: %2.")
                .arg(name, PhotoMetadataIO::whyUnreadable(bytes, reader.error())));
    const qint64 pixels = qint64(fileSize.width()) * fileSize.height();
    if (pixels > PhotoImport::MaxPixels)
        return failed(PhotoImport::tr("%1 is %2 × %3 pixels (%4 megapixels); Byline takes photos up to %5 "
                                      "megapixels. Import a smaller copy.")
                .arg(name)
                .arg(fileSize.width())
                .arg(fileSize.height())
                .arg(pixels / 1'000'000)
                .arg(PhotoImport::MaxPixels / 1'000'000));
    if (format == "jpeg" && !jpegIsComplete(bytes))
        return failed(PhotoImport::tr("%1 is cut short: the JPEG data ends before the picture does. The file was "
                                      "probably not copied completely; copy it again from its source.")
                .arg(name));
    // The transformation is known before decoding; orientations 5-8 turn
    // the picture on its side.
    const bool onItsSide = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    checked.pixelSize = onItsSide ? fileSize.transposed() : fileSize;

    // Decoding once (scaled, cheap) proves the data is sound and gives the thumbnail.
    raiseAllocationLimit();
    QImageReader::ImageReaderError decodeError = QImageReader::UnknownError;
    checked.thumbnail = decodeThumbnail(reader, fileSize, &decodeError);
    if (checked.thumbnail.isNull())
        return failed(PhotoImport::tr("%1 is damaged and could not be decoded: %2.")
                .arg(name, PhotoMetadataIO::whyUnreadable(bytes, decodeError)));
    return checked;
}

// What the checks and the copy found out about one file. Made without the
// library's database, so it may run on a worker thread.
struct Prepared
{
    QString error; // translated, names the file
    QString sha256;
    QString storedPath;
    QSize pixelSize;
    qint64 byteSize = 0;
    std::optional<PhotoMetadata> metadata;
    QString metadataError; // translated; the picture imports without its caption
};

// `existed`: whether the file was there when the import began, so a file
// that never was is told apart from one moved away meanwhile.
Prepared prepare(const QString &libraryDirectory, const QString &path, bool existed)
{
    Prepared prepared;
    const QFileInfo info(path);
    const QString name = shown(path);
    auto failed = [&prepared](const QString &message) {
        prepared.error = message;
        return prepared;
    };
    if (info.isDir())
        return failed(PhotoImport::tr("%1 is a folder; choose the photos inside it.").arg(name));

    QFile file(path);
    if (!file.exists() && !existed)
        return failed(PhotoImport::tr("%1: there is no such file.").arg(name));
    if (!file.exists())
        return failed(PhotoImport::tr("%1 could not be copied into the library: the file is no longer there (it "
                                      "was moved or deleted during the import).")
                .arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return failed(PhotoImport::tr("%1 could not be read: %2").arg(name, file.errorString()));
    if (file.size() > PhotoImport::MaxFileBytes)
        return failed(PhotoImport::tr("%1 is %2 MB; Byline takes photos of up to %3 MB. Import a smaller copy.")
                .arg(name)
                .arg(file.size() / (1024 * 1024))
                .arg(PhotoImport::MaxFileBytes / (1024 * 1024)));
    // Bounded even when the size is not known ahead (a pipe, a growing file).
    const QByteArray bytes = file.read(PhotoImport::MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failed(PhotoImport::tr("%1 could not be copied into the library: %2").arg(name, file.errorString()));
    file.close();
    if (bytes.size() > PhotoImport::MaxFileBytes)
        return failed(PhotoImport::tr("%1 is larger than %2 MB; Byline takes photos of up to %2 MB. Import a smaller "
                                      "copy.")
                .arg(name)
                .arg(PhotoImport::MaxFileBytes / (1024 * 1024)));

    const Checked checked = checkPicture(bytes, path, name);
    if (!checked.error.isEmpty())
        return failed(checked.error);
    prepared.pixelSize = checked.pixelSize;
    prepared.sha256 = sha256Hex(bytes);
    prepared.byteSize = bytes.size();
    prepared.storedPath = PhotoStore::photoStoragePath(prepared.sha256, checked.suffix);
    const QString target = libraryDirectory + u'/' + prepared.storedPath;
    // The same picture is stored once, whichever articles use it.
    if (QFileInfo(target).size() != bytes.size()) {
        QString error;
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            error = PhotoImport::tr("cannot create the folder %1").arg(shown(QFileInfo(target).absolutePath()));
        } else {
            QSaveFile copy(target);
            if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.commit())
                error = copy.errorString();
        }
        if (!error.isEmpty())
            return failed(PhotoImport::tr("%1 could not be copied into the library: %2").arg(name, error));
    }
    prepared.metadata = PhotoMetadataIO::read(bytes, name, &prepared.metadataError);
    const QString thumbnailPath =
        libraryDirectory + u'/' + PhotoStore::thumbnailStoragePath(prepared.sha256, PhotoImport::ThumbnailSize);
    if (!QFileInfo::exists(thumbnailPath) && !writeThumbnail(thumbnailPath, checked.thumbnail))
        qCWarning(lcLibrary).noquote() << "cannot write the thumbnail" << thumbnailPath;
    return prepared;
}

// The first sentence of a caption: the reporter's starting point for alt text.
QString firstSentence(const QString &text)
{
    static const QRegularExpression end(u"[.!?。](\\s|$)"_s);
    const QString simplified = text.simplified();
    const QRegularExpressionMatch match = end.match(simplified);
    return match.hasMatch() ? simplified.left(match.capturedStart() + 1) : simplified;
}

PhotoImport::Result finish(Library &library, qint64 articleId, const QString &path, const Prepared &prepared)
{
    PhotoImport::Result result;
    result.path = path;
    if (!prepared.error.isEmpty()) {
        result.message = prepared.error;
        return result;
    }
    if (const std::optional<Photo> existing = library.photoStore().photoBySha(articleId, prepared.sha256)) {
        result.outcome = PhotoImport::Outcome::Duplicate;
        result.photo = *existing;
        result.message = PhotoImport::tr("%1 is already in this article.").arg(shown(path));
        return result;
    }

    Photo photo;
    photo.articleId = articleId;
    photo.sha256 = prepared.sha256;
    photo.fileName = QFileInfo(path).fileName();
    photo.storedPath = prepared.storedPath;
    photo.pixelSize = prepared.pixelSize;
    photo.byteSize = prepared.byteSize;

    QStringList notes;
    if (prepared.metadata) {
        photo.metadata = *prepared.metadata;
        notes << prepared.metadata->warnings;
    } else if (!prepared.metadataError.isEmpty()) {
        notes << PhotoImport::tr("%1: the caption and credit in the file could not be read (%2).")
                     .arg(shown(path), prepared.metadataError);
    }
    const PhotoMetadata &metadata = photo.metadata;
    photo.caption = metadata.caption.trimmed();
    for (const QString &credit : {metadata.credit, metadata.creator, metadata.source}) {
        if (!credit.trimmed().isEmpty()) {
            photo.credit = credit.trimmed();
            break;
        }
    }
    photo.altText =
        !metadata.headline.trimmed().isEmpty() ? metadata.headline.simplified() : firstSentence(metadata.caption);

    if (!library.photoStore().addPhoto(photo)) {
        result.message = PhotoImport::tr("%1 could not be added: %2").arg(shown(path), library.errorString());
        return result;
    }
    result.outcome = PhotoImport::Outcome::Imported;
    result.photo = photo;
    result.message = notes.join(u' ');
    return result;
}

// The files a folder stands for: the pictures directly inside it, by name.
QStringList picturesInFolder(const QString &folder)
{
    QStringList files;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        // Sidecars and notes beside the photos are not reported as failures;
        // a damaged photo (named like one) is.
        if (looksNamedLikeAPicture(entry.filePath()) || !QImageReader::imageFormat(entry.filePath()).isEmpty())
            files << entry.filePath();
    }
    return files;
}

} // namespace

PhotoImport::Result PhotoImport::importFile(Library &library, qint64 articleId, const QString &path)
{
    return finish(library, articleId, path, prepare(library.directory(), path, QFileInfo::exists(path)));
}

PhotoImport::Check PhotoImport::check(const QByteArray &bytes, const QString &name)
{
    if (bytes.size() > MaxFileBytes)
        return {tr("%1 is larger than %2 MB; Byline takes photos of up to %2 MB. Import a smaller copy.")
                    .arg(name)
                    .arg(MaxFileBytes / (1024 * 1024)),
            {}, {}};
    const Checked checked = checkPicture(bytes, name, name);
    return {checked.error, checked.suffix, checked.pixelSize};
}

QList<PhotoImport::Result> PhotoImport::importFiles(
    Library &library, qint64 articleId, const QStringList &paths, const Progress &progress)
{
    // A folder stands for the pictures directly inside it.
    QStringList files;
    QHash<QString, QString> folderOf;
    QList<Result> emptyFolders;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        const QStringList inside = picturesInFolder(path);
        if (inside.isEmpty()) {
            Result result;
            result.path = path;
            result.message =
                tr("%1 is a folder with no photos directly inside it (its subfolders are not searched); choose the "
                   "photos.")
                    .arg(shown(path));
            emptyFolders << result;
        }
        for (const QString &file : inside)
            folderOf.insert(file, path);
        files << inside;
    }
    const int total = int(files.size() + emptyFolders.size());
    QList<Result> results;
    for (const Result &result : std::as_const(emptyFolders)) {
        results << result;
        if (progress && !progress(result, int(results.size()), total))
            return results;
    }

    // Reading, hashing, decoding and copying run on the pool, one file per
    // task; the database is written here, in order, as each file is ready.
    // Tasks not yet begun when the import stops do nothing.
    const QString directory = library.directory();
    QList<bool> existed;
    for (const QString &file : std::as_const(files))
        existed << QFileInfo::exists(file);
    QList<Prepared> prepared(files.size());
    Prepared *filled = prepared.data(); // each task fills its own slot
    std::vector<QSemaphore> ready(size_t(files.size()));
    auto stopped = std::make_shared<std::atomic_bool>(false);
    for (qsizetype i = 0; i < files.size(); ++i) {
        QThreadPool::globalInstance()->start([filled, &ready, &files, &existed, directory, i, stopped] {
            if (!stopped->load())
                filled[i] = prepare(directory, files.at(i), existed.at(i));
            ready[size_t(i)].release();
        });
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        ready[size_t(i)].acquire();
        if (stopped->load())
            continue; // wait for every task: they use this frame
        Result result = finish(library, articleId, files.at(i), prepared.at(i));
        if (folderOf.contains(files.at(i)) && result.outcome != Outcome::Failed && result.message.isEmpty())
            result.message =
                tr("Found in the folder %1 (its subfolders are not searched).").arg(shown(folderOf.value(files.at(i))));
        results << result;
        if (progress && !progress(result, int(results.size()), total))
            stopped->store(true);
    }
    return results;
}

QImage PhotoImport::thumbnail(const QString &libraryDirectory, const Photo &photo)
{
    const QString cachePath = libraryDirectory + u'/' + PhotoStore::thumbnailStoragePath(photo.sha256, ThumbnailSize);
    {
        QImageReader cached(cachePath);
        QImage image = cached.read();
        if (!image.isNull())
            return image;
    }
    QImageReader reader(libraryDirectory + u'/' + photo.storedPath);
    reader.setDecideFormatFromContent(true);
    const QSize fileSize = reader.size();
    if (!fileSize.isValid() || qint64(fileSize.width()) * fileSize.height() > MaxPixels)
        return {};
    raiseAllocationLimit();
    QImageReader::ImageReaderError error = QImageReader::UnknownError;
    const QImage image = decodeThumbnail(reader, fileSize, &error);
    if (image.isNull()) {
        qCWarning(lcLibrary).noquote() << "no thumbnail for" << photo.storedPath << reader.errorString();
        return {};
    }
    if (!writeThumbnail(cachePath, image))
        qCWarning(lcLibrary).noquote() << "cannot write the thumbnail" << cachePath;
    return image;
}

} // namespace Byline
