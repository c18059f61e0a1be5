#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Byline {

// CMS passwords (WordPress Application Passwords) live only in the operating
// system's keychain (Secret Service, macOS Keychain, Windows Credential
// Manager) through QtKeychain: never in settings, the library or logs, and
// never in a plain-text fallback. BYLINE_PASSWORD, when set, is used for that
// run instead and nothing is stored. The calls wait for the keychain, so use
// them off the UI thread or where a short wait is fine (the command line).
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(Byline::CredentialStore)

public:
    static QString serviceName() { return QStringLiteral("Byline"); }
    static QString environmentVariable() { return QStringLiteral("BYLINE_PASSWORD"); }

    // The keychain entry of a target's account.
    static QString key(const QString &target, const QString &user);

    static bool store(const QString &target, const QString &user, const QString &password, QString *error);
    // nullopt and *error (translated) when there is no password or no keychain.
    static std::optional<QString> password(const QString &target, const QString &user, QString *error);
    static bool remove(const QString &target, const QString &user, QString *error);
};

} // namespace Byline
