// Opening a library: the file is judged before anything is written to it,
// set aside when it cannot be used as it is, and brought to the current schema.

#include "common/logging.h"
#include "library.h"
#include "librarysalvage.h"
#include "schemastep.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// A library file larger than this is not read through at every open: SQLite's
// quick_check reads every page (2 to 5 s on a 10,000-article library of
// 280 MB, bench_library), so bigger libraries get the cheap check unless a
// damaged page was met since the last open.
constexpr qint64 fullCheckLimit = 4 * 1024 * 1024;

} // namespace

bool Library::open(const QString &directory)
{
    close();
    m_errorString.clear();
    m_errorKind = LibraryError::None;
    m_recovery = {};
    const QString absolute = QDir(directory).absolutePath();
    if (!QDir().mkpath(absolute))
        return fail(tr("Cannot create the library folder %1. Check that the disk is writable.")
                .arg(QDir::toNativeSeparators(absolute)));
    const QString path = absolute + u'/' + databaseFileName();

    // Read before SQLite opens the file, which applies any -wal beside it.
    m_onDisk = LibraryFileHeader::read(path);
    if (m_onDisk.exists && m_onDisk.size == 0 && !setAside(absolute, LibraryFile::SetAsideReason::Empty))
        return false;
    auto openFile = [&] {
        QSqlError error;
        if (!QFile::exists(path) && !LibraryFile::create(path, &error))
            return failSql(tr("Cannot create the library in %1").arg(QDir::toNativeSeparators(absolute)), error);
        // A library being created by two connections at once (the window
        // and a worker) can be busy for an instant the busy timeout does not cover.
        bool opened = openDatabase(absolute);
        for (int attempt = 1; !opened && m_errorKind == LibraryError::Busy && attempt < BusyRetries; ++attempt) {
            QThread::msleep(BusyRetryDelayMs);
            opened = openDatabase(absolute);
        }
        return opened;
    };
    if (!openFile()) {
        if (m_errorKind != LibraryError::Corrupt)
            return false;
        // The file is kept for recovery tools, and the person can still
        // work: Byline starts on a fresh library with what could be read.
        const LibraryFile::SetAsideReason reason = m_setAsideReason == LibraryFile::SetAsideReason::None
            ? LibraryFile::SetAsideReason::Damaged
            : m_setAsideReason;
        if (!setAside(absolute, reason) || !openFile())
            return false;
    }
    m_directory = absolute;
    if (!m_recovery.keptCopy.isEmpty())
        LibrarySalvage::recover(*this, m_recovery);
    qCInfo(lcLibrary).noquote() << "opened" << absolute;
    Q_EMIT articlesChanged(); // views made before open() fill now
    return true;
}

bool Library::openDatabase(const QString &absolute)
{
    const QString path = absolute + u'/' + databaseFileName();
    const QString context = tr("Cannot open the library in %1").arg(QDir::toNativeSeparators(absolute));
    m_setAsideReason = LibraryFile::SetAsideReason::None;
    QSqlError error;
    bool ready = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        // First read-only: a file that turns out not to be a library, or
        // damaged, is set aside as it was (a read-write connection would
        // write the -wal into it on closing).
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            error = db.lastError();
        } else {
            m_directory = absolute;
            ready = checkShape() && checkIntegrity();
            m_directory.clear();
            db.close();
        }
        if (ready) {
            ready = false;
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (!db.open()) {
                error = db.lastError();
            } else {
                QSqlQuery query(db);
                // WAL lets readers (the list, search, a second window) work during writes;
                // synchronous=FULL makes every committed edit survive power loss.
                for (const QString &pragma :
                    {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
                    if (!query.exec(pragma)) {
                        error = query.lastError();
                        break;
                    }
                }
                if (error.type() == QSqlError::NoError) {
                    m_directory = absolute;
                    ready = migrate();
                    m_directory.clear();
                }
            }
        }
    }
    if (error.type() != QSqlError::NoError) {
        if (errorKindOf(error) == LibraryError::Corrupt) {
            qCInfo(lcLibrary).noquote() << path << "- SQLite:" << error.text();
            fail(tr("The library file %1 is damaged.").arg(QDir::toNativeSeparators(path)), LibraryError::Corrupt);
        } else {
            failSql(context, error);
        }
    }
    if (ready)
        return true;
    const QString message = m_errorString;
    const LibraryError kind = m_errorKind;
    m_statements.clear();
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_errorString = message;
    m_errorKind = kind;
    return false;
}

bool Library::checkShape()
{
    QList<QStringList> tables;
    for (const SchemaStep &step : SchemaRegistry::steps())
        tables << step.tablesCreated();
    QSqlDatabase db = database();
    QString detail;
    QSqlError error;
    const QString path = QDir::toNativeSeparators(m_directory + u'/' + databaseFileName());
    switch (LibraryFile::judge(db, m_onDisk, tables, &detail, &error)) {
    case LibraryFile::Shape::New:
    case LibraryFile::Shape::Library:
    case LibraryFile::Shape::Newer: // migrate() refuses it with a message
        return true;
    case LibraryFile::Shape::Unreadable:
        if (errorKindOf(error) == LibraryError::Corrupt) {
            qCInfo(lcLibrary).noquote() << path << "- SQLite:" << error.text();
            return fail(tr("The library file %1 is damaged.").arg(path), LibraryError::Corrupt);
        }
        return failSql(tr("The library file %1 cannot be read").arg(path), error);
    case LibraryFile::Shape::NotALibrary:
        m_setAsideReason = LibraryFile::SetAsideReason::NotALibrary;
        break;
    case LibraryFile::Shape::ForeignJournal:
        m_setAsideReason = LibraryFile::SetAsideReason::ForeignJournal;
        break;
    }
    qCWarning(lcLibrary).noquote() << path << "is not a Byline library as it stands:" << detail;
    // Corrupt, as far as callers go: it is set aside, never written to.
    return fail(tr("The file %1 is not a Byline library.").arg(path), LibraryError::Corrupt);
}

bool Library::checkIntegrity()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const QString path = m_directory + u'/' + databaseFileName();
    auto corrupt = [this, &path](const QString &detail) {
        qCInfo(lcLibrary).noquote() << path << "is damaged:" << detail;
        return fail(tr("The library file %1 is damaged.").arg(QDir::toNativeSeparators(path)), LibraryError::Corrupt);
    };

    // Cheap, always: the header and the schema must read, and the file must
    // hold every page it claims to have (a copy cut short loses its tail).
    if (!query.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !query.next()) {
        if (errorKindOf(query.lastError()) == LibraryError::Corrupt)
            return corrupt(query.lastError().text());
        return failSql(tr("The library file %1 cannot be read").arg(QDir::toNativeSeparators(path)), query.lastError());
    }
    query.finish();
    qint64 pageCount = 0;
    qint64 pageSize = 0;
    if (query.exec(u"PRAGMA page_count"_s) && query.next())
        pageCount = query.value(0).toLongLong();
    if (query.exec(u"PRAGMA page_size"_s) && query.next())
        pageSize = query.value(0).toLongLong();
    query.finish();
    const QFileInfo file(path);
    const QFileInfo wal(path + u"-wal"_s);
    if ((!wal.exists() || wal.size() == 0) && file.size() < pageCount * pageSize)
        return corrupt(
            u"the file is shorter than its contents (%1 of %2 bytes)"_s.arg(file.size()).arg(pageCount * pageSize));

    // Thorough when it is quick enough, or when a damaged page was met.
    const QString marker = LibraryFile::checkMarkerPath(m_directory);
    if (file.size() > fullCheckLimit && !QFile::exists(marker))
        return true;
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        if (errorKindOf(query.lastError()) == LibraryError::Corrupt)
            return corrupt(query.lastError().text());
        return failSql(tr("The library file %1 cannot be read").arg(QDir::toNativeSeparators(path)), query.lastError());
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems << line;
    }
    query.finish();
    if (!problems.isEmpty())
        return corrupt(problems.join(u"; "_s).simplified().left(300));
    QFile::remove(marker);
    return true;
}

bool Library::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // The version is read inside the write transaction, so two instances
    // opening a new library at once do not both create its tables.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return failSql(tr("The library file cannot be read"), query.lastError());
    auto rollbackAndFail = [&query](bool) {
        query.exec(u"ROLLBACK"_s);
        return false;
    };
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return rollbackAndFail(failSql(tr("The library file cannot be read"), query.lastError()));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion)
        return rollbackAndFail(
            fail(tr("This library was written by a newer version of Byline. Update Byline to open it.")));
    // The application id marks the file as a Byline library (libraries made
    // before it get it now), so a file that loses it is known not to be one.
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return rollbackAndFail(failSql(tr("The library file cannot be read"), query.lastError()));
    const bool marked = query.value(0).toInt() == LibraryFile::ApplicationId;
    query.finish();
    if (version == SchemaVersion && marked) {
        query.exec(u"COMMIT"_s);
        return true;
    }
    if (!marked && !query.exec(u"PRAGMA application_id = %1"_s.arg(LibraryFile::ApplicationId)))
        return rollbackAndFail(failSql(tr("The library could not be upgraded"), query.lastError()));

    // Each feature's steps (SchemaRegistry), in version order; what a step
    // fills from older rows is filled once all tables are there.
    QList<std::function<bool(Library &)>> fills;
    for (const SchemaStep &step : SchemaRegistry::steps()) {
        if (step.version <= version)
            continue;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement))
                return rollbackAndFail(failSql(tr("The library could not be upgraded"), query.lastError()));
        }
        if (step.fill)
            fills << step.fill;
    }
    // A store's transaction() inside a fill is a savepoint of this one.
    ++m_transactionDepth;
    const bool filled = std::all_of(fills.cbegin(), fills.cend(), [this](const auto &fill) { return fill(*this); });
    --m_transactionDepth;
    m_articlesChangedPending = false;
    m_photosChangedPending.clear();
    if (!filled)
        return rollbackAndFail(false);
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion)))
        return rollbackAndFail(failSql(tr("The library could not be upgraded"), query.lastError()));
    if (!query.exec(u"COMMIT"_s))
        return rollbackAndFail(failSql(tr("The library could not be upgraded"), query.lastError()));
    if (version < SchemaVersion)
        qCInfo(lcLibrary) << "library schema upgraded from" << version << "to" << SchemaVersion;
    return true;
}

bool Library::setAside(const QString &absolute, LibraryFile::SetAsideReason reason)
{
    const QString path = absolute + u'/' + databaseFileName();
    const QString reasonText = m_errorString;
    const QString copy = LibraryFile::setAside(path, reason);
    if (copy.isEmpty())
        return fail(tr("The library file %1 cannot be used as it is and could not be moved aside. Move it away by "
                       "hand and start Byline again.")
                        .arg(QDir::toNativeSeparators(path)),
            LibraryError::Corrupt);
    QFile::remove(LibraryFile::checkMarkerPath(absolute));
    m_onDisk = {};
    m_recovery.reason = reason;
    m_recovery.keptCopy = copy;
    qCWarning(lcLibrary).noquote() << (reasonText.isEmpty() ? u"The library file is empty."_s : reasonText)
                                   << "- moved to" << copy << "and started a new library";
    return true;
}

} // namespace Byline
