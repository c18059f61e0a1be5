#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Byline {

// What the desk shows, as the connector's inbox says it (docs/desk-protocol.md).
// Parsed from a site's answer with limits: see DeskAnswers (deskanswers.h).

struct DeskUser
{
    qint64 id = 0;
    QString name; // display name, made safe (SiteText)
    bool operator==(const DeskUser &) const = default;
};

// A post's lock (WordPress's _edit_lock): who holds it and since when.
struct DeskLock
{
    DeskUser user;
    QDateTime since; // UTC
    QDateTime expires; // UTC
    bool operator==(const DeskLock &) const = default;
};

enum class DeskNoteKind
{
    Comment,
    Return, // 반려
    Approve, // 출고
};

struct DeskNote
{
    qint64 id = 0;
    DeskUser author;
    QDateTime time; // UTC
    DeskNoteKind kind = DeskNoteKind::Comment;
    QString text; // plain text, made safe
    bool operator==(const DeskNote &) const = default;
};

// The desk's tabs: 송고, 데스킹 중, 반려, 예약, 출고.
enum class DeskState
{
    Filed, // pending, nobody holds it
    Editing, // locked by someone
    Returned, // a draft with a return note
    Scheduled, // future
    Published, // published in the last 24 hours
    Draft, // the reporter's own draft (My stories only)
};

struct DeskStory
{
    qint64 post = 0;
    QUuid uuid; // null for a post written in wp-admin
    QString headline;
    QString status; // WordPress's word: pending, draft, future, publish
    DeskUser author;
    QDateTime modified; // UTC
    QString section;
    std::optional<DeskLock> lock;
    QDateTime scheduled; // UTC, future only
    QDateTime embargo; // UTC, or null
    int notes = 0;
    std::optional<DeskNote> lastNote;
    bool returned = false;

    DeskState state() const;
    bool operator==(const DeskStory &) const = default;
};

// The stable words for the command line, the connector and the local cache.
QString deskNoteKindKey(DeskNoteKind kind); // "comment", "return", "approve"
DeskNoteKind deskNoteKindFromKey(const QString &key); // anything else is a comment
QString deskStateKey(DeskState state); // "filed", "editing", "returned", "scheduled", "published", "draft"
std::optional<DeskState> deskStateFromKey(const QString &key);

struct DeskInbox
{
    QString token; // the connector's "changed since" token
    QDateTime fetched; // UTC, when this list came from the site
    QList<DeskStory> stories;
    int skipped = 0; // rows of the site's answer that could not be read, or past the limit
};

} // namespace Byline
