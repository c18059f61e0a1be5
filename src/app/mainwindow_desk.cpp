#include "mainwindow.h"

// The window as the desk's client: the Desk dock over the chosen WordPress
// target, notifications, and the open story's lock and notes.

#include "article/articledocument.h"
#include "common/logging.h"
#include "common/settings.h"
#include "desk/deskclient.h"
#include "desk/deskdock.h"
#include "desk/deskinboxmodel.h"
#include "desk/desknotespanel.h"
#include "desk/desknotifier.h"
#include "desk/deskstore.h"
#include "desk/deskwatcher.h"
#include "desk/lockkeeper.h"
#include "editor/articleeditor.h"
#include "library/articlelistmodel.h"
#include "noticebar.h"
#include "photos/photopanel.h"
#include "publish/background.h"
#include "publish/credentialstore.h"
#include "publish/publishservice.h"
#include "publish/targetaccount.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimeZone>
#include <QUndoGroup>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {
const Setting<QString> deskTargetSetting {"desk/target", {}};
// The window's saved layout (mainwindow.cpp): without one, the desk gets a useful height.
const Setting<QByteArray> savedLayoutSetting {"mainwindow/state", {}};

// The account's desk client, made on the calling (worker) thread: the keychain
// and the site are asked there.
std::function<std::unique_ptr<DeskClient>(QString *)> clientFactory(const TargetAccount &account)
{
    return [account](QString *error) -> std::unique_ptr<DeskClient> {
        const std::optional<QString> password = CredentialStore::password(account.name, account.user, error);
        if (!password)
            return nullptr;
        return DeskClient::create(account, *password, error);
    };
}

QStringList deskTargets()
{
    QStringList names;
    for (const TargetAccount &account : TargetAccounts::all()) {
        if (account.kind == TargetAccount::wordPressKind())
            names.append(account.name);
    }
    return names;
}
} // namespace

void MainWindow::createDesk()
{
    m_deskModel = new DeskInboxModel(this);
    m_deskWatcher = new DeskWatcher(this);
    m_deskNotifier = new DeskNotifier(this);
    m_deskDock = new DeskDock(m_deskWatcher, m_deskModel, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_deskDock);
    m_deskDock->hide(); // shown when there is a WordPress target, or asked for

    connect(m_deskDock, &DeskDock::openRequested, this, [this](const DeskStory &story) { openFromDesk(story); });
    connect(m_deskNotifier, &DeskNotifier::openRequested, this, [this](const DeskStory &story) {
        activateWindow();
        openFromDesk(story);
    });
    connect(m_deskDock, &DeskDock::returnRequested, this,
        [this](const DeskStory &story, const QString &note) { deskAction(story, false, note, {}); });
    connect(m_deskDock, &DeskDock::approveRequested, this,
        [this](const DeskStory &story, const QDateTime &at) { deskAction(story, true, {}, at); });
    connect(m_deskDock, &DeskDock::targetChosen, this, &MainWindow::chooseDeskTarget);
    connect(m_deskWatcher, &DeskWatcher::meChanged, m_deskModel, &DeskInboxModel::setMe);
    connect(m_deskWatcher, &DeskWatcher::news, m_deskNotifier, &DeskNotifier::notify);
    connect(m_deskWatcher, &DeskWatcher::inboxChanged, this, &MainWindow::showDeskStateOfOpenStory);

    m_takeOver = new QAction(tr("&Take Over"), this);
    m_takeOver->setObjectName(u"desk.takeOver"_s);
    m_takeOver->setToolTip(tr("Edit the story yourself; the other editor's Byline turns read-only"));
    connect(m_takeOver, &QAction::triggered, this, [this] {
        if (m_document && confirmTakeOver())
            Q_EMIT takeOverRequested(m_document->articleId());
    });
    // Taking over is opening again with the lock taken from its holder.
    connect(this, &MainWindow::takeOverRequested, this, [this](qint64 articleId) {
        const std::optional<DeskLink> link = m_library.deskStore().link(articleId);
        if (!link)
            return;
        DeskStory story;
        story.post = link->post;
        story.headline = m_document ? m_document->metadata().headline : QString();
        openFromDesk(story, true);
    });
    m_deskProgress = new QProgressBar(this);
    m_deskProgress->setObjectName(u"deskOpenProgress"_s);
    m_deskProgress->setMaximumWidth(260);
    m_deskProgress->setTextVisible(true);
    m_deskProgress->hide();
    statusBar()->addPermanentWidget(m_deskProgress);
}

void MainWindow::startDesk()
{
    const QStringList targets = deskTargets();
    QString target = deskTargetSetting.value();
    if (!targets.contains(target))
        target = targets.contains(TargetAccounts::defaultTarget()) ? TargetAccounts::defaultTarget() : targets.value(0);
    m_deskDock->setTargets(targets, target);
    if (target.isEmpty())
        return;
    if (!m_options.screenshotFile.isEmpty() || savedLayoutSetting.value().isEmpty())
        resizeDocks({m_deskDock}, {std::max(height() * 30 / 100, 220)}, Qt::Vertical);
    m_deskDock->show();
    if (!m_options.screenshotFile.isEmpty()) {
        // A screenshot run asks no site: the desk shows the last list kept.
        m_deskWatcher->setAccount(target, {}, deskCache(target));
        return;
    }
    chooseDeskTarget(target);
}

DeskWatcher::Cache MainWindow::deskCache(const QString &target)
{
    // The last list is kept in the library: offline, the desk shows it with its time.
    return {[this, target] { return m_library.deskStore().loadInbox(target); },
        [this, target](const DeskInbox &inbox) { m_library.deskStore().saveInbox(target, inbox); }};
}

void MainWindow::chooseDeskTarget(const QString &target)
{
    const std::optional<TargetAccount> account = TargetAccounts::find(target);
    if (!account) {
        m_deskWatcher->setAccount({}, {});
        return;
    }
    if (m_options.screenshotFile.isEmpty())
        deskTargetSetting.setValue(target);
    DeskWatcher::ClientFactory factory = clientFactory(*account);
    // The open story's lock is kept through the same account.
    if (m_lockKeeper)
        m_lockKeeper->release();
    delete m_lockKeeper;
    m_lockKeeper = new LockKeeper(m_library, clientFactory(*account), this);
    connect(m_lockKeeper, &LockKeeper::lost, this,
        [this](qint64 articleId, const std::optional<DeskLock> &holder, const QString &message, int) {
            if (!m_document || m_document->articleId() != articleId)
                return;
            // The keeper kept the text as a revision; from now on it is read only.
            showHeldBy(holder ? holder : std::optional<DeskLock>(DeskLock {}));
            m_notice->showNotice(message, NoticeBar::Warning);
        });
    m_deskWatcher->setAccount(target, std::move(factory), deskCache(target));
    m_deskWatcher->start();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Back at the window: the desk may have moved meanwhile.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_deskWatcher)
        m_deskWatcher->refresh();
}

void MainWindow::setDeskTimeZone(const QTimeZone &zone)
{
    m_deskDock->setTimeZone(zone);
    m_deskNotes->setTimeZone(zone);
    m_deskNotifier->setTimeZone(zone);
}

void MainWindow::openFromDesk(const DeskStory &story)
{
    openFromDesk(story, false);
}

void MainWindow::openFromDesk(const DeskStory &story, bool takeover)
{
    const std::optional<TargetAccount> account = TargetAccounts::find(m_deskWatcher->target());
    if (!account) {
        // No site to ask: a story this library has opens as it is.
        if (const std::optional<qint64> id = m_library.articleStore().articleIdForUuid(story.uuid);
            id && !story.uuid.isNull())
            openArticle(*id);
        return;
    }
    if (m_deskOpening)
        return; // one story at a time; the progress says which
    m_deskOpening = true;
    m_autosaver.flush();
    m_deskProgress->setRange(0, 0);
    m_deskProgress->setFormat(tr("Opening “%1”… %p%").arg(story.headline));
    m_deskProgress->show();
    statusBar()->showMessage(tr("Opening “%1” from the desk…").arg(story.headline));
    // The story and its photos come over the network: on a thread of its own,
    // with its own library connection, reporting the photos' bytes here.
    const QString directory = m_library.directory();
    const QString target = account->name;
    QPointer<QProgressBar> progressBar = m_deskProgress;
    auto factory = clientFactory(*account);
    const qint64 post = story.post;
    runInBackground(
        this,
        [directory, target, factory, post, takeover, progressBar] {
            DeskOpener::Result result;
            QString error;
            const std::unique_ptr<DeskClient> client = factory(&error);
            Library library;
            if (!client) {
                result.message = error;
                return result;
            }
            if (!library.open(directory)) {
                result.message = library.errorString();
                return result;
            }
            TargetProgress progress;
            progress.bytes = [progressBar](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(progressBar, [progressBar, done, total] {
                    if (progressBar && total > 0) {
                        progressBar->setRange(0, 1000);
                        progressBar->setValue(int(done * 1000 / total));
                    }
                });
            };
            DeskOpener::Options options;
            options.takeover = takeover;
            result = DeskOpener(library, *client, target).open(post, options, progress);
            return result;
        },
        [this, headline = story.headline](const DeskOpener::Result &result) {
            m_deskOpening = false;
            m_deskProgress->hide();
            statusBar()->clearMessage();
            showOpenedFromDesk(headline, result);
        });
}

void MainWindow::showOpenedFromDesk(const QString &headline, const DeskOpener::Result &result)
{
    if (result.articleId) {
        m_articleModel->reload();
        m_currentArticleId = 0; // the library's copy may have changed under the open document
        openArticle(result.articleId);
    }
    switch (result.kind) {
    case DeskOpener::Result::Opened:
        showHeldBy(std::nullopt);
        if (m_lockKeeper)
            m_lockKeeper->keep(result.articleId);
        break;
    case DeskOpener::Result::ReadOnly:
        showHeldBy(result.heldBy);
        break;
    case DeskOpener::Result::Failed:
        m_notice->showNotice(result.message.isEmpty() ? tr("“%1” could not be opened.").arg(headline) : result.message,
            NoticeBar::Warning);
        return;
    case DeskOpener::Result::Cancelled:
        return;
    }
    if (!result.notes.isEmpty())
        statusBar()->showMessage(result.notes.join(u' '), 10000);
    fetchDeskNotes(result.articleId);
}

void MainWindow::fetchDeskNotes(qint64 articleId)
{
    // The inbox carries only the last note, cut short; the story's own list has them all.
    const std::optional<DeskLink> link = m_library.deskStore().link(articleId);
    const std::optional<TargetAccount> account = link ? TargetAccounts::find(link->target) : std::nullopt;
    if (!account)
        return;
    runInBackground(
        this,
        [factory = clientFactory(*account), post = link->post] {
            QList<DeskNote> notes;
            QString error;
            if (const std::unique_ptr<DeskClient> client = factory(&error);
                client && !client->notes(post, &notes, {}).ok())
                notes.clear();
            return notes;
        },
        [this, articleId](const QList<DeskNote> &notes) {
            if (m_document && m_document->articleId() == articleId && !notes.isEmpty())
                showDeskNotes(notes);
        });
}

void MainWindow::deskAction(const DeskStory &story, bool approve, const QString &note, const QDateTime &at)
{
    // The queue acts on the local copy linked to the post: opened from the
    // desk, or written here and filed.
    const QString target = m_deskWatcher->target();
    std::optional<qint64> articleId;
    if (const std::optional<DeskLink> link = m_library.deskStore().linkForPost(target, story.post))
        articleId = link->articleId;
    else if (!story.uuid.isNull())
        articleId = m_library.articleStore().articleIdForUuid(story.uuid);
    if (!articleId) {
        m_notice->showNotice(tr("Open “%1” from the desk first: the desk returns and approves stories it has opened.")
                                 .arg(story.headline),
            NoticeBar::Warning);
        return;
    }
    if (m_document && m_document->articleId() == *articleId && !m_autosaver.flush()) {
        QMessageBox::warning(this, approve ? tr("Approve") : tr("Return"), m_autosaver.lastError());
        return;
    }
    const PublishAction action = approve ? PublishAction::Approve : PublishAction::Return;
    // The queue sends it once, also after a night offline; refusals (the
    // embargo, an empty note) come back before anything is queued.
    const std::optional<PublishJob> job = m_publishService->enqueue(*articleId, target, action, at, note);
    if (!job) {
        QMessageBox::warning(this, approve ? tr("Approve") : tr("Return"), m_publishService->errorString());
        return;
    }
    showPublishDock();
    statusBar()->showMessage(
        tr("“%1” is queued for %2: %3.").arg(story.headline, target, PublishNames::actionDisplayName(action)), 6000);
}

bool MainWindow::confirmTakeOver()
{
    QMessageBox box(QMessageBox::Question, tr("Take Over"),
        tr("Someone else is editing this story. If you take it over, their Byline keeps what they wrote as a "
           "revision and turns read-only. Take it over?"),
        QMessageBox::Cancel, this);
    box.setObjectName(u"takeOverConfirmation"_s);
    QAbstractButton *take = box.addButton(tr("&Take Over"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == take;
}

void MainWindow::showHeldBy(const std::optional<DeskLock> &heldBy)
{
    const bool readOnly = heldBy.has_value();
    m_editor->setReadOnly(readOnly);
    m_photos->setEnabled(!readOnly);
    // Undo would change a story this Byline may not edit now.
    if (m_document)
        m_undoGroup->setActiveStack(readOnly ? nullptr : m_document->undoStack());
    if (!heldBy) {
        m_deskBar->hide();
        return;
    }
    if (heldBy->user.name.isEmpty()) {
        // The post is gone from the site: nothing to take over.
        m_deskBar->showNotice(tr("This story is read-only here: the site no longer has it."), NoticeBar::Warning);
        return;
    }
    const QString since = QLocale().toString(
        heldBy->since.toTimeZone(QTimeZone(m_publication.timeZone.toUtf8())).time(), QLocale::ShortFormat);
    m_deskBar->showNotice(
        tr("%1 is editing since %2. You can read the story; to edit it, take it over.").arg(heldBy->user.name, since),
        NoticeBar::Warning, {m_takeOver});
}

bool MainWindow::isReadOnly() const
{
    return m_editor->isReadOnly();
}

void MainWindow::showDeskNotes(const QList<DeskNote> &notes)
{
    m_deskNotes->setNotes(notes);
    // Another story's return note does not stay in the notice bar.
    if (!m_returnNoteText.isEmpty() && m_notice->text() == m_returnNoteText) {
        m_notice->hide();
        m_returnNoteText.clear();
    }
    // A returned story says why in the notice bar: its newest return note.
    for (auto note = notes.crbegin(); note != notes.crend(); ++note) {
        if (note->kind == DeskNoteKind::Return) {
            m_returnNoteText = tr("Returned by %1: %2").arg(note->author.name, note->text);
            m_notice->showNotice(m_returnNoteText, NoticeBar::Warning);
            break;
        }
    }
}

void MainWindow::showDeskStateOfOpenStory()
{
    if (!m_document || !m_deskWatcher) {
        showDeskNotes({});
        return;
    }
    const QUuid uuid = m_document->metadata().uuid;
    for (const DeskStory &story : m_deskWatcher->inbox().stories) {
        if (story.uuid != uuid || uuid.isNull())
            continue;
        // The inbox has the last note; a fuller list already shown that
        // has it stays.
        if (!story.lastNote)
            showDeskNotes({});
        else if (std::none_of(m_deskNotes->notes().cbegin(), m_deskNotes->notes().cend(),
                     [id = story.lastNote->id](const DeskNote &note) { return note.id == id; }))
            showDeskNotes({*story.lastNote});
        return;
    }
    showDeskNotes({});
}

} // namespace Byline
