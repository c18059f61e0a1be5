#include "deskclient.h"

#include "wordpressdesk.h"

namespace Byline {

std::unique_ptr<DeskClient> DeskClient::create(const TargetAccount &account, const QString &password, QString *error)
{
    if (account.kind == TargetAccount::wordPressKind())
        return std::make_unique<WordPressDesk>(account, password);
    if (error) {
        *error = account.kind == TargetAccount::folderKind()
            ? tr("\"%1\" is a folder: the desk works with a WordPress site that has the Byline connector.")
                  .arg(account.name)
            : tr("\"%1\" is not a kind of target the desk works with.").arg(account.name);
    }
    return nullptr;
}

QString DeskSupport::missing() const
{
    if (isComplete())
        return {};
    const QString install = tr("Ask the site's administrator to install the Byline connector 2.0: the file "
                               "byline-connector.php that comes with Byline goes into the site's "
                               "wp-content/mu-plugins/ folder (see \"WordPress\" in Byline's documentation). "
                               "Publishing works meanwhile.");
    if (connectorVersion.isEmpty())
        return tr("This site has no Byline connector, which the desk needs.") + u' ' + install;
    if (connectorVersion.section(u'.', 0, 0).toInt() < 2)
        return tr("This site has the Byline connector %1; the desk needs version 2.0 or later.").arg(connectorVersion)
            + u' ' + install;
    QStringList lacking;
    for (const auto &[has, name] : {std::pair {story, QStringView(u"story")}, {locks, u"locks"}, {notes, u"notes"},
             {inbox, u"inbox"}, {actions, u"desk_actions"}, {embargo, u"embargo"}}) {
        if (!has)
            lacking << name.toString();
    }
    return tr("This site's Byline connector %1 lacks what the desk needs (%2).")
               .arg(connectorVersion, lacking.join(u", "))
        + u' ' + install;
}

} // namespace Byline
