#include "wordpressclient.h"

#include "bylineversion.h"
#include "common/logging.h"
#include "httpconnection.h"
#include "sitetext.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

// How Byline talks to a WordPress site: a request and its answer, reads
// asked again in place, and what each answer means for the caller.

namespace Byline {

namespace {

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

// HttpConnection's sentences for an answer that came but could not be read.
// Until its answer says so by a failure of its own, they are what tells a
// damaged answer from a site that could not be reached.
bool isDamagedAnswer(const HttpResponse &response)
{
    return response.failure == HttpResponse::Failure::Network && response.damaged;
}

// Waits in short steps, so a cancel is heard at once; false when cancelled.
bool pause(std::chrono::milliseconds wait, const TargetProgress &progress)
{
    const QDeadlineTimer deadline(wait);
    while (!deadline.hasExpired()) {
        if (progress.isCancelled())
            return false;
        QThread::msleep(quint64(std::clamp<qint64>(deadline.remainingTime(), 1, 50)));
    }
    return !progress.isCancelled();
}

} // namespace

QString WordPressClient::decodeEntities(QString text)
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

bool WordPressClient::isTransient(const Reply &reply)
{
    return reply.status == 0 || reply.status == 429 || reply.status >= 500;
}

std::chrono::milliseconds WordPressClient::transferTimeout()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("BYLINE_HTTP_TIMEOUT_MS", &ok);
    return std::chrono::milliseconds(ok && ms > 0 ? ms : 60000);
}

QString WordPressClient::serverText(const Reply &reply)
{
    const QJsonObject json = reply.json.object();
    const QString message = json.value(u"message"_s).toString();
    const QString code = json.value(u"code"_s).toString();
    if (!message.isEmpty()) {
        const QString text = code.isEmpty() ? decodeEntities(message) : u"%1 (%2)"_s.arg(decodeEntities(message), code);
        return SiteText::forPerson(text);
    }
    // A page, not WordPress's JSON: its text without the markup. Enough of
    // it is read for the person's 200 characters once the tags are out.
    QString text = QString::fromUtf8(reply.body.left(4000));
    static const QRegularExpression hidden(u"<(script|style)\\b.*?</\\1\\s*>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    text.replace(hidden, u" "_s).replace(tag, u" "_s);
    return SiteText::forPerson(decodeEntities(text));
}

WordPressClient::WordPressClient(const TargetAccount &account, const QString &password, const RetryPolicy *policy)
    : m_account(account)
    , m_password(password)
    , m_policy(policy)
    , m_http(std::make_unique<HttpConnection>(transferTimeout()))
{ }

WordPressClient::~WordPressClient() = default;

WordPressClient::Reply WordPressClient::send(const QByteArray &verb, const QString &route, const QUrlQuery &query,
    const QByteArray &body, const QByteArray &contentType, const TargetProgress &progress,
    const QByteArray &disposition)
{
    QUrl url = m_account.url;
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
    request.headers = {{"Accept", "application/json"}};
    if (!contentType.isEmpty())
        request.headers.append({"Content-Type", contentType});
    if (!disposition.isEmpty())
        request.headers.append({"Content-Disposition", disposition});
    request.body = body;
    return exchange(request, progress);
}

WordPressClient::Reply WordPressClient::download(
    const QUrl &url, const std::function<bool(QByteArrayView)> &receive, const TargetProgress &progress)
{
    HttpRequest request;
    request.url = url;
    return exchange(request, progress, receive);
}

WordPressClient::Reply WordPressClient::exchange(
    HttpRequest request, const TargetProgress &progress, const std::function<bool(QByteArrayView)> &receive)
{
    // The account's password is for its own site, never for another host a
    // photo's address names (HttpConnection drops it on a redirect away).
    if (request.url.host().compare(m_account.url.host(), Qt::CaseInsensitive) == 0)
        request.headers.prepend({"Authorization", "Basic " + (m_account.user + u':' + m_password).toUtf8().toBase64()});
    request.headers.append({QByteArray("User-Agent"), QByteArray("Byline/" BYLINE_VERSION_STRING)});

    Reply result;
    const HttpResponse response = m_http->send(request,
        progress.bytes ? [&progress](qint64 sent, qint64 total) { progress.bytes(sent, total); }
                       : std::function<void(qint64, qint64)>(),
        progress.cancelled, receive);
    result.cancelled = response.failure == HttpResponse::Failure::Cancelled;
    result.certificateRefused = response.failure == HttpResponse::Failure::Certificate;
    result.damaged = isDamagedAnswer(response);
    result.errorString = SiteText::forPerson(response.errorString, 400);
    result.status = response.status;
    result.body = response.body;
    result.json = QJsonDocument::fromJson(result.body);
    result.retryAfterSeconds = parseRetryAfter(response.header("Retry-After"));
    result.location = SiteText::forPerson(QString::fromUtf8(response.header("Location")));
    qCDebug(lcPublish) << request.verb << request.url.path() << result.status << result.errorString;
    return result;
}

WordPressClient::Reply WordPressClient::sendJson(const QByteArray &verb, const QString &route, const QJsonObject &body,
    const TargetProgress &progress, const QUrlQuery &query)
{
    return send(verb, route, query, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        body.isEmpty() ? QByteArray() : QByteArray("application/json; charset=utf-8"), progress);
}

WordPressClient::Reply WordPressClient::read(
    const QString &route, const TargetProgress &progress, const QUrlQuery &query, const QString &what)
{
    for (int failed = 1;; ++failed) {
        Reply reply = sendJson("GET", route, {}, progress, query);
        if (!isTransient(reply) || reply.cancelled || reply.certificateRefused)
            return reply;
        const TargetOutcome failure = outcomeOf(reply, what);
        if (failure.kind != TargetOutcome::Retry)
            return reply; // offline: the queue waits for the network
        const std::optional<std::chrono::milliseconds> wait =
            m_policy->readDelay(failed, reply.retryAfterSeconds, QRandomGenerator::global()->generateDouble());
        if (!wait)
            return reply;
        if (progress.retrying)
            progress.retrying(&failure, *wait);
        if (!pause(*wait, progress)) {
            reply.cancelled = true;
            return reply;
        }
        if (progress.retrying)
            progress.retrying(nullptr, std::chrono::milliseconds(0));
    }
}

WordPressClient::Reply WordPressClient::readInfo(const TargetProgress &progress, const QString &what)
{
    Reply reply = read(u"/byline/v1/info"_s, progress, {}, what);
    // Only a real answer says the REST API is elsewhere: a 429, a 5xx or a
    // lost connection says nothing about the site, whatever its body.
    const bool plainPage =
        !isTransient(reply) && !(reply.status >= 300 && reply.status < 400) && !reply.json.isObject();
    if (!m_restRouteQuery && plainPage) {
        m_restRouteQuery = true;
        const Reply index = read(u"/"_s, progress, QUrlQuery(u"_fields=namespaces"_s), what);
        if (index.status == 200 && index.json.object().value(u"namespaces"_s).isArray())
            return read(u"/byline/v1/info"_s, progress, {}, what);
        m_restRouteQuery = false;
        if (isTransient(index) || index.cancelled)
            return index; // nothing learnt: its outcome says to ask again later
    }
    return reply;
}

TargetOutcome WordPressClient::damaged(const Reply &reply, const QString &what, const QString &why) const
{
    return TargetOutcome::make(TargetOutcome::Hold,
        tr("%1: the answer from %2 is damaged: %3. Nothing was recorded as done; the site's administrator may need "
           "to look at its error log.")
            .arg(what, m_account.url.toString(), why),
        reply.status, serverText(reply));
}

TargetOutcome WordPressClient::outcomeOf(const Reply &reply, const QString &what) const
{
    const QString site = m_account.url.toString();
    if (reply.cancelled)
        return TargetOutcome::make(TargetOutcome::Cancelled, tr("Cancelled."));
    if (reply.status >= 200 && reply.status < 300)
        return TargetOutcome::success();
    if (reply.status == 0) {
        // No HTTP answer at all: the network, the server or a timeout.
        const QNetworkInformation *network = QNetworkInformation::instance();
        if (network && network->reachability() == QNetworkInformation::Reachability::Disconnected
            && !isLoopback(m_account.url))
            return TargetOutcome::make(
                TargetOutcome::Offline, tr("This computer is offline; the story waits for the network."));
        if (reply.certificateRefused) {
            return TargetOutcome::make(TargetOutcome::Hold,
                tr("%1: the certificate of %2 is not trusted (%3). Check the site's address; if it is right, the "
                   "site's administrator must fix its certificate.")
                    .arg(what, site, reply.errorString),
                0, reply.errorString);
        }
        // An answer that came but cannot be read is not a site out of
        // reach; it may be the network's doing, so it is tried again.
        const QString message =
            reply.damaged ? tr("%1: the answer from %2 could not be read (%3).") : tr("%1: could not reach %2 (%3).");
        return TargetOutcome::make(TargetOutcome::Retry, message.arg(what, site, reply.errorString), 0);
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
        message, {what, server.isEmpty() ? tr("(nothing)") : server, m_account.user, QString::number(reply.status)});
    return TargetOutcome::make(TargetOutcome::Hold, message, reply.status, server);
}

QString WordPressClient::itemProblem(qint64 id, const QUrl &url, bool needsUrl)
{
    if (id <= 0)
        return tr("it names the item %1").arg(id);
    if (!needsUrl && url.isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return tr("its address \"%1\" is not a web address").arg(SiteText::forPerson(url.toString(), 100));
    return {};
}

} // namespace Byline
