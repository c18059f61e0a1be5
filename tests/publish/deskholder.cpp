// A desk Byline reduced to what holds a story: opens the post from the desk
// (taking its lock), types into it, keeps the lock with the LockKeeper and
// waits to be killed (tst_desklocks).
//   deskholder LIBRARY URL USER PASSWORD POST

#include "desk/deskclient.h"
#include "desk/deskopener.h"
#include "desk/lockkeeper.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Byline;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 2;
    TargetAccount account;
    account.name = u"desk"_s;
    account.kind = TargetAccount::wordPressKind();
    account.url = QUrl(args.at(2));
    account.user = args.at(3);
    const QString password = args.at(4);
    Library library;
    if (!library.open(args.at(1)))
        return 3;
    QString error;
    std::unique_ptr<DeskClient> client = DeskClient::create(account, password, &error);
    if (!client)
        return 4;
    const DeskOpener::Result opened = DeskOpener(library, *client, account.name).open(args.at(5).toLongLong(), {});
    if (opened.kind != DeskOpener::Result::Opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 5;
    }
    Article typed = *library.articleStore().article(opened.articleId);
    typed.body += u"<p>데스크가 고친 문단, 저장됨.</p>"_s;
    if (!library.articleStore().saveArticle(typed))
        return 6;
    LockKeeper keeper(library, [account, password](QString *e) { return DeskClient::create(account, password, e); });
    keeper.setInterval(std::chrono::milliseconds(300));
    if (!keeper.keep(opened.articleId))
        return 7;
    QObject::connect(&keeper, &LockKeeper::refreshed, &app, [] {
        std::fputs("refreshed\n", stdout);
        std::fflush(stdout);
    });
    std::printf("held %lld\n", static_cast<long long>(opened.articleId));
    std::fflush(stdout);
    return app.exec();
}
