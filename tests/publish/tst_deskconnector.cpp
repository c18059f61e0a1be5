#include "countingrelay.h"
#include "wordpressserver.h"

#include "publish/httpconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <functional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Byline;
using Byline::Test::CountingRelay;
using Byline::Test::WordPressServer;

// The reply's status and body when the status is not the one expected.
#define QVERIFY_STATUS(reply, expected) QVERIFY2((reply).status == (expected), (reply).describe().constData())

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString code() const { return object().value(u"code"_s).toString(); }
    QByteArray describe() const { return QByteArray::number(status) + ": " + body.left(800); }
};

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

// Connector 2.0 (docs/desk-protocol.md) on the real WordPress: the desk's locks are WordPress's own, notes stay
// with those who may edit the story, actions happen once, the embargo holds in wp-admin too, and the inbox costs
// almost nothing when nothing changed. Three people: the reporter (a Contributor who may upload), the desk (an
// Editor) and someone in wp-admin, acting through WordPress's own PHP functions (WordPressServer::runPhp).
class tst_DeskConnector : public QObject
{
    Q_OBJECT

    WordPressServer m_server;
    std::unique_ptr<CountingRelay> m_relay;
    HttpConnection m_http;
    // A second Contributor, who must not see the first one's stories.
    QByteArray m_otherReporter;
    qint64 m_otherReporterId = 0;

    QByteArray authorization(QStringView role) const
    {
        return role == u"other" ? m_otherReporter : m_server.authorization(role);
    }

    // Through the counting relay, so any request can be measured on the wire.
    Reply send(QByteArrayView verb, QStringView route, QStringView role, const QJsonObject &body = {},
        const QString &query = {})
    {
        HttpRequest request;
        request.verb = verb.toByteArray();
        request.url = m_server.restUrl(route, query);
        request.url.setPort(m_relay->url().port());
        if (!role.isEmpty())
            request.headers.append(std::pair<QByteArray, QByteArray>("Authorization", authorization(role)));
        if (!body.isEmpty()) {
            request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        const HttpResponse response = m_http.send(request);
        return Reply {response.status, response.body};
    }

    Reply get(QStringView route, QStringView role, const QString &query = {})
    {
        return send("GET", route, role, {}, query);
    }

    Reply post(QStringView route, QStringView role, const QJsonObject &body) { return send("POST", route, role, body); }

    QString php(QStringView role, const QString &code)
    {
        QString output;
        if (!m_server.runPhp(role, code, &output))
            return u"PHP FAILED: "_s + m_server.errorString();
        return output;
    }

    // A story the reporter files, with its Byline structure; embargo empty for none.
    qint64 fileStory(const QString &headline, const QString &status = u"pending"_s, const QString &embargo = {})
    {
        const QString uuid = newUuid();
        const Reply created = post(u"/wp/v2/posts", WordPressServer::Reporter,
            {{u"title"_s, headline}, {u"status"_s, status}, {u"content"_s, u"<p>본문</p>"_s},
                {u"meta"_s, QJsonObject {{u"byline_uuid"_s, uuid}}},
                {u"byline_story"_s,
                    QJsonObject {{u"uuid"_s, uuid}, {u"headline"_s, headline}, {u"embargo"_s, embargo},
                        {u"photos"_s, QJsonArray {}}}}});
        if (created.status != 201) {
            qWarning() << created.describe();
            return 0;
        }
        return created.object().value(u"id"_s).toInteger();
    }

    Reply act(qint64 story, QStringView role, const QString &kind, const QString &note = {},
        const QString &action = newUuid(), const QString &at = {})
    {
        QJsonObject body {{u"action"_s, action}, {u"kind"_s, kind}, {u"note"_s, note}};
        if (!at.isEmpty())
            body.insert(u"at"_s, at);
        return post(u"/byline/v1/posts/%1/actions"_s.arg(story), role, body);
    }

    QString statusOf(qint64 post)
    {
        return php(WordPressServer::Admin, u"<?php echo get_post_status(%1);"_s.arg(post));
    }

    qint64 userId(QStringView role) const { return m_server.credentials(role).id; }

    QJsonArray inboxStories(QStringView role)
    {
        const Reply inbox = get(u"/byline/v1/inbox", role);
        return inbox.status == 200 ? inbox.object().value(u"stories"_s).toArray() : QJsonArray {};
    }

    static QJsonObject storyIn(const QJsonArray &stories, qint64 post)
    {
        for (const QJsonValue &story : stories) {
            if (story.toObject().value(u"post"_s).toInteger() == post)
                return story.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_relay = std::make_unique<CountingRelay>(m_server.url());
        QVERIFY(m_relay->start());
        const QString created = php(WordPressServer::Admin,
            u"<?php $id = wp_insert_user(['user_login' => 'reporter2', 'user_pass' => wp_generate_password(20, false),"
            u" 'user_email' => 'reporter2@newsroom.example', 'display_name' => '최다른', 'role' => 'byline_reporter']);"
            u" $p = WP_Application_Passwords::create_new_application_password($id, ['name' => 'Byline tests']);"
            u" echo $id, ' ', $p[0];"_s);
        m_otherReporterId = created.section(u' ', 0, 0).toLongLong();
        QVERIFY2(m_otherReporterId > 0, qPrintable(created));
        m_otherReporter = "Basic " + (u"reporter2:"_s + created.section(u' ', 1)).toUtf8().toBase64();
    }

    void cleanupTestCase() { QVERIFY2(m_server.stop(), qPrintable(m_server.errorString())); }

    void infoListsTheDeskFeatures()
    {
        const Reply info = get(u"/byline/v1/info", WordPressServer::Reporter);
        QVERIFY_STATUS(info, 200);
        QCOMPARE(info.object().value(u"version"_s).toString(), u"2.0.0"_s);
        const QJsonArray features = info.object().value(u"features"_s).toArray();
        for (const QString &feature : {u"uuid_meta"_s, u"duplicate_conflict"_s, u"stale_update"_s, u"story"_s,
                 u"locks"_s, u"notes"_s, u"inbox"_s, u"desk_actions"_s, u"embargo"_s})
            QVERIFY2(features.contains(feature), qPrintable(feature));
    }

    void storyStructureIsReadOnlyInEditContext()
    {
        const qint64 id = fileStory(u"구조 있는 기사"_s, u"pending"_s, u"2031-05-01T09:00:00+09:00"_s);
        QVERIFY(id > 0);
        for (QStringView role : {WordPressServer::Reporter, WordPressServer::Desk}) {
            const Reply edit = get(u"/wp/v2/posts/%1"_s.arg(id), role, u"context=edit"_s);
            QVERIFY_STATUS(edit, 200);
            const QJsonObject story = edit.object().value(u"byline_story"_s).toObject();
            QCOMPARE(story.value(u"headline"_s).toString(), u"구조 있는 기사"_s);
            QCOMPARE(story.value(u"photos"_s).toArray(), QJsonArray {});
        }
        // The embargo is mirrored to byline_embargo, in UTC.
        QCOMPARE(php(WordPressServer::Admin, u"<?php echo get_post_meta(%1, 'byline_embargo', true);"_s.arg(id)),
            u"2031-05-01T00:00:00Z"_s);
        // Another contributor may not read the pending story at all; the public never sees the field.
        QCOMPARE(get(u"/wp/v2/posts/%1"_s.arg(id), u"other", u"context=edit"_s).status, 403);
        const Reply published = post(u"/wp/v2/posts", WordPressServer::Desk,
            {{u"title"_s, u"공개 기사"_s}, {u"status"_s, u"publish"_s},
                {u"byline_story"_s, QJsonObject {{u"headline"_s, u"공개 기사"_s}}}});
        QVERIFY_STATUS(published, 201);
        const Reply view = get(u"/wp/v2/posts/%1"_s.arg(published.object().value(u"id"_s).toInteger()), {});
        QVERIFY_STATUS(view, 200);
        QVERIFY(!view.object().contains(u"byline_story"_s));
    }

    void invalidStoryStructureWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("story");
        QTest::newRow("error: a list, not an object") << QByteArray("[1, 2, 3]");
        QTest::newRow("error: a string") << QByteArray("\"기사\"");
        QTest::newRow("error: embargo that is no date") << QByteArray("{\"embargo\": \"내일 아침\"}");
        QTest::newRow("error: photos not a list") << QByteArray("{\"photos\": {\"a\": 1}}");
        QByteArray deep;
        for (int i = 0; i < 40; ++i)
            deep += "{\"a\":";
        deep += "1" + QByteArray(40, '}');
        QTest::newRow("error: nested 40 deep") << deep;
        QTest::newRow("error: over 2 MiB")
            << QByteArray("{\"body\": \"" + QByteArray(2 * 1024 * 1024 + 10, 'x') + "\"}");
    }

    void invalidStoryStructureWritesNothing()
    {
        QFETCH(QByteArray, story);
        const QString uuid = newUuid();
        HttpRequest request;
        request.verb = "POST";
        request.url = m_server.restUrl(u"/wp/v2/posts");
        request.headers = {
            {"Authorization", m_server.authorization(WordPressServer::Reporter)}, {"Content-Type", "application/json"}};
        request.body = "{\"title\": \"잘못된 구조\", \"status\": \"pending\", \"meta\": {\"byline_uuid\": \""
            + uuid.toUtf8() + "\"}, \"byline_story\": " + story + "}";
        const HttpResponse refused = m_http.send(request);
        QVERIFY2(refused.status == 400, refused.body.left(400).constData());
        QCOMPARE(QJsonDocument::fromJson(refused.body).object().value(u"code"_s).toString(), u"byline_story_invalid"_s);
        const Reply found = get(u"/wp/v2/posts", WordPressServer::Desk, u"status=any&byline_uuid="_s + uuid);
        QVERIFY_STATUS(found, 200);
        QCOMPARE(found.array().size(), 0);
    }

    void bylineLockIsSeenByWpAdmin()
    {
        const qint64 id = fileStory(u"데스크가 잡은 기사"_s);
        const Reply locked = post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk, {});
        QVERIFY_STATUS(locked, 200);
        const QJsonObject lock = locked.object().value(u"lock"_s).toObject();
        QCOMPARE(lock.value(u"user"_s).toObject().value(u"id"_s).toInteger(), userId(WordPressServer::Desk));
        QCOMPARE(lock.value(u"user"_s).toObject().value(u"name"_s).toString(), u"박서준"_s);
        const QDateTime since = QDateTime::fromString(lock.value(u"since"_s).toString(), Qt::ISODate);
        const QDateTime expires = QDateTime::fromString(lock.value(u"expires"_s).toString(), Qt::ISODate);
        QVERIFY(since.isValid() && expires.isValid());
        QCOMPARE(since.secsTo(expires), 150);

        // wp-admin's own check, as the post editor runs it for someone else opening the story.
        QCOMPARE(php(WordPressServer::Admin, u"<?php echo (int) wp_check_post_lock(%1);"_s.arg(id)).toLongLong(),
            userId(WordPressServer::Desk));
        // The reporter through Byline: 409 naming the desk.
        const Reply refused = post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Reporter, {});
        QVERIFY_STATUS(refused, 409);
        QCOMPARE(refused.code(), u"byline_locked"_s);
        QCOMPARE(refused.object()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"lock"_s)
                     .toObject()
                     .value(u"user"_s)
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
            u"박서준"_s);

        // Refreshing keeps "since" (when the desk took it).
        QTest::qWait(1100);
        const Reply refreshed = post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk, {});
        QVERIFY_STATUS(refreshed, 200);
        QCOMPARE(refreshed.object().value(u"lock"_s).toObject().value(u"since"_s).toString(),
            lock.value(u"since"_s).toString());
    }

    void wpAdminLockIsSeenByByline()
    {
        const qint64 id = fileStory(u"관리 화면에서 여는 기사"_s);
        QCOMPARE(php(WordPressServer::Admin, u"<?php echo is_array(wp_set_post_lock(%1)) ? 'ok' : 'no';"_s.arg(id)),
            u"ok"_s);
        const Reply refused = post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk, {});
        QVERIFY_STATUS(refused, 409);
        QCOMPARE(refused.code(), u"byline_locked"_s);
        const QJsonObject holder =
            refused.object().value(u"data"_s).toObject().value(u"lock"_s).toObject().value(u"user"_s).toObject();
        QCOMPARE(holder.value(u"id"_s).toInteger(), userId(WordPressServer::Admin));
        QCOMPARE(holder.value(u"name"_s).toString(), u"관리자"_s);
        // The inbox shows who holds it.
        QCOMPARE(storyIn(inboxStories(WordPressServer::Desk), id)
                     .value(u"lock"_s)
                     .toObject()
                     .value(u"user"_s)
                     .toObject()
                     .value(u"id"_s)
                     .toInteger(),
            userId(WordPressServer::Admin));

        // A release by someone else is refused; the holder keeps it.
        QCOMPARE(send("DELETE", u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk).status, 409);

        // Takeover: the desk asked the person first (in Byline); wp-admin then sees the desk as the holder.
        const Reply taken = post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk, {{u"takeover"_s, true}});
        QVERIFY_STATUS(taken, 200);
        QCOMPARE(php(WordPressServer::Admin, u"<?php echo (int) wp_check_post_lock(%1);"_s.arg(id)).toLongLong(),
            userId(WordPressServer::Desk));
    }

    void lockExpiresAfterWordPressWindow()
    {
        const qint64 id = fileStory(u"오래 잡힌 기사"_s);
        // The administrator's lock, refreshed 140 s ago: still held.
        const QString age = u"<?php update_post_meta(%1, '_edit_lock', (time() - %2) . ':' . %3);"_s;
        QCOMPARE(php(WordPressServer::Admin, age.arg(id).arg(140).arg(userId(WordPressServer::Admin))), QString());
        QCOMPARE(post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk, {}).status, 409);
        // 160 s ago: past WordPress's window, free without a takeover, and the inbox shows no lock.
        QCOMPARE(php(WordPressServer::Admin, age.arg(id).arg(160).arg(userId(WordPressServer::Admin))), QString());
        QVERIFY(storyIn(inboxStories(WordPressServer::Desk), id).value(u"lock"_s).isNull());
        const Reply taken = post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk, {});
        QVERIFY_STATUS(taken, 200);
        QCOMPARE(taken.object().value(u"lock"_s).toObject().value(u"user"_s).toObject().value(u"id"_s).toInteger(),
            userId(WordPressServer::Desk));
    }

    void releaseFreesTheLockForWpAdmin()
    {
        const qint64 id = fileStory(u"놓아줄 기사"_s);
        QVERIFY_STATUS(post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk, {}), 200);
        const Reply released = send("DELETE", u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk);
        QVERIFY_STATUS(released, 200);
        QVERIFY(released.object().value(u"lock"_s).isNull());
        QCOMPARE(php(WordPressServer::Admin, u"<?php echo (int) wp_check_post_lock(%1);"_s.arg(id)), u"0"_s);
        // A retried release answers the same.
        QVERIFY_STATUS(send("DELETE", u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk), 200);
        QVERIFY_STATUS(post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Reporter, {}), 200);
    }

    void notesStayWithThoseWhoMayEditTheStory()
    {
        const qint64 id = fileStory(u"메모 달린 기사"_s);
        const QString secret = u"제보자 실명은 빼 주세요"_s;
        const Reply noted = act(id, WordPressServer::Desk, u"note"_s, u"<script>x</script>"_s + secret);
        QVERIFY_STATUS(noted, 200);
        QCOMPARE(noted.object().value(u"note"_s).toObject().value(u"text"_s).toString(), secret);
        QCOMPARE(noted.object().value(u"note"_s).toObject().value(u"kind"_s).toString(), u"comment"_s);

        for (QStringView role : {WordPressServer::Desk, WordPressServer::Reporter}) {
            const Reply notes = get(u"/byline/v1/posts/%1/notes"_s.arg(id), role);
            QVERIFY_STATUS(notes, 200);
            const QJsonArray list = notes.object().value(u"notes"_s).toArray();
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.at(0).toObject().value(u"author"_s).toObject().value(u"name"_s).toString(), u"박서준"_s);
        }
        QCOMPARE(get(u"/byline/v1/posts/%1/notes"_s.arg(id), u"other").status, 403);
        QCOMPARE(get(u"/byline/v1/posts/%1/notes"_s.arg(id), {}).status, 401);

        // Not in the REST comments, not for the public nor for the desk asking for them by type.
        for (const QString &query : {u"post=%1"_s.arg(id), u"post=%1&type=note"_s.arg(id)}) {
            const Reply comments = get(u"/wp/v2/comments", WordPressServer::Desk, query);
            QVERIFY_STATUS(comments, 200);
            QCOMPARE(comments.array().size(), 0);
            QCOMPARE(get(u"/wp/v2/comments", {}, query).array().size(), 0);
        }
        // Not counted, not in the comment feed, not in wp-admin's comment list.
        QCOMPARE(php(WordPressServer::Admin,
                     u"<?php echo get_comments_number(%1), ' ', wp_count_comments(%1)->total_comments, ' ',"
                     u" count(get_comments(['post_id' => %1, 'status' => 'all']));"_s.arg(id)),
            u"0 0 0"_s);
        HttpRequest feed;
        feed.url = m_server.url();
        feed.url.setPath(u"/comments/feed/"_s);
        const HttpResponse rss = m_http.send(feed);
        QCOMPARE(rss.status, 200);
        QVERIFY(!QString::fromUtf8(rss.body).contains(secret));
    }

    void returnNeedsANote()
    {
        const qint64 id = fileStory(u"돌려보낼 기사"_s);
        const Reply refused = act(id, WordPressServer::Desk, u"return"_s, u"  <b></b> "_s);
        QVERIFY_STATUS(refused, 400);
        QCOMPARE(refused.code(), u"byline_note_required"_s);
        QCOMPARE(statusOf(id), u"pending"_s);

        const Reply returned = act(id, WordPressServer::Desk, u"return"_s, u"리드를 다시 써 주세요"_s);
        QVERIFY_STATUS(returned, 200);
        QCOMPARE(returned.object().value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(returned.object().value(u"note"_s).toObject().value(u"kind"_s).toString(), u"return"_s);
        QCOMPARE(statusOf(id), u"draft"_s);
        // The returned draft stays in the desk's inbox and the reporter's, marked as returned.
        for (QStringView role : {WordPressServer::Desk, WordPressServer::Reporter}) {
            const QJsonObject story = storyIn(inboxStories(role), id);
            QVERIFY2(story.value(u"returned"_s).toBool(), qPrintable(role.toString()));
            QCOMPARE(story.value(u"lastNote"_s).toObject().value(u"kind"_s).toString(), u"return"_s);
        }
        // The reporter files it again.
        const Reply submitted = act(id, WordPressServer::Reporter, u"submit"_s);
        QVERIFY_STATUS(submitted, 200);
        QCOMPARE(submitted.object().value(u"status"_s).toString(), u"pending"_s);
        QVERIFY(!storyIn(inboxStories(WordPressServer::Desk), id).value(u"returned"_s).toBool());
        // Another contributor may not act on it at all.
        QCOMPARE(act(id, u"other", u"note"_s, u"남의 기사"_s).status, 403);
    }

    void retriedActionIsDoneOnce()
    {
        const qint64 id = fileStory(u"두 번 보낸 반려"_s);
        const QString action = newUuid();
        const Reply first = act(id, WordPressServer::Desk, u"return"_s, u"사진 설명 보강"_s, action);
        QVERIFY_STATUS(first, 200);
        QCOMPARE(first.object().value(u"repeated"_s).toBool(), false);
        // The reporter files it again; then the desk's retry of the return arrives (its answer was lost).
        QVERIFY_STATUS(act(id, WordPressServer::Reporter, u"submit"_s), 200);
        const Reply retry = act(id, WordPressServer::Desk, u"return"_s, u"사진 설명 보강"_s, action.toUpper());
        QVERIFY_STATUS(retry, 200);
        QCOMPARE(retry.object().value(u"repeated"_s).toBool(), true);
        QCOMPARE(retry.object().value(u"note"_s), first.object().value(u"note"_s));
        QCOMPARE(retry.object().value(u"status"_s).toString(), u"draft"_s);
        // Nothing done twice: one note, and the story stays with the desk.
        QCOMPARE(get(u"/byline/v1/posts/%1/notes"_s.arg(id), WordPressServer::Desk)
                     .object()
                     .value(u"notes"_s)
                     .toArray()
                     .size(),
            1);
        QCOMPARE(statusOf(id), u"pending"_s);
    }

    void actionRetriedWhileTheFirstRunsIsDoneOnce()
    {
        const qint64 id = fileStory(u"동시에 두 번 보낸 메모"_s);
        const QString action = newUuid();
        const QByteArray body =
            QJsonDocument(QJsonObject {{u"action"_s, action}, {u"kind"_s, u"note"_s}, {u"note"_s, u"같은 메모"_s}})
                .toJson(QJsonDocument::Compact);
        // Two connections at once, as a client whose first try seemed lost sends the second.
        QList<HttpResponse> answers(6);
        std::vector<std::thread> senders;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            senders.emplace_back([&, i] {
                HttpConnection connection;
                HttpRequest request;
                request.verb = "POST";
                request.url = m_server.restUrl(u"/byline/v1/posts/%1/actions"_s.arg(id));
                request.headers = {{"Authorization", m_server.authorization(WordPressServer::Desk)},
                    {"Content-Type", "application/json"}};
                request.body = body;
                answers[i] = connection.send(request);
            });
        }
        for (std::thread &sender : senders)
            sender.join();
        int repeated = 0;
        for (const HttpResponse &answer : answers) {
            QVERIFY2(answer.status == 200, answer.body.constData());
            repeated += QJsonDocument::fromJson(answer.body).object().value(u"repeated"_s).toBool() ? 1 : 0;
        }
        QCOMPARE(repeated, int(answers.size()) - 1);
        QCOMPARE(get(u"/byline/v1/posts/%1/notes"_s.arg(id), WordPressServer::Desk)
                     .object()
                     .value(u"notes"_s)
                     .toArray()
                     .size(),
            1);
    }

    void embargoHoldsEverywhere()
    {
        const QDateTime embargo = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
        const qint64 id = fileStory(u"엠바고 기사"_s, u"pending"_s, utc(embargo));
        QVERIFY(id > 0);

        // Approve now, or scheduled before the embargo: 409 with the embargo.
        for (const QString &at : {QString(), utc(embargo.addSecs(-60))}) {
            const Reply refused = act(id, WordPressServer::Desk, u"approve"_s, {}, newUuid(), at);
            QVERIFY_STATUS(refused, 409);
            QCOMPARE(refused.code(), u"byline_embargo"_s);
            QCOMPARE(refused.object().value(u"data"_s).toObject().value(u"embargo"_s).toString(), utc(embargo));
        }
        // The REST API's own publish, as the block editor sends it.
        const Reply rest = post(u"/wp/v2/posts/%1"_s.arg(id), WordPressServer::Desk, {{u"status"_s, u"publish"_s}});
        QVERIFY_STATUS(rest, 409);
        QCOMPARE(rest.code(), u"byline_embargo"_s);
        // wp-admin: wp_update_post as the classic editor's Publish button does; the story stays pending.
        QCOMPARE(
            php(WordPressServer::Admin,
                u"<?php wp_update_post(['ID' => %1, 'post_status' => 'publish']); echo get_post_status(%1);"_s.arg(id)),
            u"pending"_s);
        QCOMPARE(statusOf(id), u"pending"_s);
        // The person in wp-admin is told why, on the next screen.
        const QString notice = php(WordPressServer::Admin,
            u"<?php wp_update_post(['ID' => %1, 'post_status' => 'publish']); do_action('admin_notices');"_s.arg(id));
        QVERIFY2(notice.contains(u"notice-error"_s) && notice.contains(u"embargo"_s), qPrintable(notice));
        // The reporter may not approve at all.
        QCOMPARE(act(id, WordPressServer::Reporter, u"approve"_s, {}, newUuid(), utc(embargo.addSecs(60))).status, 403);

        // Scheduled at or after the embargo: accepted, and the inbox shows both times.
        const Reply scheduled =
            act(id, WordPressServer::Desk, u"approve"_s, u"엠바고 해제에 맞춰 출고"_s, newUuid(), utc(embargo));
        QVERIFY_STATUS(scheduled, 200);
        QCOMPARE(scheduled.object().value(u"status"_s).toString(), u"future"_s);
        const QJsonObject story = storyIn(inboxStories(WordPressServer::Desk), id);
        QCOMPARE(story.value(u"scheduled"_s).toString(), utc(embargo));
        QCOMPARE(story.value(u"embargo"_s).toString(), utc(embargo));
        // Publishing now from wp-admin stays scheduled.
        QCOMPARE(
            php(WordPressServer::Admin,
                u"<?php wp_update_post(['ID' => %1, 'post_status' => 'publish', 'post_date' => current_time('mysql'),"
                u" 'post_date_gmt' => current_time('mysql', true), 'edit_date' => true]); echo get_post_status(%1);"_s
                    .arg(id)),
            u"future"_s);
        // The embargo moves an hour later after the story was scheduled; when the schedule comes due (WordPress's
        // cron runs publish_future_post), the story waits for the embargo instead of going out.
        const QDateTime later = embargo.addSecs(3600);
        QCOMPARE(
            php(WordPressServer::Admin,
                u"<?php global $wpdb; update_post_meta(%1, 'byline_embargo', '%2');"
                u" $wpdb->update($wpdb->posts, ['post_date_gmt' => gmdate('Y-m-d H:i:s', time() - 60)], ['ID' => %1]);"
                u" clean_post_cache(%1); do_action('publish_future_post', %1);"
                u" echo get_post_status(%1), ' ', get_post(%1)->post_date_gmt;"_s.arg(id)
                    .arg(utc(later))),
            u"future "_s + later.toString(u"yyyy-MM-dd HH:mm:ss"_s));

        // A story created published with an embargo in the future is refused before anything is written.
        const QString uuid = newUuid();
        const Reply created = post(u"/wp/v2/posts", WordPressServer::Desk,
            {{u"title"_s, u"바로 발행"_s}, {u"status"_s, u"publish"_s},
                {u"meta"_s, QJsonObject {{u"byline_uuid"_s, uuid}}},
                {u"byline_story"_s, QJsonObject {{u"embargo"_s, utc(embargo)}}}});
        QVERIFY_STATUS(created, 409);
        QCOMPARE(get(u"/wp/v2/posts"_s, WordPressServer::Desk, u"status=any&byline_uuid="_s + uuid).array().size(), 0);

        // Without an embargo the desk approves at once.
        const qint64 free = fileStory(u"엠바고 없는 기사"_s);
        const Reply approved = act(free, WordPressServer::Desk, u"approve"_s);
        QVERIFY_STATUS(approved, 200);
        QCOMPARE(approved.object().value(u"status"_s).toString(), u"publish"_s);
    }

    void inboxShowsWhatEachMayEdit()
    {
        const qint64 mine = fileStory(u"기자 본인 기사"_s);
        const QJsonArray desk = inboxStories(WordPressServer::Desk);
        const QJsonArray reporter = inboxStories(WordPressServer::Reporter);
        const QJsonArray other = inboxStories(u"other");
        QVERIFY(!storyIn(desk, mine).isEmpty());
        const QJsonObject own = storyIn(reporter, mine);
        QVERIFY(!own.isEmpty());
        QCOMPARE(own.value(u"headline"_s).toString(), u"기자 본인 기사"_s);
        QCOMPARE(own.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(own.value(u"author"_s).toObject().value(u"name"_s).toString(), u"김민지"_s);
        QVERIFY(!QUuid::fromString(own.value(u"uuid"_s).toString()).isNull());
        QVERIFY(storyIn(other, mine).isEmpty());
        // The other contributor sees nothing of the reporter's; the reporter none of the desk's own drafts.
        for (const QJsonValue &story : other)
            QCOMPARE(story.toObject().value(u"author"_s).toObject().value(u"id"_s).toInteger(), m_otherReporterId);
        for (const QJsonValue &story : reporter)
            QCOMPARE(story.toObject().value(u"author"_s).toObject().value(u"id"_s).toInteger(),
                userId(WordPressServer::Reporter));
        QVERIFY(desk.size() > reporter.size());
    }

    void idlePollCostsUnderOneKilobyte()
    {
        const Reply first = get(u"/byline/v1/inbox", WordPressServer::Desk);
        QVERIFY_STATUS(first, 200);
        const QString token = first.object().value(u"token"_s).toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(first.object().value(u"changed"_s).toBool());

        m_relay->reset();
        const Reply idle = get(u"/byline/v1/inbox", WordPressServer::Desk, u"since="_s + token);
        QVERIFY_STATUS(idle, 200);
        const qint64 bytes = m_relay->bytesSent() + m_relay->bytesReceived();
        qInfo() << "idle poll:" << m_relay->bytesSent() << "bytes sent," << m_relay->bytesReceived() << "received";
        QCOMPARE(idle.object().value(u"changed"_s).toBool(), false);
        QCOMPARE(idle.object().value(u"token"_s).toString(), token);
        QVERIFY2(bytes <= 1024, qPrintable(QString::number(bytes)));
        QVERIFY(bytes > 100); // the relay saw the exchange

        // A note, a lock, a change in wp-admin each change the token.
        const qint64 id = fileStory(u"토큰 기사"_s);
        QString current = get(u"/byline/v1/inbox", WordPressServer::Desk).object().value(u"token"_s).toString();
        const QList<std::function<void()>> changes {
            [&] { QVERIFY_STATUS(act(id, WordPressServer::Desk, u"note"_s, u"확인"_s), 200); },
            [&] { QVERIFY_STATUS(post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk, {}), 200); },
            [&] {
                QCOMPARE(php(WordPressServer::Admin,
                             u"<?php wp_update_post(['ID' => %1, 'post_title' => '제목 고침']);"_s.arg(id)),
                    QString());
            },
            [&] { QCOMPARE(php(WordPressServer::Admin, u"<?php wp_set_post_lock(%1);"_s.arg(id)), QString()); },
        };
        for (const auto &change : changes) {
            change();
            const Reply polled = get(u"/byline/v1/inbox", WordPressServer::Desk, u"since="_s + current);
            QVERIFY_STATUS(polled, 200);
            QVERIFY2(polled.object().value(u"changed"_s).toBool(), polled.body.constData());
            QVERIFY(polled.object().value(u"token"_s).toString() != current);
            current = polled.object().value(u"token"_s).toString();
        }
        QCOMPARE(storyIn(inboxStories(WordPressServer::Desk), id).value(u"headline"_s).toString(), u"제목 고침"_s);
        // Someone else's token is no token of mine; a made-up one is no token at all.
        QVERIFY(get(u"/byline/v1/inbox", WordPressServer::Reporter, u"since="_s + current)
                .object()
                .value(u"changed"_s)
                .toBool());
        QVERIFY(get(u"/byline/v1/inbox", WordPressServer::Desk, u"since=%3Cscript%3E"_s)
                .object()
                .value(u"changed"_s)
                .toBool());
    }

    void missingStoryAnswersNoPost()
    {
        const qint64 trashed = fileStory(u"휴지통 기사"_s);
        const qint64 deleted = fileStory(u"지운 기사"_s);
        QCOMPARE(php(WordPressServer::Admin,
                     u"<?php wp_trash_post(%1); wp_delete_post(%2, true);"_s.arg(trashed).arg(deleted)),
            QString());
        for (qint64 id : {trashed, deleted, qint64(999999)}) {
            for (const Reply &reply : {get(u"/byline/v1/posts/%1/notes"_s.arg(id), WordPressServer::Desk),
                     post(u"/byline/v1/posts/%1/lock"_s.arg(id), WordPressServer::Desk, {}),
                     act(id, WordPressServer::Desk, u"approve"_s),
                     get(u"/byline/v1/posts/%1/story"_s.arg(id), WordPressServer::Desk)}) {
                QVERIFY_STATUS(reply, 404);
                QCOMPARE(reply.code(), u"byline_no_post"_s);
            }
            QVERIFY(storyIn(inboxStories(WordPressServer::Desk), id).isEmpty());
        }
    }

    // The stale-update check follows the story's content: a return (or any change of status) moving modified_gmt
    // lets the reporter's update through; the desk's edit of the text, over REST or in wp-admin, stops it (412).
    void staleCheckFollowsTheContent_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("expected");
        QTest::newRow("return") << u"return"_s << 200;
        QTest::newRow("wp-admin status change") << u"admin-status"_s << 200;
        QTest::newRow("desk edits the text") << u"rest-content"_s << 412;
        QTest::newRow("desk edits the structure") << u"rest-story"_s << 412;
        QTest::newRow("wp-admin edits the text") << u"admin-content"_s << 412;
    }

    void staleCheckFollowsTheContent()
    {
        QFETCH(QString, change);
        QFETCH(int, expected);
        const qint64 id = fileStory(u"반려 뒤 다시 보내는 기사"_s);
        const auto modified = [&] {
            return get(u"/wp/v2/posts/%1"_s.arg(id), WordPressServer::Desk, u"context=edit"_s)
                .object()
                .value(u"modified_gmt"_s)
                .toString();
        };
        const QString seen = modified(); // What the reporter's Byline last saw.
        QVERIFY(!seen.isEmpty());
        QTest::qSleep(1100); // modified_gmt counts seconds: the change must move it.

        const QString route = u"/wp/v2/posts/%1"_s.arg(id);
        QString done;
        if (change == u"return")
            QVERIFY_STATUS(act(id, WordPressServer::Desk, u"return"_s, u"숫자를 확인해 주세요"_s), 200);
        else if (change == u"rest-content")
            QVERIFY_STATUS(post(route, WordPressServer::Desk, {{u"content"_s, u"<p>데스크가 고친 본문</p>"_s}}), 200);
        else if (change == u"rest-story")
            QVERIFY_STATUS(post(route, WordPressServer::Desk,
                               {{u"byline_story"_s,
                                   QJsonObject {{u"headline"_s, u"데스크 제목"_s}, {u"embargo"_s, u""_s},
                                       {u"photos"_s, QJsonArray {}}}}}),
                200);
        else
            done = php(WordPressServer::Admin,
                u"<?php $r = wp_update_post(array('ID' => %1, %2), true); echo is_wp_error($r) ? 'failed' : 'ok';"_s
                    .arg(id)
                    .arg(change == u"admin-status" ? u"'post_status' => 'draft'"_s
                                                   : u"'post_content' => '<p>wp-admin에서 고친 본문</p>'"_s));
        QVERIFY2(done.isEmpty() || done == u"ok", qPrintable(done));
        QVERIFY2(modified() != seen, qPrintable(seen)); // Else the row would pass whatever the check does.

        const Reply update = post(route, WordPressServer::Reporter,
            {{u"content"_s, u"<p>기자가 고친 본문</p>"_s}, {u"byline_expected_modified_gmt"_s, seen}});
        QVERIFY_STATUS(update, expected);
        if (expected == 412)
            QCOMPARE(update.code(), u"byline_stale_update"_s);
        else // Then the reporter's own edit counts: a desk edit naming the time before it is stale.
            QCOMPARE(post(route, WordPressServer::Desk,
                         {{u"title"_s, u"늦은 데스크 제목"_s}, {u"byline_expected_modified_gmt"_s, seen}})
                         .code(),
                u"byline_stale_update"_s);
    }

    void storyReadsBack()
    {
        const qint64 id = fileStory(u"다시 여는 기사"_s);
        const Reply story = get(u"/byline/v1/posts/%1/story"_s.arg(id), WordPressServer::Desk);
        QVERIFY_STATUS(story, 200);
        QCOMPARE(story.object().value(u"title"_s).toString(), u"다시 여는 기사"_s);
        QCOMPARE(story.object().value(u"content"_s).toString(), u"<p>본문</p>"_s);
        QCOMPARE(story.object().value(u"story"_s).toObject().value(u"headline"_s).toString(), u"다시 여는 기사"_s);
        QCOMPARE(
            story.object().value(u"author"_s).toObject().value(u"id"_s).toInteger(), userId(WordPressServer::Reporter));
        QCOMPARE(get(u"/byline/v1/posts/%1/story"_s.arg(id), u"other").status, 403);
    }
};

QTEST_GUILESS_MAIN(tst_DeskConnector)
#include "tst_deskconnector.moc"
