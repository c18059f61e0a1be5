#include "wordpressserver.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Byline::Test;

Q_LOGGING_CATEGORY(lcTest, "byline.test.wordpress", QtInfoMsg)

// The reply's status, body and error when the status is not the expected one.
#define QVERIFY_STATUS(reply, expected) QVERIFY2((reply).status == (expected), (reply).describe().constData())

namespace {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QString errorString;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    // What QVERIFY2 prints when a status is not the one expected.
    QByteArray describe() const
    {
        return QByteArray::number(status) + ' ' + errorString.toUtf8() + ": " + body.left(600);
    }
};

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray photoJpeg()
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    QPainter painter(&image);
    painter.fillRect(0, 240, 640, 240, QColor(220, 120, 30));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// Processes (not zombies) whose command line names the server directory: Apache's parent and children, MariaDB,
// the watchdog.
QList<qint64> processesServing(const QString &directory)
{
    QList<qint64> pids;
    const QByteArray path = QFile::encodeName(directory);
    const QByteArray inside = path + '/';
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile commandLine(u"/proc/%1/cmdline"_s.arg(pid));
        if (!commandLine.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> arguments = commandLine.readAll().split('\0');
        const bool serves = std::any_of(arguments.cbegin(), arguments.cend(),
            [&](const QByteArray &argument) { return argument == path || argument.contains(inside); });
        if (!serves)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray status = stat.readAll();
        const qsizetype afterName = status.lastIndexOf(") ");
        if (afterName >= 0 && status.mid(afterName + 2, 1) != "Z")
            pids.append(pid);
    }
    return pids;
}

struct ListeningSocket
{
    QString address; // as /proc/net/tcp writes it: 0100007F is 127.0.0.1
    int port = 0;
    bool ipv6 = false;
};

// The TCP sockets the given processes listen on, from /proc/PID/fd and /proc/net/tcp{,6}.
QList<ListeningSocket> listeningSockets(const QList<qint64> &pids)
{
    QSet<QByteArray> inodes;
    for (qint64 pid : pids) {
        const QString fdDirectory = u"/proc/%1/fd"_s.arg(pid);
        const QStringList fds = QDir(fdDirectory).entryList(QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            char target[128] = {};
            const QByteArray link = QFile::encodeName(fdDirectory + u'/' + fd);
            const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
            const QByteArray name(target, length > 0 ? length : 0);
            if (name.startsWith("socket:["))
                inodes.insert(name.mid(8, name.size() - 9));
        }
    }
    QList<ListeningSocket> sockets;
    for (const bool ipv6 : {false, true}) {
        QFile table(ipv6 ? u"/proc/net/tcp6"_s : u"/proc/net/tcp"_s);
        if (!table.open(QIODevice::ReadOnly))
            continue;
        table.readLine(); // header
        while (!table.atEnd()) {
            const QList<QByteArray> fields = table.readLine().simplified().split(' ');
            // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
            if (fields.size() < 10 || fields.at(3) != "0A" || !inodes.contains(fields.at(9)))
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            sockets.append({QString::fromLatin1(local.at(0)), local.at(1).toInt(nullptr, 16), ipv6});
        }
    }
    return sockets;
}

bool portAcceptsConnections(int port)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(u"127.0.0.1"_s, quint16(port));
    return socket.waitForConnected(5000);
}

} // namespace

class tst_WordPressServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WordPressServer> m_server;
    QNetworkAccessManager m_network;
    QElapsedTimer m_testTime;
    qint64 m_koreanPostId = 0;
    QByteArray m_koreanTitle;

    HttpReply send(QByteArrayView verb, const QUrl &url, const QByteArray &authorization, const QByteArray &body = {},
        const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(60000);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb.toByteArray(), body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(90000);
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            result.errorString = reply->errorString();
        return result;
    }

    HttpReply get(QStringView route, const QString &query, QStringView role, WordPressServer *server = nullptr)
    {
        server = server ? server : m_server.get();
        return send("GET", server->restUrl(route, query), role.isEmpty() ? QByteArray() : server->authorization(role));
    }

    HttpReply postJson(
        QStringView route, QStringView role, const QJsonObject &object, WordPressServer *server = nullptr)
    {
        server = server ? server : m_server.get();
        return send("POST", server->restUrl(route), server->authorization(role),
            QJsonDocument(object).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}});
    }

    HttpReply uploadPhoto(QStringView role, const QByteArray &jpeg, const QString &uuid = {})
    {
        QUrl url = m_server->restUrl(u"/wp/v2/media");
        if (!uuid.isEmpty())
            url.setQuery(u"meta[byline_uuid]="_s + uuid);
        return send("POST", url, m_server->authorization(role), jpeg,
            {{"Content-Type", "image/jpeg"}, {"Content-Disposition", "attachment; filename=\"sanbul-okgye.jpg\""}});
    }

    int fileCount(const QString &directory)
    {
        int count = 0;
        QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_testTime.start();
        // Loopback only, whatever proxy the environment names.
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_server = std::make_unique<WordPressServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        qCInfo(lcTest) << "WordPress started in" << m_server->startDuration().count() << "ms at" << m_server->url();
        QCOMPARE(m_server->url().host(), u"127.0.0.1"_s);
        for (QStringView role :
            {WordPressServer::Reporter, WordPressServer::Desk, WordPressServer::Author, WordPressServer::Admin})
            QVERIFY2(m_server->credentials(role).isValid(), qPrintable(role.toString()));
    }

    void restApiAnswersOnPrettyPermalinks()
    {
        const HttpReply index = get(u"/", {}, {});
        QVERIFY_STATUS(index, 200);
        QCOMPARE(index.object().value(u"name"_s).toString(), u"강원일보 테스트"_s);
        QCOMPARE(index.object().value(u"timezone_string"_s).toString(), u"Asia/Seoul"_s);
        QVERIFY(index.object().value(u"authentication"_s).toObject().contains(u"application-passwords"_s));

        // Application Passwords authenticate: anonymous gets 401 where the desk gets itself.
        QCOMPARE(get(u"/wp/v2/users/me", {}, {}).status, 401);
        const HttpReply me = get(u"/wp/v2/users/me", u"context=edit"_s, WordPressServer::Desk);
        QVERIFY_STATUS(me, 200);
        QCOMPARE(me.object().value(u"id"_s).toInteger(), m_server->credentials(WordPressServer::Desk).id);
        QCOMPARE(me.object().value(u"roles"_s).toArray(), QJsonArray {u"editor"_s});

        const HttpReply category = get(u"/wp/v2/categories/%1"_s.arg(m_server->categoryId(u"사회")), {}, {});
        QVERIFY_STATUS(category, 200);
        QCOMPARE(category.object().value(u"name"_s).toString(), u"사회"_s);
    }

    void deskPostKeepsKoreanTextByteForByte()
    {
        // Hangul, Hanja, typographic quotes, a middle dot, units and a 4-byte emoji (utf8mb4 end to end).
        const QString title = u"강원 산불 진화율 90%…주민 “대피령 해제” 江原 🔥"_s;
        const QString content =
            u"<p>강릉시 옥계면에서 난 산불이 ‘사흘째’ 이어졌다. 풍속 초속 12㎧, 기온 31℃ · 습도 20%.</p>\n"
            u"<p>주민 김모(67) 씨는 “밤새 한숨도 못 잤다”고 말했다. 😷</p>"_s;
        const HttpReply created = postJson(u"/wp/v2/posts", WordPressServer::Desk,
            {{u"title"_s, title}, {u"content"_s, content}, {u"status"_s, u"draft"_s}});
        QVERIFY_STATUS(created, 201);
        m_koreanPostId = created.object().value(u"id"_s).toInteger();
        QVERIFY(m_koreanPostId > 0);

        const HttpReply read = get(u"/wp/v2/posts/%1"_s.arg(m_koreanPostId), u"context=edit"_s, WordPressServer::Desk);
        QVERIFY_STATUS(read, 200);
        const QJsonObject post = read.object();
        QCOMPARE(post.value(u"title"_s).toObject().value(u"raw"_s).toString().toUtf8(), title.toUtf8());
        QCOMPARE(post.value(u"content"_s).toObject().value(u"raw"_s).toString().toUtf8(), content.toUtf8());
        QCOMPARE(post.value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(post.value(u"author"_s).toInteger(), m_server->credentials(WordPressServer::Desk).id);
        m_koreanTitle = title.toUtf8();
    }

    void reporterUploadsPhotoAndFilesPendingStory()
    {
        const QByteArray jpeg = photoJpeg();
        const HttpReply uploaded = uploadPhoto(WordPressServer::Reporter, jpeg);
        QVERIFY_STATUS(uploaded, 201);
        const QJsonObject media = uploaded.object();
        QCOMPARE(media.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(media.value(u"author"_s).toInteger(), m_server->credentials(WordPressServer::Reporter).id);

        // The original is stored untouched, inside the server's directory, and served back.
        const QUrl source(media.value(u"source_url"_s).toString());
        QCOMPARE(source.port(), m_server->url().port());
        const HttpReply file = send("GET", source, {});
        QVERIFY_STATUS(file, 200);
        QCOMPARE(file.body, jpeg);
        QVERIFY2(QFile::exists(m_server->uploadsDirectory() + source.path().section(u"/uploads"_s, 1)),
            qPrintable(source.toString()));

        const qint64 mediaId = media.value(u"id"_s).toInteger();
        const HttpReply pending = postJson(u"/wp/v2/posts", WordPressServer::Reporter,
            {{u"title"_s, u"옥계 산불 현장 사진"_s}, {u"content"_s, u"<p>현장에서 보낸 기사.</p>"_s},
                {u"status"_s, u"pending"_s}, {u"featured_media"_s, mediaId},
                {u"categories"_s, QJsonArray {m_server->categoryId(u"사회")}}});
        QVERIFY_STATUS(pending, 201);
        QCOMPARE(pending.object().value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(pending.object().value(u"featured_media"_s).toInteger(), mediaId);
    }

    void reporterCannotPublish()
    {
        const HttpReply refused = postJson(
            u"/wp/v2/posts", WordPressServer::Reporter, {{u"title"_s, u"바로 발행"_s}, {u"status"_s, u"publish"_s}});
        QVERIFY_STATUS(refused, 403);
        QCOMPARE(refused.object().value(u"code"_s).toString(), u"rest_cannot_publish"_s);

        const HttpReply published = postJson(
            u"/wp/v2/posts", WordPressServer::Author, {{u"title"_s, u"작가가 발행"_s}, {u"status"_s, u"publish"_s}});
        QVERIFY_STATUS(published, 201);
        QCOMPARE(published.object().value(u"status"_s).toString(), u"publish"_s);
    }

    void connectorRefusesDuplicateCreate()
    {
        const QString uuid = newUuid();
        const QJsonObject story {{u"title"_s, u"한 번만 실리는 기사"_s}, {u"status"_s, u"draft"_s},
            {u"meta"_s, QJsonObject {{u"byline_uuid"_s, uuid}}}};
        const HttpReply first = postJson(u"/wp/v2/posts", WordPressServer::Reporter, story);
        QVERIFY_STATUS(first, 201);
        const qint64 id = first.object().value(u"id"_s).toInteger();
        QCOMPARE(first.object().value(u"meta"_s).toObject().value(u"byline_uuid"_s).toString(), uuid);

        // A retry, even by someone else and in capitals, finds the story instead of making a second one.
        QJsonObject retry = story;
        retry.insert(u"meta"_s, QJsonObject {{u"byline_uuid"_s, uuid.toUpper()}});
        const HttpReply second = postJson(u"/wp/v2/posts", WordPressServer::Desk, retry);
        QVERIFY_STATUS(second, 409);
        QCOMPARE(second.object().value(u"code"_s).toString(), u"byline_duplicate"_s);
        const QJsonObject data = second.object().value(u"data"_s).toObject();
        QCOMPARE(data.value(u"id"_s).toInteger(), id);
        QCOMPARE(data.value(u"post_status"_s).toString(), u"draft"_s);

        const HttpReply found = get(u"/wp/v2/posts", u"status=any&byline_uuid="_s + uuid, WordPressServer::Desk);
        QVERIFY_STATUS(found, 200);
        QCOMPARE(found.array().size(), 1);

        // A malformed UUID is refused by the REST schema, before anything is written.
        const HttpReply malformed = postJson(u"/wp/v2/posts", WordPressServer::Desk,
            {{u"title"_s, u"x"_s}, {u"meta"_s, QJsonObject {{u"byline_uuid"_s, u"123"_s}}}});
        QVERIFY_STATUS(malformed, 400);
    }

    void connectorRefusesDuplicateUploadBeforeStoringIt()
    {
        const QString uuid = newUuid();
        const QByteArray jpeg = photoJpeg();
        const HttpReply first = uploadPhoto(WordPressServer::Reporter, jpeg, uuid);
        QVERIFY_STATUS(first, 201);
        QCOMPARE(first.object().value(u"meta"_s).toObject().value(u"byline_uuid"_s).toString(), uuid);
        const int filesBefore = fileCount(m_server->uploadsDirectory());

        const HttpReply second = uploadPhoto(WordPressServer::Reporter, jpeg, uuid);
        QVERIFY_STATUS(second, 409);
        QCOMPARE(second.object().value(u"data"_s).toObject().value(u"id"_s).toInteger(),
            first.object().value(u"id"_s).toInteger());
        QCOMPARE(fileCount(m_server->uploadsDirectory()), filesBefore);

        const HttpReply found = get(u"/wp/v2/media", u"byline_uuid="_s + uuid, WordPressServer::Reporter);
        QVERIFY_STATUS(found, 200);
        QCOMPARE(found.array().size(), 1);
        QCOMPARE(found.array().at(0).toObject().value(u"id"_s).toInteger(), first.object().value(u"id"_s).toInteger());
    }

    void connectorFindsDraftByUuid()
    {
        const QString uuid = newUuid();
        for (const QString &other : {newUuid(), newUuid()})
            QCOMPARE(postJson(u"/wp/v2/posts", WordPressServer::Reporter,
                         {{u"title"_s, u"다른 기사"_s}, {u"meta"_s, QJsonObject {{u"byline_uuid"_s, other}}}})
                         .status,
                201);
        const HttpReply created = postJson(u"/wp/v2/posts", WordPressServer::Reporter,
            {{u"title"_s, u"찾을 초고"_s}, {u"status"_s, u"draft"_s},
                {u"meta"_s, QJsonObject {{u"byline_uuid"_s, uuid}}}});
        QVERIFY_STATUS(created, 201);

        const HttpReply found = get(u"/wp/v2/posts", u"status=any&byline_uuid="_s + uuid, WordPressServer::Reporter);
        QVERIFY_STATUS(found, 200);
        QCOMPARE(found.array().size(), 1);
        QCOMPARE(
            found.array().at(0).toObject().value(u"id"_s).toInteger(), created.object().value(u"id"_s).toInteger());

        // Without status=any WordPress lists published posts only.
        const HttpReply publishedOnly = get(u"/wp/v2/posts", u"byline_uuid="_s + uuid, WordPressServer::Reporter);
        QVERIFY_STATUS(publishedOnly, 200);
        QCOMPARE(publishedOnly.array().size(), 0);

        const HttpReply unknown = get(u"/wp/v2/posts", u"status=any&byline_uuid="_s + newUuid(), WordPressServer::Desk);
        QVERIFY_STATUS(unknown, 200);
        QCOMPARE(unknown.array().size(), 0);
    }

    void connectorRefusesStaleUpdate()
    {
        const HttpReply created = postJson(
            u"/wp/v2/posts", WordPressServer::Desk, {{u"title"_s, u"데스크 수정 전"_s}, {u"status"_s, u"draft"_s}});
        QVERIFY_STATUS(created, 201);
        const qint64 id = created.object().value(u"id"_s).toInteger();
        const QString modified = created.object().value(u"modified_gmt"_s).toString();
        const QString route = u"/wp/v2/posts/%1"_s.arg(id);

        const QString older = QDateTime::fromString(modified, Qt::ISODate).addSecs(-3600).toString(Qt::ISODate);
        const HttpReply stale = postJson(
            route, WordPressServer::Desk, {{u"title"_s, u"낡은 판"_s}, {u"byline_expected_modified_gmt"_s, older}});
        QVERIFY_STATUS(stale, 412);
        QCOMPARE(stale.object().value(u"data"_s).toObject().value(u"modified_gmt"_s).toString(), modified);

        const HttpReply current = postJson(route, WordPressServer::Desk,
            {{u"title"_s, u"데스크 수정 후"_s}, {u"byline_expected_modified_gmt"_s, modified}});
        QVERIFY_STATUS(current, 200);
        QCOMPARE(current.object().value(u"title"_s).toObject().value(u"raw"_s).toString(), u"데스크 수정 후"_s);
    }

    void connectorReportsCapabilities_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("wordpressRole");
        QTest::addColumn<bool>("uploadFiles");
        QTest::addColumn<bool>("publishPosts");
        QTest::addColumn<bool>("editPublishedPosts");
        QTest::addColumn<bool>("editOthersPosts");
        QTest::addColumn<bool>("createCategories");

        QTest::newRow("nominal: reporter files and uploads, publishes nothing")
            << u"reporter"_s << u"byline_reporter"_s << true << false << false << false << false;
        QTest::newRow("nominal: author publishes own stories")
            << u"author"_s << u"author"_s << true << true << true << false << false;
        QTest::newRow("nominal: desk publishes and edits everyone's")
            << u"desk"_s << u"editor"_s << true << true << true << true << true;
        QTest::newRow("nominal: administrator may do everything")
            << u"admin"_s << u"administrator"_s << true << true << true << true << true;
    }

    void connectorReportsCapabilities()
    {
        QFETCH(QString, role);
        QFETCH(QString, wordpressRole);
        QFETCH(bool, uploadFiles);
        QFETCH(bool, publishPosts);
        QFETCH(bool, editPublishedPosts);
        QFETCH(bool, editOthersPosts);
        QFETCH(bool, createCategories);

        const HttpReply reply = get(u"/byline/v1/info", {}, role);
        QVERIFY_STATUS(reply, 200);
        const QJsonObject info = reply.object();
        QCOMPARE(info.value(u"plugin"_s).toString(), u"byline-connector"_s);
        QFile plugin(WordPressServer::connectorPath());
        QVERIFY(plugin.open(QIODevice::ReadOnly));
        const QRegularExpression versionLine(u"^ \\* Version:\\s+(\\S+)$"_s, QRegularExpression::MultilineOption);
        QCOMPARE(
            info.value(u"version"_s).toString(), versionLine.match(QString::fromUtf8(plugin.readAll())).captured(1));

        const QJsonObject user = info.value(u"user"_s).toObject();
        QCOMPARE(user.value(u"id"_s).toInteger(), m_server->credentials(role).id);
        QCOMPARE(user.value(u"roles"_s).toArray(), QJsonArray {wordpressRole});
        const QJsonObject can = info.value(u"capabilities"_s).toObject();
        QCOMPARE(can.value(u"upload_files"_s).toBool(), uploadFiles);
        QCOMPARE(can.value(u"publish_posts"_s).toBool(), publishPosts);
        QCOMPARE(can.value(u"edit_published_posts"_s).toBool(), editPublishedPosts);
        QCOMPARE(can.value(u"edit_others_posts"_s).toBool(), editOthersPosts);
        QCOMPARE(can.value(u"create_categories"_s).toBool(), createCategories);
        // Every role that writes may make new tags through the REST API.
        QCOMPARE(can.value(u"create_tags"_s).toBool(), true);
        QCOMPARE(info.value(u"site"_s).toObject().value(u"max_upload_bytes"_s).toInteger(), 64 * 1024 * 1024);
    }

    void connectorInfoNeedsSignIn()
    {
        const HttpReply reply = get(u"/byline/v1/info", {}, {});
        QVERIFY_STATUS(reply, 401);
    }

    void siteWithoutConnectorDuplicates()
    {
        WordPressServer plain(WordPressServer::Options {.connector = false});
        QVERIFY2(plain.start(), qPrintable(plain.errorString()));
        qCInfo(lcTest) << "WordPress without connector started in" << plain.startDuration().count() << "ms";
        QVERIFY(plain.url() != m_server->url());

        const HttpReply info = get(u"/byline/v1/info", {}, WordPressServer::Desk, &plain);
        QVERIFY_STATUS(info, 404);

        // What the connector is for: without it WordPress drops the unregistered meta, makes a second post on
        // a retry and ignores the lookup parameter.
        const QString uuid = newUuid();
        const QJsonObject story {{u"title"_s, u"두 번 실리는 기사"_s}, {u"status"_s, u"draft"_s},
            {u"meta"_s, QJsonObject {{u"byline_uuid"_s, uuid}}}};
        const HttpReply first = postJson(u"/wp/v2/posts", WordPressServer::Desk, story, &plain);
        QVERIFY_STATUS(first, 201);
        const HttpReply second = postJson(u"/wp/v2/posts", WordPressServer::Desk, story, &plain);
        QVERIFY_STATUS(second, 201);
        QVERIFY(second.object().value(u"id"_s).toInteger() != first.object().value(u"id"_s).toInteger());
        const HttpReply lookup =
            get(u"/wp/v2/posts", u"status=any&byline_uuid="_s + newUuid(), WordPressServer::Desk, &plain);
        QVERIFY_STATUS(lookup, 200);
        QVERIFY2(lookup.array().size() >= 2, lookup.body.constData());

        QVERIFY2(plain.stop(), qPrintable(plain.errorString()));
        QVERIFY(processesServing(plain.directory()).isEmpty());
    }

    void runPhpActsAsTheUser()
    {
        const QString whoAmI = u"<?php echo wp_get_current_user()->user_login, ' ',"
                               u" current_user_can('edit_others_posts') ? 'edits others' : 'own only';"_s;
        QString output;
        QVERIFY2(m_server->runPhp(WordPressServer::Desk, whoAmI, &output), qPrintable(m_server->errorString()));
        QCOMPARE(output, u"desk edits others"_s);
        QVERIFY2(m_server->runPhp(WordPressServer::Reporter, whoAmI, &output), qPrintable(m_server->errorString()));
        QCOMPARE(output, u"reporter own only"_s);

        // wp-admin's own functions: the author opens the post in the editor, the desk sees it locked by them.
        const QString lock =
            u"<?php $lock = wp_set_post_lock(%1); echo is_array($lock) ? 'locked' : 'not locked';"_s.arg(
                m_koreanPostId);
        QVERIFY2(m_server->runPhp(WordPressServer::Author, lock, &output), qPrintable(m_server->errorString()));
        QCOMPARE(output, u"locked"_s);
        QVERIFY2(m_server->runPhp(
                     WordPressServer::Desk, u"<?php echo wp_check_post_lock(%1);"_s.arg(m_koreanPostId), &output),
            qPrintable(m_server->errorString()));
        QCOMPARE(output.toLongLong(), m_server->credentials(WordPressServer::Author).id);

        // PHP that fails says why, in errorString(), and prints nothing to mistake for a result.
        output = u"unchanged"_s;
        QVERIFY(!m_server->runPhp(WordPressServer::Desk, u"<?php throw new RuntimeException('기사 없음');"_s, &output));
        QVERIFY2(m_server->errorString().contains(u"기사 없음"_s), qPrintable(m_server->errorString()));
        QCOMPARE(output, u"unchanged"_s);
    }

    void seedStoriesFilesManyAtOnce()
    {
        QString before;
        const QString countPending = u"<?php echo wp_count_posts()->pending;"_s;
        QVERIFY2(m_server->runPhp(WordPressServer::Desk, countPending, &before), qPrintable(m_server->errorString()));

        QElapsedTimer timer;
        timer.start();
        WordPressServer::Seed seed;
        seed.lockedEvery = 10;
        seed.notedEvery = 7;
        const QList<qint64> ids = m_server->seedStories(500, seed);
        qCInfo(lcTest) << "500 stories seeded in" << timer.elapsed() << "ms";
        QVERIFY2(ids.size() == 500, qPrintable(m_server->errorString()));
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));

        QString after;
        QVERIFY2(m_server->runPhp(WordPressServer::Desk, countPending, &after), qPrintable(m_server->errorString()));
        QCOMPARE(after.toInt(), before.toInt() + 500);

        // Every story has its UUID and author; the tenth is locked by the desk, the seventh has two notes, which
        // count as no public comments.
        const HttpReply tenth = get(u"/wp/v2/posts/%1"_s.arg(ids.at(9)), u"context=edit"_s, WordPressServer::Reporter);
        QVERIFY_STATUS(tenth, 200);
        QCOMPARE(tenth.object().value(u"author"_s).toInteger(), m_server->credentials(WordPressServer::Reporter).id);
        QVERIFY(
            !QUuid::fromString(tenth.object().value(u"meta"_s).toObject().value(u"byline_uuid"_s).toString()).isNull());
        QString state;
        const QString inspect =
            u"<?php echo wp_check_post_lock(%1), ' ', get_comments(['post_id' => %2,"
            u" 'type' => 'note', 'status' => 'byline-note', 'byline_notes' => true, 'count' => true]), ' ',"
            u" get_post(%2)->comment_count;"_s.arg(ids.at(9))
                .arg(ids.at(6));
        QVERIFY2(m_server->runPhp(WordPressServer::Reporter, inspect, &state), qPrintable(m_server->errorString()));
        QCOMPARE(state, u"%1 2 0"_s.arg(m_server->credentials(WordPressServer::Desk).id));
    }

    void serversListenOnLoopbackOnly()
    {
        const QList<qint64> pids = processesServing(m_server->directory());
        QVERIFY2(pids.size() >= 3, "Apache's parent, a child and MariaDB");
        const QList<ListeningSocket> sockets = listeningSockets(pids);
        QVERIFY(!sockets.isEmpty());
        bool webPort = false;
        for (const ListeningSocket &socket : sockets) {
            QVERIFY2(!socket.ipv6, qPrintable(socket.address));
            QCOMPARE(socket.address, u"0100007F"_s);
            webPort = webPort || socket.port == m_server->url().port();
        }
        QVERIFY(webPort);
        // MariaDB has no TCP port at all, only its socket in the server's directory.
        const QList<qint64> mariadb {m_server->site().value(u"pids"_s).toObject().value(u"mariadb"_s).toInteger()};
        QVERIFY(listeningSockets(mariadb).isEmpty());
        QVERIFY(QFileInfo(m_server->directory() + u"/run/mariadb.sock"_s).exists());
    }

    void stopEndsEveryProcessAndClosesThePort()
    {
        const QList<qint64> pids = processesServing(m_server->directory());
        QVERIFY(!pids.isEmpty());
        for (qint64 pid : m_server->processIds())
            QVERIFY2(pids.contains(pid), qPrintable(QString::number(pid)));
        const int port = m_server->url().port();
        QVERIFY(portAcceptsConnections(port));

        QVERIFY2(m_server->stop(), qPrintable(m_server->errorString()));
        qCInfo(lcTest) << "WordPress stopped in" << m_server->stopDuration().count() << "ms";
        QVERIFY(!m_server->isRunning());
        // Apache's children and the watchdog included; a zombie waiting for its parent counts as ended.
        QCOMPARE(processesServing(m_server->directory()), QList<qint64>());
        QVERIFY(!portAcceptsConnections(port));
    }

    void restartKeepsTheSite()
    {
        const QUrl before = m_server->url();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        qCInfo(lcTest) << "WordPress restarted in" << m_server->startDuration().count() << "ms";
        QCOMPARE(m_server->url(), before);
        const HttpReply read = get(u"/wp/v2/posts/%1"_s.arg(m_koreanPostId), u"context=edit"_s, WordPressServer::Desk);
        QVERIFY_STATUS(read, 200);
        QCOMPARE(read.object().value(u"title"_s).toObject().value(u"raw"_s).toString().toUtf8(), m_koreanTitle);
    }

    void watchdogStopsServersOfAnEndedOwner()
    {
        // Stands in for a test process that crashes with its server running.
        QProcess owner;
        owner.start(u"sleep"_s, {u"300"_s});
        QVERIFY(owner.waitForStarted());
        QTemporaryDir siteDirectory;
        const QString directory = siteDirectory.path();

        QProcess script;
        script.start(WordPressServer::scriptPath(),
            {u"start"_s, directory, u"--owner"_s, QString::number(owner.processId()), u"--remove-when-orphaned"_s,
                u"--without-connector"_s});
        QVERIFY(script.waitForFinished(120000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        const QJsonObject site = QJsonDocument::fromJson(script.readAllStandardOutput()).object();
        QVERIFY(site.value(u"pids"_s).toObject().value(u"watchdog"_s).toInteger() > 0);
        QVERIFY(!processesServing(directory).isEmpty());

        owner.kill();
        QVERIFY(owner.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(processesServing(directory).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(directory), 5000);
        QVERIFY(!portAcceptsConnections(QUrl(site.value(u"url"_s).toString()).port()));
    }

    void cleanupTestCase()
    {
        if (m_server) {
            const QString directory = m_server->directory();
            QVERIFY2(m_server->stop(), qPrintable(m_server->errorString()));
            QVERIFY(processesServing(directory).isEmpty());
        }
        qCInfo(lcTest) << "whole test" << m_testTime.elapsed() << "ms";
    }
};

QTEST_GUILESS_MAIN(tst_WordPressServer)
#include "tst_wordpressserver.moc"
