#include "photostore.h"

#include "common/logging.h"
#include "library.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Empty, never null: the photo columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const QString photoColumns = u"id, article_id, sha256, file_name, stored_path, width, height, byte_size, caption,"
                             " credit, alt_text, lead, position, crop, metadata, added"_s;

// A row whose id is not one Byline makes (written by an older build from a
// hostile package) is left out: ids reach pages and publishing records.
std::optional<Photo> photoFromRow(const QSqlQuery &query)
{
    Photo photo;
    photo.id = query.value(0).toString();
    if (!Photo::isValidId(photo.id)) {
        qCWarning(lcLibrary).noquote() << "a photo of article" << query.value(1).toLongLong()
                                       << "has an id that is not accepted and is left out";
        return std::nullopt;
    }
    photo.articleId = query.value(1).toLongLong();
    photo.sha256 = query.value(2).toString();
    photo.fileName = query.value(3).toString();
    photo.storedPath = query.value(4).toString();
    photo.pixelSize = QSize(query.value(5).toInt(), query.value(6).toInt());
    photo.byteSize = query.value(7).toLongLong();
    photo.caption = query.value(8).toString();
    photo.credit = query.value(9).toString();
    photo.altText = query.value(10).toString();
    photo.lead = query.value(11).toBool();
    photo.position = query.value(12).toInt();
    photo.crop = PhotoCrop::fromJson(parseJson(query.value(13)));
    photo.metadata = PhotoMetadata::fromJson(parseJson(query.value(14)));
    photo.added = QDateTime::fromString(query.value(15).toString(), Qt::ISODateWithMs);
    return photo;
}

// The values of photoColumns, in order.
void bindPhotoRow(QSqlQuery &query, const Photo &photo)
{
    query.addBindValue(photo.id);
    query.addBindValue(photo.articleId);
    query.addBindValue(text(photo.sha256));
    query.addBindValue(text(photo.fileName));
    query.addBindValue(text(photo.storedPath));
    query.addBindValue(photo.pixelSize.width());
    query.addBindValue(photo.pixelSize.height());
    query.addBindValue(photo.byteSize);
    query.addBindValue(text(photo.caption));
    query.addBindValue(text(photo.credit));
    query.addBindValue(text(photo.altText));
    query.addBindValue(photo.lead ? 1 : 0);
    query.addBindValue(photo.position);
    query.addBindValue(compactJson(photo.crop.toJson()));
    query.addBindValue(compactJson(photo.metadata.toJson()));
    query.addBindValue(isoUtc(photo.added));
}

const QString insertPhotoRow =
    u"INSERT INTO photos ("_s + photoColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

constexpr int sqliteConstraintUnique = 2067;

} // namespace

PhotoStore::PhotoStore(Library &library)
    : m_library(library)
{ }

QString PhotoStore::photoStoragePath(const QString &sha256, const QString &suffix)
{
    // Two-character folders keep any one folder small in a large library.
    return u"photos/"_s + sha256.left(2) + u'/' + sha256 + u'.' + suffix;
}

QString PhotoStore::thumbnailStoragePath(const QString &sha256, int size)
{
    return u"thumbnails/%1-%2.jpg"_s.arg(sha256).arg(size);
}

QString PhotoStore::photoFilePath(const Photo &photo) const
{
    return m_library.directory() + u'/' + photo.storedPath;
}

QList<Photo> PhotoStore::photos(qint64 articleId) const
{
    QList<Photo> result;
    if (!m_library.isOpen())
        return result;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + photoColumns + u" FROM photos WHERE article_id = ? ORDER BY position, added"_s);
    query.addBindValue(articleId);
    if (!query.exec()) {
        qCInfo(lcLibrary).noquote() << "listing photos failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        if (std::optional<Photo> photo = photoFromRow(query))
            result.append(*photo);
    }
    return result;
}

std::optional<Photo> PhotoStore::photo(const QString &id) const
{
    if (!m_library.isOpen())
        return std::nullopt;
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT "_s + photoColumns + u" FROM photos WHERE id = ?"_s);
    query.addBindValue(text(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return photoFromRow(query);
}

std::optional<Photo> PhotoStore::photoBySha(qint64 articleId, const QString &sha256) const
{
    if (!m_library.isOpen())
        return std::nullopt;
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT "_s + photoColumns + u" FROM photos WHERE article_id = ? AND sha256 = ?"_s);
    query.addBindValue(articleId);
    query.addBindValue(text(sha256));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return photoFromRow(query);
}

bool PhotoStore::writeLead(qint64 articleId, const QString &photoId)
{
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE photos SET lead = (id = ?) WHERE article_id = ?"_s);
    query.addBindValue(text(photoId));
    query.addBindValue(articleId);
    if (!query.exec())
        return m_library.failSql(tr("The lead photo could not be set"), query.lastError());
    return writeArticleLead(articleId, photoId);
}

bool PhotoStore::writeArticleLead(qint64 articleId, const QString &photoId)
{
    // The article's own JSON names its lead, so an exported article carries
    // it; the article store takes it from the rows just written.
    std::optional<Article> article = m_library.articleStore().article(articleId);
    if (!article)
        return m_library.fail(tr("There is no article %1 in the library.").arg(articleId));
    if (article->leadPhotoId == text(photoId))
        return true;
    article->leadPhotoId = text(photoId);
    return m_library.articleStore().writeArticle(*article);
}

bool PhotoStore::renumberPhotos(qint64 articleId, const QStringList &order)
{
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE photos SET position = ? WHERE id = ? AND article_id = ?"_s);
    for (qsizetype i = 0; i < order.size(); ++i) {
        query.addBindValue(int(i));
        query.addBindValue(order.at(i));
        query.addBindValue(articleId);
        if (!query.exec())
            return m_library.failSql(tr("The photos could not be reordered"), query.lastError());
    }
    return true;
}

bool PhotoStore::addPhoto(Photo &photo)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    Photo stored = photo;
    if (stored.id.isEmpty())
        stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!Photo::isValidId(stored.id))
        return m_library.fail(tr("The photo %1 has an id that Byline does not accept.").arg(stored.fileName));
    if (!stored.added.isValid())
        stored.added = QDateTime::currentDateTimeUtc();
    const bool ok = m_library.transaction([&] {
        QSqlQuery query(m_library.database());
        query.prepare(u"SELECT (SELECT count(*) FROM articles WHERE id = ?),"
                      " coalesce(max(position) + 1, 0), coalesce(max(lead), 0) FROM photos WHERE article_id = ?"_s);
        query.addBindValue(stored.articleId);
        query.addBindValue(stored.articleId);
        if (!query.exec() || !query.next())
            return m_library.failSql(tr("The photo could not be added"), query.lastError());
        if (query.value(0).toInt() == 0)
            return m_library.fail(tr("There is no article %1 in the library.").arg(stored.articleId));
        stored.position = query.value(1).toInt();
        stored.lead = query.value(2).toInt() == 0;
        query.finish();

        query.prepare(insertPhotoRow);
        bindPhotoRow(query, stored);
        if (!query.exec()) {
            if (query.lastError().nativeErrorCode().toInt() == sqliteConstraintUnique)
                return m_library.fail(tr("The article already has the photo %1.").arg(stored.fileName));
            return m_library.failSql(tr("The photo could not be added"), query.lastError());
        }
        return !stored.lead || writeLead(stored.articleId, stored.id);
    });
    if (!ok)
        return false;
    stored.added = QDateTime::fromString(isoUtc(stored.added), Qt::ISODateWithMs); // as stored
    photo = stored;
    m_library.notifyPhotosChanged(photo.articleId);
    return true;
}

bool PhotoStore::updatePhoto(const Photo &photo)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE photos SET caption = ?, credit = ?, alt_text = ?, crop = ? WHERE id = ?"_s);
    query.addBindValue(text(photo.caption));
    query.addBindValue(text(photo.credit));
    query.addBindValue(text(photo.altText));
    query.addBindValue(compactJson(photo.crop.toJson()));
    query.addBindValue(text(photo.id));
    if (!query.exec())
        return m_library.failSql(tr("The photo could not be saved"), query.lastError());
    if (query.numRowsAffected() == 0)
        return m_library.fail(tr("The photo %1 is no longer in the library.").arg(photo.fileName));
    m_library.notifyPhotosChanged(photo.articleId);
    return true;
}

bool PhotoStore::removePhoto(const QString &id)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    const std::optional<Photo> removed = photo(id);
    if (!removed)
        return m_library.fail(tr("There is no photo %1 in the library.").arg(id));
    const bool ok = m_library.transaction([&] {
        QSqlQuery query(m_library.database());
        query.prepare(u"DELETE FROM photos WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return m_library.failSql(tr("The photo could not be removed"), query.lastError());
        QStringList order;
        query.prepare(u"SELECT id FROM photos WHERE article_id = ? ORDER BY position, added"_s);
        query.addBindValue(removed->articleId);
        if (!query.exec())
            return m_library.failSql(tr("The photo could not be removed"), query.lastError());
        while (query.next())
            order << query.value(0).toString();
        query.finish();
        if (!renumberPhotos(removed->articleId, order))
            return false;
        // The next photo leads when the lead goes; none is left blank.
        return !removed->lead || writeLead(removed->articleId, order.value(0));
    });
    if (!ok)
        return false;
    removeUnusedPhotoFiles({*removed});
    m_library.notifyPhotosChanged(removed->articleId);
    return true;
}

bool PhotoStore::setLeadPhoto(qint64 articleId, const QString &photoId)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    const std::optional<Photo> lead = photo(photoId);
    if (!lead || lead->articleId != articleId)
        return m_library.fail(tr("The photo %1 is not in article %2.").arg(photoId).arg(articleId));
    if (!m_library.transaction([&] { return writeLead(articleId, photoId); }))
        return false;
    m_library.notifyPhotosChanged(articleId);
    return true;
}

bool PhotoStore::movePhoto(const QString &id, int newPosition)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    const std::optional<Photo> moved = photo(id);
    if (!moved)
        return m_library.fail(tr("There is no photo %1 in the library.").arg(id));
    QStringList order;
    for (const Photo &photo : photos(moved->articleId))
        order << photo.id;
    order.removeOne(id);
    order.insert(std::clamp<qsizetype>(newPosition, 0, order.size()), id);
    if (!m_library.transaction([&] { return renumberPhotos(moved->articleId, order); }))
        return false;
    m_library.notifyPhotosChanged(moved->articleId);
    return true;
}

bool PhotoStore::writeArticlePhotos(qint64 articleId, const QList<Photo> &photos, const QSet<QString> *removable)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    if (!m_library.inTransaction()) {
        if (!m_library.transaction([&] { return writePhotoRows(articleId, photos, removable); }))
            return false;
    } else if (!writePhotoRows(articleId, photos, removable)) {
        return false;
    }
    m_library.notifyPhotosChanged(articleId);
    return true;
}

bool PhotoStore::writePhotoRows(qint64 articleId, const QList<Photo> &photos, const QSet<QString> *removable)
{
    QSet<QString> wanted;
    QString lead;
    for (const Photo &photo : photos) {
        if (!Photo::isValidId(photo.id))
            return m_library.fail(tr("The photo %1 has an id that Byline does not accept.").arg(photo.fileName));
        wanted.insert(photo.id);
        if (photo.lead && lead.isEmpty())
            lead = photo.id;
    }
    if (lead.isEmpty() && !photos.isEmpty())
        lead = photos.first().id;

    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT id, lead FROM photos WHERE article_id = ?"_s);
    query.addBindValue(articleId);
    if (!query.exec())
        return m_library.failSql(tr("The photos could not be saved"), query.lastError());
    QStringList gone;
    QString oldLead;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (!wanted.contains(id) && (!removable || removable->contains(id)))
            gone << query.value(0).toString();
        if (query.value(1).toBool())
            oldLead = query.value(0).toString();
    }
    query.finish();
    // First, so a photo brought back under a new id never meets its old row.
    query.prepare(u"DELETE FROM photos WHERE id = ?"_s);
    for (const QString &id : std::as_const(gone)) {
        query.addBindValue(id);
        if (!query.exec())
            return m_library.failSql(tr("The photos could not be saved"), query.lastError());
    }
    // A photo an Undo brought back gets its row again; the others keep
    // what only the library knows (file, size, metadata) and take the rest.
    query.prepare(insertPhotoRow
        + u" ON CONFLICT (id) DO UPDATE SET caption = excluded.caption, credit = excluded.credit,"
          " alt_text = excluded.alt_text, crop = excluded.crop, lead = excluded.lead, position = excluded.position"
          " WHERE photos.article_id = excluded.article_id"_s);
    for (qsizetype i = 0; i < photos.size(); ++i) {
        Photo row = photos.at(i);
        row.articleId = articleId;
        row.position = int(i);
        row.lead = row.id == lead;
        if (!row.added.isValid())
            row.added = QDateTime::currentDateTimeUtc();
        bindPhotoRow(query, row);
        if (!query.exec()) {
            if (query.lastError().nativeErrorCode().toInt() == sqliteConstraintUnique)
                return m_library.fail(tr("The article already has the photo %1.").arg(row.fileName));
            return m_library.failSql(tr("The photos could not be saved"), query.lastError());
        }
        if (query.numRowsAffected() == 0)
            return m_library.fail(tr("The photo %1 is not in article %2.").arg(row.id).arg(articleId));
    }
    query.finish();
    // A row kept for not being removable (an import the document has not
    // taken in yet) may have made itself the lead: the list's lead is the one.
    if (removable && !lead.isEmpty()) {
        query.prepare(u"UPDATE photos SET lead = 0 WHERE article_id = ? AND lead AND id <> ?"_s);
        query.addBindValue(articleId);
        query.addBindValue(lead);
        if (!query.exec())
            return m_library.failSql(tr("The photos could not be saved"), query.lastError());
    }
    // The article's JSON already names the lead unless it changed: an
    // autosave does not parse the article again.
    return lead == oldLead || writeArticleLead(articleId, lead);
}

void PhotoStore::removeUnusedPhotoFiles(const QList<Photo> &removed)
{
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT count(*) FROM photos WHERE sha256 = ?"_s);
    for (const Photo &photo : removed) {
        if (photo.sha256.isEmpty())
            continue;
        query.addBindValue(photo.sha256);
        if (!query.exec() || !query.next() || query.value(0).toInt() > 0)
            continue;
        query.finish();
        if (!photo.storedPath.isEmpty())
            QFile::remove(photoFilePath(photo));
        QDir thumbnails(m_library.directory() + u"/thumbnails"_s);
        for (const QString &name : thumbnails.entryList({photo.sha256 + u"-*.jpg"_s}, QDir::Files))
            thumbnails.remove(name);
    }
}

int PhotoStore::removeOrphanedPhotoFiles(std::chrono::seconds minimumAge)
{
    if (!m_library.isOpen())
        return 0;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT DISTINCT sha256 FROM photos"_s)) {
        qCInfo(lcLibrary).noquote() << "sweeping photo files failed:" << query.lastError().text();
        return 0;
    }
    QSet<QString> used;
    while (query.next())
        used.insert(query.value(0).toString());
    if (query.lastError().type() != QSqlError::NoError)
        return 0; // a damaged page: rows unseen may still use files
    query.finish();

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-minimumAge.count());
    QList<Photo> orphans;
    QDirIterator originals(m_library.directory() + u"/photos"_s, QDir::Files, QDirIterator::Subdirectories);
    while (originals.hasNext()) {
        const QFileInfo file = originals.nextFileInfo();
        const QString sha256 = file.completeBaseName();
        if (used.contains(sha256) || file.lastModified().toUTC() > before)
            continue;
        Photo orphan;
        orphan.sha256 = sha256;
        orphan.storedPath = QDir(m_library.directory()).relativeFilePath(file.filePath());
        orphans << orphan;
    }
    removeUnusedPhotoFiles(orphans);
    return int(orphans.size());
}

} // namespace Byline
