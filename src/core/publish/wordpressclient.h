#pragma once

#include "publishtarget.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Byline {

class HttpConnection;
struct HttpRequest;

// The one home for talking to a WordPress site: where its REST API is
// (/wp-json/ or ?rest_route= for plain permalinks), a request and its answer
// signed in with the Application Password, reads asked again in place, and
// what each answer means for the caller (TargetOutcome), the server's words
// made safe. WordPressTarget (publishing) and WordPressDesk (the desk) both
// talk through it. Blocking, used from one thread at a time.
class WordPressClient
{
    // The messages were WordPressTarget's before both used this exchange:
    // their context, and so their translations, stay.
    Q_DECLARE_TR_FUNCTIONS(Byline::WordPressTarget)

public:
    // `policy` is read at each read, so a later setRetryPolicy on its owner holds.
    WordPressClient(const TargetAccount &account, const QString &password, const RetryPolicy *policy);
    ~WordPressClient();
    WordPressClient(const WordPressClient &) = delete;
    WordPressClient &operator=(const WordPressClient &) = delete;

    const TargetAccount &account() const { return m_account; }

    // One answer from the site.
    struct Reply
    {
        QString errorString; // why there is no answer
        int status = 0;
        QByteArray body;
        QJsonDocument json;
        std::optional<int> retryAfterSeconds;
        bool cancelled = false;
        bool certificateRefused = false; // a person must act: asking again will not help
        bool damaged = false; // an answer came, but not one HTTP can read
        QString location; // where a redirect points
    };

    Reply send(const QByteArray &verb, const QString &route, const QUrlQuery &query, const QByteArray &body,
        const QByteArray &contentType, const TargetProgress &progress, const QByteArray &disposition = {});
    Reply sendJson(const QByteArray &verb, const QString &route, const QJsonObject &body,
        const TargetProgress &progress, const QUrlQuery &query = {});
    // A GET, asked again in place (RetryPolicy::readDelay) while the site
    // answers 429 or 5xx or cannot be reached: it changes nothing there.
    Reply read(const QString &route, const TargetProgress &progress, const QUrlQuery &query, const QString &what);
    // GET /byline/v1/info, first finding where the REST API is: a site whose
    // web server has no rewrite rules for WordPress (plain permalinks)
    // answers /wp-json/ with a page, and is then asked through ?rest_route=
    // from here on. A 404 means no connector.
    Reply readInfo(const TargetProgress &progress, const QString &what);
    // A GET of any address on the site (a photo's original): a 2xx answer's
    // body goes to `receive` as it arrives instead of into the reply;
    // `receive` returning false stops the transfer. The password goes only
    // to the site's own host.
    Reply download(const QUrl &url, const std::function<bool(QByteArrayView)> &receive, const TargetProgress &progress);

    TargetOutcome outcomeOf(const Reply &reply, const QString &what) const;
    // An answer that says what it was asked for, but not in a form Byline
    // can trust (not JSON, an impossible id, a link that is not a web
    // address): the job is held, nothing is recorded as done.
    TargetOutcome damaged(const Reply &reply, const QString &what, const QString &why) const;

    // How long one request may go without progress (BYLINE_HTTP_TIMEOUT_MS).
    static std::chrono::milliseconds transferTimeout();
    // WordPress's REST error as a person reads it: its code and message.
    static QString serverText(const Reply &reply);
    // Term names and messages come back with HTML entities ("A &amp; B").
    static QString decodeEntities(QString text);
    // An answer that says nothing about what the site is: it was busy, it
    // failed for a moment, or the network did. Its body (a load balancer's
    // page, say) must not be read as the site's.
    static bool isTransient(const Reply &reply);
    // Why a post or a photo as the site describes it cannot be right; empty when it can.
    static QString itemProblem(qint64 id, const QUrl &url, bool needsUrl);

private:
    Reply exchange(
        HttpRequest request, const TargetProgress &progress, const std::function<bool(QByteArrayView)> &receive = {});

    TargetAccount m_account;
    QString m_password;
    const RetryPolicy *m_policy;
    std::unique_ptr<HttpConnection> m_http;
    bool m_restRouteQuery = false; // plain permalinks: the REST API at ?rest_route=, not /wp-json/
};

} // namespace Byline
