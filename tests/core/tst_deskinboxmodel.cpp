#include "desk/deskinboxmodel.h"
#include "deskinboxes.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;
using namespace Byline::Test;

namespace {
QList<qint64> posts(const DeskInboxModel &model)
{
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row, 0).data(DeskInboxModel::PostRole).toLongLong());
    return shown;
}
} // namespace

class tst_DeskInboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea)); }

    void tabsShowTheirStoriesWithCounts_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("nominal: filed, nobody holds them") << int(DeskState::Filed) << QList<qint64> {101, 102};
        QTest::newRow("nominal: in editing, locked") << int(DeskState::Editing) << QList<qint64> {103};
        QTest::newRow("nominal: returned with a note") << int(DeskState::Returned) << QList<qint64> {104};
        QTest::newRow("nominal: scheduled") << int(DeskState::Scheduled) << QList<qint64> {105};
        QTest::newRow("nominal: published") << int(DeskState::Published) << QList<qint64> {106};
    }

    void tabsShowTheirStoriesWithCounts()
    {
        QFETCH(int, state);
        QFETCH(QList<qint64>, expected);
        DeskInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInbox(morningInbox());
        model.setState(DeskState(state));
        QCOMPARE(posts(model), expected);
        QCOMPARE(model.count(DeskState(state)), expected.size());
    }

    void noStateShowsTheDeskButNotDrafts()
    {
        DeskInboxModel model;
        model.setInbox(morningInbox());
        QCOMPARE(posts(model), (QList<qint64> {101, 102, 103, 104, 105, 106}));
        QCOMPARE(model.count(DeskState::Draft), 1);
    }

    void myStoriesAreTheAccountsOwnInAnyState()
    {
        DeskInboxModel model;
        model.setInbox(morningInbox());
        model.setMine(true);
        QCOMPARE(model.rowCount(), 0); // the account is not known yet
        QCOMPARE(model.mineCount(), 0);
        model.setMe(reporterKim);
        QCOMPARE(posts(model), (QList<qint64> {101, 104, 106, 107}));
        QCOMPARE(model.mineCount(), 4);
        // Who holds each is shown.
        model.setMe(reporterPark);
        QCOMPARE(posts(model), (QList<qint64> {102, 103, 105}));
        QCOMPARE(model.indexOfPost(103, DeskInboxModel::LockColumn).data(DeskInboxModel::LockHolderRole).toString(),
            deskLee.name);
        // Choosing a tab leaves My stories.
        model.setState(DeskState::Filed);
        QVERIFY(!model.isMine());
        QCOMPARE(posts(model), (QList<qint64> {101, 102}));
    }

    void filtersBySectionAndReporterAndCountsFollow()
    {
        DeskInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInbox(morningInbox());
        QCOMPARE(model.sections(), (QStringList {u"사회"_s, u"스포츠"_s, u"정치"_s}));
        QCOMPARE(model.reporters(), (QList<DeskUser> {reporterKim, reporterPark}));
        QSignalSpy counts(&model, &DeskInboxModel::countsChanged);
        model.setSection(u"사회"_s);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.count(DeskState::Filed), 1);
        QCOMPARE(model.count(DeskState::Published), 0);
        QCOMPARE(posts(model), (QList<qint64> {101, 103, 104, 105}));
        model.setReporter(reporterPark.id);
        QCOMPARE(posts(model), (QList<qint64> {103, 105}));
        QCOMPARE(model.count(DeskState::Filed), 0);
        QCOMPARE(model.count(DeskState::Editing), 1);
        model.setSection({});
        model.setReporter(0);
        QCOMPARE(model.count(DeskState::Filed), 2);
    }

    void rowsSayWhoHoldsTheLockAndTheLastNote()
    {
        DeskInboxModel model;
        model.setTimeZone(QTimeZone("Asia/Seoul"));
        DeskInbox inbox = morningInbox();
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-60);
        inbox.stories[2].lock->since = since;
        model.setInbox(inbox);
        const QModelIndex lock = model.indexOfPost(103, DeskInboxModel::LockColumn);
        const QString time = QLocale().toString(since.toTimeZone(QTimeZone("Asia/Seoul")).time(), QLocale::ShortFormat);
        QVERIFY2(lock.data().toString().contains(deskLee.name), qPrintable(lock.data().toString()));
        QVERIFY2(lock.data().toString().contains(time), qPrintable(lock.data().toString()));
        const QModelIndex notes = model.indexOfPost(104, DeskInboxModel::NotesColumn);
        QVERIFY(notes.data().toString().contains(u"2문단 인용 출처"_s));
        QCOMPARE(notes.data(DeskInboxModel::LastNoteRole).toString(), u"2문단 인용 출처를 밝혀 주세요."_s);
        QCOMPARE(model.indexOfPost(101, DeskInboxModel::ReporterColumn).data().toString(), reporterKim.name);
        QCOMPARE(model.indexOfPost(102, DeskInboxModel::SectionColumn).data().toString(), u"정치"_s);
        QCOMPARE(model.indexOfPost(101, DeskInboxModel::StateColumn).data().toString(),
            DeskInboxModel::stateName(DeskState::Filed));
        QVERIFY(model.indexOfPost(101, DeskInboxModel::LockColumn).data().toString().isEmpty());
    }

    void robustnessLongNoteIsCutInTheList()
    {
        DeskInboxModel model;
        DeskInbox inbox = morningInbox();
        inbox.stories[3].lastNote->text = QString(5000, u'가');
        model.setInbox(inbox);
        const QString shown = model.indexOfPost(104, DeskInboxModel::NotesColumn).data().toString();
        QVERIFY2(shown.size() < 100, qPrintable(QString::number(shown.size())));
        QVERIFY(shown.endsWith(u'…'));
        // The whole note is in the tooltip and the role.
        QCOMPARE(model.indexOfPost(104, 0).data(DeskInboxModel::LastNoteRole).toString().size(), 5000);
    }

    void robustnessEmptyInbox()
    {
        DeskInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInbox(morningInbox());
        model.setInbox({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(DeskState::Filed), 0);
        QVERIFY(!model.story(model.index(0, 0)));
        QVERIFY(model.sections().isEmpty());
    }
};

QTEST_MAIN(tst_DeskInboxModel)
#include "tst_deskinboxmodel.moc"
