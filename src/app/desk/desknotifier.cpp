#include "desknotifier.h"

#include <KNotification>

using namespace Qt::StringLiterals;

namespace Byline {

DeskNotifier::DeskNotifier(QObject *parent)
    : QObject(parent)
{ }

QString DeskNotifier::eventName(DeskNews::Kind kind)
{
    switch (kind) {
    case DeskNews::Kind::Filed:
        return u"storyFiled"_s;
    case DeskNews::Kind::Returned:
        return u"storyReturned"_s;
    case DeskNews::Kind::Published:
        return u"storyPublished"_s;
    case DeskNews::Kind::Scheduled:
        return u"storyScheduled"_s;
    }
    return {};
}

void DeskNotifier::notify(const QList<DeskNews> &news)
{
    for (const DeskNews &item : news) {
        auto *notification = new KNotification(eventName(item.kind), KNotification::CloseOnTimeout);
        notification->setComponentName(u"byline"_s);
        notification->setTitle(item.title());
        notification->setText(item.text(m_zone).toHtmlEscaped());
        KNotificationAction *open = notification->addDefaultAction(tr("Open the story"));
        connect(
            open, &KNotificationAction::activated, this, [this, story = item.story] { Q_EMIT openRequested(story); });
        Q_EMIT shown(notification);
        notification->sendEvent();
        ++m_sent;
        Q_EMIT sent(eventName(item.kind), item.title(), item.text(m_zone));
    }
}

} // namespace Byline
