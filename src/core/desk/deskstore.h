#pragma once

#include "deskstory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Byline {

class Library;

// A local article opened from a post on a target's desk, and the post's lock
// as this Byline last knew it.
struct DeskLink
{
    qint64 articleId = 0;
    QString target; // the account's name
    qint64 post = 0;
    bool lockHeld = false; // this Byline holds the post's lock
    QDateTime lockSince; // UTC, when this Byline took it (lockHeld)
    std::optional<DeskLock> heldBy; // someone else's lock: the story is read-only here
    QDateTime opened; // UTC, when the story last came from the site

    bool operator==(const DeskLink &) const = default;
};

// The desk's local state in the library database: the last inbox of each
// target (the desk shows it offline, with its time) and the links between
// local articles and the posts they were opened from. Failures are reported
// through the library (Library::errorString()).
class DeskStore
{
    Q_DECLARE_TR_FUNCTIONS(Byline::DeskStore)

public:
    explicit DeskStore(Library &library);

    // Replaces the target's cached inbox.
    bool saveInbox(const QString &target, const DeskInbox &inbox);
    // The last inbox saved for the target; nullopt when none was (or it
    // cannot be read: the next refresh replaces it).
    std::optional<DeskInbox> loadInbox(const QString &target) const;

    // Adds or replaces the article's link (one per article, one per post).
    // Inside a transaction the caller holds it joins it.
    bool setLink(const DeskLink &link);
    std::optional<DeskLink> link(qint64 articleId) const;
    std::optional<DeskLink> linkForPost(const QString &target, qint64 post) const;
    // Every link, or those of one target; the ones holding a lock first.
    QList<DeskLink> links(const QString &target = {}) const;
    // This Byline took (held, since) or let go of the post's lock; `heldBy`
    // is someone else's lock when they hold it (the story is read-only).
    bool setLock(qint64 articleId, bool held, const QDateTime &since, const std::optional<DeskLock> &heldBy = {});
    bool removeLink(qint64 articleId);

private:
    Library &m_library;
};

} // namespace Byline
