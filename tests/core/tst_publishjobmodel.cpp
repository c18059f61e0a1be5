#include "library/library.h"
#include "publish/outbox.h"
#include "publish/publishjobmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

constexpr qint64 MB = 1024 * 1024;

qint64 addArticle(Library &library, const QString &headline)
{
    Article article = Article::create();
    article.headline = headline;
    article.body = u"<p>춘천 공지천에서 수달 가족이 다시 보였다.</p>"_s;
    return library.articleStore().insertArticle(article) ? article.id : 0;
}

QString shown(const PublishJobModel &model, qint64 jobId, int column)
{
    return model.indexOfJob(jobId, column).data().toString();
}

} // namespace

class tst_PublishJobModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    std::unique_ptr<Outbox> m_outbox;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The byte counts are checked as an English-speaking desk reads them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        // A fresh library file for each test: the outbox lives in it.
        m_library.close();
        QVERIFY(m_dir.isValid());
        const QString directory = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_library.open(directory));
        m_outbox = std::make_unique<Outbox>(m_library);
    }

    void loadsTheOutboxNewestFirst()
    {
        const qint64 otter = addArticle(m_library, u"수달 돌아왔다"_s);
        const qint64 council = addArticle(m_library, u"산업협력위원회 첫 회의"_s);
        const std::optional<PublishJob> first = m_outbox->enqueue(otter, u"folder"_s, PublishAction::Draft);
        const std::optional<PublishJob> second = m_outbox->enqueue(council, u"desk"_s, PublishAction::Publish);
        QVERIFY(first && second);

        PublishJobModel model(&m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(PublishJobModel::JobIdRole).toLongLong(), second->id);
        QCOMPARE(model.index(1, 0).data(PublishJobModel::JobIdRole).toLongLong(), first->id);
        QCOMPARE(shown(model, first->id, PublishJobModel::HeadlineColumn), u"수달 돌아왔다"_s);
        QCOMPARE(shown(model, second->id, PublishJobModel::TargetColumn), u"desk"_s);
        QCOMPARE(shown(model, second->id, PublishJobModel::ActionColumn),
            PublishNames::actionDisplayName(PublishAction::Publish));
        QCOMPARE(shown(model, first->id, PublishJobModel::StateColumn),
            PublishNames::stateDisplayName(PublishState::Queued));
        QCOMPARE(model.indexOfJob(first->id).data(PublishJobModel::StateRole).toInt(), int(PublishState::Queued));
        QCOMPARE(model.indexOfJob(first->id).data(PublishJobModel::ArticleIdRole).toLongLong(), otter);
        QVERIFY(!shown(model, first->id, PublishJobModel::UpdatedColumn).isEmpty());
        QCOMPARE(model.countInState(PublishState::Queued), 2);
        QVERIFY(!model.indexOfJob(second->id + 100).isValid());
    }

    void progressIsUpdatedInPlace()
    {
        const qint64 article = addArticle(m_library, u"수달 돌아왔다"_s);
        const std::optional<PublishJob> queued = m_outbox->enqueue(article, u"desk"_s, PublishAction::Publish);
        QVERIFY(queued);
        PublishJobModel model(&m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        // The queue's jobChanged: photos start going up, then a tick of progress.
        PublishJob job = *queued;
        job.headline.clear(); // as a runner's copy may come without one
        job.state = PublishState::UploadingPhotos;
        job.message = u"Uploading 3 photos…"_s;
        job.bytesTotal = MB * 48 / 10;
        model.applyChange(job);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().column(), 0);
        QCOMPARE(changes.at(0).at(1).toModelIndex().column(), PublishJobModel::ColumnCount - 1);

        job.bytesDone = MB * 12 / 10;
        model.applyChange(job);
        QCOMPARE(changes.size(), 2);
        // A tick repaints the progress cell only.
        QCOMPARE(changes.at(1).at(0).toModelIndex(), model.indexOfJob(job.id, PublishJobModel::ProgressColumn));
        QCOMPARE(changes.at(1).at(1).toModelIndex(), model.indexOfJob(job.id, PublishJobModel::ProgressColumn));
        QCOMPARE(shown(model, job.id, PublishJobModel::ProgressColumn), u"1.2 MB of 4.8 MB"_s);
        QCOMPARE(model.indexOfJob(job.id).data(PublishJobModel::ProgressRole).toInt(), 25);
        QCOMPARE(model.indexOfJob(job.id).data(PublishJobModel::BytesDoneRole).toLongLong(), MB * 12 / 10);
        QCOMPARE(shown(model, job.id, PublishJobModel::HeadlineColumn), u"수달 돌아왔다"_s);

        job.state = PublishState::Done;
        job.bytesDone = job.bytesTotal;
        job.message = u"Published."_s;
        job.remoteUrl = QUrl(u"https://news.example.kr/?p=12"_s);
        model.applyChange(job);
        QCOMPARE(
            shown(model, job.id, PublishJobModel::StateColumn), PublishNames::stateDisplayName(PublishState::Done));
        QCOMPARE(shown(model, job.id, PublishJobModel::ProgressColumn), u"4.8 MB"_s);
        QCOMPARE(model.indexOfJob(job.id).data(PublishJobModel::RemoteUrlRole).toUrl(), job.remoteUrl);

        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 0);
        QCOMPARE(model.rowCount(), 1);
    }

    void progressText_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("done");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("percent");
        QTest::newRow("nominal: uploading shows what went of the whole")
            << int(PublishState::UploadingPhotos) << MB / 2 << 2 * MB << u"512.0 kB of 2.0 MB"_s << 25;
        QTest::newRow("nominal: done shows what was sent")
            << int(PublishState::Done) << 2 * MB << 2 * MB << u"2.0 MB"_s << 100;
        QTest::newRow("nominal: waiting shows where it stopped, no bar")
            << int(PublishState::Waiting) << MB << 2 * MB << u"1.0 MB of 2.0 MB"_s << -1;
        QTest::newRow("robustness: no total yet shows nothing")
            << int(PublishState::SendingArticle) << qint64(0) << qint64(0) << QString() << -1;
        QTest::newRow("robustness: more sent than announced stays at 100")
            << int(PublishState::UploadingPhotos) << 3 * MB << 2 * MB << u"3.0 MB of 2.0 MB"_s << 100;
    }

    void progressText()
    {
        QFETCH(int, state);
        QFETCH(qint64, done);
        QFETCH(qint64, total);
        QFETCH(QString, text);
        QFETCH(int, percent);
        const std::optional<PublishJob> queued =
            m_outbox->enqueue(addArticle(m_library, u"수달"_s), u"desk"_s, PublishAction::Draft);
        QVERIFY(queued);
        PublishJobModel model(&m_library);
        PublishJob job = *queued;
        job.state = PublishState(state);
        job.bytesDone = done;
        job.bytesTotal = total;
        model.applyChange(job);
        QCOMPARE(shown(model, job.id, PublishJobModel::ProgressColumn), text);
        QCOMPARE(model.indexOfJob(job.id).data(PublishJobModel::ProgressRole).toInt(), percent);
    }

    void heldIsAnnouncedOnce()
    {
        const std::optional<PublishJob> queued =
            m_outbox->enqueue(addArticle(m_library, u"수달"_s), u"desk"_s, PublishAction::Publish);
        QVERIFY(queued);
        PublishJobModel model(&m_library);
        QSignalSpy held(&model, &PublishJobModel::held);
        PublishJob job = *queued;
        job.state = PublishState::Held;
        job.message = u"This account may not publish."_s;
        job.serverText = u"Sorry, you are not allowed to publish posts as this user."_s;
        job.httpStatus = 403;
        model.applyChange(job);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.at(0).at(0).value<PublishJob>().id, job.id);
        QCOMPARE(shown(model, job.id, PublishJobModel::MessageColumn), job.message);
        const QString tip = model.indexOfJob(job.id, PublishJobModel::MessageColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(job.serverText) && tip.contains(u"403"_s), qPrintable(tip));
        QVERIFY(model.indexOfJob(job.id, PublishJobModel::StateColumn).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.countInState(PublishState::Held), 1);

        // Still held (a repeated report): no second announcement.
        model.applyChange(job);
        QCOMPARE(held.size(), 1);

        // Held again after a retry: announced again.
        job.state = PublishState::Queued;
        model.applyChange(job);
        job.state = PublishState::Held;
        model.applyChange(job);
        QCOMPARE(held.size(), 2);
    }

    void jobFromElsewhereIsInserted()
    {
        const qint64 article = addArticle(m_library, u"수달 돌아왔다"_s);
        const std::optional<PublishJob> older = m_outbox->enqueue(article, u"folder"_s, PublishAction::Draft);
        QVERIFY(older);
        PublishJobModel model(&m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

        // Queued by the command line after the model was loaded; the queue reports it.
        std::optional<PublishJob> newer =
            m_outbox->enqueue(addArticle(m_library, u"산업협력위원회"_s), u"desk"_s, PublishAction::Submit);
        QVERIFY(newer);
        newer->headline.clear();
        newer->state = PublishState::SendingArticle;
        model.applyChange(*newer);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.indexOfJob(newer->id).row(), 0);
        QCOMPARE(shown(model, newer->id, PublishJobModel::HeadlineColumn), u"산업협력위원회"_s);
    }

    void reloadChangesOnlyWhatChanged()
    {
        const qint64 article = addArticle(m_library, u"수달 돌아왔다"_s);
        const std::optional<PublishJob> first = m_outbox->enqueue(article, u"folder"_s, PublishAction::Draft);
        const std::optional<PublishJob> second =
            m_outbox->enqueue(addArticle(m_library, u"산업협력위원회"_s), u"desk"_s, PublishAction::Publish);
        QVERIFY(first && second);
        PublishJobModel model(&m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy held(&model, &PublishJobModel::held);

        model.reload();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 0);

        // Another process holds the second job: one row changes.
        PublishJob job = *m_outbox->job(second->id);
        job.state = PublishState::Held;
        job.message = u"The site refused the password."_s;
        QVERIFY(m_outbox->update(job));
        model.reload();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().row(), model.indexOfJob(second->id).row());
        QCOMPARE(held.size(), 1);
        QCOMPARE(shown(model, second->id, PublishJobModel::MessageColumn), job.message);

        // A job added elsewhere: the rows are read again.
        const std::optional<PublishJob> third = m_outbox->enqueue(article, u"desk"_s, PublishAction::Submit);
        QVERIFY(third);
        model.reload();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.indexOfJob(third->id).row(), 0);
    }

    void refreshShowsAPersonsChoice()
    {
        const std::optional<PublishJob> queued =
            m_outbox->enqueue(addArticle(m_library, u"수달"_s), u"desk"_s, PublishAction::Publish);
        QVERIFY(queued);
        PublishJobModel model(&m_library);
        QVERIFY(m_outbox->cancel(queued->id));
        QCOMPARE(model.indexOfJob(queued->id).data(PublishJobModel::StateRole).toInt(), int(PublishState::Queued));
        model.refreshJob(queued->id);
        QCOMPARE(model.indexOfJob(queued->id).data(PublishJobModel::StateRole).toInt(), int(PublishState::Cancelled));
        QCOMPARE(shown(model, queued->id, PublishJobModel::MessageColumn), m_outbox->job(queued->id)->message);
    }

    void conflictIsFlagged()
    {
        const std::optional<PublishJob> queued =
            m_outbox->enqueue(addArticle(m_library, u"수달"_s), u"desk"_s, PublishAction::Publish);
        QVERIFY(queued);
        PublishJob job = *queued;
        job.state = PublishState::Held;
        job.conflict.seenModified = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::UTC);
        job.conflict.remoteModified = QDateTime(QDate(2025, 3, 1), QTime(1, 0), QTimeZone::UTC);
        job.conflict.remoteTitle = u"수달 돌아왔다 (수정)"_s;
        job.conflict.localTitle = u"수달 돌아왔다"_s;
        QVERIFY(m_outbox->update(job));
        PublishJobModel model(&m_library);
        QVERIFY(model.indexOfJob(job.id).data(PublishJobModel::HasConflictRole).toBool());
        QCOMPARE(model.jobById(job.id)->conflict.remoteTitle, job.conflict.remoteTitle);
        QVERIFY(!model.jobById(job.id + 1));
    }

    void scheduledTimeIsInThePublicationsZone()
    {
        const QDateTime at(QDate(2030, 3, 1), QTime(0, 30), QTimeZone::UTC);
        const std::optional<PublishJob> queued =
            m_outbox->enqueue(addArticle(m_library, u"수달"_s), u"desk"_s, PublishAction::Schedule, at);
        QVERIFY(queued);
        PublishJobModel model(&m_library);
        model.setTimeZone(QTimeZone("Asia/Seoul"));
        // 00:30 UTC is 09:30 in Seoul.
        const QString text = shown(model, queued->id, PublishJobModel::ActionColumn);
        QVERIFY2(text.contains(u"9:30"_s), qPrintable(text));
        model.setTimeZone(QTimeZone("Europe/London"));
        const QString london = shown(model, queued->id, PublishJobModel::ActionColumn);
        QVERIFY2(london.contains(u"12:30"_s), qPrintable(london));
    }

    // The desk's approval for a time shows the time as a schedule does.
    void approvalTimeIsInThePublicationsZone()
    {
        const qint64 id = addArticle(m_library, u"수달"_s);
        QVERIFY(m_outbox->setRemotePost(
            u"desk"_s, m_library.articleStore().article(id)->uuid, {12, QUrl(), {}, u"pending"_s}));
        const QDateTime at(QDate(2030, 3, 1), QTime(0, 30), QTimeZone::UTC);
        const std::optional<PublishJob> queued = m_outbox->enqueue(id, u"desk"_s, PublishAction::Approve, at);
        QVERIFY2(queued, qPrintable(m_outbox->errorString()));
        PublishJobModel model(&m_library);
        model.setTimeZone(QTimeZone("Asia/Seoul"));
        const QString text = shown(model, queued->id, PublishJobModel::ActionColumn);
        QVERIFY2(text.contains(u"Approve"_s) && text.contains(u"9:30"_s), qPrintable(text));
    }

    void robustnessClosedLibraryIsEmpty()
    {
        Library closed;
        PublishJobModel model(&closed);
        QCOMPARE(model.rowCount(), 0);
        model.reload();
        model.refreshJob(1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.job(model.index(0, 0)));
    }
};

QTEST_MAIN(tst_PublishJobModel)
#include "tst_publishjobmodel.moc"
