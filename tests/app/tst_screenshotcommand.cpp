#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// "byline screenshot" run as a newsroom script runs it: the real executable,
// an article file, a PNG at the device's width and the page's full height.
class tst_ScreenshotCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int byline(const QStringList &arguments, QString *errors = nullptr)
    {
        QProcess process;
        process.start(qEnvironmentVariable("BYLINE_EXECUTABLE"),
            QStringList {u"--library"_s, m_dir.filePath(u"library"_s)} + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (errors)
            *errors = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    }

private Q_SLOTS:
    void screenshotPerDevice_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("width");
        QTest::newRow("desktop") << u"desktop"_s << 1280;
        QTest::newRow("mobile") << u"mobile"_s << 390;
    }

    void screenshotPerDevice()
    {
        QFETCH(QString, device);
        QFETCH(int, width);
        QString body;
        for (int i = 0; i < 30; ++i)
            body += u"<p>%1번째 문단: 강원특별자치도는 12일 산불 피해 복구 계획을 발표했다.</p>"_s.arg(i + 1);
        QFile file(m_dir.filePath(u"story.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            u"{\"format\": \"byline-article\", \"version\": 1, \"headline\": \"산불 피해 복구 계획 발표\", "
            "\"byline\": {\"outlet\": \"강원일보\", \"reporters\": [{\"name\": \"김민지\"}]}, \"body\": \"%1\"}"_s
                .arg(body)
                .toUtf8());
        file.close();

        const QString png = m_dir.filePath(device + u".png"_s);
        QString errors;
        QCOMPARE(byline({u"screenshot"_s, file.fileName(), u"--device"_s, device, u"-o"_s, png}, &errors), 0);
        const QImage picture(png);
        QVERIFY2(!picture.isNull(), qPrintable(errors));
        QCOMPARE(picture.width(), width);
        QVERIFY(picture.height() > 1500); // the whole page, not one screen
        // Not blank: the page's dark footer and white paper are both there.
        QVERIFY(picture.pixelColor(width / 2, picture.height() - 20).lightness() < 100);
        QVERIFY(picture.pixelColor(width / 2, picture.height() / 2).lightness() > 200);
    }

    void badInputIsExplained()
    {
        QString errors;
        QCOMPARE(byline({u"screenshot"_s, u"999"_s, u"-o"_s, m_dir.filePath(u"x.png"_s)}, &errors), 1);
        QVERIFY2(errors.contains(u"999"_s), qPrintable(errors));
        QCOMPARE(byline({u"screenshot"_s, u"1"_s, u"--device"_s, u"tablet"_s, u"-o"_s, u"x.png"_s}, &errors), 2);
        QCOMPARE(byline({u"screenshot"_s, u"1"_s}, &errors), 2);
        QVERIFY(errors.contains(u"-o"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ScreenshotCommand)
#include "tst_screenshotcommand.moc"
