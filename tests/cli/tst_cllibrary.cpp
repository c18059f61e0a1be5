#include "../core/librarypages.h"
#include "clirun.h"
#include "commands.h"
#include "library/library.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

// A closed library of `count` stories with bodies of about `bodyCharacters`.
QStringList makeLibrary(const QString &directory, int count, int bodyCharacters)
{
    QStringList headlines;
    Library library;
    if (!library.open(directory))
        return headlines;
    QList<Article> articles;
    for (int i = 0; i < count; ++i) {
        Article article = Article::create();
        article.headline = u"수달 기사 %1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        article.body = u"<p>"_s + QString(u"Otters %1 return to the river. "_s.arg(i)).repeated(bodyCharacters / 30 + 1)
            + u"</p>"_s;
        articles << article;
        headlines << article.headline;
    }
    return library.articleStore().insertArticles(articles) ? headlines : QStringList();
}

} // namespace

// What the command line says about a library it had to set aside or could
// not list: on stderr, with a failing exit code when nothing was listed.
class tst_CliLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void damagedLibraryListsWhatCameBack()
    {
        QTemporaryDir dir;
        const QStringList headlines = makeLibrary(dir.path(), 6, 200);
        QCOMPARE(headlines.size(), 6);
        const QString path = dir.filePath(Library::databaseFileName());
        LibraryPages::overwriteWithRandomBytes(path, LibraryPages::rootPage(path, u"articles_modified"_s));

        const CliTest::Run listed = CliTest::run({u"list"_s}, dir.path());
        QCOMPARE(listed.code, int(Cli::Success));
        for (const QString &headline : headlines)
            QVERIFY2(listed.out.contains(headline), qPrintable(listed.out));
        // Where the damaged file is and how many stories came back.
        QStringList kept = QDir(dir.path()).entryList({u"library.sqlite.corrupt-*"_s}, QDir::Files);
        kept.removeIf([](const QString &name) { return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s); });
        QCOMPARE(kept.size(), 1);
        QVERIFY2(listed.err.contains(QDir::toNativeSeparators(dir.filePath(kept.first()))), qPrintable(listed.err));
        QVERIFY2(listed.err.contains(u" 6 "_s), qPrintable(listed.err));
        QVERIFY(!listed.out.contains(u"corrupt"_s));

        // Said once: the next command runs on the new library in silence.
        const CliTest::Run again = CliTest::run({u"list"_s}, dir.path());
        QCOMPARE(again.code, int(Cli::Success));
        QCOMPARE(again.err, QString());
    }

    void listingThatFailsExitsNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("robustness: a table") << QStringList {u"list"_s};
        QTest::newRow("robustness: JSON") << QStringList {u"list"_s, u"--json"_s};
    }

    void listingThatFailsExitsNonZero()
    {
        QFETCH(QStringList, arguments);
        // Over 4 MB, so an open reads only the header and the schema and the
        // damage is met while listing.
        QTemporaryDir dir;
        const QStringList headlines = makeLibrary(dir.path(), 160, 12000);
        QCOMPARE(headlines.size(), 160);
        const QString path = dir.filePath(Library::databaseFileName());
        QVERIFY2(QFileInfo(path).size() > 4 * 1024 * 1024, qPrintable(QString::number(QFileInfo(path).size())));
        const QList<qint64> leaves = LibraryPages::tableLeaves(path, LibraryPages::rootPage(path, u"articles"_s));
        QVERIFY2(leaves.size() >= 3, qPrintable(QString::number(leaves.size())));
        const qint64 leaf = leaves.at(leaves.size() / 2);
        const qsizetype lost = LibraryPages::rowidsOnLeaf(LibraryPages::page(path, leaf)).size();
        QVERIFY(lost > 0);
        LibraryPages::overwriteWithRandomBytes(path, leaf);

        const CliTest::Run failed = CliTest::run(arguments, dir.path());
        QCOMPARE(failed.code, int(Cli::Failure));
        QVERIFY2(failed.err.contains(u"damaged"_s), qPrintable(failed.err));
        QVERIFY2(!failed.err.contains(u"malformed"_s), qPrintable(failed.err));
        QCOMPARE(failed.out, QString()); // not "no articles", not []

        // The next open reads the whole file, sets it aside and lists the rest.
        const CliTest::Run repaired = CliTest::run({u"list"_s}, dir.path());
        QCOMPARE(repaired.code, int(Cli::Success));
        QVERIFY2(repaired.err.contains(QString::number(160 - lost)), qPrintable(repaired.err));
        QCOMPARE(repaired.out.count(u"수달 기사"_s), 160 - lost);
    }
};

QTEST_GUILESS_MAIN(tst_CliLibrary)
#include "tst_cllibrary.moc"
