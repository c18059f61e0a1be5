#include "desk/deskanswers.h"
#include "desk/deskclient.h"
#include "publish/wordpresstarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Byline;

// The connector's answers read with limits (docs/desk-protocol.md): hostile
// or broken rows are skipped or cleaned, the rest kept, nothing crashes.
class tst_DeskStory : public QObject
{
    Q_OBJECT

    static QJsonObject row(qint64 post, const QString &status = u"pending"_s)
    {
        return QJsonObject {{u"post"_s, post}, {u"uuid"_s, u"7f1c2a3b-0000-4000-8000-00000000000a"_s},
            {u"headline"_s, u"춘천 수달 %1"_s.arg(post)}, {u"status"_s, status},
            {u"author"_s, QJsonObject {{u"id"_s, 3}, {u"name"_s, u"김기자"_s}}},
            {u"modified"_s, u"2026-12-01T09:00:00Z"_s}, {u"section"_s, u"사회"_s}, {u"lock"_s, QJsonValue::Null},
            {u"scheduled"_s, QJsonValue::Null}, {u"embargo"_s, QJsonValue::Null}, {u"notes"_s, 0},
            {u"lastNote"_s, QJsonValue::Null}, {u"returned"_s, false}};
    }

    static QJsonObject inboxOf(const QJsonArray &stories)
    {
        return QJsonObject {{u"token"_s, u"t1"_s}, {u"changed"_s, true}, {u"now"_s, u"2026-12-01T09:00:00Z"_s},
            {u"stories"_s, stories}};
    }

private Q_SLOTS:
    void stateFollowsStatusLockAndReturn_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("locked");
        QTest::addColumn<bool>("returned");
        QTest::addColumn<int>("state");
        QTest::newRow("filed") << u"pending"_s << false << false << int(DeskState::Filed);
        QTest::newRow("editing") << u"pending"_s << true << false << int(DeskState::Editing);
        QTest::newRow("returned") << u"draft"_s << false << true << int(DeskState::Returned);
        QTest::newRow("draft") << u"draft"_s << false << false << int(DeskState::Draft);
        QTest::newRow("scheduled") << u"future"_s << true << false << int(DeskState::Scheduled);
        QTest::newRow("published") << u"publish"_s << false << false << int(DeskState::Published);
    }
    void stateFollowsStatusLockAndReturn()
    {
        QFETCH(QString, status);
        QFETCH(bool, locked);
        QFETCH(bool, returned);
        QFETCH(int, state);
        DeskStory story;
        story.status = status;
        story.returned = returned;
        if (locked)
            story.lock = DeskLock {DeskUser {4, u"김데스크"_s}, {}, {}};
        QCOMPARE(int(story.state()), state);
    }

    void inboxReadsEveryField()
    {
        QJsonObject first = row(12);
        first.insert(u"lock"_s,
            QJsonObject {{u"user"_s, QJsonObject {{u"id"_s, 4}, {u"name"_s, u"김데스크"_s}}},
                {u"since"_s, u"2026-12-01T10:02:00Z"_s}, {u"expires"_s, u"2026-12-01T10:04:30Z"_s}});
        first.insert(u"notes"_s, 2);
        first.insert(u"embargo"_s, u"2026-12-02T00:00:00+09:00"_s);
        first.insert(u"lastNote"_s,
            QJsonObject {{u"id"_s, 77}, {u"author"_s, QJsonObject {{u"id"_s, 4}, {u"name"_s, u"김데스크"_s}}},
                {u"time"_s, u"2026-12-01T10:05:00Z"_s}, {u"kind"_s, u"return"_s},
                {u"text"_s, u"리드를 고쳐 주세요."_s}});
        DeskInbox inbox;
        bool changed = false;
        QString problem;
        QVERIFY(DeskAnswers::inbox(inboxOf({first, row(13, u"future"_s)}), &inbox, &changed, &problem));
        QVERIFY(changed);
        QCOMPARE(inbox.token, u"t1"_s);
        QCOMPARE(inbox.stories.size(), 2);
        QCOMPARE(inbox.skipped, 0);
        const DeskStory &story = inbox.stories.first();
        QCOMPARE(story.post, 12);
        QCOMPARE(story.uuid, QUuid(u"7f1c2a3b-0000-4000-8000-00000000000a"_s));
        QCOMPARE(story.headline, u"춘천 수달 12"_s);
        QCOMPARE(story.author, (DeskUser {3, u"김기자"_s}));
        QCOMPARE(story.modified, QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC));
        QCOMPARE(story.section, u"사회"_s);
        QVERIFY(story.lock);
        QCOMPARE(story.lock->user.name, u"김데스크"_s);
        QCOMPARE(story.lock->since, QDateTime(QDate(2026, 12, 1), QTime(10, 2), QTimeZone::UTC));
        QCOMPARE(story.embargo, QDateTime(QDate(2026, 12, 1), QTime(15, 0), QTimeZone::UTC));
        QCOMPARE(story.notes, 2);
        QVERIFY(story.lastNote);
        QCOMPARE(story.lastNote->kind, DeskNoteKind::Return);
        QCOMPARE(story.lastNote->text, u"리드를 고쳐 주세요."_s);
        QCOMPARE(story.state(), DeskState::Editing);
        QCOMPARE(inbox.stories.at(1).state(), DeskState::Scheduled);
    }

    void inboxUnchangedLeavesTheListAlone()
    {
        DeskInbox inbox;
        inbox.token = u"old"_s;
        bool changed = true;
        QString problem;
        QVERIFY(
            DeskAnswers::inbox(QJsonObject {{u"token"_s, u"t2"_s}, {u"changed"_s, false}}, &inbox, &changed, &problem));
        QVERIFY(!changed);
        QCOMPARE(inbox.token, u"old"_s);
    }

    void inboxWithoutTokenOrListIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no token") << QByteArray(R"({"changed":true,"stories":[]})");
        QTest::newRow("token a number") << QByteArray(R"({"token":5,"changed":true,"stories":[]})");
        QTest::newRow("stories an object") << QByteArray(R"({"token":"t","changed":true,"stories":{}})");
        QTest::newRow("no stories") << QByteArray(R"({"token":"t","changed":true})");
        QTest::newRow("huge token") << ("{\"token\":\"" + QByteArray(5000, 'x') + "\",\"changed\":false}");
    }
    void inboxWithoutTokenOrListIsRefused()
    {
        QFETCH(QByteArray, json);
        DeskInbox inbox;
        bool changed = false;
        QString problem;
        QVERIFY(!DeskAnswers::inbox(QJsonDocument::fromJson(json).object(), &inbox, &changed, &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(inbox.stories.isEmpty());
    }

    void badRowsAreSkippedTheRestKept()
    {
        QJsonObject stringPost = row(1);
        stringPost.insert(u"post"_s, u"12"_s);
        QJsonObject fraction = row(2);
        fraction.insert(u"post"_s, 2.5);
        QJsonObject negative = row(3);
        negative.insert(u"post"_s, -3);
        QJsonObject strangeStatus = row(4, u"trash"_s);
        QJsonObject wrongTypes = row(5);
        wrongTypes.insert(u"headline"_s, 42);
        wrongTypes.insert(u"author"_s, u"nobody"_s);
        wrongTypes.insert(u"lock"_s, QJsonArray {1, 2});
        wrongTypes.insert(u"notes"_s, 1e300);
        wrongTypes.insert(u"modified"_s, u"yesterday"_s);
        wrongTypes.insert(u"uuid"_s, u"../../etc/passwd"_s);
        DeskInbox inbox;
        bool changed = false;
        QString problem;
        QVERIFY(
            DeskAnswers::inbox(inboxOf({stringPost, fraction, negative, strangeStatus, u"text"_s, wrongTypes, row(6)}),
                &inbox, &changed, &problem));
        QCOMPARE(inbox.skipped, 5);
        QCOMPARE(inbox.stories.size(), 2);
        const DeskStory &odd = inbox.stories.first();
        QCOMPARE(odd.post, 5);
        QCOMPARE(odd.headline, QString());
        QCOMPARE(odd.author, DeskUser());
        QVERIFY(!odd.lock);
        QCOMPARE(odd.notes, 0);
        QVERIFY(!odd.modified.isValid());
        QVERIFY(odd.uuid.isNull());
        QCOMPARE(inbox.stories.at(1).post, 6);
    }

    void oversizedInboxStopsAtTheLimit()
    {
        QJsonArray rows;
        for (int i = 1; i <= DeskAnswers::MaxStories + 500; ++i)
            rows.append(row(i));
        DeskInbox inbox;
        bool changed = false;
        QString problem;
        QVERIFY(DeskAnswers::inbox(inboxOf(rows), &inbox, &changed, &problem));
        QCOMPARE(inbox.stories.size(), DeskAnswers::MaxStories);
        QCOMPARE(inbox.skipped, 500);
        QCOMPARE(inbox.stories.last().post, DeskAnswers::MaxStories);
    }

    void namesAndNotesAreMadeSafe()
    {
        QJsonObject hostile = row(9);
        hostile.insert(u"author"_s,
            QJsonObject {{u"id"_s, 3},
                {u"name"_s,
                    QString(u"<img src=x onerror=alert(1)>김\u001b[31m기자\u202e<b>"_s + QString(5000, u'가'))}});
        hostile.insert(u"section"_s, u"<script>사회</script>"_s);
        hostile.insert(u"headline"_s, u"수달\u001b]0;pwned\u0007 돌아왔다\n\n"_s);
        hostile.insert(u"lastNote"_s,
            QJsonObject {{u"id"_s, 1}, {u"kind"_s, u"comment"_s},
                {u"text"_s, QString(u"첫 줄\u001b[2J\n둘째 줄\u202e\n"_s + QString(50000, u'x'))}});
        DeskInbox inbox;
        bool changed = false;
        QString problem;
        QVERIFY(DeskAnswers::inbox(inboxOf({hostile}), &inbox, &changed, &problem));
        const DeskStory &story = inbox.stories.first();
        QVERIFY(story.author.name.startsWith(u"김기자가"_s));
        QVERIFY(story.author.name.size() <= DeskAnswers::MaxNameChars);
        QVERIFY(!story.author.name.contains(u'<'));
        QCOMPARE(story.section, u"사회"_s);
        QCOMPARE(story.headline, u"수달 돌아왔다"_s);
        QVERIFY(story.lastNote);
        QVERIFY(story.lastNote->text.startsWith(u"첫 줄\n둘째 줄\nxxx"_s));
        QVERIFY(story.lastNote->text.size() <= DeskAnswers::MaxNoteChars + 2);
        QVERIFY(!story.lastNote->text.contains(QChar(0x1b)));
        QVERIFY(!story.lastNote->text.contains(QChar(0x202e)));
    }

    void timesNeedTheirZone()
    {
        QVERIFY(!DeskAnswers::time(u"2026-12-01T09:00:00"_s).isValid());
        QVERIFY(!DeskAnswers::time(42).isValid());
        QCOMPARE(DeskAnswers::time(u"2026-12-01T18:00:00+09:00"_s),
            QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC));
    }

    void storyStructureComesBackExactly()
    {
        Article article = Article::create();
        article.headline = u"춘천 공지천에 수달 돌아왔다"_s;
        article.deck = u"하천 정비 5년째"_s;
        article.byline.outlet = u"한빛일보"_s;
        article.byline.reporters = {{u"김민지"_s, u"minji@example.kr"_s}, {u"박서준"_s, u"seojun@example.kr"_s}};
        article.dateline = u"춘천"_s;
        article.section = u"사회"_s;
        article.tags = {u"수달"_s, u"공지천"_s};
        article.summary = u"수달 가족이 돌아왔다."_s;
        article.embargo = QDateTime(QDate(2026, 12, 2), QTime(0, 0), QTimeZone::UTC);
        article.body = u"<p>수달 가족이 돌아왔다.</p>\n"_s; // canonical, as the editor writes it
        article.leadPhotoId = u"p2"_s;
        Photo first;
        first.id = u"p1"_s;
        first.position = 1;
        first.caption = u"첫 사진"_s;
        first.credit = u"김민지 기자"_s;
        first.altText = u"수달"_s;
        first.crop.rect = QRectF(0.1, 0.2, 0.5, 0.25);
        first.crop.rotation = 90;
        first.crop.aspect = u"16:9"_s;
        Photo second;
        second.id = u"p2"_s;
        second.position = 0;
        second.caption = u"둘째"_s;
        second.lead = true;
        const QJsonObject structure = WordPressTarget::storyStructure(
            article, {first, second}, {{u"p1"_s, RemoteMedia {31, {}}}, {u"p2"_s, RemoteMedia {32, {}}}});
        QCOMPARE(structure.value(u"photos"_s).toArray().size(), 2);
        QCOMPARE(structure.value(u"photos"_s).toArray().first().toObject().value(u"id"_s).toString(), u"p2"_s);

        // The site sends the photos in its own order, with their files.
        const QJsonArray sitePhotos {
            QJsonObject {{u"media"_s, 31}, {u"url"_s, u"http://127.0.0.1/wp-content/uploads/a.jpg"_s},
                {u"mime"_s, u"image/jpeg"_s}, {u"bytes"_s, 1000}, {u"caption"_s, u"site's"_s}},
            QJsonObject {{u"media"_s, 32}, {u"url"_s, u"http://127.0.0.1/wp-content/uploads/b.jpg"_s},
                {u"mime"_s, u"image/jpeg"_s}, {u"bytes"_s, 2000}},
            QJsonObject {{u"media"_s, 33}, {u"url"_s, u"javascript:alert(1)"_s}}};
        QJsonObject answer = row(40);
        answer.insert(u"title"_s, article.headline);
        answer.insert(u"link"_s, u"http://127.0.0.1/?p=40"_s);
        answer.insert(u"content"_s, u"<p>rendered</p>"_s);
        answer.insert(u"story"_s, structure);
        answer.insert(u"photos"_s, sitePhotos);
        DeskFiledStory filed;
        QString problem;
        QVERIFY2(DeskAnswers::filedStory(answer, &filed, &problem), qPrintable(problem));
        QVERIFY(filed.article);
        QCOMPARE(filed.article->toJson(), article.toJson());
        QCOMPARE(*filed.article, article);
        QCOMPARE(filed.link, QUrl(u"http://127.0.0.1/?p=40"_s));
        QCOMPARE(filed.photos.size(), 2);
        QCOMPARE(filed.photos.at(0).photoId, u"p2"_s);
        QVERIFY(filed.photos.at(0).lead);
        QCOMPARE(filed.photos.at(0).bytes, 2000);
        const DeskRemotePhoto &p1 = filed.photos.at(1);
        QCOMPARE(p1.photoId, u"p1"_s);
        QCOMPARE(p1.media, 31);
        QCOMPARE(p1.caption, first.caption);
        QCOMPARE(p1.credit, first.credit);
        QCOMPARE(p1.altText, first.altText);
        QCOMPARE(p1.crop, first.crop);
        QVERIFY(!p1.lead);
        QCOMPARE(p1.url, QUrl(u"http://127.0.0.1/wp-content/uploads/a.jpg"_s));
    }

    void storyWithoutStructureKeepsItsContent()
    {
        QJsonObject answer = row(41, u"draft"_s);
        answer.insert(u"title"_s, u"wp-admin에서 쓴 기사"_s);
        answer.insert(u"content"_s, u"<p>본문</p>"_s);
        answer.insert(u"story"_s, QJsonValue::Null);
        DeskFiledStory filed;
        QString problem;
        QVERIFY(DeskAnswers::filedStory(answer, &filed, &problem));
        QVERIFY(!filed.article);
        QCOMPARE(filed.title, u"wp-admin에서 쓴 기사"_s);
        QCOMPARE(filed.content, u"<p>본문</p>"_s);
    }

    void brokenStructureIsRefused()
    {
        QJsonObject answer = row(42);
        answer.insert(u"story"_s, QJsonObject {{u"format"_s, u"something-else"_s}});
        DeskFiledStory filed;
        QString problem;
        QVERIFY(!DeskAnswers::filedStory(answer, &filed, &problem));
        QVERIFY(!problem.isEmpty());
        answer.insert(u"post"_s, u"42"_s);
        QVERIFY(!DeskAnswers::filedStory(answer, &filed, &problem));
    }

    void actionResultIsChecked()
    {
        DeskActionResult result;
        QString problem;
        QVERIFY(DeskAnswers::actionResult(
            QJsonObject {{u"post"_s, 5}, {u"status"_s, u"draft"_s}, {u"modified"_s, u"2026-12-01T09:00:00Z"_s},
                {u"repeated"_s, true}, {u"note"_s, QJsonObject {{u"id"_s, 8}, {u"kind"_s, u"return"_s}}}},
            &result, &problem));
        QCOMPARE(result.post, 5);
        QCOMPARE(result.status, u"draft"_s);
        QVERIFY(result.repeated);
        QVERIFY(result.note);
        QCOMPARE(result.note->kind, DeskNoteKind::Return);
        QVERIFY(!DeskAnswers::actionResult(QJsonObject {{u"post"_s, 5}, {u"status"_s, u"gone"_s}}, &result, &problem));
        QVERIFY(!problem.isEmpty());
    }

    void supportSaysWhatIsMissing()
    {
        const QJsonArray all {
            u"uuid_meta"_s, u"story"_s, u"locks"_s, u"notes"_s, u"inbox"_s, u"desk_actions"_s, u"embargo"_s};
        const DeskSupport full = DeskAnswers::support(QJsonObject {{u"version"_s, u"2.0.0"_s}, {u"features"_s, all}});
        QVERIFY(full.isComplete());
        QVERIFY(full.missing().isEmpty());
        const DeskSupport old = DeskAnswers::support(QJsonObject {{u"version"_s, u"1.0.0"_s}, {u"features"_s, all}});
        QVERIFY(!old.isComplete());
        QVERIFY(old.missing().contains(u"1.0.0"_s));
        QVERIFY(old.missing().contains(u"2.0"_s));
        QVERIFY(old.missing().contains(u"mu-plugins"_s));
        QVERIFY(!DeskSupport().missing().isEmpty());
        QJsonArray some = all;
        some.removeAt(2);
        const DeskSupport partial =
            DeskAnswers::support(QJsonObject {{u"version"_s, u"2.1.0"_s}, {u"features"_s, some}});
        QVERIFY(partial.missing().contains(u"locks"_s));
    }
};

QTEST_GUILESS_MAIN(tst_DeskStory)
#include "tst_deskstory.moc"
