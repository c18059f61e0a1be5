#include "credentialstore.h"

#include "common/logging.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// Runs a keychain job to its end; the translated reason when it failed.
QString run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // A missing keychain must be an error, not a password file on disk.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
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
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(key(target, user));
    job.setTextData(password);
    const QString problem = run(job);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

std::optional<QString> CredentialStore::password(const QString &target, const QString &user, QString *error)
{
    if (const QString given = qEnvironmentVariable("BYLINE_PASSWORD"); !given.isEmpty())
        return given;
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(key(target, user));
    const QString problem = run(job);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return job.textData();
}

bool CredentialStore::remove(const QString &target, const QString &user, QString *error)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(key(target, user));
    const QString problem = run(job);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

} // namespace Byline
