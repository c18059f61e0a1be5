#include "article/articlehtml.h"
#include "desk/deskanswers.h"
#include "desk/deskclient.h"
#include "publishtesting.h"
#include "scriptedsite.h"

#include <QBuffer>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::PublishTesting;
using Byline::Test::ScriptedSite;
using Byline::Test::WordPressServer;

// The desk's client (DeskClient) against the real WordPress on loopback with
// the connector 2.0: a story filed by Byline comes back exactly; the inbox,
// locks, notes and actions as the contract says (docs/desk-protocol.md); and
// hostile answers from a scripted site are refused or cleaned, never a crash.
class tst_DeskClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    WordPressServer m_server;
    Library m_library;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<PublishRunner> m_runner;
    qint64 m_filedPost = 0; // the story the reporter filed, for the later steps
    QDateTime m_embargo;

    std::unique_ptr<DeskClient> client(QStringView role, const QUrl &url = {})
    {
        QString error;
        auto desk =
            DeskClient::create(wordPressAccount(m_server, role, url), m_server.credentials(role).password, &error);
        if (!desk)
            qWarning() << error;
        return desk;
    }

    static std::unique_ptr<DeskClient> scripted(quint16 port)
    {
        TargetAccount account;
        account.name = u"scripted"_s;
        account.kind = TargetAccount::wordPressKind();
        account.url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        account.user = u"desk"_s;
        return DeskClient::create(account, u"abcd efgh ijkl mnop"_s, nullptr);
    }

    PublishJob publish(qint64 articleId, QStringView role, PublishAction action)
    {
        const std::optional<PublishJob> job = m_outbox->enqueue(articleId, role.toString(), action);
        if (!job) {
            qWarning() << m_outbox->errorString();
            return {};
        }
        return runToEnd(*m_runner, *m_outbox, job->id);
    }

    static DeskAction action(qint64 post, DeskAction::Kind kind, const QString &note = {}, const QDateTime &at = {})
    {
        return DeskAction {QUuid::createUuid(), post, kind, note, at};
    }

    static QString unsafeCharacterIn(const QString &text)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
                return u"U+%1 in: %2"_s.arg(int(u), 4, 16, QChar(u'0')).arg(text);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("BYLINE_RETRY_BASE_MS", "20");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
        m_outbox = std::make_unique<Outbox>(m_library);
        m_runner = std::make_unique<PublishRunner>(m_library, environment(m_server));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void aFolderHasNoDesk()
    {
        QString error;
        QVERIFY(!DeskClient::create(TargetAccounts::builtInFolder(), {}, &error));
        QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
    }

    void theSiteOffersTheWholeDesk()
    {
        const auto desk = client(WordPressServer::Desk);
        QVERIFY(desk);
        DeskSupport support;
        const TargetOutcome outcome = desk->support(&support, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(support.connectorVersion, u"2.0.0"_s);
        QVERIFY2(support.isComplete(), qPrintable(support.missing()));
    }

    void aFiledStoryComesBackExactly()
    {
        Article story = makeStory(m_library, m_dir.path(), 3, u"desk-readback"_s, u"데스크가 다시 읽는 기사"_s);
        QVERIFY(story.id);
        story.byline = {
            u"강원일보"_s, {{u"김민지"_s, u"minji@kwnews.example"_s}, {u"박서준"_s, u"seojun@kwnews.example"_s}}};
        story.dateline = u"춘천"_s;
        m_embargo = QDateTime::currentDateTimeUtc().addDays(2);
        m_embargo = QDateTime::fromSecsSinceEpoch(m_embargo.toSecsSinceEpoch(), QTimeZone::UTC);
        story.embargo = m_embargo;
        // The body as the editor keeps it: the profile's one canonical form.
        story.body = ArticleHtml::sanitize(story.body);
        QVERIFY(m_library.articleStore().updateArticle(story));
        QList<Photo> photos = m_library.photoStore().photos(story.id);
        QCOMPARE(photos.size(), 3);
        photos[1].crop.rect = QRectF(0.125, 0.25, 0.5, 0.5);
        photos[1].crop.aspect = u"1:1"_s;
        photos[2].crop.rotation = 90;
        for (const Photo &photo : std::as_const(photos))
            QVERIFY(m_library.photoStore().updatePhoto(photo));
        story = *m_library.articleStore().article(story.id);
        photos = m_library.photoStore().photos(story.id);

        const PublishJob filed = publish(story.id, WordPressServer::Reporter, PublishAction::Submit);
        QCOMPARE(PublishNames::stateKey(filed.state), u"done"_s);
        m_filedPost = filed.remoteId;

        const auto desk = client(WordPressServer::Desk);
        DeskFiledStory read;
        const TargetOutcome outcome = desk->story(m_filedPost, &read, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(read.summary.post, m_filedPost);
        QCOMPARE(read.summary.uuid, story.uuid);
        QCOMPARE(read.summary.status, u"pending"_s);
        QCOMPARE(read.summary.author.name, m_server.credentials(WordPressServer::Reporter).name);
        QVERIFY(read.article);
        const Article &back = *read.article;
        QCOMPARE(back.uuid, story.uuid);
        QCOMPARE(back.headline, story.headline);
        QCOMPARE(back.deck, story.deck);
        QCOMPARE(back.byline, story.byline);
        QCOMPARE(back.dateline, story.dateline);
        QCOMPARE(back.section, story.section);
        QCOMPARE(back.tags, story.tags);
        QCOMPARE(back.slug, story.slug);
        QCOMPARE(back.summary, story.summary);
        QCOMPARE(back.embargo, m_embargo);
        QCOMPARE(back.body, story.body);
        QCOMPARE(back.leadPhotoId, story.leadPhotoId);

        QCOMPARE(read.photos.size(), photos.size());
        for (qsizetype i = 0; i < photos.size(); ++i) {
            const DeskRemotePhoto &remote = read.photos.at(i);
            const Photo &photo = photos.at(i);
            QCOMPARE(remote.photoId, photo.id);
            QCOMPARE(remote.caption, photo.caption);
            QCOMPARE(remote.credit, photo.credit);
            QCOMPARE(remote.altText, photo.altText);
            QCOMPARE(remote.crop, photo.crop);
            QCOMPARE(remote.lead, photo.lead || photo.id == story.leadPhotoId);
            QVERIFY(remote.media > 0);
            QCOMPARE(remote.mime, u"image/jpeg"_s);
            QVERIFY(remote.bytes > 0);

            // The site's file comes down whole, and not past the cap.
            QBuffer file;
            file.open(QIODevice::WriteOnly);
            const TargetOutcome got = desk->download(remote.url, &file, 64 * 1024 * 1024, {});
            QVERIFY2(got.ok(), qPrintable(got.message));
            QCOMPARE(file.data().size(), remote.bytes);
            QVERIFY(file.data().startsWith("\xFF\xD8"));
            QBuffer small;
            small.open(QIODevice::WriteOnly);
            const TargetOutcome refused = desk->download(remote.url, &small, 1000, {});
            QCOMPARE(refused.kind, TargetOutcome::Hold);
            QVERIFY2(refused.message.contains(u"larger"_s), qPrintable(refused.message));
            QVERIFY(small.data().size() <= 1000);
        }
    }

    void theInboxListsItAndAQuietPollSaysNothingChanged()
    {
        QVERIFY(m_filedPost);
        const auto desk = client(WordPressServer::Desk);
        DeskInbox inbox;
        bool changed = false;
        TargetOutcome outcome = desk->inbox({}, &inbox, &changed, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(changed);
        QVERIFY(!inbox.token.isEmpty());
        QCOMPARE(inbox.skipped, 0);
        auto found = std::find_if(inbox.stories.cbegin(), inbox.stories.cend(),
            [this](const DeskStory &story) { return story.post == m_filedPost; });
        QVERIFY(found != inbox.stories.cend());
        QCOMPARE(found->headline, u"데스크가 다시 읽는 기사"_s);
        QCOMPARE(found->state(), DeskState::Filed);
        QCOMPARE(found->section, u"사회"_s);
        QCOMPARE(found->embargo, m_embargo);

        DeskInbox again = inbox;
        again.stories.clear();
        outcome = desk->inbox(inbox.token, &again, &changed, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(!changed);
        QVERIFY(again.stories.isEmpty());

        // A lock changes the list: the story is being edited.
        DeskLock lock;
        std::optional<DeskLock> heldBy;
        QVERIFY(desk->lock(m_filedPost, false, &lock, &heldBy, {}).ok());
        outcome = desk->inbox(inbox.token, &again, &changed, {});
        QVERIFY(outcome.ok());
        QVERIFY(changed);
        found = std::find_if(again.stories.cbegin(), again.stories.cend(),
            [this](const DeskStory &story) { return story.post == m_filedPost; });
        QVERIFY(found != again.stories.cend());
        QCOMPARE(found->state(), DeskState::Editing);
        QCOMPARE(found->lock->user.name, m_server.credentials(WordPressServer::Desk).name);
        QVERIFY(desk->release(m_filedPost, {}).ok());
    }

    void aLockSaysWhoHoldsItAndCanBeTakenOver()
    {
        QVERIFY(m_filedPost);
        const auto desk = client(WordPressServer::Desk);
        const auto admin = client(WordPressServer::Admin);
        DeskLock lock;
        std::optional<DeskLock> heldBy;
        TargetOutcome outcome = desk->lock(m_filedPost, false, &lock, &heldBy, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(lock.user.id, m_server.credentials(WordPressServer::Desk).id);
        QVERIFY(lock.expires > QDateTime::currentDateTimeUtc());
        QVERIFY(!heldBy);

        outcome = admin->lock(m_filedPost, false, &lock, &heldBy, {});
        QCOMPARE(outcome.kind, TargetOutcome::Hold);
        QVERIFY(heldBy);
        const QString deskName = m_server.credentials(WordPressServer::Desk).name;
        QCOMPARE(heldBy->user.name, deskName);
        QVERIFY2(outcome.message.contains(deskName), qPrintable(outcome.message));

        outcome = admin->lock(m_filedPost, true, &lock, &heldBy, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(lock.user.id, m_server.credentials(WordPressServer::Admin).id);
        outcome = desk->lock(m_filedPost, false, &lock, &heldBy, {});
        QCOMPARE(outcome.kind, TargetOutcome::Hold);
        QCOMPARE(heldBy->user.id, m_server.credentials(WordPressServer::Admin).id);
        // Letting go of a lock someone else took is no failure: nothing of ours was there.
        QVERIFY(desk->release(m_filedPost, {}).ok());
        QVERIFY(admin->release(m_filedPost, {}).ok());
        outcome = desk->lock(m_filedPost, false, &lock, &heldBy, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(desk->release(m_filedPost, {}).ok());

        // A post that is not there is said in words.
        outcome = desk->lock(99999, false, &lock, &heldBy, {});
        QCOMPARE(outcome.kind, TargetOutcome::Hold);
        QVERIFY2(outcome.message.contains(u"no longer on the site"_s), qPrintable(outcome.message));
    }

    void notesAndEveryActionReachTheSiteOnce()
    {
        QVERIFY(m_filedPost);
        const auto desk = client(WordPressServer::Desk);
        const auto reporter = client(WordPressServer::Reporter);
        DeskActionResult result;

        TargetOutcome outcome =
            desk->act(action(m_filedPost, DeskAction::Kind::Note, u"사진 설명 확인 바랍니다."_s), &result, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(result.note);
        QCOMPARE(result.note->kind, DeskNoteKind::Comment);

        // A return needs a note; with one the story goes back as a draft.
        outcome = desk->act(action(m_filedPost, DeskAction::Kind::Return), &result, {});
        QCOMPARE(outcome.kind, TargetOutcome::Hold);
        QVERIFY2(outcome.message.contains(u"needs a note"_s), qPrintable(outcome.message));
        const DeskAction returning = action(m_filedPost, DeskAction::Kind::Return, u"리드를\n다시 써 주세요."_s);
        outcome = desk->act(returning, &result, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(result.status, u"draft"_s);
        QVERIFY(!result.repeated);
        // The same action again is recognised, not done twice.
        outcome = desk->act(returning, &result, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(result.repeated);

        QList<DeskNote> notes;
        outcome = reporter->notes(m_filedPost, &notes, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).text, u"사진 설명 확인 바랍니다."_s);
        QCOMPARE(notes.at(1).kind, DeskNoteKind::Return);
        QCOMPARE(notes.at(1).text, u"리드를\n다시 써 주세요."_s);
        QCOMPARE(notes.at(1).author.name, m_server.credentials(WordPressServer::Desk).name);

        DeskInbox inbox;
        bool changed = false;
        QVERIFY(reporter->inbox({}, &inbox, &changed, {}).ok());
        const auto mine = std::find_if(inbox.stories.cbegin(), inbox.stories.cend(),
            [this](const DeskStory &story) { return story.post == m_filedPost; });
        QVERIFY(mine != inbox.stories.cend());
        QCOMPARE(mine->state(), DeskState::Returned);
        QCOMPARE(mine->notes, 2);

        outcome = reporter->act(action(m_filedPost, DeskAction::Kind::Submit), &result, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(result.status, u"pending"_s);

        // Before the embargo the site refuses, in words; at it, the story is scheduled.
        outcome = desk->act(action(m_filedPost, DeskAction::Kind::Approve), &result, {});
        QCOMPARE(outcome.kind, TargetOutcome::Hold);
        QCOMPARE(outcome.httpStatus, 409);
        QVERIFY2(outcome.message.contains(u"Schedule it for that time instead"_s), qPrintable(outcome.message));
        outcome = desk->act(action(m_filedPost, DeskAction::Kind::Approve, {}, m_embargo), &result, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(result.status, u"future"_s);
    }

    void aPostWrittenInWpAdminComesWithItsContent()
    {
        const QJsonObject created = restSend(m_server, "POST", u"/wp/v2/posts",
            QJsonObject {{u"title"_s, u"wp-admin에서 쓴 기사"_s}, {u"content"_s, u"<p>관리자 화면에서 쓴 본문</p>"_s},
                {u"status"_s, u"pending"_s}})
                                        .object();
        const qint64 post = created.value(u"id"_s).toInteger();
        QVERIFY(post > 0);
        const auto desk = client(WordPressServer::Desk);
        DeskFiledStory read;
        const TargetOutcome outcome = desk->story(post, &read, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(!read.article);
        QVERIFY(read.summary.uuid.isNull());
        QCOMPARE(read.title, u"wp-admin에서 쓴 기사"_s);
        QVERIFY2(read.content.contains(u"관리자 화면에서 쓴 본문"_s), qPrintable(read.content));
    }

    void plainPermalinksAreFoundOnce()
    {
        QVERIFY(m_server.setPlainPermalinks(true));
        auto restore = qScopeGuard([this] { m_server.setPlainPermalinks(false); });
        const auto desk = client(WordPressServer::Desk);
        DeskInbox inbox;
        bool changed = false;
        const TargetOutcome outcome = desk->inbox({}, &inbox, &changed, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(changed);
        QVERIFY(!inbox.stories.isEmpty());
        DeskLock lock;
        std::optional<DeskLock> heldBy;
        QVERIFY(desk->lock(inbox.stories.first().post, false, &lock, &heldBy, {}).ok());
        QVERIFY(desk->release(inbox.stories.first().post, {}).ok());
    }

    void aSiteOutOfReachIsTriedAgainLater()
    {
        // Nothing listens there: the action waits in the queue instead of being held.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const auto desk = scripted(port);
        DeskActionResult result;
        const TargetOutcome outcome = desk->act(action(5, DeskAction::Kind::Return, u"다시 써 주세요."_s), &result, {});
        QCOMPARE(outcome.kind, TargetOutcome::Retry);
        QVERIFY2(outcome.message.contains(u"could not reach"_s), qPrintable(outcome.message));
    }

    void theSitesRefusalsAreSaidInWords()
    {
        ScriptedSite site([](const QByteArray &, const QByteArray &target) {
            if (target.startsWith("/wp-json/byline/v1/info"))
                return ScriptedSite::answer(200, "{\"version\":\"2.0.0\",\"features\":[]}");
            return ScriptedSite::answer(400, "{\"code\":\"byline_note_required\",\"message\":\"A note\"}");
        });
        const quint16 port = site.begin();
        QVERIFY(port);
        const auto desk = scripted(port);
        DeskActionResult result;
        const TargetOutcome outcome = desk->act(action(5, DeskAction::Kind::Return, u" x "_s), &result, {});
        QCOMPARE(outcome.kind, TargetOutcome::Hold);
        QVERIFY2(outcome.message.contains(u"needs a note telling the reporter"_s), qPrintable(outcome.message));
    }

    void aSiteWithoutTheConnectorSaysWhatIsMissing()
    {
        WordPressServer plain(WordPressServer::Options {.connector = false});
        QVERIFY2(plain.start(), qPrintable(plain.errorString()));
        QString error;
        const auto desk = DeskClient::create(
            wordPressAccount(plain, WordPressServer::Desk), plain.credentials(WordPressServer::Desk).password, &error);
        DeskSupport support;
        TargetOutcome outcome = desk->support(&support, {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(!support.isComplete());
        QVERIFY(support.connectorVersion.isEmpty());
        QVERIFY2(support.missing().contains(u"no Byline connector"_s), qPrintable(support.missing()));
        QVERIFY(support.missing().contains(u"mu-plugins"_s));

        DeskInbox inbox;
        bool changed = false;
        outcome = desk->inbox({}, &inbox, &changed, {});
        QCOMPARE(outcome.kind, TargetOutcome::Hold);
        QCOMPARE(outcome.message, support.missing());
        QVERIFY(plain.stop());
    }

    void hostileAnswersAreRefusedOrCleaned_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("stories");

        const QByteArray name =
            "{\"id\":3,\"name\":\"<img src=x onerror=alert(1)>\\u001b]0;pwned\\u0007김\\u202e기자\"}";
        QByteArray rows;
        for (int i = 1; i <= DeskAnswers::MaxStories + 300; ++i) {
            rows += (i > 1 ? "," : "") + QByteArray("{\"post\":") + QByteArray::number(i)
                + ",\"status\":\"pending\",\"headline\":\"<b>제목</b>\\u001b[2J\",\"author\":" + name + "}";
        }
        QTest::newRow("oversized, HTML in names")
            << ScriptedSite::answer(200, "{\"token\":\"t\",\"changed\":true,\"stories\":[" + rows + "]}")
            << int(TargetOutcome::Ok) << DeskAnswers::MaxStories;
        QTest::newRow("deep JSON") << ScriptedSite::answer(200, QByteArray(100000, '[') + QByteArray(100000, ']'))
                                   << int(TargetOutcome::Hold) << 0;
        QTest::newRow("wrong types") << ScriptedSite::answer(200, "{\"token\":[1],\"changed\":\"yes\",\"stories\":7}")
                                     << int(TargetOutcome::Hold) << 0;
        QTest::newRow("a page") << ScriptedSite::answer(200, "<html><body>Hello</body></html>", "text/html")
                                << int(TargetOutcome::Hold) << 0;
        QTest::newRow("too large") << ScriptedSite::answer(200,
            "{\"token\":\"t\",\"changed\":true,\"stories\":[],\"pad\":\"" + QByteArray(17 * 1024 * 1024, 'x') + "\"}")
                                   << int(TargetOutcome::Hold) << 0;
    }
    void hostileAnswersAreRefusedOrCleaned()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, kind);
        QFETCH(int, stories);
        ScriptedSite site([&answer](const QByteArray &, const QByteArray &target) {
            if (target.startsWith("/wp-json/byline/v1/info"))
                return ScriptedSite::answer(200,
                    "{\"version\":\"2.0.0\",\"features\":[\"story\",\"locks\",\"notes\",\"inbox\","
                    "\"desk_actions\",\"embargo\"]}");
            return answer;
        });
        const quint16 port = site.begin();
        QVERIFY(port);
        const auto desk = scripted(port);
        DeskInbox inbox;
        bool changed = false;
        const TargetOutcome outcome = desk->inbox({}, &inbox, &changed, {});
        QCOMPARE(int(outcome.kind), kind);
        QVERIFY2(unsafeCharacterIn(outcome.message).isEmpty(), qPrintable(unsafeCharacterIn(outcome.message)));
        QVERIFY(outcome.message.size() < 2000);
        QCOMPARE(inbox.stories.size(), stories);
        if (stories > 0) {
            QCOMPARE(inbox.skipped, 300);
            QCOMPARE(outcome.notes.size(), 1);
            for (const DeskStory &story : std::as_const(inbox.stories)) {
                QVERIFY(unsafeCharacterIn(story.author.name).isEmpty());
                QVERIFY(unsafeCharacterIn(story.headline).isEmpty());
                QVERIFY2(!story.author.name.contains(u'<'), qPrintable(story.author.name));
            }
            QCOMPARE(inbox.stories.first().author.name, u"김기자"_s);
        }
    }

    void aHostileLockHolderIsCleaned()
    {
        ScriptedSite site([](const QByteArray &, const QByteArray &target) {
            if (target.startsWith("/wp-json/byline/v1/info"))
                return ScriptedSite::answer(200, "{\"version\":\"2.0.0\",\"features\":[]}");
            return ScriptedSite::answer(409,
                "{\"code\":\"byline_locked\",\"message\":\"\\u001b[31mlocked\",\"data\":{\"lock\":{\"user\":{\"id\":9,"
                "\"name\":\"<script>x</script>김데스크\\u001b[2J\"},\"since\":\"2026-12-01T10:02:00Z\"}}}");
        });
        const quint16 port = site.begin();
        QVERIFY(port);
        const auto desk = scripted(port);
        DeskLock lock;
        std::optional<DeskLock> heldBy;
        const TargetOutcome outcome = desk->lock(5, false, &lock, &heldBy, {});
        QCOMPARE(outcome.kind, TargetOutcome::Hold);
        QVERIFY(heldBy);
        QCOMPARE(heldBy->user.name, u"x김데스크"_s);
        QVERIFY(outcome.message.contains(u"x김데스크"_s));
        QVERIFY(unsafeCharacterIn(outcome.message).isEmpty());
    }
};

QTEST_MAIN(tst_DeskClient)
#include "tst_deskclient.moc"
