#pragma once

#include "desk/deskwatcher.h"

#include <QObject>
#include <QTimeZone>

class KNotification;

namespace Byline {

// Shows the desk's news as desktop notifications (KF6 Notifications); what
// is news is decided in the core (DeskNews::between). Clicking one asks for
// the story to be opened.
class DeskNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DeskNotifier(QObject *parent = nullptr);

    void notify(const QList<Byline::DeskNews> &news);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // The event names in byline.notifyrc.
    static QString eventName(DeskNews::Kind kind);
    // How many were sent (tests and the log).
    int sentCount() const { return m_sent; }

Q_SIGNALS:
    void openRequested(const Byline::DeskStory &story);
    void sent(const QString &eventName, const QString &title, const QString &text);
    // The notification as sent, before the server has it: a test clicks its
    // default action (Xvfb has no notification server to click on).
    void shown(KNotification *notification);

private:
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_sent = 0;
};

} // namespace Byline
