#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

namespace Byline {

// The library file as its own bytes describe it, read before SQLite opens it:
// opening applies whatever -wal lies beside the file, even another
// database's, so what the file was must be known first.
struct LibraryFileHeader
{
    bool exists = false;
    qint64 size = 0;
    bool sqlite = false; // starts with "SQLite format 3"
    qint64 pageSize = 0;
    qint64 userVersion = 0;
    qint64 applicationId = 0;
    bool journal = false; // a -wal with frames lies beside it

    static LibraryFileHeader read(const QString &path);
};

// Deciding whether library.sqlite is a Byline library, making a new one and
// setting an unusable one aside.
class LibraryFile
{
    Q_DECLARE_TR_FUNCTIONS(Byline::LibraryFile)

public:
    // PRAGMA application_id of every Byline library: "BYLN".
    static constexpr qint32 ApplicationId = 0x42594c4e;

    enum class SetAsideReason
    {
        None,
        Damaged,
        NotALibrary,
        ForeignJournal, // its -wal belongs to another database
        Empty, // 0 bytes
    };

    enum class Shape
    {
        New, // nothing in it yet: Byline may create its tables
        Library,
        Newer, // a library from a newer Byline
        NotALibrary,
        ForeignJournal,
        Unreadable,
    };

    // Judged on a read-only connection, so nothing has been written when
    // the answer is no. `tablesOfStep` lists what each schema step creates.
    static Shape judge(QSqlDatabase &db, const LibraryFileHeader &onDisk, const QList<QStringList> &tablesOfStep,
        QString *detail, QSqlError *error);

    // Makes an empty library file (application id set, WAL journal) beside
    // `path` and renames it into place, so no half-made library.sqlite is
    // ever seen: a 0-byte one was damaged by something else. Succeeds too
    // when another opener made the file first.
    static bool create(const QString &path, QSqlError *error);

    // Left in the library folder when a damaged page was met, so the next
    // open reads the whole file.
    static QString checkMarkerPath(const QString &directory)
    {
        return directory + QStringLiteral("/.byline-check-library");
    }

    // Renames the file with its -wal and -shm, untouched, to
    // PATH.LABEL-yyyyMMdd-HHmmss; returns the new name, or empty.
    static QString setAside(const QString &path, SetAsideReason reason);
};

// What open() did with a library file it could not use as it was.
struct LibraryRecovery
{
    LibraryFile::SetAsideReason reason = LibraryFile::SetAsideReason::None;
    QString keptCopy;
    int storiesRecovered = 0;
    // Of those, rebuilt from their last named revision or publish snapshot
    // because the story's own row could not be read.
    int storiesFromSnapshots = 0;
    // Named by another table (a revision, a photo, a job) but not readable.
    int storiesUnreadable = 0;
    // Why copying into the new library failed (a full disk), if it did.
    QString failure;

    // A translated sentence for the person; empty when nothing was set aside.
    QString notice() const;
};

} // namespace Byline
