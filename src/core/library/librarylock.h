#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace Byline {

// One Byline window per library: a lock file in the library folder
// (DIR/.byline-lock). The command line does not take it; SQLite's WAL
// keeps its concurrent access safe. A lock left by a crashed Byline is
// taken over, because the process that held it is gone.
class LibraryLock
{
    Q_DECLARE_TR_FUNCTIONS(Byline::LibraryLock)

public:
    explicit LibraryLock(const QString &directory);
    ~LibraryLock();

    static QString lockFileName() { return QStringLiteral(".byline-lock"); }

    bool tryLock();
    void unlock();
    bool isLocked() const { return m_lockFile.isLocked(); }
    // Who holds the lock, for the message when tryLock() fails:
    // "Byline (process 1234 on newsroom-pc)".
    QString holderDescription() const;
    // A translated sentence when the lock could not be taken.
    QString errorString() const;

private:
    QString m_directory;
    QLockFile m_lockFile;
};

} // namespace Byline
