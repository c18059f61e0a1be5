#include "deskwatcher.h"

#include "common/logging.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {
constexpr std::chrono::seconds defaultInterval {30};

QString quoted(const DeskStory &story)
{
    return story.headline.isEmpty() ? DeskNews::tr("(no headline)") : DeskNews::tr("“%1”").arg(story.headline);
}
} // namespace

QString DeskNews::title() const
{
    switch (kind) {
    case Kind::Filed:
        return tr("New story filed");
    case Kind::Returned:
        return tr("Your story was returned");
    case Kind::Published:
        return tr("Your story is published");
    case Kind::Scheduled:
        return tr("Your story is scheduled");
    }
    return {};
}

QString DeskNews::text(const QTimeZone &zone) const
{
    switch (kind) {
    case Kind::Filed:
        return story.author.name.isEmpty() ? quoted(story) : tr("%1 by %2").arg(quoted(story), story.author.name);
    case Kind::Returned:
        if (story.lastNote && !story.lastNote->text.isEmpty())
            return tr("%1: %2 (%3)").arg(quoted(story), story.lastNote->text, story.lastNote->author.name);
        return quoted(story);
    case Kind::Published:
        return quoted(story);
    case Kind::Scheduled:
        return tr("%1 goes out at %2")
            .arg(quoted(story), QLocale().toString(story.scheduled.toTimeZone(zone), QLocale::ShortFormat));
    }
    return {};
}

QList<DeskNews> DeskNews::between(const DeskInbox &before, const DeskInbox &after, const DeskUser &me)
{
    QHash<qint64, const DeskStory *> earlier;
    for (const DeskStory &story : before.stories)
        earlier.insert(story.post, &story);
    QList<DeskNews> news;
    for (const DeskStory &story : after.stories) {
        const DeskStory *was = earlier.value(story.post);
        const bool mine = me.id != 0 && story.author.id == me.id;
        // Filed: pending now and not before. A story a desk editor picked up
        // (locked) is still pending, so it is not filed again.
        if (story.status == u"pending"_s && !mine && (!was || was->status != u"pending"_s)) {
            news.append({Kind::Filed, story});
            continue;
        }
        if (!mine || !was)
            continue;
        if (story.returned && story.status == u"draft"_s) {
            // Returned again after a resubmission: the story was pending in between.
            const bool wasReturned = was->returned && was->status == u"draft"_s;
            const bool newNote = story.lastNote && (!was->lastNote || was->lastNote->id != story.lastNote->id);
            if (!wasReturned || (newNote && story.lastNote->kind == DeskNoteKind::Return))
                news.append({Kind::Returned, story});
        } else if (story.status == u"publish"_s && was->status != u"publish"_s) {
            news.append({Kind::Published, story});
        } else if (story.status == u"future"_s && was->status != u"future"_s && was->status != u"publish"_s) {
            news.append({Kind::Scheduled, story});
        }
    }
    return news;
}

struct DeskWatcher::Worker
{
    // Used on the pool's one thread only, one refresh at a time.
    std::unique_ptr<DeskClient> client;
    bool supportKnown = false;
};

DeskWatcher::DeskWatcher(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_timer.setInterval(defaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &DeskWatcher::refresh);
}

DeskWatcher::~DeskWatcher()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_pool.waitForDone();
}

void DeskWatcher::setAccount(const QString &target, ClientFactory factory, Cache cache)
{
    // A request for the old account still in flight is cancelled and its
    // answer dropped (the generation moves on).
    if (m_cancelled)
        m_cancelled->store(true);
    ++m_generation;
    m_target = target;
    m_factory = std::move(factory);
    m_cache = std::move(cache);
    m_worker = std::make_shared<Worker>();
    m_inFlight = false;
    m_support = {};
    m_inbox = {};
    m_haveList = false;
    if (m_cache.load) {
        if (std::optional<DeskInbox> cached = m_cache.load()) {
            m_inbox = std::move(*cached);
            m_haveList = true;
        }
    }
    setStatus(Status::Idle);
    Q_EMIT inboxChanged();
    if (!m_factory) {
        m_timer.stop();
        return;
    }
    if (m_timer.isActive())
        refresh();
}

void DeskWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void DeskWatcher::start()
{
    if (!m_factory)
        return;
    m_timer.start();
    refresh();
}

void DeskWatcher::stop()
{
    m_timer.stop();
}

void DeskWatcher::refresh()
{
    if (!m_factory || m_inFlight)
        return;
    m_inFlight = true;
    Q_EMIT refreshingChanged(true);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = m_generation;
    const QString token = m_haveList ? m_inbox.token : QString();
    m_pool.start([this, worker = m_worker, factory = m_factory, cancelled = m_cancelled, token, generation] {
        Answer answer;
        TargetProgress progress;
        progress.cancelled = cancelled.get();
        if (!worker->client) {
            worker->client = factory(&answer.error);
            if (!worker->client && answer.error.isEmpty())
                answer.error = tr("This account has no desk.");
        }
        if (worker->client && !worker->supportKnown) {
            DeskSupport support;
            answer.outcome = worker->client->support(&support, progress);
            ++answer.requests;
            if (answer.outcome.ok()) {
                worker->supportKnown = true;
                answer.support = support;
            }
        }
        const bool ready = worker->client && answer.outcome.ok() && (!answer.support || answer.support->isComplete());
        if (ready) {
            answer.outcome = worker->client->inbox(token, &answer.inbox, &answer.changed, progress);
            ++answer.requests;
        }
        // Dropped by Qt if the watcher is gone (it waits for this thread first).
        QMetaObject::invokeMethod(this, [this, generation, answer] { take(generation, answer); }, Qt::QueuedConnection);
    });
}

void DeskWatcher::take(quint64 generation, const Answer &answer)
{
    if (generation != m_generation)
        return; // an answer for the account before
    m_inFlight = false;
    m_requests += answer.requests;
    if (!answer.error.isEmpty()) {
        setStatus(Status::Failed, answer.error);
    } else if (answer.support && !answer.support->isComplete()) {
        m_support = *answer.support;
        setStatus(Status::Unsupported, m_support.missing());
    } else if (answer.outcome.ok()) {
        if (answer.support) {
            m_support = *answer.support;
            // The site says who is signed in: "my stories" are that account's.
            if (m_support.user.id != 0 && m_support.user != m_me) {
                m_me = m_support.user;
                Q_EMIT meChanged(m_me);
            }
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (answer.changed) {
            const DeskInbox before = m_inbox;
            const bool hadList = m_haveList;
            m_inbox = answer.inbox;
            if (!m_inbox.fetched.isValid())
                m_inbox.fetched = now;
            m_haveList = true;
            if (m_cache.save)
                m_cache.save(m_inbox);
            setStatus(Status::Current);
            Q_EMIT inboxChanged();
            // The first list of a session (nothing cached) tells nothing new:
            // everything on it would be "new".
            if (hadList) {
                if (const QList<DeskNews> fresh = DeskNews::between(before, m_inbox, m_me); !fresh.isEmpty())
                    Q_EMIT news(fresh);
            }
        } else {
            // Nothing changed: the list shown is current as of now.
            m_inbox.fetched = now;
            setStatus(Status::Current);
        }
    } else if (answer.outcome.kind == TargetOutcome::Offline || answer.outcome.kind == TargetOutcome::Retry) {
        setStatus(Status::Offline, answer.outcome.message);
    } else if (answer.outcome.kind != TargetOutcome::Cancelled) {
        setStatus(Status::Failed, answer.outcome.message);
    }
    Q_EMIT refreshingChanged(false);
    Q_EMIT refreshed();
}

void DeskWatcher::setStatus(Status status, const QString &problem)
{
    const bool changed = status != m_status || problem != m_problem;
    m_status = status;
    m_problem = problem;
    if (changed) {
        qCDebug(lcPublish) << "desk" << m_target << status << problem;
        Q_EMIT statusChanged(status);
    }
}

} // namespace Byline
