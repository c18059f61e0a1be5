#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

namespace Byline {

// What the photographer wrote into the file (IPTC, XMP, EXIF), decoded.
struct PhotoMetadata
{
    QString caption; // IPTC Caption-Abstract / XMP dc:description
    QString creator; // IPTC By-line / XMP dc:creator
    QString credit; // IPTC Credit / XMP photoshop:Credit
    QString source; // IPTC Source / XMP photoshop:Source
    QString copyright; // IPTC CopyrightNotice / XMP dc:rights
    QString headline; // IPTC Headline / XMP photoshop:Headline
    QStringList keywords;
    QDateTime dateCreated; // IPTC DateCreated+TimeCreated
    QDateTime dateTaken; // EXIF DateTimeOriginal
    QString cameraMake;
    QString cameraModel;
    int orientation = 1; // EXIF orientation (1-8)
    QStringList warnings; // translated, e.g. a character set that had to be guessed

    QJsonObject toJson() const;
    static PhotoMetadata fromJson(const QJsonObject &json);
    bool operator==(const PhotoMetadata &) const = default;
};

// Non-destructive crop and rotation, applied when a rendition is made.
struct PhotoCrop
{
    QRectF rect; // normalized 0..1 in the upright, rotated image; null: the whole picture
    int rotation = 0; // clockwise degrees: 0, 90, 180, 270
    QString aspect; // "free", "16:9", "4:3", "1:1" (how it was drawn, for the crop tool)

    bool isNull() const { return rect.isNull() && rotation == 0; }
    QJsonObject toJson() const;
    static PhotoCrop fromJson(const QJsonObject &json);
    bool operator==(const PhotoCrop &) const = default;
};

// A photo of an article, as the library keeps it. The original is copied into
// the library (named by its content hash) so the article survives the source
// file being moved or deleted.
struct Photo
{
    QString id; // stable id the body's <figure data-photo="…"> refers to
    qint64 articleId = 0;
    QString sha256; // of the original file's bytes
    QString fileName; // as imported, for people
    QString storedPath; // relative to the library directory
    QSize pixelSize; // upright (EXIF orientation applied)
    qint64 byteSize = 0;
    QString caption;
    QString credit;
    QString altText;
    bool lead = false;
    int position = 0; // order in the article
    PhotoCrop crop;
    PhotoMetadata metadata; // what the file carried at import
    QDateTime added;

    // Missing alt text or credit: shown as a warning, checked before publishing.
    bool needsAltText() const { return altText.trimmed().isEmpty(); }
    bool needsCredit() const { return credit.trimmed().isEmpty(); }
    QJsonObject toJson() const;
    static Photo fromJson(const QJsonObject &json);
    bool operator==(const Photo &) const = default;

    // Ids come from packages and databases made elsewhere, and end up in
    // pages and publishing records: only ASCII letters, digits, '-' and '_',
    // 1 to 64 characters (a UUID is 36), so no id can spell a path or markup.
    static bool isValidId(const QString &id);
};

} // namespace Byline
