#pragma once

#include "render/publication.h"
#include "render/templatepack.h"
#include "retrypolicy.h"
#include "targetaccount.h"

#include <functional>
#include <optional>

namespace Byline {

// What the publish runner needs besides the library: how to render (the
// publication and its template pack, as the preview renders them), how to
// retry, where the accounts and their passwords are. Built from the settings
// in one place, fromSettings(), for the window and the command line alike;
// tests put their own accounts and passwords here.
struct PublishEnvironment
{
    Publication publication;
    TemplatePack pack = TemplatePack::builtIn();
    RetryPolicy policy = RetryPolicy::fromEnvironment();
    // The account's password (the keychain, or BYLINE_PASSWORD);
    // nullopt and *error (translated) when there is none.
    std::function<std::optional<QString>(const TargetAccount &account, QString *error)> password;
    // The accounts; TargetAccounts::find by default.
    std::function<std::optional<TargetAccount>(const QString &name)> account;

    // The saved publication and its pack, the retry policy with the
    // BYLINE_RETRY_* variables, passwords from CredentialStore and accounts
    // from TargetAccounts. A pack that cannot be used gives the built-in one
    // and *problem (translated) says why.
    static PublishEnvironment fromSettings(QString *problem = nullptr);
};

} // namespace Byline
