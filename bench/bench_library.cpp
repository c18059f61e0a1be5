// The library at newsroom scale: 10,000 Korean articles of about 600 words,
// built once per run in a temporary folder (one transaction), then listing,
// searching, autosaving a long article and the integrity check at open.
#include "benchutil.h"

#include "library/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

const QStringList nouns {u"산업협력위원회"_s, u"공지천"_s, u"수달"_s, u"춘천시"_s, u"강원도"_s, u"시민단체"_s,
    u"환경부"_s, u"예산안"_s, u"국회"_s, u"교육청"_s, u"고등학교"_s, u"학생"_s, u"지역경제"_s, u"소상공인"_s,
    u"관광객"_s, u"올림픽"_s, u"경기장"_s, u"철도"_s, u"고속도로"_s, u"물가"_s, u"금리"_s, u"한국은행"_s, u"부동산"_s,
    u"아파트"_s, u"전세"_s, u"청년"_s, u"일자리"_s, u"기업"_s, u"반도체"_s, u"수출"_s, u"농민"_s, u"감자"_s,
    u"옥수수"_s, u"산불"_s, u"소방당국"_s, u"경찰"_s, u"법원"_s, u"재판부"_s, u"의료진"_s, u"병원"_s, u"보건소"_s,
    u"독감"_s, u"백신"_s, u"축제"_s, u"공연"_s, u"미술관"_s, u"도서관"_s, u"대학교"_s, u"연구진"_s, u"위원장"_s,
    u"시장"_s, u"도지사"_s, u"의원"_s, u"주민"_s, u"마을"_s, u"하천"_s, u"생태계"_s, u"조사"_s, u"발표"_s, u"계획"_s,
    u"사업"_s, u"지원금"_s, u"협약"_s, u"회의"_s, u"결과"_s, u"문제"_s};
const QStringList particles {u"이"_s, u"가"_s, u"은"_s, u"는"_s, u"을"_s, u"를"_s, u"의"_s, u"에"_s, u"에서"_s, u"와"_s,
    u"과"_s, u"도"_s, u"으로"_s, u"까지"_s, u""_s};
const QStringList verbs {u"밝혔다"_s, u"발표했다"_s, u"확인됐다"_s, u"열렸다"_s, u"늘었다"_s, u"줄었다"_s,
    u"결정했다"_s, u"지적했다"_s, u"설명했다"_s, u"추진한다"_s, u"나섰다"_s, u"돌아왔다"_s};
const QStringList adverbs {u"올해"_s, u"지난달"_s, u"처음으로"_s, u"크게"_s, u"다시"_s, u"함께"_s, u"최근"_s,
    u"10년 만에"_s, u"본격적으로"_s, u"23일"_s};

QString pick(const QStringList &list, QRandomGenerator &random)
{
    return list.at(random.bounded(int(list.size())));
}

QString sentence(QRandomGenerator &random, int *words)
{
    QStringList parts;
    const int count = 5 + random.bounded(8);
    for (int i = 0; i < count - 1; ++i) {
        if (random.bounded(5) == 0)
            parts << pick(adverbs, random);
        else
            parts << pick(nouns, random) + pick(particles, random);
    }
    parts << pick(verbs, random);
    *words += int(parts.size());
    return parts.join(u' ') + u'.';
}

Article makeArticle(QRandomGenerator &random, int targetWords)
{
    Article article = Article::create();
    int ignored = 0;
    article.headline = pick(nouns, random) + u' ' + pick(nouns, random) + pick(particles, random) + u' '
        + pick(verbs, random).chopped(1) + u"… "_s + pick(adverbs, random);
    article.deck = sentence(random, &ignored);
    article.summary = sentence(random, &ignored);
    article.tags = {pick(nouns, random), pick(nouns, random)};
    article.section = pick({u"사회"_s, u"경제"_s, u"정치"_s, u"문화"_s}, random);
    article.byline = {u"한빛일보"_s, {{u"김민지"_s, {}}}};
    article.created = QDateTime::currentDateTimeUtc().addSecs(-random.bounded(86400 * 365));
    article.modified = article.created.addSecs(random.bounded(86400));
    QString body;
    int words = 0;
    while (words < targetWords) {
        QString paragraph;
        for (int i = 0; i < 3; ++i)
            paragraph += sentence(random, &words) + u' ';
        body += u"<p>"_s + paragraph.trimmed() + u"</p>\n"_s;
    }
    article.body = body;
    return article;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library"_s);
    QRandomGenerator random(20260101);

    {
        Library library;
        if (!library.open(path))
            return 1;
        QList<Article> articles;
        articles.reserve(10000);
        for (int i = 0; i < 10000; ++i)
            articles << makeArticle(random, 550 + random.bounded(100));
        QElapsedTimer timer;
        timer.start();
        if (!library.articleStore().insertArticles(articles)) {
            QTextStream(stderr) << library.errorString() << Qt::endl;
            return 1;
        }
        QTextStream(stderr) << "built 10,000 articles in " << int(msSince(timer)) << " ms, "
                            << QFileInfo(path + u'/' + Library::databaseFileName()).size() / (1024 * 1024) << " MB"
                            << Qt::endl;
    }

    // Open (with its integrity check) and list everything, as the window does.
    QList<double> listing;
    QList<double> opening;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        Library library;
        library.open(path);
        opening << msSince(timer);
        const qsizetype count = library.articleStore().articles().size();
        listing << msSince(timer);
        if (count != 10000)
            return 1;
    }
    Bench::report(u"library.list_10000"_s, Bench::percentile(listing, 50), u"ms"_s, u"<=200"_s);
    Bench::report(u"library.open_check_10000"_s, Bench::percentile(opening, 50), u"ms"_s, u"<=100"_s);

    // What a full quick_check at every open would cost (why open() does not).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"quick-check"_s);
        db.setDatabaseName(path + u'/' + Library::databaseFileName());
        db.open();
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query(db);
        query.exec(u"PRAGMA quick_check"_s);
        while (query.next()) { }
        Bench::report(u"library.full_quick_check_10000"_s, msSince(timer), u"ms"_s, u"info"_s);
    }
    QSqlDatabase::removeDatabase(u"quick-check"_s);

    Library library;
    library.open(path);
    const QStringList queries {u"산업협력"_s, u"공지천에"_s, u"생태계의"_s, u"소상공인"_s, u"한국은행"_s, u"반도체"_s,
        u"올림픽 경기장"_s, u"10년 만에"_s, u"도서관에서"_s, u"위원장은"_s, u"지원금을"_s, u"고속도로"_s, u"의료진이"_s,
        u"미술관"_s, u"돌아왔다"_s, u"결정했다"_s, u"부동산 금리"_s, u"옥수수"_s, u"없는낱말"_s, u"교육청과"_s,
        u"수달"_s, u"감자"_s, u"산불"_s, u"물가"_s};
    QList<double> searching;
    QList<double> shortSearching;
    for (int round = 0; round < 2; ++round) {
        for (const QString &text : queries) {
            ArticleQuery query;
            query.search = text;
            QElapsedTimer timer;
            timer.start();
            const qsizetype found = library.articleStore().articles(query).size();
            Q_UNUSED(found);
            if (round == 0)
                continue; // warm the cache
            searching << msSince(timer);
            if (text.size() < 3)
                shortSearching << msSince(timer);
        }
    }
    Bench::report(u"library.search_10000"_s, Bench::percentile(searching, 95), u"ms"_s, u"<=50"_s);
    Bench::report(u"library.search_short_10000"_s, Bench::percentile(shortSearching, 95), u"ms"_s, u"info"_s);

    Article longArticle = makeArticle(random, 5000);
    if (!library.articleStore().insertArticle(longArticle))
        return 1;
    QList<double> saving;
    for (int i = 0; i < 20; ++i) {
        longArticle.body += u"<p>추가 문단 %1.</p>\n"_s.arg(i);
        longArticle.modified = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        if (!library.articleStore().saveArticle(longArticle))
            return 1;
        saving << msSince(timer);
    }
    Bench::report(u"library.save_article"_s, Bench::percentile(saving, 95), u"ms"_s, u"<=50"_s);
    return 0;
}
