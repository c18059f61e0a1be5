#include "publishtesting.h"

#include "publish/httpconnection.h"

#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::WordPressServer;

// The publish queue against a real WordPress (Apache, PHP, MariaDB on
// loopback) with the Byline connector: what a desk and a reporter do, read
// back through the REST API as an administrator would see it.
class tst_PublishWordPress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server;
    Library m_library;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<PublishRunner> m_runner;

    PublishJob publish(qint64 articleId, QStringView role, PublishAction action, const QDateTime &at = {})
    {
        const std::optional<PublishJob> job = m_outbox->enqueue(articleId, role.toString(), action, at);
        if (!job) {
            qWarning() << m_outbox->errorString();
            return {};
        }
        return runToEnd(*m_runner, *m_outbox, job->id);
    }

    QJsonObject post(qint64 id) { return restGet(m_server, u"/wp/v2/posts/%1"_s.arg(id), u"context=edit"_s).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
        m_outbox = std::make_unique<Outbox>(m_library);
        m_runner = std::make_unique<PublishRunner>(m_library, environment(m_server));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void deskPublishesAKoreanStoryWithThreePhotos()
    {
        const Article story = makeStory(m_library, m_dir.path(), 3, u"chuncheon-flood"_s);
        const int mediaBefore = mediaCount(m_server);
        const PublishJob job = publish(story.id, WordPressServer::Desk, PublishAction::Publish);
        QCOMPARE(PublishNames::stateKey(job.state), u"done"_s);
        QVERIFY(job.remoteId > 0);
        QVERIFY(job.remoteUrl.toString().startsWith(m_server.url().toString()));

        const QJsonObject remote = post(job.remoteId);
        QCOMPARE(remote.value(u"status"_s).toString(), u"publish"_s);
        // Korean round-trips byte for byte.
        QCOMPARE(remote.value(u"title"_s).toObject().value(u"raw"_s).toString().toUtf8(), story.headline.toUtf8());
        QCOMPARE(remote.value(u"excerpt"_s).toObject().value(u"raw"_s).toString(), story.summary);
        QCOMPARE(remote.value(u"slug"_s).toString(), u"chuncheon-flood"_s);
        QCOMPARE(remote.value(u"categories"_s).toArray(), QJsonArray {m_server.categoryId(u"사회")});
        QSet<QString> tagNames;
        for (const QJsonValue &tag : remote.value(u"tags"_s).toArray())
            tagNames.insert(
                restGet(m_server, u"/wp/v2/tags/%1"_s.arg(tag.toInteger())).object().value(u"name"_s).toString());
        QCOMPARE(tagNames, (QSet<QString> {u"폭우"_s, u"춘천"_s, u"소양강"_s}));

        // Every photo once; the lead is the featured image, the others are
        // WordPress image blocks in the body pointing at their uploads.
        QCOMPARE(mediaCount(m_server), mediaBefore + 3);
        const QList<Photo> photos = m_library.photoStore().photos(story.id);
        const QString content = remote.value(u"content"_s).toObject().value(u"raw"_s).toString();
        QVERIFY2(content.contains(u"[강원일보] 김민지 기자 ="_s), qPrintable(content));
        const qint64 featured = remote.value(u"featured_media"_s).toInteger();
        QVERIFY(featured > 0);
        for (const Photo &photo : photos) {
            const QJsonArray found = restGet(m_server, u"/wp/v2/media"_s,
                u"context=edit&byline_uuid="_s + PublishRunner::mediaKey(story, photo, Publication()))
                                         .array();
            QCOMPARE(found.size(), 1);
            const QJsonObject media = found.first().toObject();
            QCOMPARE(media.value(u"alt_text"_s).toString(), photo.altText);
            const QString caption = media.value(u"caption"_s).toObject().value(u"raw"_s).toString();
            QCOMPARE(caption, u"▲ %1 (사진=%2)"_s.arg(photo.caption, photo.credit));
            if (photo.lead) {
                QCOMPARE(media.value(u"id"_s).toInteger(), featured);
            } else {
                QVERIFY2(content.contains(u"wp-image-%1"_s.arg(media.value(u"id"_s).toInteger())), qPrintable(content));
                QVERIFY(content.contains(media.value(u"source_url"_s).toString()));
                QVERIFY(content.contains(photo.caption));
            }
        }
        // The published copies carry no GPS.
        const QJsonObject lead = restGet(m_server, u"/wp/v2/media/%1"_s.arg(featured), u"context=edit"_s).object();
        QVERIFY(!lead.value(u"media_details"_s).toObject().value(u"image_meta"_s).toObject().contains(u"latitude"_s));

        // Publishing again updates the same post and sends no photo again.
        Article edited = *m_library.articleStore().article(story.id);
        edited.headline = u"춘천 도심 물에 잠겨…주민 400여 명 대피"_s;
        QVERIFY(m_library.articleStore().updateArticle(edited));
        const PublishJob again = publish(story.id, WordPressServer::Desk, PublishAction::Publish);
        QCOMPARE(PublishNames::stateKey(again.state), u"done"_s);
        QCOMPARE(again.remoteId, job.remoteId);
        QCOMPARE(post(job.remoteId).value(u"title"_s).toObject().value(u"raw"_s).toString(), edited.headline);
        QCOMPARE(mediaCount(m_server), mediaBefore + 3);
        QCOMPARE(postsTitled(m_server, edited.headline).size(), 1);
    }

    void reporterSubmitsAndTheDeskPublishes()
    {
        const Article story = makeStory(m_library, m_dir.path(), 2, u"soyang-river"_s, u"소양강 수위 경보 발령"_s);
        const int mediaBefore = mediaCount(m_server);
        const PublishJob submitted = publish(story.id, WordPressServer::Reporter, PublishAction::Submit);
        QCOMPARE(PublishNames::stateKey(submitted.state), u"done"_s);
        QCOMPARE(post(submitted.remoteId).value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(mediaCount(m_server), mediaBefore + 2);

        // The reporter may not publish: refused before anything is sent.
        const PublishJob refused = publish(story.id, WordPressServer::Reporter, PublishAction::Publish);
        QCOMPARE(PublishNames::stateKey(refused.state), u"held"_s);
        QVERIFY2(refused.message.contains(u"may not publish"_s), qPrintable(refused.message));
        QCOMPARE(refused.httpStatus, 0);
        QCOMPARE(post(submitted.remoteId).value(u"status"_s).toString(), u"pending"_s);

        // The desk publishes the same post, with the reporter's photos.
        const PublishJob published = publish(story.id, WordPressServer::Desk, PublishAction::Publish);
        QCOMPARE(PublishNames::stateKey(published.state), u"done"_s);
        QCOMPARE(published.remoteId, submitted.remoteId);
        QCOMPARE(post(submitted.remoteId).value(u"status"_s).toString(), u"publish"_s);
        QCOMPARE(mediaCount(m_server), mediaBefore + 2);
        QCOMPARE(postsTitled(m_server, story.headline).size(), 1);
    }

    void deskSchedulesAStory()
    {
        const Article story =
            makeStory(m_library, m_dir.path(), 1, u"tomorrow-morning"_s, u"내일 아침 출근길 빙판 주의"_s);
        const QTimeZone seoul("Asia/Seoul");
        const QDateTime at(QDate::currentDate().addDays(1), QTime(9, 0), seoul);
        const PublishJob job = publish(story.id, WordPressServer::Desk, PublishAction::Schedule, at);
        QCOMPARE(PublishNames::stateKey(job.state), u"done"_s);
        const QJsonObject remote = post(job.remoteId);
        QCOMPARE(remote.value(u"status"_s).toString(), u"future"_s);
        QCOMPARE(remote.value(u"date_gmt"_s).toString(), at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    }

    void aRemoteEditIsNotOverwritten()
    {
        const Article story = makeStory(m_library, m_dir.path(), 0, u"desk-edit"_s, u"도의회 예산안 통과"_s);
        const PublishJob first = publish(story.id, WordPressServer::Desk, PublishAction::Publish);
        QCOMPARE(PublishNames::stateKey(first.state), u"done"_s);
        QTest::qWait(1100); // modified_gmt has a resolution of one second
        const QString theirs = u"도의회 예산안 진통 끝 통과"_s;
        restSend(m_server, "POST", u"/wp/v2/posts/%1"_s.arg(first.remoteId), {{u"title"_s, theirs}});

        Article edited = *m_library.articleStore().article(story.id);
        edited.deck = u"9조 원 규모"_s;
        QVERIFY(m_library.articleStore().updateArticle(edited));
        const PublishJob held = publish(story.id, WordPressServer::Desk, PublishAction::Publish);
        QCOMPARE(PublishNames::stateKey(held.state), u"held"_s);
        QVERIFY(!held.conflict.isNull());
        QCOMPARE(held.conflict.remoteTitle, theirs);
        QCOMPARE(held.conflict.localTitle, story.headline);
        QCOMPARE(post(first.remoteId).value(u"title"_s).toObject().value(u"raw"_s).toString(), theirs);

        // A person chooses to replace the site's version.
        QVERIFY(m_outbox->retry(held.id, true));
        const PublishJob replaced = runToEnd(*m_runner, *m_outbox, held.id);
        QCOMPARE(PublishNames::stateKey(replaced.state), u"done"_s);
        QCOMPARE(post(first.remoteId).value(u"title"_s).toObject().value(u"raw"_s).toString(), story.headline);
    }

    void unpublishTakesTheStoryBack()
    {
        const Article story = makeStory(m_library, m_dir.path(), 0, u"retracted"_s, u"정정: 행사 일정 변경"_s);
        const PublishJob published = publish(story.id, WordPressServer::Desk, PublishAction::Publish);
        QCOMPARE(PublishNames::stateKey(published.state), u"done"_s);
        const PublishJob unpublished = publish(story.id, WordPressServer::Desk, PublishAction::Unpublish);
        QCOMPARE(PublishNames::stateKey(unpublished.state), u"done"_s);
        QCOMPARE(unpublished.remoteId, published.remoteId);
        QCOMPARE(post(published.remoteId).value(u"status"_s).toString(), u"draft"_s);
    }

    void aWrongPasswordHoldsTheJob()
    {
        const Article story = makeStory(m_library, m_dir.path(), 0, u"wrong-password"_s, u"비밀번호 오류"_s);
        PublishRunner::Environment wrong = environment(m_server);
        wrong.password = [](const TargetAccount &, QString *) -> std::optional<QString> {
            return u"abcd efgh ijkl mnop qrst uvwx"_s;
        };
        PublishRunner runner(m_library, wrong);
        const std::optional<PublishJob> job = m_outbox->enqueue(story.id, u"desk"_s, PublishAction::Publish);
        QVERIFY(job);
        const PublishJob held = runToEnd(runner, *m_outbox, job->id);
        QCOMPARE(PublishNames::stateKey(held.state), u"held"_s);
        QCOMPARE(held.httpStatus, 401);
        QVERIFY2(held.message.contains(u"Application Password"_s), qPrintable(held.message));
        QVERIFY(!held.serverText.isEmpty());
        QVERIFY(!m_outbox->log(job->id).isEmpty());
    }

    // A site whose web server has no rewrite rules for WordPress (plain
    // permalinks) has its REST API only at ?rest_route=. Byline finds it there
    // when it signs in, and publishing works as on any other site.
    void aSiteWithPlainPermalinks()
    {
        QVERIFY(m_server.setPlainPermalinks(true));
        auto restore = qScopeGuard([this] { m_server.setPlainPermalinks(false); });
        HttpConnection http;
        QUrl wpJson = m_server.url();
        wpJson.setPath(u"/wp-json/wp/v2/posts"_s);
        const HttpResponse page = http.send(HttpRequest {"GET", wpJson, {}, {}});
        QVERIFY2(!QJsonDocument::fromJson(page.body).isArray(), "/wp-json/ must not be the REST API on a plain site");

        // A runner of its own: the shared one keeps the target signed in at /wp-json/.
        PublishRunner runner(m_library, environment(m_server));
        const Article story = makeStory(m_library, m_dir.path(), 2, u"plain-permalinks"_s, u"춘천 닭갈비 축제 개막"_s);
        const int mediaBefore = mediaCount(m_server);
        const std::optional<PublishJob> queued = m_outbox->enqueue(story.id, u"desk"_s, PublishAction::Publish);
        QVERIFY(queued);
        const PublishJob job = runToEnd(runner, *m_outbox, queued->id);
        QVERIFY2(job.state == PublishState::Done, qPrintable(job.message));
        const QJsonObject remote = post(job.remoteId);
        QCOMPARE(remote.value(u"title"_s).toObject().value(u"raw"_s).toString(), story.headline);
        QCOMPARE(remote.value(u"status"_s).toString(), u"publish"_s);
        QVERIFY(remote.value(u"featured_media"_s).toInteger() > 0);
        QCOMPARE(mediaCount(m_server), mediaBefore + 2);

        // Sent again: the same post, no new copies.
        Article edited = *m_library.articleStore().article(story.id);
        edited.deck = u"사흘 동안 공지천 일대에서"_s;
        QVERIFY(m_library.articleStore().updateArticle(edited));
        const std::optional<PublishJob> again = m_outbox->enqueue(story.id, u"desk"_s, PublishAction::Publish);
        QVERIFY(again);
        const PublishJob updated = runToEnd(runner, *m_outbox, again->id);
        QVERIFY2(updated.state == PublishState::Done, qPrintable(updated.message));
        QCOMPARE(updated.remoteId, job.remoteId);
        QCOMPARE(mediaCount(m_server), mediaBefore + 2);
    }
};

QTEST_GUILESS_MAIN(tst_PublishWordPress)
#include "tst_publishwordpress.moc"
