#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Byline {

// A place to publish to, as the settings keep it: never a password (that is
// in the keychain, CredentialStore, under the account's name and user).
struct TargetAccount
{
    Q_DECLARE_TR_FUNCTIONS(Byline::TargetAccount)

public:
    static QString folderKind() { return QStringLiteral("folder"); }
    static QString wordPressKind() { return QStringLiteral("wordpress"); }
    // The one that needs no setting up: a folder in the user's documents.
    static QString builtInName() { return QStringLiteral("folder"); }

    QString name; // letters, digits, "-", "_" and "."; what the CLI and the queue call it
    QString kind; // folderKind() or wordPressKind(); a new backend adds its own
    QString path; // folder: where the articles' folders go
    QUrl url; // wordpress: the site's address (its REST API is under /wp-json)
    QString user; // wordpress: the account's user name

    bool needsPassword() const { return kind == wordPressKind(); }
    // "folder → ~/Documents/…" or "wordpress → desk@https://…", for lists.
    QString description() const;
    // A translated reason when the account cannot be used; empty when it can.
    QString problem() const;

    QJsonObject toJson() const;
    static TargetAccount fromJson(const QJsonObject &json);
    bool operator==(const TargetAccount &) const = default;
};

// The accounts in the settings, plus the built-in folder target unless an
// account of the same name replaces it.
class TargetAccounts
{
    Q_DECLARE_TR_FUNCTIONS(Byline::TargetAccounts)

public:
    static TargetAccount builtInFolder();
    static QList<TargetAccount> all();
    static std::optional<TargetAccount> find(const QString &name);
    // Adds or replaces the account of that name; false and *error when
    // account.problem() says it cannot be used.
    static bool save(const TargetAccount &account, QString *error);
    static bool remove(const QString &name);
    // The target new jobs go to unless told otherwise.
    static QString defaultTarget();
    static void setDefaultTarget(const QString &name);
};

} // namespace Byline
