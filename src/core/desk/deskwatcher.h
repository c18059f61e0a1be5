#pragma once

#include "deskclient.h"
#include "deskstory.h"

#include <QCoreApplication>
#include <QObject>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Byline {

// Something on the desk a person should hear about (a desktop notification).
struct DeskNews
{
    Q_DECLARE_TR_FUNCTIONS(Byline::DeskNews)

public:
    enum class Kind
    {
        Filed, // a story newly filed to the desk (for the desk)
        Returned, // my story came back with a note (for the reporter)
        Published, // my story went out (for the reporter)
        Scheduled, // my story was approved for a set time (for the reporter)
    };
    Kind kind = Kind::Filed;
    DeskStory story;

    // Translated, for the notification's title and text.
    QString title() const;
    QString text(const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
    bool operator==(const DeskNews &) const = default;

    // What is new in `after` since `before` for the account `me` (id 0:
    // unknown, so nothing is "mine"): a story that became pending and is not
    // mine; a story of mine that was returned, published or scheduled since.
    // Stories absent from `before` count as filed when pending, but a
    // story of mine must have been in `before` to be news (a published post
    // merely edited within the 24 hours is not).
    static QList<DeskNews> between(const DeskInbox &before, const DeskInbox &after, const DeskUser &me);
};

// Keeps the desk's list fresh: every 30 s and on demand (the window asks
// when it gains focus), one inbox request at a time on a worker thread, with
// the connector's "changed since" token so a quiet poll costs one small
// answer. Offline it keeps the last list (from the cache at start) and says
// since when. After each refresh it says what is new (DeskNews::between).
class DeskWatcher : public QObject
{
    Q_OBJECT

public:
    // Makes the client for the account, on the worker thread (it may read
    // the keychain); null with *error when it cannot.
    using ClientFactory = std::function<std::unique_ptr<DeskClient>(QString *error)>;
    // Where the last list is kept between sessions (the library's DeskStore).
    struct Cache
    {
        std::function<std::optional<DeskInbox>()> load;
        std::function<void(const DeskInbox &)> save;
    };
    enum class Status
    {
        Idle, // no account yet, or no answer yet
        Current, // the last refresh reached the site
        Offline, // the site cannot be reached: the list is the last one
        Failed, // the site refused (sign-in, rights): problem() says why
        Unsupported, // the site lacks connector 2.0: support().missing()
    };
    Q_ENUM(Status)

    explicit DeskWatcher(QObject *parent = nullptr);
    ~DeskWatcher() override;

    // A new account (the target chooser): forgets the list, loads the
    // account's cached one and refreshes. An empty factory stops watching.
    void setAccount(const QString &target, ClientFactory factory, Cache cache = {});
    QString target() const { return m_target; }
    // The account's own user, for "my stories" and the reporter's news;
    // the site's answer to the support check sets it (DeskSupport::user).
    void setMe(const DeskUser &me) { m_me = me; }
    const DeskUser &me() const { return m_me; }

    // Refreshing every `interval` while started (30 s by default).
    void setInterval(std::chrono::milliseconds interval);
    void start();
    void stop();
    // Asks the site now; a refresh already on its way is not doubled.
    void refresh();
    bool isRefreshing() const { return m_inFlight; }

    const DeskInbox &inbox() const { return m_inbox; }
    Status status() const { return m_status; }
    bool isOffline() const { return m_status == Status::Offline; }
    // When the list shown came from the site (UTC); null when never.
    QDateTime listTime() const { return m_inbox.fetched; }
    // Translated; why the last refresh did not reach the site or was refused.
    QString problem() const { return m_problem; }
    const DeskSupport &support() const { return m_support; }
    // How many requests reached the client (each refresh is one, plus one
    // support check per account).
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void inboxChanged();
    void meChanged(const Byline::DeskUser &me);
    void statusChanged(Byline::DeskWatcher::Status status);
    void news(const QList<Byline::DeskNews> &news);
    void refreshingChanged(bool refreshing);
    // A refresh ended, whatever its outcome.
    void refreshed();

private:
    struct Worker;
    struct Answer
    {
        TargetOutcome outcome;
        bool changed = false;
        DeskInbox inbox;
        std::optional<DeskSupport> support;
        QString error; // the client could not be made
        int requests = 0;
    };
    void take(quint64 generation, const Answer &answer);
    void setStatus(Status status, const QString &problem = {});

    QString m_target;
    ClientFactory m_factory;
    Cache m_cache;
    std::shared_ptr<Worker> m_worker;
    DeskInbox m_inbox;
    bool m_haveList = false;
    DeskUser m_me;
    DeskSupport m_support;
    Status m_status = Status::Idle;
    QString m_problem;
    QTimer m_timer;
    bool m_inFlight = false;
    quint64 m_generation = 0;
    int m_requests = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QThreadPool m_pool; // last: destroyed first, waiting for the request in flight
};

} // namespace Byline
