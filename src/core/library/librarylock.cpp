#include "librarylock.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Byline {

LibraryLock::LibraryLock(const QString &directory)
    : m_directory(QDir(directory).absolutePath())
    , m_lockFile(m_directory + u'/' + lockFileName())
{
    // Never stale by age: an editor may stay open for days. A lock whose
    // process has ended is still recognised and removed by QLockFile.
    m_lockFile.setStaleLockTime(0);
}

LibraryLock::~LibraryLock()
{
    unlock();
}

bool LibraryLock::tryLock()
{
    if (m_lockFile.isLocked())
        return true;
    QDir().mkpath(m_directory);
    return m_lockFile.tryLock(0);
}

void LibraryLock::unlock()
{
    if (m_lockFile.isLocked())
        m_lockFile.unlock();
}

QString LibraryLock::holderDescription() const
{
    qint64 pid = 0;
    QString hostName;
    QString appName;
    if (!m_lockFile.getLockInfo(&pid, &hostName, &appName))
        return {};
    if (appName.isEmpty())
        appName = u"Byline"_s;
    if (hostName.isEmpty())
        return tr("%1 (process %2)").arg(appName).arg(pid);
    return tr("%1 (process %2 on %3)").arg(appName).arg(pid).arg(hostName);
}

QString LibraryLock::errorString() const
{
    switch (m_lockFile.error()) {
    case QLockFile::NoError:
        return {};
    case QLockFile::LockFailedError: {
        const QString holder = holderDescription();
        if (holder.isEmpty())
            return tr("The library in %1 is already open in another Byline window.")
                .arg(QDir::toNativeSeparators(m_directory));
        return tr("The library in %1 is already open in %2. Close that window, or open another library.")
            .arg(QDir::toNativeSeparators(m_directory), holder);
    }
    case QLockFile::PermissionError:
        return tr("Byline cannot write in the library folder %1. Check its permissions.")
            .arg(QDir::toNativeSeparators(m_directory));
    case QLockFile::UnknownError:
        break;
    }
    return tr("The library in %1 could not be locked for this window.").arg(QDir::toNativeSeparators(m_directory));
}

} // namespace Byline
