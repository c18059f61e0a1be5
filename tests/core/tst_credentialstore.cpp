#include "publish/credentialstore.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

// Against a real Secret Service (tests/support/with-secret-service starts
// gnome-keyring in a D-Bus session of its own).
class tst_CredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("BYLINE_PASSWORD");
    }

    void storedPasswordComesBackAndGoes()
    {
        QString error;
        const QString password = u"abcd EFGH 1234 ijkl 한글 5678"_s;
        QVERIFY2(CredentialStore::store(u"강원일보 WordPress"_s, u"desk"_s, password, &error), qPrintable(error));
        QCOMPARE(CredentialStore::password(u"강원일보 WordPress"_s, u"desk"_s, &error), password);
        // Accounts are kept apart by target and user.
        QVERIFY(!CredentialStore::password(u"강원일보 WordPress"_s, u"reporter"_s, &error));
        QVERIFY2(error.contains(u"No password"_s), qPrintable(error));

        QVERIFY2(CredentialStore::remove(u"강원일보 WordPress"_s, u"desk"_s, &error), qPrintable(error));
        error.clear();
        QVERIFY(!CredentialStore::password(u"강원일보 WordPress"_s, u"desk"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    // BYLINE_PASSWORD is for one run: used, never stored.
    void environmentPasswordIsUsedAndNotStored()
    {
        qputenv("BYLINE_PASSWORD", "from the environment");
        QString error;
        QCOMPARE(CredentialStore::password(u"site"_s, u"author"_s, &error), u"from the environment"_s);
        qunsetenv("BYLINE_PASSWORD");
        QVERIFY(!CredentialStore::password(u"site"_s, u"author"_s, &error));
    }
};

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
