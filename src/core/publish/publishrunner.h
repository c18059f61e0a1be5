#pragma once

#include "outbox.h"
#include "publishjob.h"
#include "publishtarget.h"
#include "render/publication.h"
#include "render/templatepack.h"
#include "retrypolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Byline {

class Library;

// Takes one attempt at one job, blocking until it ends: signs in, checks the
// account may take the action, puts up the photos the story uses, then the
// story, and records each step in the outbox before and after it is taken.
// The queue runs it on its worker thread with that thread's own Library;
// the command line runs it directly.
class PublishRunner
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PublishRunner)

public:
    struct Environment
    {
        Publication publication;
        TemplatePack pack = TemplatePack::builtIn();
        RetryPolicy policy = RetryPolicy::fromEnvironment();
        // The account's password (the keychain, or BYLINE_PASSWORD);
        // nullopt and *error (translated) when there is none.
        std::function<std::optional<QString>(const TargetAccount &account, QString *error)> password;
        // The accounts; TargetAccounts::find by default.
        std::function<std::optional<TargetAccount>(const QString &name)> account;
    };

    PublishRunner(Library &library, Environment environment);
    ~PublishRunner();
    PublishRunner(const PublishRunner &) = delete;
    PublishRunner &operator=(const PublishRunner &) = delete;

    // The job after the attempt (Done, Waiting, Held or Cancelled); nullopt
    // if there is no such open job. `changed` hears each state and progress
    // change, on the calling thread.
    std::optional<PublishJob> run(qint64 jobId, const std::atomic_bool *cancelled = nullptr,
        const std::function<void(const PublishJob &job)> &changed = {});

    // What a job says while it waits to try again: what failed, and when the
    // next try is (the dock and the command line show it as it is).
    static QString retryMessage(const QString &failure, std::chrono::milliseconds wait);

    // The photos a story sends: its lead and those in its body, in order.
    static QList<Photo> photosToSend(const Article &article, const QList<Photo> &photos);
    // Same photo, crop and size: same key, so the same remote copy.
    static QString mediaKey(const Article &article, const Photo &photo, const Publication &publication);

private:
    static constexpr qint64 TargetReuseMs = 5 * 60 * 1000;
    struct CachedTarget
    {
        TargetAccount account;
        QString password;
        std::unique_ptr<PublishTarget> target;
        TargetCapabilities capabilities;
        QElapsedTimer signedIn;
    };

    Library &m_library;
    Outbox m_outbox;
    Environment m_environment;
    std::map<QString, CachedTarget> m_targets; // by target name
};

} // namespace Byline
