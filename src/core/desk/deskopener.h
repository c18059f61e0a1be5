#pragma once

#include "deskclient.h"
#include "render/publication.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Byline {

class Library;

// Opens a filed story from a target's desk into the local library: takes the
// post's lock, reads the story, downloads every attached photo and brings the
// story and its photos in as one transaction, linked to the post (the desk
// link and the publish queue's remote post), so later saves and publishes
// update the same post. Opening the same post again updates the same local
// article, keeping the local text as a named revision when it differs.
// Blocking: run it from a worker thread (the window) or the command line.
class DeskOpener
{
    Q_DECLARE_TR_FUNCTIONS(Byline::DeskOpener)

public:
    struct Options
    {
        // Take the lock from whoever holds it (the person confirmed).
        bool takeover = false;
    };

    struct Result
    {
        enum Kind
        {
            Opened, // this Byline holds the lock
            ReadOnly, // someone else holds it: heldBy says who, since when
            Failed, // message says why; articleId is a local copy kept, if any
            Cancelled,
        };
        Kind kind = Failed;
        qint64 articleId = 0;
        std::optional<DeskLock> lock; // ours, when Opened
        std::optional<DeskLock> heldBy; // theirs, when ReadOnly
        QString message; // translated: why it failed, or who holds the story
        QStringList notes; // translated: photos left out, the local text kept as a revision
        int keptRevision = 0; // the revision holding the local text it replaced; 0: none
        bool postGone = false; // the site no longer has the post
        TargetOutcome outcome; // of the call that failed

        bool opened() const { return kind == Opened || kind == ReadOnly; }
    };

    // `target` is the account's name, as the links and the queue call it.
    DeskOpener(Library &library, DeskClient &client, const QString &target);

    // The publication the publish runner renders with (its environment's):
    // the site's copies of the photos are recorded under the keys the runner
    // looks them up by. Unset: the saved one, as
    // PublishEnvironment::fromSettings() gives the runner.
    void setPublication(const Publication &publication) { m_publication = publication; }

    // progress.bytes reports the photos' bytes downloaded of their total;
    // progress.cancelled stops before anything is written.
    Result open(qint64 post, const Options &options, const TargetProgress &progress = {});

    // The article as a post written in wp-admin gives it: title, excerpt and
    // content through the article sanitizer. Empty *refusal when it could be read.
    static Article articleFromPost(const DeskFiledStory &story, QString *refusal);

private:
    struct Download;
    bool store(qint64 post, const DeskFiledStory &story, const QList<Download> &downloads,
        const Publication &publication, Result *result);

    Library &m_library;
    DeskClient &m_client;
    QString m_target;
    std::optional<Publication> m_publication;
};

} // namespace Byline
