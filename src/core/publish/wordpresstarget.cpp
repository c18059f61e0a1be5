#include "wordpresstarget.h"

#include "render/cmsbodymarkup.h"
#include "sitetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QDateTime wordPressTime(const QJsonValue &value)
{
    // WordPress's *_gmt fields are UTC without a zone.
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeZone(QTimeZone::UTC);
    return time;
}

// Only what Byline reads back: the site then skips rendering the rest (its
// answer for a post would carry the whole rendered content again).
const QUrlQuery mediaFields(u"_fields=id,source_url"_s);
const QUrlQuery postFields(u"_fields=id,link,modified_gmt,status"_s);

QString wordPressTimeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QString statusOf(PublishAction action)
{
    switch (action) {
    case PublishAction::Draft:
    case PublishAction::Unpublish:
        return u"draft"_s;
    case PublishAction::Submit:
        return u"pending"_s;
    case PublishAction::Publish:
        return u"publish"_s;
    case PublishAction::Schedule:
        return u"future"_s;
    case PublishAction::Return:
    case PublishAction::Approve:
    case PublishAction::Note:
        break; // the desk's actions go through DeskClient::act, not as a post's status
    }
    return u"draft"_s;
}

QString quotedFileName(QString name)
{
    name.remove(u'"').remove(u'\\').remove(u'\r').remove(u'\n');
    return name.isEmpty() ? u"photo.jpg"_s : name;
}

} // namespace

WordPressTarget::WordPressTarget(const TargetAccount &account, const QString &password)
    : PublishTarget(account)
    , m_client(account, password, &retryPolicy())
{ }

WordPressTarget::~WordPressTarget() = default;

// The user and the rights both sign-in answers (the connector's info,
// WordPress's users/me) carry under the same names.
void WordPressTarget::readUser(const QJsonObject &user, const QJsonObject &can, TargetCapabilities *caps) const
{
    caps->userName = account().user;
    caps->displayName = SiteText::forPerson(user.value(u"name"_s).toString(), 100);
    for (const QJsonValue &role : user.value(u"roles"_s).toArray())
        caps->roles.append(SiteText::forPerson(role.toString(), 100));
    caps->uploadFiles = can.value(u"upload_files"_s).toBool();
    caps->editPosts = can.value(u"edit_posts"_s).toBool();
    caps->publishPosts = can.value(u"publish_posts"_s).toBool();
    caps->editPublishedPosts = can.value(u"edit_published_posts"_s).toBool();
    caps->editOthersPosts = can.value(u"edit_others_posts"_s).toBool();
}

TargetOutcome WordPressTarget::signIn(TargetCapabilities *capabilities, const TargetProgress &progress)
{
    const QString what = tr("Signing in");
    auto notWordPress = [this] {
        return TargetOutcome::make(TargetOutcome::Hold,
            tr("%1 does not answer like a WordPress site (no REST API at /wp-json/ or ?rest_route=).")
                .arg(account().url.toString()));
    };
    TargetCapabilities caps;
    Reply reply = m_client.readInfo(progress, what);
    if (reply.status == 200 && reply.json.isObject()) {
        const QJsonObject info = reply.json.object();
        const QJsonObject user = info.value(u"user"_s).toObject();
        const QJsonObject site = info.value(u"site"_s).toObject();
        const QJsonObject can = info.value(u"capabilities"_s).toObject();
        readUser(user, can, &caps);
        caps.siteName = SiteText::forPerson(site.value(u"name"_s).toString(), 100);
        caps.siteTimeZone = SiteText::forPerson(site.value(u"timezone"_s).toString(), 100);
        caps.maxUploadBytes = site.value(u"max_upload_bytes"_s).toInteger();
        caps.createTags = can.value(u"create_tags"_s).toBool();
        caps.createCategories = can.value(u"create_categories"_s).toBool();
        caps.exactlyOnce = true;
        m_storyStructure = info.value(u"features"_s).toArray().contains(u"story"_s);
    } else if (reply.status == 404) {
        // No connector: the user's own record says what they may do.
        reply = m_client.read(u"/wp/v2/users/me"_s, progress, QUrlQuery(u"context=edit"_s), what);
        if (const TargetOutcome outcome = m_client.outcomeOf(reply, what); !outcome.ok())
            return outcome;
        if (!reply.json.isObject())
            return notWordPress();
        const QJsonObject user = reply.json.object();
        const QJsonObject can = user.value(u"capabilities"_s).toObject();
        readUser(user, can, &caps);
        caps.createTags = caps.editPosts;
        caps.createCategories = can.value(u"manage_categories"_s).toBool();
        caps.exactlyOnce = false;
        m_storyStructure = false;
        // The site's name and zone are for show: a failure here costs nothing.
        const Reply root = m_client.read(u"/"_s, progress, QUrlQuery(u"_fields=name,timezone_string"_s), what);
        caps.siteName = SiteText::forPerson(root.json.object().value(u"name"_s).toString(), 100);
        caps.siteTimeZone = SiteText::forPerson(root.json.object().value(u"timezone_string"_s).toString(), 100);
    } else {
        TargetOutcome outcome = m_client.outcomeOf(reply, what);
        if (outcome.ok()) // 2xx but not the info we asked for: not a WordPress site
            outcome = notWordPress();
        return outcome;
    }
    m_capabilities = caps;
    *capabilities = caps;
    return TargetOutcome::success();
}

TargetOutcome WordPressTarget::ensureCapabilities(const TargetProgress &progress)
{
    if (m_capabilities)
        return TargetOutcome::success();
    TargetCapabilities caps;
    return signIn(&caps, progress);
}

std::optional<qint64> WordPressTarget::lookUpByUuid(
    const QString &route, const QString &uuid, const TargetProgress &progress, TargetOutcome *outcome)
{
    QUrlQuery query;
    query.addQueryItem(u"byline_uuid"_s, uuid);
    query.addQueryItem(u"_fields"_s, u"id,status,modified_gmt"_s);
    if (route == u"/wp/v2/posts"_s) {
        query.addQueryItem(u"status"_s, u"any"_s);
        query.addQueryItem(u"context"_s, u"edit"_s);
    }
    const QString what = tr("Looking for an earlier copy");
    const Reply reply = m_client.read(route, progress, query, what);
    *outcome = m_client.outcomeOf(reply, what);
    if (!outcome->ok())
        return std::nullopt;
    // "Nothing found" from an answer that cannot be read would send a second copy.
    if (!reply.json.isArray()) {
        *outcome = m_client.damaged(reply, what, tr("it is not the list that was asked for"));
        return std::nullopt;
    }
    const QJsonArray items = reply.json.array();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.first().toObject().value(u"id"_s).toInteger();
    if (id <= 0) {
        *outcome = m_client.damaged(reply, what, tr("it names the item %1").arg(id));
        return std::nullopt;
    }
    return id;
}

TargetOutcome WordPressTarget::putPhoto(const PhotoUpload &upload, RemoteMedia *media, const TargetProgress &progress)
{
    if (TargetOutcome outcome = ensureCapabilities(progress); !outcome.ok())
        return outcome;
    const QString what = tr("Uploading %1").arg(upload.fileName);
    const QString title = upload.photo.caption.isEmpty() ? upload.fileName : upload.photo.caption.left(120);
    const QJsonObject fields {{u"caption"_s, upload.captionText}, {u"alt_text"_s, upload.photo.altText},
        {u"title"_s, title}, {u"description"_s, upload.photo.credit}};

    auto updateFields = [&](qint64 id) -> TargetOutcome {
        const Reply reply = m_client.sendJson("POST", u"/wp/v2/media/%1"_s.arg(id), fields, progress, mediaFields);
        TargetOutcome outcome = m_client.outcomeOf(reply, what);
        if (outcome.ok()) {
            const QUrl url(reply.json.object().value(u"source_url"_s).toString());
            if (const QString problem = WordPressClient::itemProblem(id, url, true); !problem.isEmpty())
                return m_client.damaged(reply, what, problem);
            media->id = id;
            media->url = url;
        }
        return outcome;
    };

    qint64 existing = upload.known ? upload.known->id : 0;
    // With the connector, a copy an unheard attempt put there is found by its
    // UUID. Otherwise no look-up first (a request per photo, about a tenth
    // of the upload's time): a copy another account put there (the
    // reporter's, now the desk publishes) answers the upload with 409.
    if (!existing && m_capabilities->exactlyOnce && upload.maybeSent) {
        TargetOutcome outcome;
        existing = lookUpByUuid(u"/wp/v2/media"_s, upload.key, progress, &outcome).value_or(0);
        if (!outcome.ok())
            return outcome;
    }
    if (existing) {
        TargetOutcome outcome = updateFields(existing);
        if (outcome.httpStatus != 404)
            return outcome;
        // Deleted on the site since: upload it again.
    }

    QUrlQuery query;
    if (m_capabilities->exactlyOnce)
        query.addQueryItem(u"meta[byline_uuid]"_s, upload.key);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        query.addQueryItem(it.key(), QString::fromUtf8(QUrl::toPercentEncoding(it.value().toString())));
    const QByteArray disposition = "attachment; filename=\"" + quotedFileName(upload.fileName).toUtf8() + '"';
    query.addQueryItem(u"_fields"_s, u"id,source_url"_s);
    const Reply reply =
        m_client.send("POST", u"/wp/v2/media"_s, query, upload.jpeg, "image/jpeg", progress, disposition);
    if (reply.status == 409) {
        // The connector: an earlier attempt's upload arrived after all.
        const qint64 id = reply.json.object().value(u"data"_s).toObject().value(u"id"_s).toInteger();
        if (id)
            return updateFields(id);
    }
    TargetOutcome outcome = m_client.outcomeOf(reply, what);
    if (outcome.ok()) {
        const qint64 id = reply.json.object().value(u"id"_s).toInteger();
        const QUrl url(reply.json.object().value(u"source_url"_s).toString());
        // The link goes into the story's page: only a web address will do.
        if (const QString problem = WordPressClient::itemProblem(id, url, true); !problem.isEmpty())
            return m_client.damaged(reply, what, problem);
        media->id = id;
        media->url = url;
    }
    return outcome;
}

std::unique_ptr<CmsBodyMarkup> WordPressTarget::bodyMarkup(const QHash<QString, RemoteMedia> &media) const
{
    // A copy of the map: the markup outlives this call.
    return std::make_unique<WordPressBodyMarkup>(
        [media](const Photo &photo) -> std::optional<WordPressBodyMarkup::Media> {
            const auto found = media.constFind(photo.id);
            if (found == media.constEnd() || !found->id)
                return std::nullopt;
            return WordPressBodyMarkup::Media {found->url.toString(), found->id};
        });
}

TargetOutcome WordPressTarget::termIds(const QString &taxonomy, const QStringList &names, bool mayCreate,
    QList<qint64> *ids, QStringList *missing, const TargetProgress &progress)
{
    for (const QString &rawName : names) {
        const QString name = rawName.trimmed();
        if (name.isEmpty())
            continue;
        const QString cacheKey = taxonomy + u'/' + name;
        if (const auto cached = m_termIds.constFind(cacheKey); cached != m_termIds.constEnd()) {
            ids->append(*cached);
            continue;
        }
        QUrlQuery query;
        query.addQueryItem(u"search"_s, QString::fromUtf8(QUrl::toPercentEncoding(name)));
        query.addQueryItem(u"per_page"_s, u"100"_s);
        query.addQueryItem(u"_fields"_s, u"id,name"_s);
        const QString what = tr("Looking up \"%1\"").arg(name);
        const Reply found = m_client.read(u"/wp/v2/"_s + taxonomy, progress, query, what);
        if (TargetOutcome outcome = m_client.outcomeOf(found, what); !outcome.ok())
            return outcome;
        if (!found.json.isArray())
            return m_client.damaged(found, what, tr("it is not the list that was asked for"));
        qint64 id = 0;
        for (const QJsonValue &term : found.json.array()) {
            if (WordPressClient::decodeEntities(term.toObject().value(u"name"_s).toString()) == name) {
                id = term.toObject().value(u"id"_s).toInteger();
                break;
            }
        }
        if (!id && mayCreate) {
            const Reply created = m_client.sendJson("POST", u"/wp/v2/"_s + taxonomy, {{u"name"_s, name}}, progress);
            const QJsonObject json = created.json.object();
            if (created.status == 400 && json.value(u"code"_s).toString() == u"term_exists"_s)
                id = json.value(u"data"_s).toObject().value(u"term_id"_s).toInteger();
            else if (TargetOutcome outcome = m_client.outcomeOf(created, tr("Adding \"%1\"").arg(name)); !outcome.ok())
                return outcome;
            else if ((id = json.value(u"id"_s).toInteger()) <= 0)
                return m_client.damaged(created, tr("Adding \"%1\"").arg(name), tr("it names the item %1").arg(id));
        }
        if (id) {
            m_termIds.insert(cacheKey, id);
            ids->append(id);
        } else {
            missing->append(name);
        }
    }
    return TargetOutcome::success();
}

TargetOutcome WordPressTarget::fetchPost(qint64 id, QJsonObject *post, const TargetProgress &progress)
{
    const QString what = tr("Checking the story on the site");
    const Reply reply = m_client.read(u"/wp/v2/posts/%1"_s.arg(id), progress, QUrlQuery(u"context=edit"_s), what);
    TargetOutcome outcome = m_client.outcomeOf(reply, what);
    if (outcome.ok() && !reply.json.isObject())
        return m_client.damaged(reply, what, tr("it is not the story that was asked for"));
    if (outcome.ok())
        *post = reply.json.object();
    return outcome;
}

QJsonObject WordPressTarget::storyStructure(
    const Article &article, const QList<Photo> &photos, const QHash<QString, RemoteMedia> &media)
{
    QJsonObject json = article.toJson();
    QList<Photo> ordered = photos;
    std::stable_sort(
        ordered.begin(), ordered.end(), [](const Photo &a, const Photo &b) { return a.position < b.position; });
    QJsonArray list;
    for (const Photo &photo : std::as_const(ordered)) {
        const qint64 id = media.value(photo.id).id;
        if (!id)
            continue; // not on the site: nothing to point at
        QJsonValue crop = QJsonValue::Null;
        if (!photo.crop.isNull()) {
            const QRectF &rect = photo.crop.rect;
            crop = QJsonObject {{u"x"_s, rect.x()}, {u"y"_s, rect.y()}, {u"w"_s, rect.width()}, {u"h"_s, rect.height()},
                {u"rotation"_s, photo.crop.rotation}, {u"aspect"_s, photo.crop.aspect}};
        }
        list.append(QJsonObject {{u"id"_s, photo.id}, {u"media"_s, id}, {u"caption"_s, photo.caption},
            {u"credit"_s, photo.credit}, {u"alt"_s, photo.altText}, {u"crop"_s, crop},
            {u"lead"_s, photo.lead || photo.id == article.leadPhotoId}});
    }
    json.insert(u"photos"_s, list);
    return json;
}

RemotePost WordPressTarget::remotePostFrom(const QJsonObject &json)
{
    RemotePost post;
    post.id = json.value(u"id"_s).toInteger();
    post.url = QUrl(json.value(u"link"_s).toString());
    post.modified = wordPressTime(json.value(u"modified_gmt"_s));
    post.status = json.value(u"status"_s).toString();
    return post;
}

TargetOutcome WordPressTarget::putArticle(
    const ArticleUpload &upload, RemotePost *post, PublishConflict *conflict, const TargetProgress &progress)
{
    if (TargetOutcome outcome = ensureCapabilities(progress); !outcome.ok())
        return outcome;
    const TargetCapabilities &caps = *m_capabilities;
    const Article &article = upload.article;
    const QString what = tr("Sending \"%1\"").arg(article.headline);
    const QString uuid = article.uuid.toString(QUuid::WithoutBraces);

    const QString &content = upload.body;

    QJsonObject body {{u"title"_s, article.headline}, {u"content"_s, content},
        {u"excerpt"_s, article.summary.trimmed().isEmpty() ? article.deck : article.summary},
        {u"status"_s, statusOf(upload.action)}};
    if (!article.slug.trimmed().isEmpty())
        body.insert(u"slug"_s, article.slug.trimmed());
    if (upload.action == PublishAction::Schedule)
        body.insert(u"date_gmt"_s, wordPressTimeText(upload.scheduledAt));
    if (caps.exactlyOnce)
        body.insert(u"meta"_s, QJsonObject {{u"byline_uuid"_s, uuid}});
    qint64 featured = 0;
    for (const Photo &photo : upload.photos) {
        if (photo.lead || photo.id == article.leadPhotoId)
            featured = upload.media.value(photo.id).id;
    }
    body.insert(u"featured_media"_s, featured);
    bool structureLeftOut = false;
    if (m_storyStructure) {
        const QJsonObject structure = storyStructure(article, upload.photos, upload.media);
        if (QJsonDocument(structure).toJson(QJsonDocument::Compact).size() <= MaxStoryStructureBytes)
            body.insert(u"byline_story"_s, structure);
        else
            structureLeftOut = true;
    }

    QList<qint64> categories;
    QList<qint64> tags;
    QStringList missingCategories;
    QStringList missingTags;
    if (!article.section.trimmed().isEmpty()) {
        if (TargetOutcome outcome = termIds(
                u"categories"_s, {article.section}, caps.createCategories, &categories, &missingCategories, progress);
            !outcome.ok())
            return outcome;
    }
    if (TargetOutcome outcome = termIds(u"tags"_s, article.tags, caps.createTags, &tags, &missingTags, progress);
        !outcome.ok())
        return outcome;
    if (!categories.isEmpty())
        body.insert(u"categories"_s, QJsonArray::fromVariantList(QVariantList(categories.cbegin(), categories.cend())));
    body.insert(u"tags"_s, QJsonArray::fromVariantList(QVariantList(tags.cbegin(), tags.cend())));

    // Which post this is on the site, if it is there already.
    qint64 id = upload.known ? upload.known->id : 0;
    bool ours = false; // found by our UUID: our own create, no one else's edit to protect
    // With the connector, a create that finds the story there already (an
    // unheard attempt's, another account's) answers 409 with its id: look
    // it up first only when that is likely, or to unpublish it.
    if (!id && caps.exactlyOnce && (upload.maybeSent || upload.action == PublishAction::Unpublish)) {
        TargetOutcome outcome;
        id = lookUpByUuid(u"/wp/v2/posts"_s, uuid, progress, &outcome).value_or(0);
        if (!outcome.ok())
            return outcome;
        ours = id != 0;
    } else if (!id && upload.maybeSent && !article.slug.trimmed().isEmpty()) {
        // No connector: the slug is the best trace an unheard create leaves.
        QUrlQuery query;
        query.addQueryItem(u"slug"_s, article.slug.trimmed());
        query.addQueryItem(u"status"_s, u"any"_s);
        query.addQueryItem(u"context"_s, u"edit"_s);
        const QString lookingUp = tr("Looking for an earlier copy");
        const Reply found = m_client.read(u"/wp/v2/posts"_s, progress, query, lookingUp);
        if (TargetOutcome outcome = m_client.outcomeOf(found, lookingUp); !outcome.ok())
            return outcome;
        if (!found.json.isArray())
            return m_client.damaged(found, lookingUp, tr("it is not the list that was asked for"));
        if (!found.json.array().isEmpty()) {
            id = found.json.array().first().toObject().value(u"id"_s).toInteger();
            if (id <= 0)
                return m_client.damaged(found, lookingUp, tr("it names the item %1").arg(id));
            ours = true;
        }
    }
    if (upload.action == PublishAction::Unpublish && !id)
        return TargetOutcome::make(
            TargetOutcome::Hold, tr("%1: the story is not on the site, so there is nothing to unpublish.").arg(what));

    auto conflictWith = [&](const QJsonObject &remote) {
        conflict->seenModified = upload.known ? upload.known->modified : QDateTime();
        conflict->remoteModified = wordPressTime(remote.value(u"modified_gmt"_s));
        conflict->remoteTitle = remote.value(u"title"_s).toObject().value(u"raw"_s).toString();
        conflict->remoteContent = remote.value(u"content"_s).toObject().value(u"raw"_s).toString();
        conflict->localTitle = article.headline;
        conflict->localContent = content;
        return TargetOutcome::make(TargetOutcome::Conflict,
            tr("Someone changed this story on the site at %1 (UTC), after Byline last sent it. Compare the two "
               "versions, then replace the site's version or cancel this job.")
                .arg(conflict->remoteModified.toString(u"yyyy-MM-dd HH:mm"_s)));
    };

    if (id && upload.known && !ours && !upload.overwrite) {
        QJsonObject remote;
        TargetOutcome outcome = fetchPost(id, &remote, progress);
        if (outcome.httpStatus == 404 || (outcome.ok() && remote.value(u"status"_s).toString() == u"trash"_s))
            return TargetOutcome::make(TargetOutcome::Hold,
                tr("%1: the story (post %2) was deleted on the site. Restore it there, or cancel this job.")
                    .arg(what)
                    .arg(id),
                outcome.httpStatus, outcome.serverText);
        if (!outcome.ok())
            return outcome;
        // The connector refuses (412) only a change to the story's content since: the desk returning it moves
        // modified_gmt and is no edit to protect. Without the connector any change counts.
        if (caps.exactlyOnce && upload.known->modified.isValid())
            body.insert(u"byline_expected_modified_gmt"_s, wordPressTimeText(upload.known->modified));
        else if (upload.known->modified.isValid()
            && wordPressTime(remote.value(u"modified_gmt"_s)) != upload.known->modified)
            return conflictWith(remote);
    }

    Reply reply;
    if (id) {
        reply = m_client.sendJson("POST", u"/wp/v2/posts/%1"_s.arg(id), body, progress, postFields);
    } else {
        reply = m_client.sendJson("POST", u"/wp/v2/posts"_s, body, progress, postFields);
        if (reply.status == 409) {
            // The connector found the story created by an attempt whose
            // answer was lost, or by another account: update that one.
            id = reply.json.object().value(u"data"_s).toObject().value(u"id"_s).toInteger();
            if (id)
                reply = m_client.sendJson("POST", u"/wp/v2/posts/%1"_s.arg(id), body, progress, postFields);
        }
    }
    if (reply.status == 412) {
        QJsonObject remote;
        if (TargetOutcome outcome = fetchPost(id, &remote, progress); !outcome.ok())
            return outcome;
        return conflictWith(remote);
    }
    TargetOutcome outcome = m_client.outcomeOf(reply, what);
    if (!outcome.ok())
        return outcome;
    // Recorded as done and shown as the story's address: it must be a post
    // and a web address, whatever the site (or something on the way) says.
    const RemotePost answered = remotePostFrom(reply.json.object());
    if (!reply.json.isObject())
        return m_client.damaged(reply, what, tr("it is not the story that was sent"));
    if (const QString problem = WordPressClient::itemProblem(answered.id, answered.url, true); !problem.isEmpty())
        return m_client.damaged(reply, what, problem);
    *post = answered;
    if (!missingCategories.isEmpty())
        outcome.notes.append(tr("The site has no category \"%1\" and this account may not add one; the story went "
                                "without it.")
                .arg(missingCategories.join(u", "_s)));
    if (structureLeftOut)
        outcome.notes.append(tr("The story is too large to send its structure with it (more than %1 MB); another "
                                "Byline will open it from its text.")
                .arg(MaxStoryStructureBytes / (1024 * 1024)));
    if (!missingTags.isEmpty())
        outcome.notes.append(
            tr("These tags are not on the site and this account may not add them: %1.").arg(missingTags.join(u", "_s)));
    return outcome;
}

} // namespace Byline
