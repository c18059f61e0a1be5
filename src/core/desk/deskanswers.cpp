#include "deskanswers.h"

#include "publish/sitetext.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

constexpr int MaxNoteLines = 200;
constexpr qsizetype MaxPhotoTextChars = 5000;

const QStringList knownStatuses {u"draft"_s, u"pending"_s, u"future"_s, u"publish"_s, u"private"_s};

// A positive id, or 0: a string, a fraction or a number past 2^53 is no id.
qint64 idOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return 0;
    const qint64 id = value.toInteger();
    return id > 0 && id < (qint64(1) << 53) ? id : 0;
}

QString statusOf(const QJsonValue &value)
{
    const QString status = value.toString();
    return knownStatuses.contains(status) ? status : QString();
}

// Text the story carries (a caption, a credit): kept as written, within a limit.
QString storyText(const QJsonValue &value, qsizetype maxChars)
{
    return value.toString().left(maxChars);
}

// A person's or a section's name: one line, without markup a label could
// render ("<img src=…>" in a display name), without terminal escapes.
QString nameOf(const QJsonValue &value)
{
    static const QRegularExpression tag(u"<[^>]*>?"_s);
    return SiteText::forPerson(
        value.toString().left(4 * DeskAnswers::MaxNameChars).remove(tag), DeskAnswers::MaxNameChars);
}

std::optional<DeskNote> noteFromObject(const QJsonObject &json)
{
    DeskNote note;
    note.id = idOf(json.value(u"id"_s));
    if (!note.id)
        return std::nullopt;
    note.author = DeskAnswers::user(json.value(u"author"_s));
    note.time = DeskAnswers::time(json.value(u"time"_s));
    note.kind = deskNoteKindFromKey(json.value(u"kind"_s).toString());
    note.text = DeskAnswers::safeText(json.value(u"text"_s).toString(), DeskAnswers::MaxNoteChars);
    return note;
}

} // namespace

QDateTime DeskAnswers::time(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 40)
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without its zone a time could be anyone's: not read as UTC by guess.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time.toUTC();
}

QString DeskAnswers::safeText(const QString &text, qsizetype maxChars)
{
    // SiteText makes one line; a note's paragraphs stay paragraphs.
    QStringList lines;
    qsizetype used = 0;
    const QStringList raw = QStringView(text).left(maxChars * 2).toString().split(u'\n');
    for (const QString &line : raw) {
        if (lines.size() >= MaxNoteLines || used >= maxChars)
            break;
        const QString safe = SiteText::forPerson(line, std::max<qsizetype>(2, maxChars - used));
        used += safe.size() + 1;
        lines.append(safe);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

DeskUser DeskAnswers::user(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return DeskUser {idOf(object.value(u"id"_s)), nameOf(object.value(u"name"_s))};
}

std::optional<DeskLock> DeskAnswers::lock(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject object = json.toObject();
    DeskLock lock {user(object.value(u"user"_s)), time(object.value(u"since"_s)), time(object.value(u"expires"_s))};
    // A lock that names nobody is no lock anyone could ask to give up.
    if (!lock.user.id && lock.user.name.isEmpty())
        return std::nullopt;
    return lock;
}

std::optional<DeskNote> DeskAnswers::note(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    return noteFromObject(json.toObject());
}

std::optional<DeskStory> DeskAnswers::story(const QJsonObject &json)
{
    DeskStory story;
    story.post = idOf(json.value(u"post"_s));
    story.status = statusOf(json.value(u"status"_s));
    if (!story.post || story.status.isEmpty())
        return std::nullopt;
    story.uuid = QUuid::fromString(json.value(u"uuid"_s).toString().left(40));
    story.headline = SiteText::forPerson(json.value(u"headline"_s).toString(), MaxHeadlineChars);
    story.author = user(json.value(u"author"_s));
    story.modified = time(json.value(u"modified"_s));
    story.section = nameOf(json.value(u"section"_s));
    story.lock = lock(json.value(u"lock"_s));
    story.scheduled = time(json.value(u"scheduled"_s));
    story.embargo = time(json.value(u"embargo"_s));
    story.notes = int(std::clamp<qint64>(json.value(u"notes"_s).toInteger(), 0, MaxNotes));
    story.lastNote = note(json.value(u"lastNote"_s));
    story.returned = json.value(u"returned"_s).toBool();
    return story;
}

bool DeskAnswers::inbox(const QJsonObject &json, DeskInbox *inbox, bool *changed, QString *problem)
{
    const QJsonValue token = json.value(u"token"_s);
    if (!token.isString() || token.toString().isEmpty() || token.toString().size() > MaxTokenChars) {
        *problem = tr("it has no token for the next refresh");
        return false;
    }
    if (json.value(u"changed"_s) == QJsonValue(false)) {
        *changed = false;
        return true;
    }
    const QJsonValue stories = json.value(u"stories"_s);
    if (!stories.isArray()) {
        *problem = tr("it has no list of stories");
        return false;
    }
    DeskInbox result;
    result.token = token.toString();
    result.fetched = QDateTime::currentDateTimeUtc();
    const QJsonArray rows = stories.toArray();
    for (const QJsonValue &row : rows) {
        std::optional<DeskStory> story;
        if (result.stories.size() < MaxStories && row.isObject())
            story = DeskAnswers::story(row.toObject());
        if (story)
            result.stories.append(*story);
        else
            ++result.skipped;
    }
    *inbox = std::move(result);
    *changed = true;
    return true;
}

bool DeskAnswers::notes(const QJsonObject &json, QList<DeskNote> *notes, int *skipped, QString *problem)
{
    const QJsonValue list = json.value(u"notes"_s);
    if (!list.isArray()) {
        *problem = tr("it has no list of notes");
        return false;
    }
    QList<DeskNote> result;
    *skipped = 0;
    for (const QJsonValue &row : list.toArray()) {
        std::optional<DeskNote> read = result.size() < MaxNotes ? note(row) : std::nullopt;
        if (read)
            result.append(*read);
        else
            ++*skipped;
    }
    *notes = std::move(result);
    return true;
}

bool DeskAnswers::filedStory(const QJsonObject &json, DeskFiledStory *filed, QString *problem)
{
    std::optional<DeskStory> summary = story(json);
    if (!summary) {
        *problem = tr("it is not the story that was asked for");
        return false;
    }
    DeskFiledStory result;
    summary->headline = SiteText::forPerson(json.value(u"title"_s).toString(), MaxHeadlineChars);
    summary->notes = int(std::clamp<qint64>(json.value(u"notes"_s).toInteger(), 0, MaxNotes));
    result.summary = *summary;
    const QUrl link(json.value(u"link"_s).toString().left(2000));
    if (link.isValid() && (link.scheme() == u"https"_s || link.scheme() == u"http"_s))
        result.link = link;
    result.title = json.value(u"title"_s).toString().left(MaxHeadlineChars * 4);
    result.content = json.value(u"content"_s).toString();
    result.excerpt = json.value(u"excerpt"_s).toString().left(MaxNoteChars);

    // The site's photos, by attachment id: their files and sizes.
    QHash<qint64, DeskRemotePhoto> attached;
    QList<qint64> order;
    for (const QJsonValue &row : json.value(u"photos"_s).toArray()) {
        const QJsonObject object = row.toObject();
        DeskRemotePhoto photo;
        photo.media = idOf(object.value(u"media"_s));
        photo.url = QUrl(object.value(u"url"_s).toString().left(2000));
        const QString scheme = photo.url.scheme();
        if (!photo.media || attached.contains(photo.media) || attached.size() >= MaxPhotos
            || (scheme != u"https"_s && scheme != u"http"_s) || photo.url.host().isEmpty())
            continue;
        photo.mime = SiteText::forPerson(object.value(u"mime"_s).toString(), MaxNameChars);
        photo.bytes = std::max<qint64>(0, object.value(u"bytes"_s).toInteger());
        photo.caption = storyText(object.value(u"caption"_s), MaxPhotoTextChars);
        photo.credit = storyText(object.value(u"credit"_s), MaxPhotoTextChars);
        photo.altText = storyText(object.value(u"alt"_s), MaxPhotoTextChars);
        attached.insert(photo.media, photo);
        order.append(photo.media);
    }

    const QJsonValue structure = json.value(u"story"_s);
    if (structure.isObject()) {
        QString refusal;
        QJsonObject articleJson = structure.toObject();
        const QJsonArray photos = articleJson.take(u"photos"_s).toArray();
        Article article = Article::fromExternalJson(articleJson, &refusal);
        if (!refusal.isEmpty()) {
            *problem = tr("its story cannot be read: %1").arg(refusal);
            return false;
        }
        // In the story's order, with what the writer said of each; a photo
        // the site no longer has is left out.
        QList<qint64> ordered;
        QSet<QString> ids;
        for (const QJsonValue &row : photos) {
            const QJsonObject object = row.toObject();
            const qint64 media = idOf(object.value(u"media"_s));
            const QString id = object.value(u"id"_s).toString();
            if (!attached.contains(media) || ordered.contains(media) || !Photo::isValidId(id) || ids.contains(id))
                continue;
            DeskRemotePhoto &photo = attached[media];
            photo.photoId = id;
            photo.caption = storyText(object.value(u"caption"_s), MaxPhotoTextChars);
            photo.credit = storyText(object.value(u"credit"_s), MaxPhotoTextChars);
            photo.altText = storyText(object.value(u"alt"_s), MaxPhotoTextChars);
            const QJsonObject crop = object.value(u"crop"_s).toObject();
            if (!crop.isEmpty()) {
                photo.crop = PhotoCrop::fromJson(
                    QJsonObject {{u"rect"_s,
                                     QJsonArray {crop.value(u"x"_s).toDouble(), crop.value(u"y"_s).toDouble(),
                                         crop.value(u"w"_s).toDouble(), crop.value(u"h"_s).toDouble()}},
                        {u"rotation"_s, crop.value(u"rotation"_s).toInt()},
                        {u"aspect"_s, crop.value(u"aspect"_s).toString().left(20)}});
                if (crop.value(u"w"_s).toDouble() <= 0 || crop.value(u"h"_s).toDouble() <= 0)
                    photo.crop.rect = {};
            }
            photo.lead = object.value(u"lead"_s).toBool();
            ordered.append(media);
            ids.insert(id);
        }
        for (qint64 media : std::as_const(order)) {
            if (!ordered.contains(media))
                ordered.append(media);
        }
        order = ordered;
        result.article = std::move(article);
    }
    for (qint64 media : std::as_const(order))
        result.photos.append(attached.value(media));
    *filed = std::move(result);
    return true;
}

bool DeskAnswers::actionResult(const QJsonObject &json, DeskActionResult *result, QString *problem)
{
    DeskActionResult read;
    read.post = idOf(json.value(u"post"_s));
    read.status = statusOf(json.value(u"status"_s));
    if (!read.post || read.status.isEmpty()) {
        *problem = tr("it does not say what became of the story");
        return false;
    }
    read.modified = time(json.value(u"modified"_s));
    read.note = note(json.value(u"note"_s));
    read.repeated = json.value(u"repeated"_s).toBool();
    *result = std::move(read);
    return true;
}

DeskSupport DeskAnswers::support(const QJsonObject &info)
{
    DeskSupport support;
    support.connectorVersion = SiteText::forPerson(info.value(u"version"_s).toString(), 40);
    support.user = user(info.value(u"user"_s)); // whose stories are "My stories"
    const QStringList parts = support.connectorVersion.split(u'.');
    const int major = parts.value(0).toInt();
    if (major < 2)
        return support;
    QSet<QString> features;
    const QJsonArray list = info.value(u"features"_s).toArray();
    for (qsizetype i = 0; i < list.size() && i < 100; ++i)
        features.insert(list.at(i).toString());
    support.story = features.contains(u"story"_s);
    support.locks = features.contains(u"locks"_s);
    support.notes = features.contains(u"notes"_s);
    support.inbox = features.contains(u"inbox"_s);
    support.actions = features.contains(u"desk_actions"_s);
    support.embargo = features.contains(u"embargo"_s);
    return support;
}

} // namespace Byline
