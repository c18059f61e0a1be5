#include "clirun.h"
#include "commands.h"
#include "dispatcher.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

// `byline photos add|list|set`, run in-process through the dispatcher on a
// library in a temporary folder.
class tst_ClPhotos : public QObject
{
    Q_OBJECT

    using Run = CliTest::Run;

    QTemporaryDir m_dir;

    Run run(const QStringList &arguments) { return CliTest::run(arguments, m_dir.filePath(u"library"_s)); }

    QString newArticle()
    {
        const Run result = run({u"new"_s, u"--headline"_s, u"사진 기사"_s});
        return result.code == Cli::Success ? result.out.trimmed() : QString();
    }

    QString writeJpeg(const QString &name, int seed)
    {
        QImage image(240, 160, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(seed * 41 % 360, 180, 220));
        image.setPixel(seed % 240, 0, 0xff000000);
        const QString path = m_dir.filePath(name);
        return QImageWriter(path, "jpeg").write(image) ? path : QString();
    }

    QJsonArray listJson(const QString &article)
    {
        const Run result = run({u"photos"_s, u"list"_s, article, u"--json"_s});
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void addListAndSet()
    {
        const QString article = newArticle();
        QVERIFY(!article.isEmpty());
        const QString first = writeJpeg(u"first.jpg"_s, 1);
        const QString second = writeJpeg(u"second.jpg"_s, 2);
        const QString notAPhoto = m_dir.filePath(u"notes.jpg"_s);
        {
            QFile file(notAPhoto);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a picture");
        }

        // One bad file: exit 1, the others are still added.
        const Run added = run({u"photos"_s, u"add"_s, article, first, notAPhoto, second, first});
        QCOMPARE(added.code, int(Cli::Failure));
        const QStringList lines = added.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(u"imported "_s) && lines.at(0).endsWith(QDir::toNativeSeparators(first)),
            qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"error "_s + QDir::toNativeSeparators(notAPhoto) + u": "_s),
            qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).startsWith(u"imported "_s));
        const QString firstId = lines.at(0).split(u' ').at(1);
        QCOMPARE(lines.at(3), u"duplicate "_s + firstId + u' ' + QDir::toNativeSeparators(first));

        QJsonArray photos = listJson(article);
        QCOMPARE(photos.size(), 2);
        QJsonObject lead = photos.at(0).toObject();
        QCOMPARE(lead.value(u"id"_s).toString(), firstId);
        QCOMPARE(lead.value(u"fileName"_s).toString(), u"first.jpg"_s);
        QCOMPARE(lead.value(u"width"_s).toInt(), 240);
        QCOMPARE(lead.value(u"height"_s).toInt(), 160);
        QCOMPARE(lead.value(u"byteSize"_s).toInteger(), QFileInfo(first).size());
        QVERIFY(lead.value(u"lead"_s).toBool());
        QVERIFY(!photos.at(1).toObject().value(u"lead"_s).toBool());
        QVERIFY(lead.value(u"crop"_s).isObject());

        const QString secondId = photos.at(1).toObject().value(u"id"_s).toString();
        const Run set = run({u"photos"_s, u"set"_s, article, secondId, u"--caption"_s, u"공지천의 수달"_s,
            u"--credit"_s, u"김민지 기자"_s, u"--alt"_s, u"물 위로 머리를 내민 수달"_s, u"--lead"_s});
        QCOMPARE(set.code, int(Cli::Success));
        photos = listJson(article);
        const QJsonObject edited = photos.at(1).toObject();
        QCOMPARE(edited.value(u"caption"_s).toString(), u"공지천의 수달"_s);
        QCOMPARE(edited.value(u"credit"_s).toString(), u"김민지 기자"_s);
        QCOMPARE(edited.value(u"altText"_s).toString(), u"물 위로 머리를 내민 수달"_s);
        QVERIFY(edited.value(u"lead"_s).toBool());
        QVERIFY(!photos.at(0).toObject().value(u"lead"_s).toBool());
        QCOMPARE(run({u"show"_s, article, u"--json"_s}).out.contains(secondId), true);

        const Run table = run({u"photos"_s, u"list"_s, article});
        QCOMPARE(table.code, int(Cli::Success));
        QVERIFY(table.out.contains(u"공지천의 수달"_s));
        QVERIFY(table.out.contains(u"needs credit"_s)); // the first still has none
    }

    // A file that is not there was never there: it was not "moved or
    // deleted during the import". The other files still come in.
    void addSaysThereIsNoSuchFile()
    {
        const QString article = newArticle();
        const QString missing = m_dir.filePath(u"no/such.jpg"_s);
        const QString good = writeJpeg(u"beside-missing.jpg"_s, 9);
        const Run result = run({u"photos"_s, u"add"_s, article, missing, good});
        QCOMPARE(result.code, int(Cli::Failure));
        QVERIFY2(
            result.out.contains(u"error "_s + QDir::toNativeSeparators(missing) + u": "_s), qPrintable(result.out));
        QVERIFY2(result.out.contains(u"there is no such file"_s), qPrintable(result.out));
        QVERIFY2(!result.out.contains(u"moved or deleted"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"imported "_s));
        QCOMPARE(listJson(article).size(), 1);
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("robustness: no action") << QStringList {} << int(Cli::UsageError) << u"add, list or set"_s;
        QTest::newRow("robustness: unknown action")
            << QStringList {u"delete"_s, u"1"_s} << int(Cli::UsageError) << u"add, list or set"_s;
        QTest::newRow("robustness: no article id")
            << QStringList {u"list"_s, u"abc"_s} << int(Cli::UsageError) << u"article id"_s;
        QTest::newRow("robustness: add without files")
            << QStringList {u"add"_s, u"ARTICLE"_s} << int(Cli::UsageError) << u"photo files"_s;
        QTest::newRow("robustness: set without a change")
            << QStringList {u"set"_s, u"ARTICLE"_s, u"x"_s} << int(Cli::UsageError) << u"--caption"_s;
        QTest::newRow("robustness: caption with list")
            << QStringList {u"list"_s, u"ARTICLE"_s, u"--caption"_s, u"x"_s} << int(Cli::UsageError) << u"set"_s;
        QTest::newRow("robustness: unknown photo") << QStringList {u"set"_s, u"ARTICLE"_s, u"no-such-photo"_s,
            u"--lead"_s} << int(Cli::Failure) << u"no-such-photo"_s;
        QTest::newRow("robustness: unknown article")
            << QStringList {u"list"_s, u"99999"_s} << int(Cli::Failure) << u"99999"_s;
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        arguments.replaceInStrings(u"ARTICLE"_s, newArticle());
        const Run result = run(QStringList {u"photos"_s} + arguments);
        QCOMPARE(result.code, code);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    }

    void helpListsTheActions()
    {
        const Run result = run({u"photos"_s, u"--help"_s});
        QCOMPARE(result.code, int(Cli::Success));
        for (const QString &word : {u"add ID FILE"_s, u"list ID"_s, u"set ID PHOTO"_s, u"--lead"_s})
            QVERIFY2(result.out.contains(word), qPrintable(word));
    }
};

QTEST_GUILESS_MAIN(tst_ClPhotos)
#include "tst_clphotos.moc"
