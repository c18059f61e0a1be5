#include "publishqueuelock.h"

#include <QDir>

namespace Byline {

PublishQueueLock::PublishQueueLock(const QString &libraryDirectory)
    : m_file(QDir(libraryDirectory).filePath(fileName()))
{
    m_file.setStaleLockTime(0); // a dead holder's lock is taken over at once
}

PublishQueueLock::Result PublishQueueLock::acquire()
{
    if (m_file.isLocked() || m_file.tryLock(0))
        return Ours;
    return m_file.error() == QLockFile::LockFailedError ? Elsewhere : Failed;
}

QString PublishQueueLock::failure() const
{
    return tr("Cannot take the publish queue's lock file %1.").arg(QDir::toNativeSeparators(m_file.fileName()));
}

} // namespace Byline
