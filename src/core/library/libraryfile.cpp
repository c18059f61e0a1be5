#include "libraryfile.h"

#include "common/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Byline {

LibraryFileHeader LibraryFileHeader::read(const QString &path)
{
    LibraryFileHeader header;
    const QFileInfo info(path);
    header.exists = info.exists();
    if (!header.exists)
        return header;
    header.size = info.size();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        // The database header: https://sqlite.org/fileformat.html#the_database_header
        const QByteArray bytes = file.read(100);
        if (bytes.size() == 100 && bytes.first(16) == QByteArrayView("SQLite format 3\0", 16)) {
            header.sqlite = true;
            const quint16 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
            header.pageSize = pageSize == 1 ? 65536 : pageSize;
            header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
            header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
        }
    }
    // A WAL header alone (32 bytes) holds no pages.
    header.journal = QFileInfo(path + u"-wal"_s).size() > 32;
    return header;
}

LibraryFile::Shape LibraryFile::judge(QSqlDatabase &db, const LibraryFileHeader &onDisk,
    const QList<QStringList> &tablesOfStep, QString *detail, QSqlError *error)
{
    QSqlQuery query(db);
    auto read = [&](const QString &pragma, qint64 *value) {
        if (!query.exec(u"PRAGMA "_s + pragma) || !query.next()) {
            *error = query.lastError();
            return false;
        }
        *value = query.value(0).toLongLong();
        query.finish();
        return true;
    };
    qint64 applicationId = 0;
    qint64 version = 0;
    qint64 pages = 0;
    qint64 autoVacuum = 0;
    if (!read(u"application_id"_s, &applicationId) || !read(u"user_version"_s, &version)
        || !read(u"page_count"_s, &pages) || !read(u"auto_vacuum"_s, &autoVacuum))
        return Shape::Unreadable;
    QStringList entries;
    QStringList tables;
    if (!query.exec(u"SELECT type, name FROM sqlite_schema"_s)) {
        *error = query.lastError();
        return Shape::Unreadable;
    }
    while (query.next()) {
        entries << query.value(1).toString();
        if (query.value(0).toString() == u"table"_s)
            tables << query.value(1).toString();
    }
    if (query.lastError().type() != QSqlError::NoError) {
        *error = query.lastError();
        return Shape::Unreadable;
    }
    query.finish();

    // The file as SQLite sees it includes the -wal. Byline never lowers the
    // schema version, gives up its application id or makes the file smaller
    // (it never VACUUMs): a journal that does was written for another
    // database, and applying it would lose the library.
    if (onDisk.journal && onDisk.sqlite && onDisk.pageSize > 0) {
        if (version < onDisk.userVersion) {
            *detail = u"the -wal lowers the schema version from %1 to %2"_s.arg(onDisk.userVersion).arg(version);
            return Shape::ForeignJournal;
        }
        if (onDisk.applicationId == ApplicationId && applicationId != ApplicationId) {
            *detail = u"the -wal changes the application id to %1"_s.arg(applicationId);
            return Shape::ForeignJournal;
        }
        if (autoVacuum == 0 && pages < onDisk.size / onDisk.pageSize) {
            *detail = u"the -wal shrinks the file from %1 to %2 pages"_s.arg(onDisk.size / onDisk.pageSize).arg(pages);
            return Shape::ForeignJournal;
        }
    }
    if (applicationId != 0 && applicationId != ApplicationId) {
        *detail = u"application id %1"_s.arg(applicationId);
        return Shape::NotALibrary;
    }
    // Tables are only ever created from version 0 in an empty file, never
    // over someone else's.
    if (version == 0) {
        if (entries.isEmpty())
            return Shape::New;
        *detail = u"schema version 0 with %1"_s.arg(entries.join(u", "_s).left(200));
        return Shape::NotALibrary;
    }
    if (version > tablesOfStep.size()) {
        if (applicationId == ApplicationId || tables.contains(u"articles"_s))
            return Shape::Newer;
        *detail = u"schema version %1 without the articles table"_s.arg(version);
        return Shape::NotALibrary;
    }
    for (qsizetype step = 0; step < tablesOfStep.size(); ++step) {
        for (const QString &table : tablesOfStep.at(step)) {
            if (tables.contains(table) != (step < version)) {
                *detail = u"schema version %1 %2 the table %3"_s.arg(version).arg(
                    step < version ? u"lacks"_s : u"already has"_s, table);
                return Shape::NotALibrary;
            }
        }
    }
    return Shape::Library;
}

bool LibraryFile::create(const QString &path, QSqlError *error)
{
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString temporary = path + u".new-"_s + tag;
    const QString connection = u"byline-new-library-"_s + tag;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(temporary);
        if (!db.open()) {
            *error = db.lastError();
        } else {
            QSqlQuery query(db);
            for (const QString &pragma :
                {u"PRAGMA application_id = %1"_s.arg(ApplicationId), u"PRAGMA journal_mode = WAL"_s}) {
                if (!query.exec(pragma)) {
                    *error = query.lastError();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    bool made = error->type() == QSqlError::NoError;
    // Never over an existing file: another opener may have made it first.
    if (made && !QFile::rename(temporary, path) && !QFile::exists(path)) {
        *error = QSqlError(u"rename failed"_s, u"%1 could not be renamed"_s.arg(temporary), QSqlError::ConnectionError,
            u"14"_s); // as SQLITE_CANTOPEN
        made = false;
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(temporary + suffix);
    if (!made)
        qCInfo(lcLibrary).noquote() << "could not create" << path << "-" << error->text();
    return made;
}

QString LibraryFile::setAside(const QString &path, SetAsideReason reason)
{
    QString label;
    switch (reason) {
    case SetAsideReason::None:
        return {};
    case SetAsideReason::Damaged:
        label = u"corrupt"_s;
        break;
    case SetAsideReason::NotALibrary:
        label = u"not-a-library"_s;
        break;
    case SetAsideReason::ForeignJournal:
        label = u"foreign-wal"_s;
        break;
    case SetAsideReason::Empty:
        label = u"empty"_s;
        break;
    }
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString copy = path + u'.' + label + u'-' + stamp;
    for (int n = 2; QFile::exists(copy); ++n)
        copy = path + u'.' + label + u'-' + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, copy))
        return {};
    // The journal belongs to the file: it goes with it, or the new library
    // would read it.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, copy + suffix))
            QFile::remove(path + suffix);
    }
    return copy;
}

QString LibraryRecovery::notice() const
{
    const QString copy = QDir::toNativeSeparators(keptCopy);
    QString text;
    switch (reason) {
    case LibraryFile::SetAsideReason::None:
        return {};
    case LibraryFile::SetAsideReason::Damaged:
        text = LibraryFile::tr("The library file was damaged. %n story(s) could still be read and were copied into a "
                               "new library; the damaged file was kept at %1.",
            nullptr, storiesRecovered)
                   .arg(copy);
        break;
    case LibraryFile::SetAsideReason::NotALibrary:
        text = LibraryFile::tr("The library file is not a Byline library (or no longer looks like one), so Byline "
                               "did not change it: it was kept at %1 and a new library was started. %n story(s) "
                               "could be read from it and were copied into the new library.",
            nullptr, storiesRecovered)
                   .arg(copy);
        break;
    case LibraryFile::SetAsideReason::ForeignJournal:
        text = LibraryFile::tr("The library's journal (library.sqlite-wal) belonged to another database, so Byline "
                               "did not apply it: the library and that journal were kept untouched at %1. %n "
                               "story(s) were copied from the library into a new one; the latest edits may be "
                               "missing.",
            nullptr, storiesRecovered)
                   .arg(copy);
        break;
    case LibraryFile::SetAsideReason::Empty:
        text = LibraryFile::tr("The library file was empty (0 bytes): its stories were lost before Byline started, "
                               "for example by a failed copy or a full disk. The empty file was kept at %1 and a new "
                               "library was started; restore the library from a backup if you have one.")
                   .arg(copy);
        if (storiesRecovered > 0)
            text += u' '
                + LibraryFile::tr("%n story(s) could be read from its journal and were copied into the new library.",
                    nullptr, storiesRecovered);
        break;
    }
    if (storiesFromSnapshots > 0)
        text += u' '
            + LibraryFile::tr("%n of them come from their last named revision or publish snapshot, so later edits "
                              "may be missing.",
                nullptr, storiesFromSnapshots);
    if (storiesUnreadable > 0)
        text += u' ' + LibraryFile::tr("%n other story(s) could not be read.", nullptr, storiesUnreadable);
    if (!failure.isEmpty())
        text += u' ' + failure;
    return text;
}

} // namespace Byline
