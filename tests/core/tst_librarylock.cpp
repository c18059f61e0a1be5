#include "library/librarylock.h"

#include <QFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_LibraryLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secondWindowIsRefusedWithTheHolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new/library"_s);
        LibraryLock first(path);
        QVERIFY(first.tryLock());
        QVERIFY(first.isLocked());
        QVERIFY(QFile::exists(path + u'/' + LibraryLock::lockFileName()));

        LibraryLock second(path);
        QVERIFY(!second.tryLock());
        QVERIFY(!second.isLocked());
        const QString holder = second.holderDescription();
        QVERIFY2(holder.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(holder));
        QVERIFY2(holder.contains(QSysInfo::machineHostName()), qPrintable(holder));
        QVERIFY2(second.errorString().contains(holder), qPrintable(second.errorString()));

        first.unlock();
        QVERIFY(second.tryLock());
        QVERIFY(second.errorString().isEmpty());
    }

    void lockIsReleasedWithItsOwner()
    {
        QTemporaryDir dir;
        {
            LibraryLock lock(dir.path());
            QVERIFY(lock.tryLock());
        }
        QVERIFY(!QFile::exists(dir.filePath(LibraryLock::lockFileName())));
        LibraryLock again(dir.path());
        QVERIFY(again.tryLock());
    }

    void lockOfAnEndedProcessIsTakenOver()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(LibraryLock::lockFileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // QLockFile's format: pid, application name, host name. No process
        // has this pid (Linux pids stay below 2^22).
        file.write("2147480000\nbyline\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        file.close();
        LibraryLock lock(dir.path());
        QVERIFY(lock.tryLock());
    }
};

QTEST_GUILESS_MAIN(tst_LibraryLock)
#include "tst_librarylock.moc"
