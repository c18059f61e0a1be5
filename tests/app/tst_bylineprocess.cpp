#include "bylineversion.h"
#include "library/library.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

// The real `byline` executable, run the way a user or a script runs it.
class tst_BylineProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };

    Result byline(const QStringList &arguments, const QString &language = u"en_US.UTF-8"_s, int timeout = 60000)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Never the user's settings or library.
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"LANG"_s, language);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LANGUAGE"_s);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("BYLINE_EXECUTABLE"), arguments);
        if (!process.waitForFinished(timeout)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void version()
    {
        const Result result = byline({u"--version"_s});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out.trimmed(), u"byline "_s + QString::fromLatin1(BYLINE_VERSION_STRING));
    }

    void helpInEnglishAndKorean()
    {
        const Result english = byline({u"--help"_s});
        QCOMPARE(english.code, 0);
        QVERIFY(english.out.contains(u"Commands:"_s));
        QVERIFY(english.out.contains(u"list"_s));

        const Result korean = byline({u"--help"_s}, u"ko_KR.UTF-8"_s);
        QCOMPARE(korean.code, 0);
        QVERIFY2(korean.out.contains(u"명령:"_s), qPrintable(korean.out));
    }

    void listJsonIsValidJson()
    {
        QTemporaryDir dir;
        Article article = Article::create();
        article.headline = u"춘천 공지천에 10년 만에 수달 돌아왔다…시민 모니터링단 첫 확인"_s;
        {
            Library library;
            QVERIFY(library.open(dir.path()));
            QVERIFY(library.articleStore().insertArticle(article));
        }
        const Result result = byline({u"--library"_s, dir.path(), u"list"_s, u"--json"_s});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.array().size(), 1);
        // Hangul passes through byte for byte.
        QCOMPARE(json.array().first().toObject().value(u"headline"_s).toString(), article.headline);
    }

    void unknownCommandExitsWithUsageError()
    {
        const Result result = byline({u"publsh"_s});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(u"publsh"_s));
    }

    void screenshotOfFirstStart()
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs a display (tools/test runs the suite under Xvfb)");
        QTemporaryDir dir;
        const QString png = dir.filePath(u"shot.png"_s);
        const Result result =
            byline({u"--library"_s, dir.filePath(u"lib"_s), u"--screenshot"_s, png}, u"ko_KR.UTF-8"_s, 120000);
        QVERIFY2(result.code == 0, qPrintable(result.err));
        QImage image(png);
        QVERIFY2(!image.isNull(), "the screenshot is a readable PNG");
        QVERIFY(image.width() >= 1000 && image.height() >= 700);
        // A real window, not a blank rectangle: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
        // First start put the sample article into the new library.
        Library library;
        QVERIFY(library.open(dir.filePath(u"lib"_s)));
        QCOMPARE(library.articleStore().articleCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_BylineProcess)
#include "tst_bylineprocess.moc"
