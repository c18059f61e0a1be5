#include "wordpresstarget.h"

#include "bylineversion.h"
#include "common/logging.h"
#include "httpconnection.h"
#include "render/articlerenderer.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QRegularExpression>
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

// Term names come back with HTML entities ("A &amp; B").
QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = numeric.match(text, from)).hasMatch()) {
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        const QString character = ok ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : QString();
        text.replace(match.capturedStart(), match.capturedLength(), character);
        from = match.capturedStart() + character.size();
    }
    return text.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&amp;"_s, u"&"_s);
}

std::optional<int> parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (date.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(date)));
    return std::nullopt;
}

// %1..%N in one pass, so text put in (a headline, the server's words) is
// never read as a placeholder; templates need not use every value.
QString fillPlaceholders(const QString &text, const QStringList &values)
{
    static const QRegularExpression placeholder(u"%([1-9])"_s);
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        const qsizetype index = match.captured(1).toInt() - 1;
        result += text.mid(last, match.capturedStart() - last);
        result += index < values.size() ? values.at(index) : match.captured();
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == u"localhost"_s || (!address.isNull() && address.isLoopback());
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
    , m_password(password)
    , m_http(std::make_unique<HttpConnection>(transferTimeout()))
{ }

WordPressTarget::~WordPressTarget() = default;

std::chrono::milliseconds WordPressTarget::transferTimeout()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("BYLINE_HTTP_TIMEOUT_MS", &ok);
    return std::chrono::milliseconds(ok && ms > 0 ? ms : 60000);
}

QString WordPressTarget::serverText(const Reply &reply)
{
    const QJsonObject json = reply.json.object();
    const QString message = json.value(u"message"_s).toString();
    const QString code = json.value(u"code"_s).toString();
    if (!message.isEmpty())
        return code.isEmpty() ? message : u"%1 (%2)"_s.arg(decodeEntities(message), code);
    QString text = QString::fromUtf8(reply.body.left(400)).simplified();
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    return text;
}

WordPressTarget::Reply WordPressTarget::send(const QByteArray &verb, const QString &route, const QUrlQuery &query,
    const QByteArray &body, const QByteArray &contentType, const TargetProgress &progress,
    const QByteArray &disposition)
{
    QUrl url = account().url;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (m_restRouteQuery) {
        url.setPath(path + u'/');
        QString items = u"rest_route="_s + QString::fromLatin1(QUrl::toPercentEncoding(route, "/"));
        if (!query.isEmpty())
            items += u'&' + query.toString(QUrl::FullyEncoded);
        url.setQuery(items);
    } else {
        url.setPath(path + u"/wp-json"_s + route);
        url.setQuery(query);
    }

    HttpRequest request;
    request.verb = verb;
    request.url = url;
    request.headers = {
        {"Authorization", "Basic " + (account().user + u':' + m_password).toUtf8().toBase64()},
        {"Accept", "application/json"},
        {"User-Agent", "Byline/" BYLINE_VERSION_STRING},
    };
    if (!contentType.isEmpty())
        request.headers.append({"Content-Type", contentType});
    if (!disposition.isEmpty())
        request.headers.append({"Content-Disposition", disposition});
    request.body = body;

    Reply result;
    const HttpResponse response = m_http->send(request,
        progress.bytes ? [&progress](qint64 sent, qint64 total) { progress.bytes(sent, total); }
                       : std::function<void(qint64, qint64)>(),
        progress.cancelled);
    result.cancelled = response.failure == HttpResponse::Failure::Cancelled;
    result.certificateRefused = response.failure == HttpResponse::Failure::Certificate;
    result.errorString = response.errorString;
    result.status = response.status;
    result.body = response.body;
    result.json = QJsonDocument::fromJson(result.body);
    result.retryAfterSeconds = parseRetryAfter(response.header("Retry-After"));
    result.location = QString::fromUtf8(response.header("Location"));
    qCDebug(lcPublish) << verb << url.path() << result.status << result.errorString;
    return result;
}

WordPressTarget::Reply WordPressTarget::sendJson(const QByteArray &verb, const QString &route, const QJsonObject &body,
    const TargetProgress &progress, const QUrlQuery &query)
{
    return send(verb, route, query, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        body.isEmpty() ? QByteArray() : QByteArray("application/json; charset=utf-8"), progress);
}

TargetOutcome WordPressTarget::outcomeOf(const Reply &reply, const QString &what) const
{
    const QString site = account().url.toString();
    if (reply.cancelled)
        return TargetOutcome::make(TargetOutcome::Cancelled, tr("Cancelled."));
    if (reply.status >= 200 && reply.status < 300)
        return TargetOutcome::success();
    if (reply.status == 0) {
        // No HTTP answer at all: the network, the server or a timeout.
        const QNetworkInformation *network = QNetworkInformation::instance();
        if (network && network->reachability() == QNetworkInformation::Reachability::Disconnected
            && !isLoopback(account().url))
            return TargetOutcome::make(
                TargetOutcome::Offline, tr("This computer is offline; the story waits for the network."));
        if (reply.certificateRefused) {
            return TargetOutcome::make(TargetOutcome::Hold,
                tr("%1: the certificate of %2 is not trusted (%3). Check the site's address; if it is right, the "
                   "site's administrator must fix its certificate.")
                    .arg(what, site, reply.errorString),
                0, reply.errorString);
        }
        const QString &reason = reply.errorString;
        return TargetOutcome::make(
            TargetOutcome::Retry, tr("%1: could not reach %2 (%3).").arg(what, site, reason), 0, reply.errorString);
    }
    const QString server = serverText(reply);
    TargetOutcome outcome;
    if (reply.status == 429 || reply.status >= 500) {
        outcome = TargetOutcome::make(TargetOutcome::Retry,
            reply.status == 429 ? tr("%1: the site asked Byline to slow down (HTTP 429).").arg(what)
                                : tr("%1: the site had a problem (HTTP %2).").arg(what).arg(reply.status),
            reply.status, server);
        outcome.retryAfterSeconds = reply.retryAfterSeconds;
        return outcome;
    }
    if (reply.status >= 300 && reply.status < 400) {
        // Only reads follow a redirect; a write sent elsewhere could land twice.
        const QString message = tr("%1: the site sent Byline to another address (HTTP %2): %3. Change the "
                                   "target's address in Settings to the site's own address.")
                                    .arg(what)
                                    .arg(reply.status)
                                    .arg(reply.location.isEmpty() ? tr("(none given)") : reply.location);
        return TargetOutcome::make(TargetOutcome::Hold, message, reply.status, reply.location);
    }
    QString message;
    switch (reply.status) {
    case 400:
        message = tr("%1: WordPress refused the request as invalid (HTTP %4). The site says: %2");
        break;
    case 401:
        message = tr("%1: WordPress refused the sign-in of \"%3\" (HTTP %4). Check the user name and the "
                     "Application Password in the target's settings. The site says: %2");
        break;
    case 403:
        message = tr("%1: the account \"%3\" may not do this on the site (HTTP %4). The site says: %2");
        break;
    case 404:
        message = tr("%1: the site has no such item or address (HTTP %4). Check the site's address. The site "
                     "says: %2");
        break;
    case 409:
        message = tr("%1: the site already has this item (HTTP %4). The site says: %2");
        break;
    case 413:
        message = tr("%1: the file is larger than the site accepts (HTTP %4). Ask the site's administrator to "
                     "raise the upload limit, or make the photo smaller. The site says: %2");
        break;
    default:
        message = tr("%1: the site refused (HTTP %4). The site says: %2");
        break;
    }
    message = fillPlaceholders(
        message, {what, server.isEmpty() ? tr("(nothing)") : server, account().user, QString::number(reply.status)});
    return TargetOutcome::make(TargetOutcome::Hold, message, reply.status, server);
}

// The user and the rights both sign-in answers (the connector's info,
// WordPress's users/me) carry under the same names.
void WordPressTarget::readUser(const QJsonObject &user, const QJsonObject &can, TargetCapabilities *caps) const
{
    caps->userName = account().user;
    caps->displayName = user.value(u"name"_s).toString();
    for (const QJsonValue &role : user.value(u"roles"_s).toArray())
        caps->roles.append(role.toString());
    caps->uploadFiles = can.value(u"upload_files"_s).toBool();
    caps->editPosts = can.value(u"edit_posts"_s).toBool();
    caps->publishPosts = can.value(u"publish_posts"_s).toBool();
    caps->editPublishedPosts = can.value(u"edit_published_posts"_s).toBool();
}

TargetOutcome WordPressTarget::signIn(TargetCapabilities *capabilities, const TargetProgress &progress)
{
    const QString what = tr("Signing in");
    TargetCapabilities caps;
    Reply reply = sendJson("GET", u"/byline/v1/info"_s, {}, progress);
    // A site whose web server has no rewrite rules for WordPress (plain
    // permalinks) answers /wp-json/ with a page, or a 404 page: its REST API
    // is at ?rest_route= instead.
    if (!m_restRouteQuery && reply.status != 0 && !reply.json.isObject()) {
        m_restRouteQuery = true;
        const Reply index = sendJson("GET", u"/"_s, {}, progress, QUrlQuery(u"_fields=namespaces"_s));
        if (index.status == 200 && index.json.object().value(u"namespaces"_s).isArray())
            reply = sendJson("GET", u"/byline/v1/info"_s, {}, progress);
        else
            m_restRouteQuery = false;
    }
    if (reply.status == 200 && reply.json.isObject()) {
        const QJsonObject info = reply.json.object();
        const QJsonObject user = info.value(u"user"_s).toObject();
        const QJsonObject site = info.value(u"site"_s).toObject();
        const QJsonObject can = info.value(u"capabilities"_s).toObject();
        readUser(user, can, &caps);
        caps.siteName = site.value(u"name"_s).toString();
        caps.siteTimeZone = site.value(u"timezone"_s).toString();
        caps.maxUploadBytes = site.value(u"max_upload_bytes"_s).toInteger();
        caps.createTags = can.value(u"create_tags"_s).toBool();
        caps.createCategories = can.value(u"create_categories"_s).toBool();
        caps.exactlyOnce = true;
    } else if (reply.status == 404) {
        // No connector: the user's own record says what they may do.
        reply = sendJson("GET", u"/wp/v2/users/me"_s, {}, progress, QUrlQuery(u"context=edit"_s));
        if (const TargetOutcome outcome = outcomeOf(reply, what); !outcome.ok())
            return outcome;
        const QJsonObject user = reply.json.object();
        const QJsonObject can = user.value(u"capabilities"_s).toObject();
        readUser(user, can, &caps);
        caps.createTags = caps.editPosts;
        caps.createCategories = can.value(u"manage_categories"_s).toBool();
        caps.exactlyOnce = false;
        const Reply root = sendJson("GET", u"/"_s, {}, progress, QUrlQuery(u"_fields=name,timezone_string"_s));
        caps.siteName = root.json.object().value(u"name"_s).toString();
        caps.siteTimeZone = root.json.object().value(u"timezone_string"_s).toString();
    } else {
        TargetOutcome outcome = outcomeOf(reply, what);
        if (outcome.ok()) // 2xx but not the info we asked for: not a WordPress site
            outcome = TargetOutcome::make(TargetOutcome::Hold,
                tr("%1 does not answer like a WordPress site (no REST API at /wp-json/ or ?rest_route=).")
                    .arg(account().url.toString()));
        return outcome;
    }
    if (!reply.json.isObject())
        return TargetOutcome::make(TargetOutcome::Hold,
            tr("%1 does not answer like a WordPress site (no REST API at /wp-json/ or ?rest_route=).")
                .arg(account().url.toString()));
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
    const Reply reply = sendJson("GET", route, {}, progress, query);
    *outcome = outcomeOf(reply, tr("Looking for an earlier copy"));
    if (!outcome->ok())
        return std::nullopt;
    const QJsonArray items = reply.json.array();
    if (items.isEmpty())
        return std::nullopt;
    return items.first().toObject().value(u"id"_s).toInteger();
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
        const Reply reply = sendJson("POST", u"/wp/v2/media/%1"_s.arg(id), fields, progress, mediaFields);
        TargetOutcome outcome = outcomeOf(reply, what);
        if (outcome.ok()) {
            media->id = id;
            media->url = QUrl(reply.json.object().value(u"source_url"_s).toString());
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
    const Reply reply = send("POST", u"/wp/v2/media"_s, query, upload.jpeg, "image/jpeg", progress, disposition);
    if (reply.status == 409) {
        // The connector: an earlier attempt's upload arrived after all.
        const qint64 id = reply.json.object().value(u"data"_s).toObject().value(u"id"_s).toInteger();
        if (id)
            return updateFields(id);
    }
    TargetOutcome outcome = outcomeOf(reply, what);
    if (outcome.ok()) {
        media->id = reply.json.object().value(u"id"_s).toInteger();
        media->url = QUrl(reply.json.object().value(u"source_url"_s).toString());
        if (!media->id)
            return TargetOutcome::make(TargetOutcome::Hold,
                tr("%1: the site did not say where it put the photo.").arg(what), reply.status, serverText(reply));
    }
    return outcome;
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
        const Reply found = sendJson("GET", u"/wp/v2/"_s + taxonomy, {}, progress, query);
        if (TargetOutcome outcome = outcomeOf(found, tr("Looking up \"%1\"").arg(name)); !outcome.ok())
            return outcome;
        qint64 id = 0;
        for (const QJsonValue &term : found.json.array()) {
            if (decodeEntities(term.toObject().value(u"name"_s).toString()) == name) {
                id = term.toObject().value(u"id"_s).toInteger();
                break;
            }
        }
        if (!id && mayCreate) {
            const Reply created = sendJson("POST", u"/wp/v2/"_s + taxonomy, {{u"name"_s, name}}, progress);
            const QJsonObject json = created.json.object();
            if (created.status == 400 && json.value(u"code"_s).toString() == u"term_exists"_s)
                id = json.value(u"data"_s).toObject().value(u"term_id"_s).toInteger();
            else if (TargetOutcome outcome = outcomeOf(created, tr("Adding \"%1\"").arg(name)); !outcome.ok())
                return outcome;
            else
                id = json.value(u"id"_s).toInteger();
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
    const Reply reply = sendJson("GET", u"/wp/v2/posts/%1"_s.arg(id), {}, progress, QUrlQuery(u"context=edit"_s));
    TargetOutcome outcome = outcomeOf(reply, tr("Checking the story on the site"));
    if (outcome.ok())
        *post = reply.json.object();
    return outcome;
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

    ArticleRenderer renderer(upload.publication, upload.pack);
    const WordPressBodyMarkup markup([&upload](const Photo &photo) -> std::optional<WordPressBodyMarkup::Media> {
        const auto media = upload.media.constFind(photo.id);
        if (media == upload.media.constEnd() || !media->id)
            return std::nullopt;
        return WordPressBodyMarkup::Media {media->url.toString(), media->id};
    });
    QStringList problems;
    const QString content = renderer.renderCmsBody(article, upload.photos, markup, &problems);

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
        const Reply found = sendJson("GET", u"/wp/v2/posts"_s, {}, progress, query);
        if (TargetOutcome outcome = outcomeOf(found, tr("Looking for an earlier copy")); !outcome.ok())
            return outcome;
        if (!found.json.array().isEmpty()) {
            id = found.json.array().first().toObject().value(u"id"_s).toInteger();
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
        if (upload.known->modified.isValid()
            && wordPressTime(remote.value(u"modified_gmt"_s)) != upload.known->modified)
            return conflictWith(remote);
        if (caps.exactlyOnce && upload.known->modified.isValid())
            body.insert(u"byline_expected_modified_gmt"_s, wordPressTimeText(upload.known->modified));
    }

    Reply reply;
    if (id) {
        reply = sendJson("POST", u"/wp/v2/posts/%1"_s.arg(id), body, progress, postFields);
    } else {
        reply = sendJson("POST", u"/wp/v2/posts"_s, body, progress, postFields);
        if (reply.status == 409) {
            // The connector found the story created by an attempt whose
            // answer was lost, or by another account: update that one.
            id = reply.json.object().value(u"data"_s).toObject().value(u"id"_s).toInteger();
            if (id)
                reply = sendJson("POST", u"/wp/v2/posts/%1"_s.arg(id), body, progress, postFields);
        }
    }
    if (reply.status == 412) {
        QJsonObject remote;
        if (TargetOutcome outcome = fetchPost(id, &remote, progress); !outcome.ok())
            return outcome;
        return conflictWith(remote);
    }
    TargetOutcome outcome = outcomeOf(reply, what);
    if (!outcome.ok())
        return outcome;
    *post = remotePostFrom(reply.json.object());
    if (!post->id)
        return TargetOutcome::make(TargetOutcome::Hold, tr("%1: the site did not say which post it made.").arg(what),
            reply.status, serverText(reply));
    outcome.notes = problems;
    if (!missingCategories.isEmpty())
        outcome.notes.append(tr("The site has no category \"%1\" and this account may not add one; the story went "
                                "without it.")
                .arg(missingCategories.join(u", "_s)));
    if (!missingTags.isEmpty())
        outcome.notes.append(
            tr("These tags are not on the site and this account may not add them: %1.").arg(missingTags.join(u", "_s)));
    return outcome;
}

} // namespace Byline
