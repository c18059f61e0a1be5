#pragma once

#include "desk/deskclient.h"
#include "outbox.h"
#include "publishenvironment.h"
#include "publishjob.h"
#include "publishtarget.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Byline {

class Library;

// Takes one attempt at one job, blocking until it ends, in named steps:
// loadJob, signIn, checkRights, uploadMedia, renderBody, sendPost and
// recordResult. Each step records in the outbox before and after it acts.
// The body is rendered here, once the photos are up, in the form the target
// takes (PublishTarget::bodyForm()): targets only map fields and send. The
// queue runs it on its worker thread with that thread's own Library;
// PublishService::drain runs it on the command line's.
class PublishRunner
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PublishRunner)

public:
    using Environment = PublishEnvironment;

    PublishRunner(Library &library, Environment environment);
    ~PublishRunner();
    PublishRunner(const PublishRunner &) = delete;
    PublishRunner &operator=(const PublishRunner &) = delete;

    // For the next job (the settings changed); the kept sign-ins go.
    void setEnvironment(Environment environment);
    const Environment &environment() const { return m_environment; }

    // The job after the attempt (Done, Waiting, Held or Cancelled); nullopt
    // if there is no such open job. `changed` hears each state and progress
    // change, on the calling thread.
    std::optional<PublishJob> run(qint64 jobId, const std::atomic_bool *cancelled = nullptr,
        const std::function<void(const PublishJob &job)> &changed = {});

    // What a job says while it waits to try again: what failed, and when the
    // next try is (the dock and the command line show it as it is).
    static QString retryMessage(const QString &failure, std::chrono::milliseconds wait);

    // The photos a story sends, in order: its lead and those in its body;
    // every photo attached to it when it is submitted to the desk, which
    // chooses among them.
    static QList<Photo> photosToSend(
        const Article &article, const QList<Photo> &photos, PublishAction action = PublishAction::Publish);
    // Same photo, crop and size: same key, so the same remote copy.
    static QString mediaKey(const Article &article, const Photo &photo, const Publication &publication);

private:
    class Attempt;
    static constexpr qint64 TargetReuseMs = 5 * 60 * 1000;
    struct CachedTarget
    {
        TargetAccount account;
        QString password;
        std::unique_ptr<PublishTarget> target;
        TargetCapabilities capabilities;
        QElapsedTimer signedIn;
        // The desk's calls to the same account, made for the first desk action.
        std::unique_ptr<DeskClient> desk;
    };

    Library &m_library;
    Outbox m_outbox;
    Environment m_environment;
    std::map<QString, CachedTarget> m_targets; // by target name
};

} // namespace Byline
