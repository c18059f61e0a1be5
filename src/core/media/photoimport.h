#pragma once

#include "article/photo.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

namespace Byline {

class Library;

// Brings photos into the library: checks each file, copies the original in
// (named by its SHA-256, so the same picture is stored once), reads its
// metadata to pre-fill caption, credit and alt text, and makes a thumbnail.
// One bad file never stops the rest of a batch.
class PhotoImport
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PhotoImport)

public:
    enum class Outcome
    {
        Imported,
        Duplicate, // this article already has this picture
        Failed,
    };

    struct Result
    {
        QString path; // as given
        Outcome outcome = Outcome::Failed;
        Photo photo; // Imported or Duplicate
        QString message; // translated; why it failed, or a warning (guessed charset)
    };

    // Larger pictures are refused before decoding (decompression bombs).
    static constexpr qint64 MaxPixels = 120'000'000;
    // Larger files are refused before reading (a camera's JPEG is 5-30 MB,
    // an agency TIFF under 150 MB); downloads and packages keep to it too.
    static constexpr qint64 MaxFileBytes = qint64(150) * 1024 * 1024;
    static constexpr int ThumbnailSize = 320; // longest side, device-independent pixels

    // Called on the importing thread after each file, in order; `done` of
    // `total` files. Returning false stops the import: files not yet begun are
    // left out (and left alone).
    using Progress = std::function<bool(const Result &result, int done, int total)>;

    static Result importFile(Library &library, qint64 articleId, const QString &path);

    // The checks importFile() makes of a picture, for one that arrives in
    // memory (a package): a format Byline takes, by content; its pixel
    // count; complete data; a decode. `name` names it in the message.
    struct Check
    {
        QString error; // translated; empty when the picture is sound
        QString suffix; // of the stored original: jpg, png, webp, tif
        QSize pixelSize; // upright
    };
    static Check check(const QByteArray &bytes, const QString &name);
    static QList<Result> importFiles(
        Library &library, qint64 articleId, const QStringList &paths, const Progress &progress = {});

    // The cached thumbnail of a stored photo (made on first use), upright;
    // scaled decoding keeps memory small. Safe to call from worker threads.
    static QImage thumbnail(const QString &libraryDirectory, const Photo &photo);
};

} // namespace Byline
