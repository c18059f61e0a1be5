#include "common/settings.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "preview/previewpane.h"
#include "preview/previewweb.h"
#include "render/publication.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineScript>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

// Runs Byline's own script in a preview page and waits for the answer.
QVariant evaluate(PreviewPane &pane, Device device, const QString &script)
{
    QVariant result;
    bool done = false;
    pane.page(device)->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 10000)
        QTest::qWait(5);
    return result;
}

// The masthead as the page shows it: "brand" in the example pack,
// "masthead-name" in the built-in one.
QString masthead(PreviewPane &pane, Device device)
{
    return evaluate(pane, device,
        u"(function() { const brand = document.querySelector('a.brand');"
        " if (brand) return 'example: ' + brand.textContent.trim();"
        " const name = document.querySelector('.masthead-name');"
        " return name ? 'built-in: ' + name.textContent.trim() : ''; })()"_s)
        .toString();
}

QString examplePack()
{
    return qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/docs/examples/template-pack"_s;
}

} // namespace

// What Settings > Publication changes reaches the open window at once: the
// preview shows the new template pack and masthead without a restart.
class tst_SettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY2(
            QFileInfo::exists(examplePack() + u"/pack.json"_s), "BYLINE_SOURCE_DIR is set by tests/CMakeLists.txt");
    }

    void init() { QSettings().clear(); }

    void newTemplatePackAndMastheadReachTheOpenPreview()
    {
        QTemporaryDir library;
        MainWindow window({library.path(), QString()});
        QVERIFY(window.openLibrary()); // the sample story is open
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pane = window.findChild<PreviewPane *>(u"previewPane"_s);
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isReady(), 20000);
        const QString outlet = window.library()->articleStore().article(window.currentArticleId())->byline.outlet;
        QCOMPARE(masthead(*pane, Device::Desktop), u"built-in: "_s + outlet);

        {
            SettingsDialog dialog(&window);
            dialog.findChild<QLineEdit *>(u"publicationName"_s)->setText(u"한빛일보 디지털"_s);
            dialog.selectTemplatePack(examplePack());
            QVERIFY(dialog.findChild<QLabel *>(u"templatePackProblem"_s)->text().isEmpty());
            dialog.accept();
        }
        for (Device device : {Device::Desktop, Device::Mobile})
            QTRY_COMPARE_WITH_TIMEOUT(masthead(*pane, device), u"example: 한빛일보 디지털"_s, 20000);
        QCOMPARE(Publication::fromSettings().templatePack, examplePack());
        QVERIFY(window.noticeBar()->text().isEmpty());

        // The masthead name alone, the pack kept.
        {
            SettingsDialog dialog(&window);
            auto *name = dialog.findChild<QLineEdit *>(u"publicationName"_s);
            QCOMPARE(name->text(), u"한빛일보 디지털"_s);
            QCOMPARE(dialog.findChild<QComboBox *>(u"templatePack"_s)->currentData().toString(), examplePack());
            name->setText(u"한빛일보"_s);
            dialog.accept();
        }
        QTRY_COMPARE_WITH_TIMEOUT(masthead(*pane, Device::Desktop), u"example: 한빛일보"_s, 20000);
    }

    // A folder that is no template pack: the dialog says why before OK, and
    // after it the window says the built-in pack is shown instead; the story
    // stays in the preview, nothing crashes. A good pack again clears the notice.
    void unusablePackIsSaidAndThePreviewStays()
    {
        QTemporaryDir library;
        QTemporaryDir notAPack;
        MainWindow window({library.path(), QString()});
        QVERIFY(window.openLibrary());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pane = window.findChild<PreviewPane *>(u"previewPane"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isReady(), 20000);

        {
            SettingsDialog dialog(&window);
            dialog.selectTemplatePack(examplePack());
            dialog.accept();
        }
        QTRY_VERIFY_WITH_TIMEOUT(masthead(*pane, Device::Desktop).startsWith(u"example: "_s), 20000);

        {
            SettingsDialog dialog(&window);
            dialog.selectTemplatePack(notAPack.path());
            const QString problem = dialog.findChild<QLabel *>(u"templatePackProblem"_s)->text();
            QVERIFY2(problem.contains(u"pack.json"_s), qPrintable(problem));
            dialog.accept();
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.noticeBar()->text().contains(u"built-in"_s), 10000);
        QVERIFY2(window.noticeBar()->text().contains(u"pack.json"_s), qPrintable(window.noticeBar()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(masthead(*pane, Device::Desktop).startsWith(u"built-in: "_s), 20000);
        const QString headline = window.library()->articleStore().article(window.currentArticleId())->headline;
        QCOMPARE(
            evaluate(*pane, Device::Desktop, u"document.querySelector('[data-byline-slot=headline]').textContent"_s)
                .toString()
                .trimmed(),
            headline);

        {
            SettingsDialog dialog(&window);
            dialog.selectTemplatePack(examplePack());
            dialog.accept();
        }
        QTRY_VERIFY_WITH_TIMEOUT(masthead(*pane, Device::Desktop).startsWith(u"example: "_s), 20000);
        QVERIFY(window.noticeBar()->text().isEmpty());
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
