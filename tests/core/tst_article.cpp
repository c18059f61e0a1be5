#include "article/article.h"
#include "article/samplearticle.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_Article : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createGivesIdentityAndTimes()
    {
        const Article a = Article::create();
        const Article b = Article::create();
        QVERIFY(!a.uuid.isNull());
        QVERIFY(a.uuid != b.uuid);
        QVERIFY(a.created.isValid());
        QCOMPARE(a.created.timeSpec(), Qt::UTC);
    }

    void jsonRoundTripKeepsEveryField()
    {
        Article article = Article::create();
        article.headline = u"춘천 공지천에 수달 돌아왔다"_s;
        article.deck = u"하천 정비 5년째"_s;
        article.byline.outlet = u"한빛일보"_s;
        article.byline.reporters = {{u"김민지"_s, u"minji@example.com"_s}, {u"박서준"_s, QString()}};
        article.section = u"사회"_s;
        article.tags = {u"춘천"_s, u"수달"_s};
        article.slug = u"otters"_s;
        article.summary = u"요약"_s;
        article.dateline = u"춘천"_s;
        article.body = u"<p>본문</p>"_s;
        article.leadPhotoId = u"p1"_s;
        article.embargo = QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::UTC);
        article.status = ArticleStatus::Submitted;
        article.revision = 7;

        QString error;
        const Article back = Article::fromJson(article.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back, article);
    }

    void fromJson_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nominal: version 1")
            << QJsonObject {{u"format"_s, u"byline-article"_s}, {u"version"_s, 1}} << true;
        QTest::newRow("robustness: other format")
            << QJsonObject {{u"format"_s, u"other"_s}, {u"version"_s, 1}} << false;
        QTest::newRow("robustness: no version") << QJsonObject {{u"format"_s, u"byline-article"_s}} << false;
        QTest::newRow("robustness: newer version")
            << QJsonObject {{u"format"_s, u"byline-article"_s}, {u"version"_s, Article::FormatVersion + 1}} << false;
    }

    void fromJson()
    {
        QFETCH(QJsonObject, json);
        QFETCH(bool, accepted);
        QString error;
        const Article article = Article::fromJson(json, &error);
        QCOMPARE(error.isEmpty(), accepted);
        if (accepted)
            QVERIFY2(!article.uuid.isNull(), "an article without a UUID gets one");
    }

    void embargo_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime nineKst(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::UTC);
        QTest::newRow("nominal: older file without one") << QJsonValue(QJsonValue::Undefined) << true << QDateTime();
        QTest::newRow("nominal: empty is none") << QJsonValue(u""_s) << true << QDateTime();
        QTest::newRow("nominal: UTC") << QJsonValue(u"2026-12-01T00:00:00Z"_s) << true << nineKst;
        QTest::newRow("nominal: an offset is kept as the same instant")
            << QJsonValue(u"2026-12-01T09:00:00+09:00"_s) << true << nineKst;
        QTest::newRow("nominal: milliseconds are dropped")
            << QJsonValue(u"2026-12-01T00:00:00.750Z"_s) << true << nineKst;
        QTest::newRow("robustness: no zone is refused, not guessed")
            << QJsonValue(u"2026-12-01T09:00:00"_s) << false << QDateTime();
        QTest::newRow("robustness: not a time") << QJsonValue(u"tomorrow"_s) << false << QDateTime();
        QTest::newRow("robustness: a number") << QJsonValue(1764547200) << false << QDateTime();
    }

    void embargo()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        QFETCH(QDateTime, expected);
        QJsonObject json {{u"format"_s, u"byline-article"_s}, {u"version"_s, 1}};
        if (!value.isUndefined())
            json.insert(u"embargo"_s, value);
        QString error;
        const Article article = Article::fromJson(json, &error);
        QCOMPARE(error.isEmpty(), accepted);
        if (!accepted) {
            QVERIFY2(error.contains(u"embargo"_s), qPrintable(error));
            return;
        }
        QCOMPARE(article.embargo, expected);
        QCOMPARE(article.toJson().value(u"embargo"_s).toString(),
            expected.isValid() ? u"2026-12-01T00:00:00Z"_s : QString());
    }

    void newerFormatSaysWhatToDo()
    {
        QString error;
        Article::fromJson(QJsonObject {{u"format"_s, u"byline-article"_s}, {u"version"_s, 99}}, &error);
        QVERIFY2(error.contains(u"99"_s) && error.contains(u"Update"_s), qPrintable(error));
    }

    void statusKeysRoundTrip()
    {
        for (ArticleStatus status :
            {ArticleStatus::Draft, ArticleStatus::Submitted, ArticleStatus::Approved, ArticleStatus::Published}) {
            bool ok = false;
            QCOMPARE(articleStatusFromKey(articleStatusKey(status), &ok), status);
            QVERIFY(ok);
        }
        bool ok = true;
        QCOMPARE(articleStatusFromKey(u"nonsense"_s, &ok), ArticleStatus::Draft);
        QVERIFY(!ok);
    }

    void bylineOpeningFollowsKoreanStyle()
    {
        ArticleByline byline;
        byline.outlet = u"한빛일보"_s;
        byline.reporters = {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
        QCOMPARE(byline.reporterNames(), u"김민지·박서준"_s);
        QVERIFY(byline.bodyOpening().startsWith(u"[한빛일보] 김민지·박서준"_s));
        QVERIFY(byline.bodyOpening().endsWith(u" ="_s));
    }

    void sampleArticleIsKoreanAndComplete()
    {
        const Article sample = sampleArticle();
        QVERIFY(sample.headline.contains(u"수달"_s));
        QVERIFY(!sample.deck.isEmpty());
        QCOMPARE(sample.byline.outlet, u"한빛일보"_s);
        QVERIFY(sample.body.startsWith(u"<p>[한빛일보] 김민지 기자 ="_s));
        QVERIFY(sample.body.count(u"<p>"_s) >= 4);
        QVERIFY(sample.uuid != sampleArticle().uuid);
    }
};

QTEST_GUILESS_MAIN(tst_Article)
#include "tst_article.moc"
