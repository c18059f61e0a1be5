#pragma once

#include "deskclient.h"
#include "deskstory.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace Byline {

// The connector's answers (docs/desk-protocol.md) read with limits: a site
// is trusted for nothing. Names and note texts are made safe (SiteText),
// every string is cut to its limit, a list stops at its limit, and a row
// that cannot be read is skipped with the rest kept. A whole answer that is
// not what was asked for gives false and *problem (translated).
class DeskAnswers
{
    Q_DECLARE_TR_FUNCTIONS(Byline::DeskAnswers)

public:
    static constexpr int MaxStories = 2000;
    static constexpr int MaxNotes = 500;
    static constexpr int MaxPhotos = 500;
    static constexpr qsizetype MaxNameChars = 100;
    static constexpr qsizetype MaxHeadlineChars = 500;
    static constexpr qsizetype MaxNoteChars = 10000;
    static constexpr qsizetype MaxTokenChars = 200;
    // An answer larger than this is refused before it is read.
    static constexpr qint64 MaxAnswerBytes = qint64(16) * 1024 * 1024;

    // The inbox: *changed false (and *inbox untouched) when nothing changed.
    static bool inbox(const QJsonObject &json, DeskInbox *inbox, bool *changed, QString *problem);
    // One inbox row; nullopt when it cannot be read.
    static std::optional<DeskStory> story(const QJsonObject &json);
    static std::optional<DeskLock> lock(const QJsonValue &json);
    static std::optional<DeskNote> note(const QJsonValue &json);
    static DeskUser user(const QJsonValue &json);
    static bool notes(const QJsonObject &json, QList<DeskNote> *notes, int *skipped, QString *problem);
    // GET /posts/ID/story: the post, its story structure and its photos.
    static bool filedStory(const QJsonObject &json, DeskFiledStory *story, QString *problem);
    static bool actionResult(const QJsonObject &json, DeskActionResult *result, QString *problem);
    // What /byline/v1/info says the site offers the desk.
    static DeskSupport support(const QJsonObject &info);

    // RFC 3339 in UTC; null when it is not one.
    static QDateTime time(const QJsonValue &value);
    // A site's plain text as it may reach a person, its line breaks kept.
    static QString safeText(const QString &text, qsizetype maxChars);
};

} // namespace Byline
