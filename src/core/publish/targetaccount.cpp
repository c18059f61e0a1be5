#include "targetaccount.h"

#include "common/settings.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

const Setting<QByteArray> accountsSetting {"targets/accounts", {}};
const Setting<QString> defaultSetting {"targets/default", {}};

QList<TargetAccount> storedAccounts()
{
    const QJsonArray array = QJsonDocument::fromJson(accountsSetting.value()).array();
    QList<TargetAccount> accounts;
    for (const QJsonValue &value : array)
        accounts.append(TargetAccount::fromJson(value.toObject()));
    return accounts;
}

void storeAccounts(const QList<TargetAccount> &accounts)
{
    QJsonArray array;
    for (const TargetAccount &account : accounts)
        array.append(account.toJson());
    accountsSetting.setValue(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QString TargetAccount::description() const
{
    if (kind == folderKind())
        return u"%1 → %2"_s.arg(kind, QDir::toNativeSeparators(path));
    if (kind == wordPressKind())
        return u"%1 → %2@%3"_s.arg(kind, user, url.toString());
    return kind;
}

QString TargetAccount::problem() const
{
    static const QRegularExpression safeName(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!safeName.match(name).hasMatch())
        return tr("The target name \"%1\" is not usable: use up to 64 letters, digits, dots, dashes and underscores, "
                  "starting with a letter or digit.")
            .arg(name);
    if (kind == folderKind()) {
        if (path.trimmed().isEmpty())
            return tr("The folder target \"%1\" needs a folder (--path).").arg(name);
        return {};
    }
    if (kind == wordPressKind()) {
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
            return tr("The WordPress target \"%1\" needs the site's http or https address (--url), not \"%2\".")
                .arg(name, url.toString());
        if (user.trimmed().isEmpty())
            return tr("The WordPress target \"%1\" needs a user name (--user).").arg(name);
        return {};
    }
    return tr("Unknown kind of target \"%1\": use folder or wordpress.").arg(kind);
}

QJsonObject TargetAccount::toJson() const
{
    QJsonObject json {{u"name"_s, name}, {u"kind"_s, kind}};
    if (!path.isEmpty())
        json.insert(u"path"_s, path);
    if (!url.isEmpty())
        json.insert(u"url"_s, url.toString());
    if (!user.isEmpty())
        json.insert(u"user"_s, user);
    return json;
}

TargetAccount TargetAccount::fromJson(const QJsonObject &json)
{
    TargetAccount account;
    account.name = json.value(u"name"_s).toString();
    account.kind = json.value(u"kind"_s).toString();
    account.path = json.value(u"path"_s).toString();
    account.url = QUrl(json.value(u"url"_s).toString());
    account.user = json.value(u"user"_s).toString();
    return account;
}

TargetAccount TargetAccounts::builtInFolder()
{
    TargetAccount account;
    account.name = TargetAccount::builtInName();
    account.kind = TargetAccount::folderKind();
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    account.path = documents + u"/Byline Published"_s;
    return account;
}

QList<TargetAccount> TargetAccounts::all()
{
    QList<TargetAccount> accounts = storedAccounts();
    const bool replaced = std::any_of(accounts.cbegin(), accounts.cend(),
        [](const TargetAccount &account) { return account.name == TargetAccount::builtInName(); });
    if (!replaced)
        accounts.prepend(builtInFolder());
    return accounts;
}

std::optional<TargetAccount> TargetAccounts::find(const QString &name)
{
    for (const TargetAccount &account : all()) {
        if (account.name == name)
            return account;
    }
    return std::nullopt;
}

bool TargetAccounts::save(const TargetAccount &account, QString *error)
{
    if (const QString problem = account.problem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QList<TargetAccount> accounts = storedAccounts();
    auto existing = std::find_if(
        accounts.begin(), accounts.end(), [&](const TargetAccount &other) { return other.name == account.name; });
    if (existing != accounts.end())
        *existing = account;
    else
        accounts.append(account);
    storeAccounts(accounts);
    return true;
}

bool TargetAccounts::remove(const QString &name)
{
    QList<TargetAccount> accounts = storedAccounts();
    const qsizetype removed = accounts.removeIf([&](const TargetAccount &account) { return account.name == name; });
    if (removed == 0)
        return false;
    storeAccounts(accounts);
    if (defaultTarget() == name)
        setDefaultTarget({});
    return true;
}

QString TargetAccounts::defaultTarget()
{
    const QString name = defaultSetting.value();
    return find(name) ? name : TargetAccount::builtInName();
}

void TargetAccounts::setDefaultTarget(const QString &name)
{
    if (name.isEmpty())
        defaultSetting.reset();
    else
        defaultSetting.setValue(name);
}

} // namespace Byline
