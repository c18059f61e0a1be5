#include "publishjob.h"

#include "sitetext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

struct ActionName
{
    PublishAction action;
    QStringView key;
};

constexpr ActionName actionNames[] = {
    {PublishAction::Draft, u"draft"},
    {PublishAction::Submit, u"pending"},
    {PublishAction::Publish, u"publish"},
    {PublishAction::Schedule, u"future"},
    {PublishAction::Unpublish, u"unpublish"},
    {PublishAction::Return, u"desk-return"},
    {PublishAction::Approve, u"desk-approve"},
    {PublishAction::Note, u"desk-note"},
};

struct StateName
{
    PublishState state;
    QStringView key;
};

constexpr StateName stateNames[] = {
    {PublishState::Queued, u"queued"},
    {PublishState::UploadingPhotos, u"uploading-photos"},
    {PublishState::SendingArticle, u"sending-article"},
    {PublishState::Done, u"done"},
    {PublishState::Waiting, u"waiting"},
    {PublishState::Held, u"held"},
    {PublishState::Cancelled, u"cancelled"},
};

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString PublishNames::actionKey(PublishAction action)
{
    for (const ActionName &name : actionNames) {
        if (name.action == action)
            return name.key.toString();
    }
    return {};
}

std::optional<PublishAction> PublishNames::actionFromKey(const QString &key)
{
    for (const ActionName &name : actionNames) {
        if (name.key == key)
            return name.action;
    }
    return std::nullopt;
}

QString PublishNames::actionDisplayName(PublishAction action)
{
    switch (action) {
    case PublishAction::Draft:
        return tr("Save as draft");
    case PublishAction::Submit:
        return tr("Submit for review");
    case PublishAction::Publish:
        return tr("Publish now");
    case PublishAction::Schedule:
        return tr("Schedule");
    case PublishAction::Unpublish:
        return tr("Unpublish");
    case PublishAction::Return:
        return tr("Return to reporter");
    case PublishAction::Approve:
        return tr("Approve");
    case PublishAction::Note:
        return tr("Note");
    }
    return {};
}

QString PublishNames::stateKey(PublishState state)
{
    for (const StateName &name : stateNames) {
        if (name.state == state)
            return name.key.toString();
    }
    return {};
}

std::optional<PublishState> PublishNames::stateFromKey(const QString &key)
{
    for (const StateName &name : stateNames) {
        if (name.key == key)
            return name.state;
    }
    return std::nullopt;
}

QString PublishNames::stateDisplayName(PublishState state)
{
    switch (state) {
    case PublishState::Queued:
        return tr("Queued");
    case PublishState::UploadingPhotos:
        return tr("Uploading photos");
    case PublishState::SendingArticle:
        return tr("Sending article");
    case PublishState::Done:
        return tr("Done");
    case PublishState::Waiting:
        return tr("Waiting to retry");
    case PublishState::Held:
        return tr("Needs you");
    case PublishState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QJsonObject PublishConflict::toJson() const
{
    if (isNull())
        return {};
    return {{u"seenModified"_s, isoUtc(seenModified)}, {u"remoteModified"_s, isoUtc(remoteModified)},
        {u"remoteTitle"_s, remoteTitle}, {u"remoteContent"_s, remoteContent}, {u"localTitle"_s, localTitle},
        {u"localContent"_s, localContent}};
}

PublishConflict PublishConflict::fromJson(const QJsonObject &json)
{
    PublishConflict conflict;
    conflict.seenModified = QDateTime::fromString(json.value(u"seenModified"_s).toString(), Qt::ISODate);
    conflict.remoteModified = QDateTime::fromString(json.value(u"remoteModified"_s).toString(), Qt::ISODate);
    conflict.remoteTitle = json.value(u"remoteTitle"_s).toString();
    conflict.remoteContent = json.value(u"remoteContent"_s).toString();
    conflict.localTitle = json.value(u"localTitle"_s).toString();
    conflict.localContent = json.value(u"localContent"_s).toString();
    return conflict;
}

QString PublishJob::serverWords() const
{
    const QString words = SiteText::forPerson(serverText);
    if (words.isEmpty())
        return {};
    return httpStatus
        ? QCoreApplication::translate("Byline::PublishJob", "The server said (HTTP %1): %2").arg(httpStatus).arg(words)
        : QCoreApplication::translate("Byline::PublishJob", "The server said: %1").arg(words);
}

QJsonObject PublishJob::toJson() const
{
    QJsonObject json {{u"id"_s, id}, {u"articleId"_s, articleId},
        {u"articleUuid"_s, articleUuid.toString(QUuid::WithoutBraces)}, {u"revision"_s, revision},
        {u"headline"_s, headline}, {u"target"_s, target}, {u"action"_s, PublishNames::actionKey(action)},
        {u"state"_s, PublishNames::stateKey(state)}, {u"attempts"_s, attempts}, {u"bytesDone"_s, bytesDone},
        {u"bytesTotal"_s, bytesTotal}, {u"message"_s, message}, {u"created"_s, isoUtc(created)},
        {u"updated"_s, isoUtc(updated)}};
    if (scheduledAt.isValid())
        json.insert(u"scheduledAt"_s, isoUtc(scheduledAt));
    if (!note.isEmpty())
        json.insert(u"note"_s, note);
    if (!deskAction.isNull())
        json.insert(u"deskAction"_s, deskAction.toString(QUuid::WithoutBraces));
    if (nextAttempt.isValid())
        json.insert(u"nextAttempt"_s, isoUtc(nextAttempt));
    if (!serverText.isEmpty())
        json.insert(u"serverText"_s, serverText);
    if (httpStatus)
        json.insert(u"httpStatus"_s, httpStatus);
    if (remoteId)
        json.insert(u"remoteId"_s, remoteId);
    if (!remoteUrl.isEmpty())
        json.insert(u"remoteUrl"_s, remoteUrl.toString());
    if (!conflict.isNull())
        json.insert(u"conflict"_s, conflict.toJson());
    return json;
}

} // namespace Byline
