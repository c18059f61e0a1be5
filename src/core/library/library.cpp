#include "library.h"

#include "common/logging.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"byline-library-%1"_s.arg(++counter);
}

} // namespace

Library::Library(QObject *parent)
    : QObject(parent)
    , m_connectionName(nextConnectionName())
    , m_articleStore(std::make_unique<ArticleStore>(*this))
    , m_revisionStore(std::make_unique<RevisionStore>(*this))
    , m_photoStore(std::make_unique<PhotoStore>(*this))
    , m_deskStore(std::make_unique<DeskStore>(*this))
{ }

Library::~Library()
{
    close();
}

QString Library::defaultDirectory()
{
    // ~/.local/share/Byline/library on Linux, the same shape elsewhere.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Byline/library"_s;
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Library::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    m_statements.clear();
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_directory.clear();
}

bool Library::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

bool Library::fail(const QString &message, LibraryError kind)
{
    m_errorString = message;
    m_errorKind = kind;
    qCWarning(lcLibrary).noquote() << message;
    return false;
}

void Library::clearError()
{
    m_errorString.clear();
    m_errorKind = LibraryError::None;
}

LibraryError Library::errorKindOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return LibraryError::None;
    bool ok = false;
    // Extended result codes keep the primary code in the low byte.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return LibraryError::Other;
    switch (code) {
    case 13: // SQLITE_FULL
        return LibraryError::DiskFull;
    case 8: // SQLITE_READONLY
        return LibraryError::ReadOnly;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return LibraryError::Busy;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return LibraryError::Corrupt;
    default: // SQLITE_IOERR (10), SQLITE_CANTOPEN (14) and the rest
        return LibraryError::Other;
    }
}

bool Library::failSql(const QString &context, const QSqlError &error)
{
    // SQLite's own words ("table articles already exists", "Parameter count
    // mismatch") are for the log only; the person gets a sentence by kind.
    qCInfo(lcLibrary).noquote() << context << "- SQLite:" << error.text() << "code" << error.nativeErrorCode();
    const LibraryError kind = errorKindOf(error);
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (kind) {
    case LibraryError::DiskFull:
        return fail(
            tr("The disk is full. Your text is safe in the editor and will be saved when space is free."), kind);
    case LibraryError::ReadOnly:
        return fail(tr("The library cannot be written to: its disk or folder is read-only. Your text is safe in the "
                       "editor and will be saved when the library can be written again."),
            kind);
    case LibraryError::Busy:
        return fail(tr("Another program is holding the library. Your text is safe in the editor and will be saved "
                       "in a moment."),
            kind);
    case LibraryError::Corrupt:
        // The next open() reads the whole file and repairs it.
        if (!m_directory.isEmpty()) {
            QFile marker(LibraryFile::checkMarkerPath(m_directory));
            if (marker.open(QIODevice::WriteOnly))
                marker.close();
        }
        return fail(tr("The library file is damaged. Your text is safe in the editor; restart Byline to repair "
                       "the library."),
            kind);
    default:
        break;
    }
    if (code == 10) // SQLITE_IOERR
        return fail(
            tr("%1: the disk reported an error. Check that the disk is still connected and working.").arg(context),
            kind);
    if (code == 14) // SQLITE_CANTOPEN
        return fail(
            tr("%1: the library file cannot be opened. Check that the library folder still exists.").arg(context),
            kind);
    if (error.nativeErrorCode().isEmpty()) // Qt's own ("Parameter count mismatch")
        return fail(tr("%1: the library reported an unexpected error.").arg(context), kind);
    return fail(
        tr("%1: the library reported an unexpected error (SQLite code %2).").arg(context, error.nativeErrorCode()),
        kind);
}

Library::Statement Library::prepared(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(database());
        query->prepare(sql); // a failure shows when it is executed
    }
    return Statement(query.get());
}

bool Library::transaction(const std::function<bool()> &work)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    if (m_transactionDepth > 0)
        return savepoint(work);
    QSqlQuery query(database());
    // IMMEDIATE takes the write lock up front (waiting up to the busy
    // timeout) instead of failing at the first write after reading. SQLite
    // can still answer "busy" at once while another connection sets up the
    // write-ahead log, so a few short retries follow.
    for (int attempt = 1; !query.exec(u"BEGIN IMMEDIATE"_s); ++attempt) {
        if (errorKindOf(query.lastError()) != LibraryError::Busy || attempt == BusyRetries)
            return failSql(tr("The library could not be changed"), query.lastError());
        QThread::msleep(BusyRetryDelayMs);
    }
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    if (!ok) {
        query.exec(u"ROLLBACK"_s);
        m_articlesChangedPending = false;
        m_photosChangedPending.clear();
        return false;
    }
    if (!query.exec(u"COMMIT"_s)) {
        const QSqlError error = query.lastError();
        query.exec(u"ROLLBACK"_s);
        m_articlesChangedPending = false;
        m_photosChangedPending.clear();
        return failSql(tr("The library could not be changed"), error);
    }
    emitPendingChanges();
    return true;
}

bool Library::savepoint(const std::function<bool()> &work)
{
    QSqlQuery query(database());
    const QString name = u"nested_%1"_s.arg(m_transactionDepth);
    if (!query.exec(u"SAVEPOINT "_s + name))
        return failSql(tr("The library could not be changed"), query.lastError());
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    if (!ok) {
        query.exec(u"ROLLBACK TO "_s + name);
        query.exec(u"RELEASE "_s + name);
        return false;
    }
    if (!query.exec(u"RELEASE "_s + name)) {
        const QSqlError error = query.lastError();
        query.exec(u"ROLLBACK TO "_s + name);
        query.exec(u"RELEASE "_s + name);
        return failSql(tr("The library could not be changed"), error);
    }
    return true;
}

void Library::notifyArticlesChanged()
{
    if (m_transactionDepth > 0)
        m_articlesChangedPending = true;
    else
        Q_EMIT articlesChanged();
}

void Library::notifyPhotosChanged(qint64 articleId)
{
    if (m_transactionDepth > 0)
        m_photosChangedPending.insert(articleId);
    else
        Q_EMIT photosChanged(articleId);
}

void Library::emitPendingChanges()
{
    const bool articles = std::exchange(m_articlesChangedPending, false);
    const std::set<qint64> photos = std::exchange(m_photosChangedPending, {});
    if (articles)
        Q_EMIT articlesChanged();
    for (const qint64 articleId : photos)
        Q_EMIT photosChanged(articleId);
}

bool Library::saveArticleWithPhotos(const Article &article, const QList<Photo> &photos, const QSet<QString> *removable)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    // The photos first: the article's JSON names the lead the rows now have.
    const bool ok = transaction([&] {
        return m_photoStore->writeArticlePhotos(article.id, photos, removable) && m_articleStore->writeArticle(article);
    });
    if (!ok)
        return false;
    clearError();
    notifyArticlesChanged();
    return true;
}

} // namespace Byline
