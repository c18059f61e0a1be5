#include "publish/sitetext.h"
#include "publishtesting.h"
#include "scriptedsite.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::ScriptedSite;

// Answers no honest WordPress gives, from a scripted site on loopback: the
// words a site sends reach a person only made safe, a damaged answer is
// called damaged, and an answer that cannot be right is never recorded as
// the story being on the site.
class tst_PublishAnswers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;

    static PublishRunner::Environment scripted(quint16 port)
    {
        PublishRunner::Environment environment;
        environment.policy.base = std::chrono::milliseconds(10);
        environment.policy.cap = std::chrono::milliseconds(50);
        environment.policy.readBase = std::chrono::milliseconds(5);
        environment.policy.readCap = std::chrono::milliseconds(20);
        environment.account = [port](const QString &name) -> std::optional<TargetAccount> {
            TargetAccount account;
            account.name = name;
            account.kind = TargetAccount::wordPressKind();
            account.url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
            account.user = u"desk"_s;
            return account;
        };
        environment.password = [](const TargetAccount &, QString *) -> std::optional<QString> {
            return u"abcd efgh ijkl mnop"_s;
        };
        return environment;
    }

    // What a terminal or a label would act on instead of showing.
    static QString unsafeCharacterIn(const QString &text)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
                return u"U+%1 in: %2"_s.arg(int(u), 4, 16, QChar(u'0')).arg(text);
        }
        return {};
    }

    // A site with the connector that knows no terms and adds any.
    static QByteArray wordPressLike(const QByteArray &method, const QByteArray &target)
    {
        if (method == "GET" && target.startsWith("/wp-json/byline/v1/info"))
            return ScriptedSite::signedIn();
        const bool terms = target.startsWith("/wp-json/wp/v2/tags") || target.startsWith("/wp-json/wp/v2/categories");
        if (terms && method == "GET")
            return ScriptedSite::answer(200, "[]");
        if (terms && method == "POST")
            return ScriptedSite::answer(201, "{\"id\":3,\"name\":\"x\"}");
        return ScriptedSite::answer(404, "{\"code\":\"rest_no_route\",\"message\":\"No route\"}");
    }

    PublishJob runOnce(ScriptedSite &site, const Article &story)
    {
        const quint16 port = site.begin();
        if (!port)
            return {};
        Outbox outbox(m_library);
        PublishRunner runner(m_library, scripted(port));
        const qint64 id = outbox.enqueue(story.id, u"scripted"_s, PublishAction::Publish)->id;
        runner.run(id);
        return outbox.job(id).value_or(PublishJob());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
    }

    void siteTextIsMadeSafe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nominal: plain words stay")
            << u"Sorry, you are not allowed."_s << u"Sorry, you are not allowed."_s;
        QTest::newRow("nominal: Korean stays") << u"권한이 없습니다."_s << u"권한이 없습니다."_s;
        QTest::newRow("robustness: colour and screen-clearing escapes go")
            << u"\x1b[2J\x1b[31mDenied\x1b[0m here"_s << u"Denied here"_s;
        QTest::newRow("robustness: a window title sequence goes, up to its BEL") << u"a\x1b]0;owned\x07"
                                                                                    "b"_s
                                                                                 << u"ab"_s;
        QTest::newRow("robustness: an OSC 8 link ends at its ST")
            << u"\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\"_s << u"click"_s;
        QTest::newRow("robustness: C1 CSI and other C1 controls go")
            << u"x\u009b1;31my\u0085z\u0090dcs\u009c!"_s << u"xy z!"_s;
        QTest::newRow("robustness: bidi overrides go") << u"abc\u202Efdp.exe\u202C\u2066x\u2069"_s << u"abcfdp.exex"_s;
        QTest::newRow("robustness: NUL, DEL and carriage returns go")
            << u"over\rwritten\u0000\u007f line\nbreak"_s << u"over written line break"_s;
        QTest::newRow("robustness: a lone surrogate is a replacement character")
            << QString(u"a") + QChar(0xD800) + u"b"_s << u"a\uFFFDb"_s;
        QTest::newRow("boundary: 200 characters stay whole") << QString(200, u'가') << QString(200, u'가');
        QTest::newRow("boundary: 201 are cut with an ellipsis") << QString(201, u'가') << QString(199, u'가') + u'…';
        QTest::newRow("robustness: a megabyte is cut") << QString(1 << 20, u'x') << QString(199, u'x') + u'…';
        QTest::newRow("robustness: an emoji is not cut in half")
            << QString(198, u'a') + u"😀😀"_s << QString(198, u'a') + u'…';
    }

    void siteTextIsMadeSafe()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString shown = SiteText::forPerson(text);
        QCOMPARE(shown, expected);
        QVERIFY(shown.size() <= 200);
    }

    // What the site says in an error reaches the job's message, its server
    // text and the log made safe, whatever it contains.
    void hostileErrorTextIsMadeSafe_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("visible"); // what must still be readable

        const QByteArray escapes =
            "\\u001b[2J\\u001b]0;pwned\\u0007Sorry\\u202e, not \\u009b31mallowed\\r\\n" + QByteArray(3000, 'x');
        QTest::newRow("robustness: WordPress's JSON error with escapes, bidi and 3,000 more characters")
            << QByteArray("{\"code\":\"rest_forbidden\",\"message\":\"" + escapes + "\"}")
            << QByteArray("application/json") << u"Sorry, not allowed"_s;
        QTest::newRow("robustness: a proxy's page with escapes in its markup")
            << QByteArray("<html><head><style>p{}</style><script>x()</script></head><body><h1>Forbidden\x1b[8m</h1>"
                          "<p>Go away\x1b]0;t\x07 now</p>"
                   + QByteArray(5000, 'y') + "</body></html>")
            << QByteArray("text/html") << u"Forbidden Go away now"_s;
    }

    void hostileErrorTextIsMadeSafe()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(QString, visible);
        const Article story = makeStory(m_library, m_dir.path(), 0, u"hostile"_s);
        ScriptedSite site(
            [&](const QByteArray &, const QByteArray &) { return ScriptedSite::answer(403, body, type); });
        const PublishJob job = runOnce(site, story);
        QCOMPARE(job.state, PublishState::Held);
        QCOMPARE(job.httpStatus, 403);
        QVERIFY2(job.serverText.contains(visible), qPrintable(job.serverText));
        QVERIFY2(job.serverText.size() <= 200 && job.serverText.endsWith(u'…'), qPrintable(job.serverText));
        QVERIFY2(job.message.contains(visible), qPrintable(job.message));
        QCOMPARE(unsafeCharacterIn(job.serverText), QString());
        QCOMPARE(unsafeCharacterIn(job.message), QString());
        for (const PublishLogEntry &entry : Outbox(m_library).log(job.id))
            QCOMPARE(unsafeCharacterIn(entry.text), QString());
    }

    // An answer that came but cannot be read is said to be damaged, not a
    // site out of reach; it may be the network's doing, so it is retried.
    void aDamagedAnswerIsCalledDamaged_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("robustness: a chunk size that is not a number")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "zz\r\n{}\r\n0\r\n\r\n");
        QTest::newRow("robustness: an answer that is not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
    }

    void aDamagedAnswerIsCalledDamaged()
    {
        QFETCH(QByteArray, answer);
        const Article story = makeStory(m_library, m_dir.path(), 0, u"damaged"_s);
        ScriptedSite site([&](const QByteArray &, const QByteArray &) { return answer; });
        const PublishJob job = runOnce(site, story);
        QCOMPARE(job.state, PublishState::Waiting);
        QVERIFY2(job.message.contains(u"could not be read"_s), qPrintable(job.message));
        QVERIFY2(!job.message.contains(u"could not reach"_s), qPrintable(job.message));
    }

    // The story is recorded as on the site, with its address shown and
    // opened, only from an answer that can be right.
    void anImpossiblePostAnswerIsHeld_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");

        QTest::newRow("robustness: a negative post id")
            << 201 << QByteArray("{\"id\":-5,\"link\":\"http://127.0.0.1/?p=5\",\"status\":\"publish\"}")
            << u"item -5"_s;
        QTest::newRow("robustness: no post id")
            << 201 << QByteArray("{\"link\":\"http://127.0.0.1/?p=5\",\"status\":\"publish\"}") << u"item 0"_s;
        QTest::newRow("robustness: a file: link")
            << 201 << QByteArray("{\"id\":5,\"link\":\"file:///etc/passwd\",\"status\":\"publish\"}")
            << u"file:///etc/passwd"_s;
        QTest::newRow("robustness: a javascript: link")
            << 201 << QByteArray("{\"id\":5,\"link\":\"javascript:alert(1)\",\"status\":\"publish\"}")
            << u"javascript:"_s;
        QTest::newRow("robustness: a link without a host")
            << 200 << QByteArray("{\"id\":5,\"link\":\"http:///p5\",\"status\":\"publish\"}") << u"not a web address"_s;
        QTest::newRow("robustness: not JSON") << 201 << QByteArray("<html>Created!</html>") << u"damaged"_s;
    }

    void anImpossiblePostAnswerIsHeld()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const Article story = makeStory(m_library, m_dir.path(), 0, u"impossible"_s);
        ScriptedSite site([&](const QByteArray &method, const QByteArray &target) {
            if (method == "POST" && target.startsWith("/wp-json/wp/v2/posts"))
                return ScriptedSite::answer(status, body);
            return wordPressLike(method, target);
        });
        const PublishJob job = runOnce(site, story);
        QVERIFY2(job.state == PublishState::Held, qPrintable(job.message));
        QVERIFY2(job.message.contains(u"damaged"_s) && job.message.contains(says), qPrintable(job.message));
        QCOMPARE(job.remoteId, 0);
        QVERIFY(job.remoteUrl.isEmpty());
        // Not recorded as on the site: a person's retry looks it up first.
        Outbox outbox(m_library);
        QVERIFY(!outbox.remotePost(u"scripted"_s, story.uuid));
        QVERIFY(outbox.postMaybeSent(u"scripted"_s, story.uuid));
    }

    // A photo's address goes into the story's page: only a web address will do.
    void aPhotoAnswerWithAFileAddressIsHeld()
    {
        const Article story = makeStory(m_library, m_dir.path(), 1, u"photo-file"_s);
        ScriptedSite site([&](const QByteArray &method, const QByteArray &target) {
            if (method == "POST" && target.startsWith("/wp-json/wp/v2/media"))
                return ScriptedSite::answer(201, "{\"id\":7,\"source_url\":\"file:///home/desk/.ssh/id_rsa\"}");
            return wordPressLike(method, target);
        });
        const PublishJob job = runOnce(site, story);
        QVERIFY2(job.state == PublishState::Held, qPrintable(job.message));
        QVERIFY2(job.message.contains(u"not a web address"_s), qPrintable(job.message));
        QVERIFY(!site.requests().join(u'\n').contains(u"/wp/v2/posts"_s)); // the story was not sent with it
    }
};

QTEST_GUILESS_MAIN(tst_PublishAnswers)
#include "tst_publishanswers.moc"
