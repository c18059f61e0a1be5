#include "deskstore.h"

#include "library/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// The cache is Byline's own JSON, written here and read back here; the
// limits only keep a damaged row from costing much.
constexpr qsizetype MaxCachedStories = 5000;

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

QJsonObject userToJson(const DeskUser &user)
{
    return {{u"id"_s, user.id}, {u"name"_s, user.name}};
}

DeskUser userFromJson(const QJsonObject &json)
{
    return {json.value(u"id"_s).toInteger(), json.value(u"name"_s).toString()};
}

QJsonValue lockToJson(const std::optional<DeskLock> &lock)
{
    if (!lock)
        return QJsonValue::Null;
    return QJsonObject {
        {u"user"_s, userToJson(lock->user)}, {u"since"_s, isoUtc(lock->since)}, {u"expires"_s, isoUtc(lock->expires)}};
}

std::optional<DeskLock> lockFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject json = value.toObject();
    return DeskLock {userFromJson(json.value(u"user"_s).toObject()), fromIso(json.value(u"since"_s).toString()),
        fromIso(json.value(u"expires"_s).toString())};
}

QJsonObject storyToJson(const DeskStory &story)
{
    QJsonObject json {{u"post"_s, story.post}, {u"uuid"_s, story.uuid.toString(QUuid::WithoutBraces)},
        {u"headline"_s, story.headline}, {u"status"_s, story.status}, {u"author"_s, userToJson(story.author)},
        {u"modified"_s, isoUtc(story.modified)}, {u"section"_s, story.section}, {u"lock"_s, lockToJson(story.lock)},
        {u"scheduled"_s, isoUtc(story.scheduled)}, {u"embargo"_s, isoUtc(story.embargo)}, {u"notes"_s, story.notes},
        {u"returned"_s, story.returned}};
    if (story.lastNote) {
        const DeskNote &note = *story.lastNote;
        json.insert(u"lastNote"_s,
            QJsonObject {{u"id"_s, note.id}, {u"author"_s, userToJson(note.author)}, {u"time"_s, isoUtc(note.time)},
                {u"kind"_s, deskNoteKindKey(note.kind)}, {u"text"_s, note.text}});
    }
    return json;
}

DeskStory storyFromJson(const QJsonObject &json)
{
    DeskStory story;
    story.post = json.value(u"post"_s).toInteger();
    story.uuid = QUuid::fromString(json.value(u"uuid"_s).toString());
    story.headline = json.value(u"headline"_s).toString();
    story.status = json.value(u"status"_s).toString();
    story.author = userFromJson(json.value(u"author"_s).toObject());
    story.modified = fromIso(json.value(u"modified"_s).toString());
    story.section = json.value(u"section"_s).toString();
    story.lock = lockFromJson(json.value(u"lock"_s));
    story.scheduled = fromIso(json.value(u"scheduled"_s).toString());
    story.embargo = fromIso(json.value(u"embargo"_s).toString());
    story.notes = json.value(u"notes"_s).toInt();
    story.returned = json.value(u"returned"_s).toBool();
    if (json.value(u"lastNote"_s).isObject()) {
        const QJsonObject note = json.value(u"lastNote"_s).toObject();
        story.lastNote = DeskNote {note.value(u"id"_s).toInteger(), userFromJson(note.value(u"author"_s).toObject()),
            fromIso(note.value(u"time"_s).toString()), deskNoteKindFromKey(note.value(u"kind"_s).toString()),
            note.value(u"text"_s).toString()};
    }
    return story;
}

constexpr auto linkColumns =
    "SELECT article_id, target, post, lock_held, lock_since, held_by_id, held_by_name, held_since, opened"
    " FROM desk_links";

DeskLink linkFromRow(const QSqlQuery &query)
{
    DeskLink link;
    link.articleId = query.value(0).toLongLong();
    link.target = query.value(1).toString();
    link.post = query.value(2).toLongLong();
    link.lockHeld = query.value(3).toBool();
    link.lockSince = fromIso(query.value(4).toString());
    if (query.value(5).toLongLong() != 0 || !query.value(6).toString().isEmpty())
        link.heldBy =
            DeskLock {{query.value(5).toLongLong(), query.value(6).toString()}, fromIso(query.value(7).toString()), {}};
    link.opened = fromIso(query.value(8).toString());
    return link;
}

} // namespace

DeskStore::DeskStore(Library &library)
    : m_library(library)
{ }

bool DeskStore::saveInbox(const QString &target, const DeskInbox &inbox)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    QJsonArray stories;
    for (const DeskStory &story : inbox.stories)
        stories.append(storyToJson(story));
    QSqlQuery query(m_library.database());
    query.prepare(u"INSERT INTO desk_inbox (target, token, fetched, stories) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (target) DO UPDATE SET token = excluded.token, fetched = excluded.fetched,"
                  " stories = excluded.stories"_s);
    query.addBindValue(target);
    query.addBindValue(inbox.token.isNull() ? u""_s : inbox.token);
    query.addBindValue(isoUtc(inbox.fetched.isValid() ? inbox.fetched : QDateTime::currentDateTimeUtc()));
    query.addBindValue(QString::fromUtf8(QJsonDocument(stories).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return m_library.failSql(tr("The desk's list could not be kept for offline use"), query.lastError());
    m_library.clearError();
    return true;
}

std::optional<DeskInbox> DeskStore::loadInbox(const QString &target) const
{
    if (!m_library.isOpen())
        return std::nullopt;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT token, fetched, stories FROM desk_inbox WHERE target = ?"_s);
    query.addBindValue(target);
    if (!query.exec() || !query.next())
        return std::nullopt;
    DeskInbox inbox;
    inbox.token = query.value(0).toString();
    inbox.fetched = fromIso(query.value(1).toString());
    const QJsonDocument stories = QJsonDocument::fromJson(query.value(2).toByteArray());
    if (!stories.isArray())
        return std::nullopt;
    const QJsonArray array = stories.array();
    for (qsizetype i = 0; i < array.size() && i < MaxCachedStories; ++i)
        inbox.stories.append(storyFromJson(array.at(i).toObject()));
    return inbox;
}

bool DeskStore::setLink(const DeskLink &link)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    return m_library.transaction([&] {
        QSqlQuery query(m_library.database());
        // Another article linked to the same post (an earlier copy) lets go:
        // one post, one local article.
        query.prepare(u"DELETE FROM desk_links WHERE target = ? AND post = ? AND article_id <> ?"_s);
        query.addBindValue(link.target);
        query.addBindValue(link.post);
        query.addBindValue(link.articleId);
        if (!query.exec())
            return m_library.failSql(tr("The story's link to the desk could not be saved"), query.lastError());
        query.prepare(u"INSERT OR REPLACE INTO desk_links (article_id, target, post, lock_held, lock_since,"
                      " held_by_id, held_by_name, held_since, opened) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(link.articleId);
        query.addBindValue(link.target);
        query.addBindValue(link.post);
        query.addBindValue(link.lockHeld ? 1 : 0);
        query.addBindValue(link.lockHeld ? isoUtc(link.lockSince) : u""_s);
        query.addBindValue(link.heldBy ? link.heldBy->user.id : 0);
        query.addBindValue(link.heldBy ? link.heldBy->user.name : u""_s);
        query.addBindValue(link.heldBy ? isoUtc(link.heldBy->since) : u""_s);
        query.addBindValue(isoUtc(link.opened.isValid() ? link.opened : QDateTime::currentDateTimeUtc()));
        if (!query.exec())
            return m_library.failSql(tr("The story's link to the desk could not be saved"), query.lastError());
        return true;
    });
}

std::optional<DeskLink> DeskStore::link(qint64 articleId) const
{
    if (!m_library.isOpen())
        return std::nullopt;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(linkColumns) + u" WHERE article_id = ?"_s);
    query.addBindValue(articleId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return linkFromRow(query);
}

std::optional<DeskLink> DeskStore::linkForPost(const QString &target, qint64 post) const
{
    if (!m_library.isOpen())
        return std::nullopt;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(linkColumns) + u" WHERE target = ? AND post = ?"_s);
    query.addBindValue(target);
    query.addBindValue(post);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return linkFromRow(query);
}

QList<DeskLink> DeskStore::links(const QString &target) const
{
    QList<DeskLink> result;
    if (!m_library.isOpen())
        return result;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(
        QString::fromLatin1(linkColumns) + u" WHERE ? = '' OR target = ? ORDER BY lock_held DESC, article_id"_s);
    query.addBindValue(target.isNull() ? u""_s : target);
    query.addBindValue(target.isNull() ? u""_s : target);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(linkFromRow(query));
    return result;
}

bool DeskStore::setLock(qint64 articleId, bool held, const QDateTime &since, const std::optional<DeskLock> &heldBy)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    QSqlQuery query(m_library.database());
    query.prepare(u"UPDATE desk_links SET lock_held = ?, lock_since = ?, held_by_id = ?, held_by_name = ?,"
                  " held_since = ? WHERE article_id = ?"_s);
    query.addBindValue(held ? 1 : 0);
    query.addBindValue(held ? isoUtc(since) : u""_s);
    query.addBindValue(heldBy ? heldBy->user.id : 0);
    query.addBindValue(heldBy ? heldBy->user.name : u""_s);
    query.addBindValue(heldBy ? isoUtc(heldBy->since) : u""_s);
    query.addBindValue(articleId);
    if (!query.exec())
        return m_library.failSql(tr("The story's lock could not be noted"), query.lastError());
    if (query.numRowsAffected() == 0)
        return m_library.fail(tr("Article %1 was not opened from a desk.").arg(articleId));
    m_library.clearError();
    return true;
}

bool DeskStore::removeLink(qint64 articleId)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    QSqlQuery query(m_library.database());
    query.prepare(u"DELETE FROM desk_links WHERE article_id = ?"_s);
    query.addBindValue(articleId);
    if (!query.exec())
        return m_library.failSql(tr("The story's link to the desk could not be removed"), query.lastError());
    m_library.clearError();
    return true;
}

} // namespace Byline
