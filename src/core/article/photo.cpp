#include "photo.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// Photo dates keep their own offset (or none, for camera clocks that never
// had one): converting them to UTC would invent a time zone.
QString isoDate(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

QDateTime fromIsoDate(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoUtc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

} // namespace

QJsonObject PhotoMetadata::toJson() const
{
    return QJsonObject {
        {u"caption"_s, caption},
        {u"creator"_s, creator},
        {u"credit"_s, credit},
        {u"source"_s, source},
        {u"copyright"_s, copyright},
        {u"headline"_s, headline},
        {u"keywords"_s, QJsonArray::fromStringList(keywords)},
        {u"dateCreated"_s, isoDate(dateCreated)},
        {u"dateTaken"_s, isoDate(dateTaken)},
        {u"cameraMake"_s, cameraMake},
        {u"cameraModel"_s, cameraModel},
        {u"orientation"_s, orientation},
        {u"warnings"_s, QJsonArray::fromStringList(warnings)},
    };
}

PhotoMetadata PhotoMetadata::fromJson(const QJsonObject &json)
{
    PhotoMetadata metadata;
    metadata.caption = json.value(u"caption"_s).toString();
    metadata.creator = json.value(u"creator"_s).toString();
    metadata.credit = json.value(u"credit"_s).toString();
    metadata.source = json.value(u"source"_s).toString();
    metadata.copyright = json.value(u"copyright"_s).toString();
    metadata.headline = json.value(u"headline"_s).toString();
    metadata.keywords = stringList(json.value(u"keywords"_s));
    metadata.dateCreated = fromIsoDate(json.value(u"dateCreated"_s).toString());
    metadata.dateTaken = fromIsoDate(json.value(u"dateTaken"_s).toString());
    metadata.cameraMake = json.value(u"cameraMake"_s).toString();
    metadata.cameraModel = json.value(u"cameraModel"_s).toString();
    const int orientation = json.value(u"orientation"_s).toInt(1);
    metadata.orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
    metadata.warnings = stringList(json.value(u"warnings"_s));
    return metadata;
}

QJsonObject PhotoCrop::toJson() const
{
    QJsonObject json {{u"rotation"_s, rotation}, {u"aspect"_s, aspect}};
    if (!rect.isNull())
        json.insert(u"rect"_s, QJsonArray {rect.x(), rect.y(), rect.width(), rect.height()});
    return json;
}

PhotoCrop PhotoCrop::fromJson(const QJsonObject &json)
{
    PhotoCrop crop;
    const QJsonArray rect = json.value(u"rect"_s).toArray();
    if (rect.size() == 4) {
        // Clamped to the picture: a hand-edited or damaged crop must not
        // reach outside it.
        const QRectF value(rect.at(0).toDouble(), rect.at(1).toDouble(), rect.at(2).toDouble(), rect.at(3).toDouble());
        const QRectF clamped = value.normalized().intersected(QRectF(0, 0, 1, 1));
        if (clamped.width() > 0 && clamped.height() > 0)
            crop.rect = clamped;
    }
    const int rotation = json.value(u"rotation"_s).toInt();
    crop.rotation = (rotation % 90 == 0) ? ((rotation % 360) + 360) % 360 : 0;
    crop.aspect = json.value(u"aspect"_s).toString();
    return crop;
}

QJsonObject Photo::toJson() const
{
    return QJsonObject {
        {u"id"_s, id},
        {u"articleId"_s, articleId},
        {u"sha256"_s, sha256},
        {u"fileName"_s, fileName},
        {u"storedPath"_s, storedPath},
        {u"width"_s, pixelSize.width()},
        {u"height"_s, pixelSize.height()},
        {u"byteSize"_s, byteSize},
        {u"caption"_s, caption},
        {u"credit"_s, credit},
        {u"altText"_s, altText},
        {u"lead"_s, lead},
        {u"position"_s, position},
        {u"crop"_s, crop.toJson()},
        {u"metadata"_s, metadata.toJson()},
        {u"added"_s, isoUtc(added)},
    };
}

bool Photo::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'_';
    });
}

Photo Photo::fromJson(const QJsonObject &json)
{
    Photo photo;
    photo.id = json.value(u"id"_s).toString();
    photo.articleId = json.value(u"articleId"_s).toInteger();
    photo.sha256 = json.value(u"sha256"_s).toString();
    photo.fileName = json.value(u"fileName"_s).toString();
    photo.storedPath = json.value(u"storedPath"_s).toString();
    photo.pixelSize = QSize(json.value(u"width"_s).toInt(), json.value(u"height"_s).toInt());
    photo.byteSize = json.value(u"byteSize"_s).toInteger();
    photo.caption = json.value(u"caption"_s).toString();
    photo.credit = json.value(u"credit"_s).toString();
    photo.altText = json.value(u"altText"_s).toString();
    photo.lead = json.value(u"lead"_s).toBool();
    photo.position = json.value(u"position"_s).toInt();
    photo.crop = PhotoCrop::fromJson(json.value(u"crop"_s).toObject());
    photo.metadata = PhotoMetadata::fromJson(json.value(u"metadata"_s).toObject());
    photo.added = fromIsoUtc(json.value(u"added"_s).toString());
    return photo;
}

} // namespace Byline
