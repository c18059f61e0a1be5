#include "commands.h"
#include "library/library.h"
#include "publish/credentialstore.h"
#include "publish/publishrunner.h"
#include "publish/publishservice.h"
#include "publish/targetaccount.h"
#include "publishcli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

using namespace Qt::StringLiterals;

// `byline targets`: the places Byline publishes to.
namespace Byline::Cli::PublishCli {

namespace {

// Reads one line, the password, from the context's input or standard input.
// On a terminal it asks on standard error and does not echo what is typed.
std::optional<QString> readPassword(Context &context, const TargetAccount &account)
{
    auto strip = [](QString line) {
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        return line;
    };
    if (context.in) {
        if (context.in->atEnd())
            return std::nullopt;
        return strip(context.in->readLine());
    }

    const QString prompt = QCoreApplication::translate("Byline::Cli", "Application Password for %1 at %2: ")
                               .arg(account.user, account.url.toString());
#ifdef Q_OS_UNIX
    static termios saved {};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    struct sigaction previousInt = {};
    struct sigaction previousTerm = {};
    if (terminal) {
        // Ctrl+C at the prompt must not leave the terminal without echo.
        struct sigaction restore = {};
        restore.sa_handler = [](int signal) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
            std::signal(signal, SIG_DFL);
            std::raise(signal);
        };
        sigemptyset(&restore.sa_mask);
        sigaction(SIGINT, &restore, &previousInt);
        sigaction(SIGTERM, &restore, &previousTerm);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        context.err << prompt << Qt::flush;
    }
#elif defined(Q_OS_WIN)
    const HANDLE console = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD savedMode = 0;
    const bool terminal = ::GetConsoleMode(console, &savedMode);
    if (terminal) {
        ::SetConsoleMode(console, savedMode & ~DWORD(ENABLE_ECHO_INPUT));
        context.err << prompt << Qt::flush;
    }
#else
    const bool terminal = false;
#endif

    QFile input;
    QByteArray line;
    bool read = false;
    if (input.open(stdin, QIODevice::ReadOnly)) {
        line = input.readLine();
        read = !line.isEmpty();
    }

#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        sigaction(SIGINT, &previousInt, nullptr);
        sigaction(SIGTERM, &previousTerm, nullptr);
    }
#elif defined(Q_OS_WIN)
    if (terminal)
        ::SetConsoleMode(console, savedMode);
#endif
    if (terminal)
        context.err << Qt::endl; // the Enter that was not echoed
    if (!read)
        return std::nullopt;
    return strip(QString::fromUtf8(line));
}

QJsonObject targetJson(const TargetAccount &account, const QString &defaultName)
{
    QJsonObject json = account.toJson();
    json.insert(u"default"_s, account.name == defaultName);
    json.insert(u"builtIn"_s, account == TargetAccounts::builtInFolder());
    return json;
}

int addTarget(const QCommandLineParser &parser, const QString &name, Context &context)
{
    auto usage = [&context](const QString &message) {
        context.err << u"byline targets add: "_s << message << Qt::endl;
        return int(UsageError);
    };
    TargetAccount account;
    account.name = name;
    account.kind = parser.value(u"kind"_s).toLower();
    if (account.kind.isEmpty())
        return usage(QCoreApplication::translate("Byline::Cli", "choose --kind folder or --kind wordpress."));
    const bool wordPress = account.kind == TargetAccount::wordPressKind();
    if (account.kind == TargetAccount::folderKind()) {
        if (parser.isSet(u"url"_s) || parser.isSet(u"user"_s))
            return usage(QCoreApplication::translate("Byline::Cli", "--url and --user go with --kind wordpress."));
        if (const QString path = parser.value(u"path"_s); !path.trimmed().isEmpty())
            account.path = QFileInfo(path).absoluteFilePath();
    } else if (wordPress) {
        if (parser.isSet(u"path"_s))
            return usage(QCoreApplication::translate("Byline::Cli", "--path goes with --kind folder."));
        account.url = QUrl(parser.value(u"url"_s).trimmed());
        account.user = parser.value(u"user"_s).trimmed();
    }
    if (const QString problem = account.problem(); !problem.isEmpty())
        return usage(problem);

    const std::optional<TargetAccount> previous = TargetAccounts::find(account.name);
    if (account.needsPassword()) {
        if (!qEnvironmentVariableIsEmpty("BYLINE_PASSWORD")) {
            context.err << QCoreApplication::translate("Byline::Cli",
                "BYLINE_PASSWORD is set: no password was read or stored. Set it for every run, or "
                "add the target again without it to keep the password in the system keychain.")
                        << Qt::endl;
        } else {
            const std::optional<QString> password = readPassword(context, account);
            if (!password || password->isEmpty())
                return usage(QCoreApplication::translate("Byline::Cli",
                    "give the Application Password on standard input (one line), or set BYLINE_PASSWORD."));
            // The account is only saved with its password in the keychain, so
            // a target that is listed can be used.
            QString error;
            if (!CredentialStore::store(account.name, account.user, *password, &error)) {
                context.err << QCoreApplication::translate(
                    "Byline::Cli", "The target %1 was not added: the password could not be stored. %2")
                                   .arg(account.name, error)
                            << Qt::endl;
                return Failure;
            }
        }
    }
    QString error;
    if (!TargetAccounts::save(account, &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    // A replaced account's password would otherwise stay in the keychain.
    if (previous && previous->needsPassword() && (!account.needsPassword() || previous->user != account.user))
        CredentialStore::remove(previous->name, previous->user, nullptr);
    if (parser.isSet(u"default"_s))
        TargetAccounts::setDefaultTarget(account.name);
    context.err << (previous ? QCoreApplication::translate("Byline::Cli", "Replaced the target %1: %2")
                             : QCoreApplication::translate("Byline::Cli", "Added the target %1: %2"))
                       .arg(account.name, account.description())
                << Qt::endl;
    return Success;
}

int listTargets(bool json, Context &context)
{
    const QList<TargetAccount> accounts = TargetAccounts::all();
    const QString defaultName = TargetAccounts::defaultTarget();
    if (json) {
        QJsonArray array;
        for (const TargetAccount &account : accounts)
            array.append(targetJson(account, defaultName));
        context.out << prettyJson(array) << Qt::flush;
        return Success;
    }
    qsizetype width = 0;
    for (const TargetAccount &account : accounts)
        width = std::max(width, account.name.size());
    for (const TargetAccount &account : accounts) {
        QStringList notes;
        if (account.name == defaultName)
            notes << QCoreApplication::translate("Byline::Cli", "default");
        if (account == TargetAccounts::builtInFolder())
            notes << QCoreApplication::translate("Byline::Cli", "built in");
        if (const QString problem = account.problem(); !problem.isEmpty())
            notes << problem;
        context.out << account.name.leftJustified(width + 2) << account.description();
        if (!notes.isEmpty())
            context.out << u"  ("_s << notes.join(u", "_s) << u')';
        context.out << u'\n';
    }
    context.out.flush();
    return Success;
}

int removeTarget(const QString &name, Context &context)
{
    const std::optional<TargetAccount> account = TargetAccounts::find(name);
    if (!account) {
        context.err << QCoreApplication::translate("Byline::Cli", "There is no target called %1.").arg(name)
                    << Qt::endl;
        return Failure;
    }
    if (!TargetAccounts::remove(name)) {
        context.err
            << QCoreApplication::translate("Byline::Cli", "The target %1 is built in and cannot be removed.").arg(name)
            << Qt::endl;
        return Failure;
    }
    if (account->needsPassword() && qEnvironmentVariableIsEmpty("BYLINE_PASSWORD")) {
        QString error;
        if (!CredentialStore::remove(account->name, account->user, &error))
            context.err << QCoreApplication::translate("Byline::Cli", "Note: the keychain said: %1").arg(error)
                        << Qt::endl;
    }
    context.err << QCoreApplication::translate("Byline::Cli", "Removed the target %1.").arg(name) << Qt::endl;
    return Success;
}

int testTarget(const QString &name, Context &context)
{
    const std::optional<TargetAccount> account = TargetAccounts::find(name);
    if (!account) {
        context.err << QCoreApplication::translate("Byline::Cli", "There is no target called %1.").arg(name)
                    << Qt::endl;
        return Failure;
    }
    InterruptGuard guard;
    TargetProgress progress;
    progress.cancelled = InterruptGuard::flag();
    progress.retrying = [&context](const TargetOutcome *failure, std::chrono::milliseconds wait) {
        if (failure)
            context.err << PublishRunner::retryMessage(failure->message, wait) << Qt::endl;
    };
    // The same test, in the same words, as Settings > Publishing Targets.
    const PublishService::TargetCheck check =
        PublishService::testTarget(*account, PublishEnvironment::fromSettings(), progress);
    (check.ok ? context.out : context.err) << check.text << Qt::endl;
    return check.ok ? Success : Failure;
}

} // namespace

int targetsCommand(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Adds, lists, removes and tests the places Byline publishes to.\n\n"
        "  add NAME --kind folder --path DIR\n"
        "                  A folder: each article becomes a small static site in DIR.\n"
        "  add NAME --kind wordpress --url URL --user USER\n"
        "                  A WordPress site, signed in with an Application Password (Users > Profile in WordPress). "
        "The password is read from standard input (one line; typed without echo on a terminal) and kept only in "
        "the system keychain; when BYLINE_PASSWORD is set, that is used and nothing is read or stored. If the "
        "keychain cannot store it, the target is not added.\n"
        "  list            The targets; the built-in \"folder\" writes to your Documents folder.\n"
        "  remove NAME     Removes a target and its password.\n"
        "  test [NAME]     Signs in and says what the account may do (the default target without NAME)."));
    parser.addPositionalArgument(u"ACTION"_s, QCoreApplication::translate("Byline::Cli", "add, list, remove or test"),
        u"add|list|remove|test"_s);
    parser.addPositionalArgument(u"NAME"_s,
        QCoreApplication::translate("Byline::Cli", "The target's name: letters, digits, dots, dashes and underscores"),
        u"[NAME]"_s);
    const QCommandLineOption kindOption(u"kind"_s,
        QCoreApplication::translate("Byline::Cli", "add: the kind of target, folder or wordpress"),
        QCoreApplication::translate("Byline::Cli", "KIND"));
    const QCommandLineOption pathOption(u"path"_s,
        QCoreApplication::translate("Byline::Cli", "add: the folder the articles go to"),
        QCoreApplication::translate("Byline::Cli", "DIR"));
    const QCommandLineOption urlOption(u"url"_s,
        QCoreApplication::translate("Byline::Cli", "add: the WordPress site's address"),
        QCoreApplication::translate("Byline::Cli", "URL"));
    const QCommandLineOption userOption(u"user"_s,
        QCoreApplication::translate("Byline::Cli", "add: the WordPress user name"),
        QCoreApplication::translate("Byline::Cli", "USER"));
    const QCommandLineOption defaultOption(u"default"_s,
        QCoreApplication::translate("Byline::Cli", "add: make this the target \"byline publish\" uses by default"));
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("Byline::Cli", "list: print JSON instead of a table"));
    parser.addOptions({kindOption, pathOption, urlOption, userOption, defaultOption, jsonOption});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    auto usage = [&context](const QString &message) {
        context.err << u"byline targets: "_s << message << Qt::endl;
        return int(UsageError);
    };
    if (action != u"add"_s && action != u"list"_s && action != u"remove"_s && action != u"test"_s)
        return usage(QCoreApplication::translate(
            "Byline::Cli", "choose add, list, remove or test (see byline targets --help)."));
    const bool adding = parser.isSet(kindOption) || parser.isSet(pathOption) || parser.isSet(urlOption)
        || parser.isSet(userOption) || parser.isSet(defaultOption);
    if (action != u"add"_s && adding)
        return usage(
            QCoreApplication::translate("Byline::Cli", "--kind, --path, --url, --user and --default go with add."));
    if (action != u"list"_s && parser.isSet(jsonOption))
        return usage(QCoreApplication::translate("Byline::Cli", "--json goes with list."));
    if (action == u"list"_s) {
        if (positional.size() != 1)
            return usage(QCoreApplication::translate("Byline::Cli", "list takes no name."));
        return listTargets(parser.isSet(jsonOption), context);
    }
    if (action == u"test"_s && positional.size() == 1)
        return testTarget(TargetAccounts::defaultTarget(), context);
    if (positional.size() != 2)
        return usage(QCoreApplication::translate("Byline::Cli", "give one target name after %1.").arg(action));
    const QString name = positional.at(1);
    if (action == u"add"_s)
        return addTarget(parser, name, context);
    if (action == u"remove"_s)
        return removeTarget(name, context);
    return testTarget(name, context);
}

} // namespace Byline::Cli::PublishCli
