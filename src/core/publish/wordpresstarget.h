#pragma once

#include "publishtarget.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrlQuery>

#include <chrono>
#include <memory>

namespace Byline {

class HttpConnection;

// WordPress through its REST API (/wp-json/wp/v2) with an Application
// Password (docs/wordpress.md). With the Byline connector on the site,
// every post and media item carries its Byline UUID, so an answer lost to
// the network or a crash is found again instead of created twice; without
// it, duplicates are avoided whenever an answer came back.
class WordPressTarget : public PublishTarget
{
    // Its own context: PublishTarget's tr() would look in PublishTarget's.
    Q_DECLARE_TR_FUNCTIONS(Byline::WordPressTarget)

public:
    WordPressTarget(const TargetAccount &account, const QString &password);
    ~WordPressTarget() override;

    TargetOutcome signIn(TargetCapabilities *capabilities, const TargetProgress &progress) override;
    bool uploadsPhotosSeparately() const override { return true; }
    // WordPress image blocks pointing at the uploaded copies (wp-image-ID).
    std::unique_ptr<CmsBodyMarkup> bodyMarkup(const QHash<QString, RemoteMedia> &media) const override;
    TargetOutcome putPhoto(const PhotoUpload &upload, RemoteMedia *media, const TargetProgress &progress) override;
    TargetOutcome putArticle(const ArticleUpload &upload, RemotePost *post, PublishConflict *conflict,
        const TargetProgress &progress) override;

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

    // How long one request may go without progress (BYLINE_HTTP_TIMEOUT_MS).
    static std::chrono::milliseconds transferTimeout();
    // WordPress's REST error as a person reads it: its code and message.
    static QString serverText(const Reply &reply);

private:
    Reply send(const QByteArray &verb, const QString &route, const QUrlQuery &query, const QByteArray &body,
        const QByteArray &contentType, const TargetProgress &progress, const QByteArray &disposition = {});
    Reply sendJson(const QByteArray &verb, const QString &route, const QJsonObject &body,
        const TargetProgress &progress, const QUrlQuery &query = {});
    // A GET, asked again in place (RetryPolicy::readDelay) while the site
    // answers 429 or 5xx or cannot be reached: it changes nothing there.
    Reply read(const QString &route, const TargetProgress &progress, const QUrlQuery &query, const QString &what);
    TargetOutcome outcomeOf(const Reply &reply, const QString &what) const;
    // An answer that says what it was asked for, but not in a form Byline
    // can trust (not JSON, an impossible id, a link that is not a web
    // address): the job is held, nothing is recorded as done.
    TargetOutcome damaged(const Reply &reply, const QString &what, const QString &why) const;
    TargetOutcome ensureCapabilities(const TargetProgress &progress);
    void readUser(const QJsonObject &user, const QJsonObject &can, TargetCapabilities *caps) const;
    std::optional<qint64> lookUpByUuid(
        const QString &route, const QString &uuid, const TargetProgress &progress, TargetOutcome *outcome);
    TargetOutcome termIds(const QString &taxonomy, const QStringList &names, bool mayCreate, QList<qint64> *ids,
        QStringList *missing, const TargetProgress &progress);
    TargetOutcome fetchPost(qint64 id, QJsonObject *post, const TargetProgress &progress);
    static RemotePost remotePostFrom(const QJsonObject &json);
    // Term names and messages come back with HTML entities ("A &amp; B").
    static QString decodeEntities(QString text);
    // An answer that says nothing about what the site is: it was busy, it
    // failed for a moment, or the network did. Its body (a load balancer's
    // page, say) must not be read as the site's.
    static bool isTransient(const Reply &reply);
    // Why a post or a photo as the site describes it cannot be right; empty when it can.
    static QString itemProblem(qint64 id, const QUrl &url, bool needsUrl);

    QString m_password;
    std::unique_ptr<HttpConnection> m_http;
    std::optional<TargetCapabilities> m_capabilities;
    QHash<QString, qint64> m_termIds; // "taxonomy/name" → id, for this run
    bool m_restRouteQuery = false; // plain permalinks: the REST API at ?rest_route=, not /wp-json/
};

} // namespace Byline
