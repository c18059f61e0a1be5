#include "common/settings.h"
#include "preview/livepreview.h"
#include "publish/targetaccount.h"
#include "render/publication.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

const Setting<int> testSetting {"test/number", 7};

QStringList keysHeard(const QSignalSpy &spy)
{
    QStringList keys;
    for (const QList<QVariant> &arguments : spy)
        keys << arguments.at(0).toString();
    return keys;
}

QString examplePack()
{
    return qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/docs/examples/template-pack"_s;
}

Article story()
{
    Article article = Article::create();
    article.headline = u"춘천 도심 물에 잠겨"_s;
    article.byline = {u"강원일보"_s, {{u"김민지"_s, u"minji@example.kr"_s}}};
    article.body = u"<p>강원특별자치도는 피해 복구 계획을 발표했다.</p>"_s;
    return article;
}

// Renders `article` and returns the desktop page, which must be a reload.
QString renderedPage(LivePreview &preview, const Article &article)
{
    QSignalSpy changed(&preview, &LivePreview::changed);
    QSignalSpy rendered(&preview, &LivePreview::rendered);
    preview.update(article, {});
    if (!rendered.wait(10000))
        return u"(no render)"_s;
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        if (arguments.at(0).value<Device>() == Device::Desktop) {
            const auto change = arguments.at(1).value<PreviewChange>();
            return change.reload ? change.page : u"(patched)"_s;
        }
    }
    return u"(nothing)"_s;
}

} // namespace

// A setting written anywhere in the process reaches the code that uses it at
// once: the open preview takes up a new publication or template pack without
// a restart.
class tst_SettingsNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY2(
            QFileInfo::exists(examplePack() + u"/pack.json"_s), "BYLINE_SOURCE_DIR is set by tests/CMakeLists.txt");
    }

    void init() { QSettings().clear(); }

    void aChangedValueIsAnnounced()
    {
        QSignalSpy heard(SettingsNotifier::instance(), &SettingsNotifier::changed);
        testSetting.setValue(12);
        QCOMPARE(keysHeard(heard), QStringList {u"test/number"_s});
        QCOMPARE(testSetting.value(), 12);
        // The same value again is no change.
        testSetting.setValue(12);
        QCOMPARE(heard.size(), 1);
        // Back to the default is one.
        testSetting.reset();
        QCOMPARE(keysHeard(heard), (QStringList {u"test/number"_s, u"test/number"_s}));
        QCOMPARE(testSetting.value(), 7);
        testSetting.reset();
        QCOMPARE(heard.size(), 2);
        // Writing the default where nothing was stored keeps the value, but is
        // still announced: a reader may not know the default.
        testSetting.setValue(7);
        QCOMPARE(heard.size(), 3);
    }

    // A worker thread writes; the receiver hears it on its own thread.
    void aWriteOnAnotherThreadArrivesOnTheReceiversThread()
    {
        QObject receiver;
        QThread *heardOn = nullptr;
        QString key;
        connect(SettingsNotifier::instance(), &SettingsNotifier::changed, &receiver, [&](const QString &changed) {
            heardOn = QThread::currentThread();
            key = changed;
        });
        std::unique_ptr<QThread> writer(QThread::create([] { testSetting.setValue(99); }));
        writer->start();
        QVERIFY(writer->wait(5000));
        QTRY_COMPARE(key, u"test/number"_s);
        QCOMPARE(heardOn, QThread::currentThread());
    }

    void publicationAndTargetsAreAnnounced()
    {
        QSignalSpy heard(SettingsNotifier::instance(), &SettingsNotifier::changed);
        Publication publication;
        publication.name = u"한빛일보"_s;
        publication.saveToSettings();
        QCOMPARE(keysHeard(heard), QStringList {Publication::settingsKey()});
        publication.saveToSettings(); // unchanged
        QCOMPARE(heard.size(), 1);

        heard.clear();
        TargetAccount account;
        account.name = u"desk"_s;
        account.kind = TargetAccount::folderKind();
        account.path = m_settingsDir.filePath(u"out"_s);
        QString error;
        QVERIFY2(TargetAccounts::save(account, &error), qPrintable(error));
        TargetAccounts::setDefaultTarget(account.name);
        QVERIFY(TargetAccounts::remove(account.name));
        QCOMPARE(keysHeard(heard), (QStringList {u"targets/accounts"_s, u"targets/default"_s, u"targets/accounts"_s}));
        TargetAccounts::setDefaultTarget({});
        QCOMPARE(heard.size(), 4);
        QCOMPARE(heard.last().at(0).toString(), u"targets/default"_s);
    }

    // The preview follows the saved publication: a new pack or masthead name
    // is taken up at once and the next render reloads the page with it.
    void livePreviewTakesUpANewPublication()
    {
        LivePreview preview;
        QSignalSpy taken(&preview, &LivePreview::publicationChanged);
        preview.followSavedPublication();
        QCOMPARE(taken.size(), 1);
        QVERIFY(taken.at(0).at(1).value<TemplatePack>().isBuiltIn());
        const Article article = story();
        QString page = renderedPage(preview, article);
        QVERIFY2(page.contains(u"masthead-name"_s), qPrintable(page.left(400)));
        QVERIFY(!page.contains(u"class=\"brand\""_s));

        // Another setting leaves the publication alone.
        testSetting.setValue(3);
        QCOMPARE(taken.size(), 1);

        Publication publication;
        publication.name = u"한빛일보"_s;
        publication.templatePack = examplePack();
        publication.saveToSettings();
        QCOMPARE(taken.size(), 2);
        QCOMPARE(taken.at(1).at(0).value<Publication>(), publication);
        QCOMPARE(taken.at(1).at(1).value<TemplatePack>().name(), u"hanbit-daily"_s);
        QVERIFY(taken.at(1).at(2).toString().isEmpty());
        page = renderedPage(preview, article);
        QVERIFY2(page.contains(u"class=\"brand\""_s), qPrintable(page.left(400)));
        QVERIFY(page.contains(u"한빛일보"_s));

        // The masthead name alone.
        publication.name = u"한빛일보 디지털"_s;
        publication.saveToSettings();
        QCOMPARE(taken.size(), 3);
        page = renderedPage(preview, article);
        QVERIFY(page.contains(u"한빛일보 디지털"_s));
        QVERIFY(page.contains(u"class=\"brand\""_s));
    }

    // A pack that cannot be used: the translated reason, and the built-in
    // pack still renders the story.
    void unusablePackIsSaidAndTheStoryStillRenders()
    {
        LivePreview preview;
        QSignalSpy taken(&preview, &LivePreview::publicationChanged);
        preview.followSavedPublication();
        Publication publication;
        publication.templatePack = m_settingsDir.filePath(u"no-such-pack"_s);
        publication.saveToSettings();
        QCOMPARE(taken.size(), 2);
        QVERIFY(taken.at(1).at(1).value<TemplatePack>().isBuiltIn());
        const QString problem = taken.at(1).at(2).toString();
        QVERIFY2(problem.contains(u"no-such-pack"_s) && problem.contains(u"built-in"_s), qPrintable(problem));
        const QString page = renderedPage(preview, story());
        QVERIFY(page.contains(u"춘천 도심 물에 잠겨"_s));
        QVERIFY(page.contains(u"masthead-name"_s));
    }
};

QTEST_GUILESS_MAIN(tst_SettingsNotifier)
#include "tst_settingsnotifier.moc"
