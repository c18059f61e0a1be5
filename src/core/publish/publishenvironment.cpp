#include "publishenvironment.h"

#include "credentialstore.h"

namespace Byline {

PublishEnvironment PublishEnvironment::fromSettings(QString *problem)
{
    PublishEnvironment environment;
    environment.publication = Publication::fromSettings();
    QString packProblem;
    environment.pack = TemplatePack::forPublication(environment.publication.templatePack, &packProblem);
    if (problem)
        *problem = packProblem;
    environment.policy = RetryPolicy::fromEnvironment();
    // Called on the queue's worker thread: the keychain may take its time there.
    environment.password = [](const TargetAccount &account, QString *error) {
        return CredentialStore::password(account.name, account.user, error);
    };
    environment.account = [](const QString &name) { return TargetAccounts::find(name); };
    return environment;
}

} // namespace Byline
