#include "credentialstore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// QtKeychain passes every job through one executor that lives in the thread
// that first used it and touches each job from there: a job made in another
// thread is touched after it is gone (a crash), or never started once that
// thread has ended (a hang). So every job is made and run in one thread of
// ours, whichever thread asks (the publish queue's worker, a dialog's helper
// thread, the command line's main thread).
QObject *keychainContext()
{
    static QObject *context = [] {
        auto *thread = new QThread;
        thread->setObjectName(u"byline-keychain"_s);
        thread->start();
        auto *object = new QObject;
        object->moveToThread(thread);
        qAddPostRoutine([] {
            QThread *running = keychainContext()->thread();
            running->quit();
            running->wait(5000);
        });
        return object;
    }();
    return context;
}

QString problemOf(const QKeychain::Job &job);

// Makes a job with `make` in the keychain thread, runs it to its end and
// hands it to `finished` there; the translated reason when it failed.
QString run(
    const std::function<QKeychain::Job *()> &make, const std::function<void(const QKeychain::Job &job)> &finished = {})
{
    QString problem;
    QSemaphore done;
    QMetaObject::invokeMethod(keychainContext(), [&] {
        QKeychain::Job *job = make();
        job->setAutoDelete(true); // deleted in the keychain thread once finished
        // A missing keychain must be an error, not a password file on disk.
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, job, [&](QKeychain::Job *ended) {
            problem = problemOf(*ended);
            if (finished)
                finished(*ended);
            done.release();
        });
        job->start();
    });
    done.acquire();
    return problem;
}

QString problemOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return CredentialStore::tr("No password is stored in the system keychain for this account.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("The system keychain refused access to the password.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    // Without a Secret Service QtKeychain says "Unknown error": say what to do.
    qCWarning(lcApp).noquote() << "keychain:" << job.errorString();
    return CredentialStore::tr("The system keychain is not available (%1). Passwords are kept only there; start "
                               "your desktop's keyring, or set BYLINE_PASSWORD for this run.")
        .arg(job.errorString());
}

} // namespace

QString CredentialStore::key(const QString &target, const QString &user)
{
    return u"target:%1/%2"_s.arg(target, user);
}

bool CredentialStore::store(const QString &target, const QString &user, const QString &password, QString *error)
{
    const QString problem = run([&] {
        auto *job = new QKeychain::WritePasswordJob(serviceName());
        job->setKey(key(target, user));
        job->setTextData(password);
        return job;
    });
    if (error)
        *error = problem;
    return problem.isEmpty();
}

std::optional<QString> CredentialStore::password(const QString &target, const QString &user, QString *error)
{
    if (const QString given = qEnvironmentVariable("BYLINE_PASSWORD"); !given.isEmpty())
        return given;
    QString text;
    const QString problem = run(
        [&] {
            auto *job = new QKeychain::ReadPasswordJob(serviceName());
            job->setKey(key(target, user));
            return job;
        },
        [&](const QKeychain::Job &job) { text = static_cast<const QKeychain::ReadPasswordJob &>(job).textData(); });
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return text;
}

bool CredentialStore::remove(const QString &target, const QString &user, QString *error)
{
    const QString problem = run([&] {
        auto *job = new QKeychain::DeletePasswordJob(serviceName());
        job->setKey(key(target, user));
        return job;
    });
    if (error)
        *error = problem;
    return problem.isEmpty();
}

} // namespace Byline
