#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What a picture shows, measured: a blank or half-painted one fails these.
struct Figures
{
    int colours = 0; // distinct colours (anti-aliased text and the page's palette)
    double inkShare = 0; // near-black, unsaturated pixels: text
    int inkRowsNearTop = 0; // rows with text in the first 700 pixels: the headline
    int navyPixels = 0; // the built-in pack's masthead and section bar

    explicit Figures(const QImage &picture)
    {
        const QImage image = picture.convertToFormat(QImage::Format_RGB32);
        QSet<QRgb> seen;
        qint64 ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            int inkInRow = 0;
            for (int x = 0; x < image.width(); ++x) {
                seen.insert(line[x]);
                const QColor colour(line[x]);
                if (colour.lightness() < 90 && colour.hslSaturation() < 60)
                    ++inkInRow;
                else if (colour.blue() > colour.red() + 40 && colour.blue() > colour.green() + 15
                    && colour.lightness() < 130)
                    ++navyPixels;
            }
            ink += inkInRow;
            if (y < 700 && inkInRow >= 3)
                ++inkRowsNearTop;
        }
        colours = int(seen.size());
        inkShare = double(ink) / (qint64(image.width()) * image.height());
    }
};

} // namespace

// "byline screenshot" run as a newsroom script runs it: the real executable,
// an article file, a PNG at the device's width and the page's full height.
// Scripts run over SSH and in automation, with no display at all: the same
// must work there, and the picture must be the page, not a blank.
class tst_ScreenshotCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    enum class Display
    {
        Xvfb, // as tools/test runs the suite
        None, // no DISPLAY, no WAYLAND_DISPLAY, no platform chosen: an SSH session
    };

    int byline(const QStringList &arguments, QString *errors = nullptr, Display display = Display::Xvfb,
        const QString &library = {})
    {
        QProcess process;
        if (display == Display::None) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
                environment.remove(name);
            process.setProcessEnvironment(environment);
        }
        process.start(qEnvironmentVariable("BYLINE_EXECUTABLE"),
            QStringList {u"--library"_s, library.isEmpty() ? m_dir.filePath(u"library"_s) : library} + arguments);
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
        QTest::addColumn<bool>("headless");
        QTest::newRow("nominal: desktop") << u"desktop"_s << 1280 << false;
        QTest::newRow("nominal: mobile") << u"mobile"_s << 390 << false;
        QTest::newRow("headless: desktop, no display") << u"desktop"_s << 1280 << true;
        QTest::newRow("headless: mobile, no display") << u"mobile"_s << 390 << true;
    }

    void screenshotPerDevice()
    {
        QFETCH(QString, device);
        QFETCH(int, width);
        QFETCH(bool, headless);
        const Display display = headless ? Display::None : Display::Xvfb;
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

        const QString png = m_dir.filePath(device + QString::number(int(display)) + u".png"_s);
        QString errors;
        QCOMPARE(byline({u"screenshot"_s, file.fileName(), u"--device"_s, device, u"-o"_s, png}, &errors, display), 0);
        // Qt WebEngine's probe for a GPU finds none off screen; that is no news for a script.
        QVERIFY2(!errors.contains(u"GPU"_s) && !errors.contains(u"display"_s), qPrintable(errors));
        const QImage picture(png);
        QVERIFY2(!picture.isNull(), qPrintable(errors));
        QCOMPARE(picture.width(), width);
        QVERIFY(picture.height() > 1500); // the whole page, not one screen
        // Not blank: the page's dark footer and white paper are both there.
        QVERIFY(picture.pixelColor(width / 2, picture.height() - 20).lightness() < 100);
        QVERIFY(picture.pixelColor(width / 2, picture.height() / 2).lightness() > 200);
        // The story itself: anti-aliased text in many shades, the headline's
        // dark lines near the top, the masthead's navy bar.
        const Figures figures(picture);
        qInfo("%s: %d colours, %.1f %% ink, %d ink rows near the top, %d navy pixels", qPrintable(device),
            figures.colours, figures.inkShare * 100, figures.inkRowsNearTop, figures.navyPixels);
        QVERIFY2(figures.colours > 300, "the page's text and colours are drawn");
        QVERIFY2(figures.inkShare > 0.005 && figures.inkShare < 0.3, "text, on white paper");
        QVERIFY2(figures.inkRowsNearTop > 60, "the headline and the byline are drawn");
        QVERIFY2(figures.navyPixels > 20 * width, "the section bar is drawn");
    }

    // byline --screenshot: the whole window, its two previews included, drawn
    // with no display at all.
    void windowWithoutDisplay()
    {
        const QString png = m_dir.filePath(u"window.png"_s);
        QString errors;
        QCOMPARE(byline({u"--screenshot"_s, png}, &errors, Display::None, m_dir.filePath(u"window-library"_s)), 0);
        QVERIFY2(!errors.contains(u"GPU"_s) && !errors.contains(u"display"_s), qPrintable(errors));
        const QImage picture(png);
        QVERIFY2(!picture.isNull(), qPrintable(errors));
        QCOMPARE(picture.size(), QSize(1440, 900)); // a desktop-sized window, not the 800 x 800 default
        const Figures figures(picture);
        qInfo("window: %d colours, %.1f %% ink, %d ink rows near the top, %d navy pixels", figures.colours,
            figures.inkShare * 100, figures.inkRowsNearTop, figures.navyPixels);
        QVERIFY2(figures.colours > 300, "the window and the previews are drawn");
        QVERIFY2(figures.inkShare > 0.005 && figures.inkShare < 0.3, "the sample story's text");
        // The previews are web pages: the masthead's navy only comes from them.
        const QImage previews = picture.copy(picture.width() / 2, 0, picture.width() / 2, picture.height());
        QVERIFY2(Figures(previews).navyPixels > 5000, "the desktop and phone previews are drawn");
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
