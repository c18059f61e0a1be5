#include "embargo.h"

using namespace Qt::StringLiterals;

namespace Byline {

QDateTime Embargo::goesLiveAt(PublishAction action, const QDateTime &scheduledAt, const QDateTime &now)
{
    switch (action) {
    case PublishAction::Publish:
        return now;
    case PublishAction::Schedule:
        return scheduledAt;
    case PublishAction::Approve:
        return scheduledAt.isValid() ? scheduledAt : now;
    case PublishAction::Draft:
    case PublishAction::Submit:
    case PublishAction::Unpublish:
    case PublishAction::Return:
    case PublishAction::Note:
        break;
    }
    return {};
}

QString Embargo::refusal(const QDateTime &embargo, PublishAction action, const QDateTime &scheduledAt,
    const QDateTime &now, const QTimeZone &zone)
{
    if (!embargo.isValid())
        return {};
    const QDateTime live = goesLiveAt(action, scheduledAt, now);
    if (!live.isValid() || live >= embargo)
        return {};
    const QString until = timeText(embargo, zone);
    if (action == PublishAction::Schedule || (action == PublishAction::Approve && scheduledAt.isValid()))
        return tr("This story is under embargo until %1, and the time chosen, %2, is before it. Schedule it for %1 "
                  "or later.")
            .arg(until, timeText(live, zone));
    return tr("This story is under embargo until %1 and cannot go live before then. Schedule it for %1 or later.")
        .arg(until);
}

QString Embargo::timeText(const QDateTime &time, const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    return local.toString(u"yyyy-MM-dd HH:mm"_s) + u' ' + zone.abbreviation(local);
}

QTimeZone Embargo::zone(const QString &ianaId)
{
    QTimeZone zone(ianaId.toLatin1());
    return zone.isValid() ? zone : QTimeZone("Asia/Seoul");
}

} // namespace Byline
