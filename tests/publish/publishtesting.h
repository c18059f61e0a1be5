#pragma once

// Shared by the publish tests: a Korean story with photos in a real library,
// the runner wired to a test WordPress's accounts, and plain REST reads to
// check what WordPress has, independent of the code under test.

#include "../core/testimages.h"
#include "library/library.h"
#include "media/photoimport.h"
#include "publish/outbox.h"
#include "publish/publishrunner.h"
#include "wordpressserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

namespace Byline::PublishTesting {

using namespace Qt::StringLiterals;

// Imports the originals into the story with captions, credits and alt text:
// the first becomes the lead, the others figures in the body.
inline Article addStoryPhotos(Library &library, Article article, const QStringList &originals)
{
    for (qsizetype i = 0; i < originals.size(); ++i) {
        PhotoImport::Result imported = PhotoImport::importFile(library, article.id, originals.at(i));
        if (imported.outcome != PhotoImport::Outcome::Imported)
            return {};
        imported.photo.caption = u"불어난 물에 잠긴 도로 %1"_s.arg(i + 1);
        imported.photo.credit = u"김민지 기자"_s;
        imported.photo.altText = u"흙탕물에 잠긴 춘천 시내 도로 %1"_s.arg(i + 1);
        library.photoStore().updatePhoto(imported.photo);
    }
    article = *library.articleStore().article(article.id);
    const QList<Photo> photos = library.photoStore().photos(article.id);
    for (qsizetype i = 1; i < photos.size(); ++i)
        article.body +=
            u"<figure data-photo=\"%1\"></figure><p>문단 %2: 주민들이 대피했다.</p>"_s.arg(photos.at(i).id).arg(i);
    library.articleStore().updateArticle(article);
    return *library.articleStore().article(article.id);
}

// A story as a Korean regional desk files it, with `photoCount` photos: the
// first is the lead, the others are figures in the body.
inline Article makeStory(Library &library, const QString &scratch, int photoCount, const QString &slug,
    const QString &headline = u"춘천 도심 물에 잠겨…주민 300여 명 대피"_s)
{
    Article article = Article::create();
    article.headline = headline;
    article.deck = u"시간당 80㎜ 폭우, 소양강 수위 경보"_s;
    article.summary = u"12일 춘천에 시간당 80㎜의 폭우가 쏟아져 주민 300여 명이 대피했다."_s;
    article.byline = {u"강원일보"_s, {{u"김민지"_s, u"minji@kwnews.example"_s}}};
    article.section = u"사회"_s;
    article.tags = {u"폭우"_s, u"춘천"_s, u"소양강"_s};
    article.slug = slug;
    article.body = u"<p>12일 춘천에 폭우가 쏟아졌다.</p>"_s;
    if (!library.articleStore().insertArticle(article))
        return {};
    QStringList originals;
    for (int i = 0; i < photoCount; ++i) {
        const QString path = scratch + u"/%1-photo-%2.jpg"_s.arg(slug).arg(i);
        TestImages::writeJpeg(path, TestImages::photoLike({1800, 1200}, 40 + i));
        TestImages::setMetadata(path, TestImages::privateCameraFields());
        originals << path;
    }
    return addStoryPhotos(library, article, originals);
}

inline TargetAccount wordPressAccount(const Test::WordPressServer &server, QStringView role, const QUrl &url = {})
{
    TargetAccount account;
    account.name = role.toString();
    account.kind = TargetAccount::wordPressKind();
    account.url = url.isEmpty() ? server.url() : url;
    account.user = server.credentials(role).user;
    return account;
}

// The runner's environment for a test WordPress: one target per role, named
// after it; passwords straight from the fixture.
inline PublishRunner::Environment environment(const Test::WordPressServer &server, const QUrl &url = {})
{
    PublishRunner::Environment environment;
    environment.policy.base = std::chrono::milliseconds(50);
    environment.policy.cap = std::chrono::milliseconds(400);
    environment.policy.readBase = std::chrono::milliseconds(20);
    environment.policy.readCap = std::chrono::milliseconds(200);
    environment.account = [&server, url](const QString &name) -> std::optional<TargetAccount> {
        if (!server.credentials(name).isValid())
            return std::nullopt;
        return wordPressAccount(server, name, url);
    };
    environment.password = [&server](const TargetAccount &account, QString *) -> std::optional<QString> {
        return server.credentials(account.name).password;
    };
    return environment;
}

// Runs the job's attempts (waiting out retries) until it is done, held or
// cancelled, or `attempts` ran out; the job as the outbox has it.
inline PublishJob runToEnd(PublishRunner &runner, Outbox &outbox, qint64 jobId, int attempts = 30)
{
    std::optional<PublishJob> job;
    for (int i = 0; i < attempts; ++i) {
        job = runner.run(jobId);
        if (!job || !job->isOpen())
            break;
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(job->nextAttempt);
        if (wait > 0)
            QTest::qWait(int(std::min<qint64>(wait, 5000)));
    }
    // What the outbox recorded, not what the runner said: the record is what
    // survives a restart.
    return outbox.job(jobId).value_or(PublishJob());
}

// A request as `role` (default: admin, who sees everything), its answer parsed.
inline QJsonDocument restRequest(const Test::WordPressServer &server, const QByteArray &verb, const QUrl &url,
    const QByteArray &body, QStringView role)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", server.authorization(role));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return json;
}

inline QJsonDocument restGet(const Test::WordPressServer &server, QStringView route, const QString &query = {},
    QStringView role = Test::WordPressServer::Admin)
{
    return restRequest(server, "GET", server.restUrl(route, query), {}, role);
}

inline QJsonDocument restSend(const Test::WordPressServer &server, const QByteArray &verb, QStringView route,
    const QJsonObject &body, QStringView role = Test::WordPressServer::Admin)
{
    return restRequest(server, verb, server.restUrl(route), QJsonDocument(body).toJson(), role);
}

// Every post (any status but trash) whose title is `title`.
inline QJsonArray postsTitled(const Test::WordPressServer &server, const QString &title)
{
    QJsonArray matching;
    const QJsonArray all = restGet(server, u"/wp/v2/posts", u"status=any&context=edit&per_page=100"_s).array();
    for (const QJsonValue &post : all) {
        if (post.toObject().value(u"title"_s).toObject().value(u"raw"_s).toString() == title)
            matching.append(post);
    }
    return matching;
}

// How many media items have this file name's stem (WordPress renames a
// second copy "name-1").
inline int mediaCount(const Test::WordPressServer &server)
{
    return int(restGet(server, u"/wp/v2/media", u"per_page=100&context=edit"_s).array().size());
}

} // namespace Byline::PublishTesting
