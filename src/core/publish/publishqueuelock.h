#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace Byline {

// The lock that lets one process at a time run a library's publish queue
// (DIR/.byline-publish.lock): the window's queue and the command line's
// drains take it the same way. A dead holder's lock is taken over at once.
// Held from the first acquire() that succeeds until destroyed.
class PublishQueueLock
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PublishQueueLock)

public:
    explicit PublishQueueLock(const QString &libraryDirectory);
    Q_DISABLE_COPY_MOVE(PublishQueueLock)

    static QString fileName() { return QStringLiteral(".byline-publish.lock"); }

    enum Result
    {
        Ours,
        Elsewhere, // another process runs the queue
        Failed, // the lock file cannot be made (failure() says so)
    };
    Result acquire();
    QString failure() const;

private:
    QLockFile m_file;
};

} // namespace Byline
