#pragma once

#include "publishjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Byline {

// The embargo rule, in one place for the queue (Outbox::enqueue), the runner
// at send time and the publish dialog: a story goes live no earlier than its
// embargo. Saving a draft, submitting, returning and notes are not going live.
struct Embargo
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Embargo)

public:
    // When the action would make the story live (UTC): now for Publish and
    // Approve without a time, the chosen time for Schedule and Approve at a
    // time; null when the action does not make it live.
    static QDateTime goesLiveAt(PublishAction action, const QDateTime &scheduledAt, const QDateTime &now);
    // Why the action may not be taken, translated, with the embargo in the
    // publication's time zone; empty when it may.
    static QString refusal(const QDateTime &embargo, PublishAction action, const QDateTime &scheduledAt,
        const QDateTime &now, const QTimeZone &zone);
    // "2026-12-01 09:00 KST": the embargo as the newsroom reads it.
    static QString timeText(const QDateTime &time, const QTimeZone &zone);
    // The publication's zone from its IANA id; Asia/Seoul when unknown (as
    // the renderer does).
    static QTimeZone zone(const QString &ianaId);
};

} // namespace Byline
