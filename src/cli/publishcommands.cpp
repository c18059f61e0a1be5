#include "publishcommands.h"

#include "commands.h"
#include "library/library.h"
#include "publish/credentialstore.h"
#include "publish/outbox.h"
#include "publish/publishqueue.h"
#include "publish/publishrunner.h"
#include "publish/publishtarget.h"
#include "publish/sitetext.h"
#include "publish/targetaccount.h"
#include "render/publication.h"
#include "render/templatepack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

using namespace Qt::StringLiterals;

namespace Byline::Cli {

namespace {

// Ctrl+C or SIGTERM while a job runs: the request in flight is aborted and
// the command ends cleanly. A second one ends the process at once.
std::atomic_bool interrupted {false};
static_assert(std::atomic_bool::is_always_lock_free, "the signal handler needs a lock-free flag");

void onInterrupt(int)
{
    if (interrupted.exchange(true))
        std::_Exit(130);
}

class InterruptGuard
{
public:
    InterruptGuard()
    {
        interrupted = false;
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        if (m_int != SIG_ERR)
            std::signal(SIGINT, m_int);
        if (m_term != SIG_ERR)
            std::signal(SIGTERM, m_term);
    }
    Q_DISABLE_COPY_MOVE(InterruptGuard)

private:
    using Handler = void (*)(int);
    Handler m_int;
    Handler m_term;
};

// Waits until `time` in short steps, so an interrupt is heard at once.
void sleepUntil(const QDateTime &time)
{
    while (!interrupted) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(time);
        if (ms <= 0)
            return;
        QThread::msleep(quint64(std::min<qint64>(ms, 100)));
    }
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString prettyJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

// A positive number (an article or job id), or nullopt.
std::optional<qint64> idFrom(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// The job's message, with the server's own words (made safe, as the dock
// shows them) when the message does not already quote them.
QString jobMessage(const PublishJob &job)
{
    const QString words = job.serverWords();
    if (words.isEmpty() || job.message.contains(SiteText::forPerson(job.serverText)))
        return job.message;
    return job.message + u'\n' + words;
}

// What the runner needs besides the library: the publication and its pack
// (as the preview renders them) and the keychain.
PublishRunner::Environment runEnvironment(Context &context)
{
    PublishRunner::Environment environment;
    environment.publication = Publication::fromSettings();
    QString problem;
    environment.pack = TemplatePack::forPublication(environment.publication.templatePack, &problem);
    if (!problem.isEmpty())
        context.err << problem << Qt::endl;
    environment.password = [](const TargetAccount &account, QString *error) {
        return CredentialStore::password(account.name, account.user, error);
    };
    return environment;
}

// Prints a job's progress on standard error: each new message (every wait
// before another try among them, with what failed and when the next try is,
// as the Publishing dock shows it), and the bytes of a photo upload at most
// once a second. Settled jobs are left to the command's own last words.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(Context &context)
        : m_context(context)
    {
        m_sinceBytes.start();
    }

    void operator()(const PublishJob &job)
    {
        if (!job.isOpen())
            return;
        // The same words for another wait are another wait: the time tells.
        const QString said = job.message + u'\n' + job.nextAttempt.toString(Qt::ISODateWithMs);
        QString &last = m_messages[job.id];
        if (said != last) {
            last = said;
            const QString text = job.state == PublishState::Waiting ? jobMessage(job) : job.message;
            if (!text.isEmpty())
                m_context.err << QCoreApplication::translate("Byline::Cli", "job %1: %2").arg(job.id).arg(text)
                              << Qt::endl;
            m_sinceBytes.restart();
            return;
        }
        if (job.state == PublishState::UploadingPhotos && job.bytesTotal > 0 && m_sinceBytes.elapsed() >= 1000) {
            m_sinceBytes.restart();
            const QLocale locale;
            m_context.err << QCoreApplication::translate("Byline::Cli", "job %1: %2 of %3 sent (%4%)")
                                 .arg(job.id)
                                 .arg(locale.formattedDataSize(job.bytesDone), locale.formattedDataSize(job.bytesTotal))
                                 .arg(job.bytesDone * 100 / job.bytesTotal)
                          << Qt::endl;
        }
    }

private:
    Context &m_context;
    QHash<qint64, QString> m_messages;
    QElapsedTimer m_sinceBytes;
};

// The lock that lets one process at a time run a library's publish queue
// (the window's PublishQueue takes the same one).
class QueueLock
{
public:
    explicit QueueLock(const QString &libraryDirectory)
        : m_file(QDir(libraryDirectory).filePath(PublishQueue::lockFileName()))
    {
        m_file.setStaleLockTime(0); // a dead holder's lock is taken over at once
    }

    enum Result
    {
        Ours,
        Elsewhere,
        Failed,
    };

    Result acquire()
    {
        if (m_file.isLocked() || m_file.tryLock(0))
            return Ours;
        return m_file.error() == QLockFile::LockFailedError ? Elsewhere : Failed;
    }

    QString failure() const
    {
        return QCoreApplication::translate("Byline::Cli", "Cannot take the publish queue's lock file %1.")
            .arg(shown(m_file.fileName()));
    }

private:
    QLockFile m_file;
};

QString elsewhereNotice()
{
    return QCoreApplication::translate("Byline::Cli",
        "Another Byline (the window, or another command) is running this library's publish queue; it sends the "
        "jobs, and this command follows them.");
}

// ---- targets

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
    if (const QString problem = account->problem(); !problem.isEmpty()) {
        context.err << problem << Qt::endl;
        return Failure;
    }
    QString password;
    QString error;
    if (account->needsPassword()) {
        const std::optional<QString> stored = CredentialStore::password(account->name, account->user, &error);
        if (!stored) {
            context.err << error << Qt::endl;
            return Failure;
        }
        password = *stored;
    }
    const std::unique_ptr<PublishTarget> target = PublishTarget::create(*account, password, &error);
    if (!target) {
        context.err << error << Qt::endl;
        return Failure;
    }
    target->setRetryPolicy(RetryPolicy::fromEnvironment());
    InterruptGuard guard;
    TargetProgress progress;
    progress.cancelled = &interrupted;
    progress.retrying = [&context](const TargetOutcome *failure, std::chrono::milliseconds wait) {
        if (failure)
            context.err << PublishRunner::retryMessage(failure->message, wait) << Qt::endl;
    };
    TargetCapabilities capabilities;
    const TargetOutcome outcome = target->signIn(&capabilities, progress);
    if (!outcome.ok()) {
        context.err << outcome.message;
        if (!outcome.serverText.isEmpty() && !outcome.message.contains(outcome.serverText))
            context.err << u'\n'
                        << QCoreApplication::translate("Byline::Cli", "The site says: %1").arg(outcome.serverText);
        context.err << Qt::endl;
        return Failure;
    }

    if (account->kind == TargetAccount::folderKind()) {
        context.out << QCoreApplication::translate("Byline::Cli", "The target %1 writes each article into %2.")
                           .arg(account->name, shown(account->path))
                    << Qt::endl;
        return Success;
    }
    const QString site = account->url.toString();
    QString who = capabilities.displayName.isEmpty() || capabilities.displayName == capabilities.userName
        ? capabilities.userName
        : u"%1 (%2)"_s.arg(capabilities.displayName, capabilities.userName);
    if (!capabilities.roles.isEmpty())
        who += u"; "_s + capabilities.roles.join(u", "_s);
    context.out << QCoreApplication::translate("Byline::Cli", "Signed in to %1 as %2.")
                       .arg(capabilities.siteName.isEmpty() ? site : u"%1 (%2)"_s.arg(capabilities.siteName, site), who)
                << u'\n';
    const QString yes = QCoreApplication::translate("Byline::Cli", "yes");
    const QString no = QCoreApplication::translate("Byline::Cli", "no");
    const QList<std::pair<QString, bool>> rights {
        {QCoreApplication::translate("Byline::Cli", "Upload photos:"), capabilities.uploadFiles},
        {QCoreApplication::translate("Byline::Cli", "Submit for review:"), capabilities.editPosts},
        {QCoreApplication::translate("Byline::Cli", "Publish and schedule:"), capabilities.publishPosts},
        {QCoreApplication::translate("Byline::Cli", "Update published stories:"), capabilities.editPublishedPosts},
    };
    qsizetype width = 0;
    for (const auto &[label, allowed] : rights)
        width = std::max(width, label.size());
    for (const auto &[label, allowed] : rights)
        context.out << u"  "_s << label.leftJustified(width + 1) << (allowed ? yes : no) << u'\n';
    if (account->kind == TargetAccount::wordPressKind()) {
        context.out << u"  "_s
                    << (capabilities.exactlyOnce
                               ? QCoreApplication::translate("Byline::Cli",
                                     "The Byline connector is installed: a retry never makes a second post.")
                               : QCoreApplication::translate("Byline::Cli",
                                     "The Byline connector is not installed: Byline avoids duplicates when it hears "
                                     "the site's answer; see docs/wordpress.md."))
                    << u'\n';
    }
    context.out.flush();
    return Success;
}

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

// ---- publish

// A time from --at: ISO 8601, read in the publication's time zone unless it
// carries its own offset; invalid when unreadable.
QDateTime scheduleTime(const QString &text, const QString &timeZone)
{
    static const QRegularExpression spaceSeparator(u"^(\\d{4}-\\d{2}-\\d{2}) +(\\d)"_s);
    QString iso = text.trimmed();
    iso.replace(spaceSeparator, u"\\1T\\2"_s);
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime) {
        const QTimeZone zone(timeZone.toUtf8());
        time = QDateTime(time.date(), time.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone());
    }
    return time.toUTC();
}

int publishCommand(Context &context)
{
    const Publication publication = Publication::fromSettings();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Sends an article to a publishing target and waits until it is there. The article is queued as the "
        "window's Publish… does it (its current text, saved as a revision), the job runs with its "
        "progress on standard error, and on success the post's id on the site and its address are printed "
        "(a folder target has no id: only the address). When the site refuses, or the account may not take "
        "the action, it exits with 1 and the reason, and the job stays in the queue (see byline queue).\n\n"
        "STATUS: draft (a CMS draft), pending (submit for review), publish (publish now), future (schedule "
        "at --at) or unpublish (take a published story back).\n"
        "--at takes an ISO 8601 date and time such as 2025-06-02T09:00; without an offset it is read in the "
        "publication's time zone (%1), with Z or +09:00 as given. It must be in the future.\n\n"
        "While the Byline window runs this library's queue, the job is left to it and this command follows it "
        "until it ends. Ctrl+C cancels the job.")
            .arg(publication.timeZone));
    parser.addPositionalArgument(
        u"ID"_s, QCoreApplication::translate("Byline::Cli", "The article's id, as \"byline list\" shows it"));
    const QCommandLineOption targetOption(u"target"_s,
        QCoreApplication::translate("Byline::Cli", "The target to publish to (default: %1)")
            .arg(TargetAccounts::defaultTarget()),
        QCoreApplication::translate("Byline::Cli", "NAME"));
    const QCommandLineOption statusOption(u"status"_s,
        QCoreApplication::translate("Byline::Cli", "draft, pending, publish, future or unpublish (required)"),
        QCoreApplication::translate("Byline::Cli", "STATUS"));
    const QCommandLineOption atOption(u"at"_s,
        QCoreApplication::translate("Byline::Cli", "future: when the story goes live (ISO 8601)"),
        QCoreApplication::translate("Byline::Cli", "TIME"));
    parser.addOptions({targetOption, statusOption, atOption});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;

    auto usage = [&context](const QString &message) {
        context.err << u"byline publish: "_s << message << Qt::endl;
        return int(UsageError);
    };
    const QStringList positional = parser.positionalArguments();
    const std::optional<qint64> articleId = idFrom(positional.value(0));
    if (positional.size() != 1 || !articleId)
        return usage(
            QCoreApplication::translate("Byline::Cli", "give one article id (a number, as \"byline list\" shows)."));
    if (!parser.isSet(statusOption))
        return usage(QCoreApplication::translate(
            "Byline::Cli", "choose --status draft, pending, publish, future or unpublish."));
    const std::optional<PublishAction> action = PublishNames::actionFromKey(parser.value(statusOption).toLower());
    if (!action)
        return usage(QCoreApplication::translate(
            "Byline::Cli", "unknown status \"%1\"; use draft, pending, publish, future or unpublish.")
                .arg(parser.value(statusOption)));
    QDateTime at;
    if (*action == PublishAction::Schedule) {
        if (!parser.isSet(atOption))
            return usage(QCoreApplication::translate(
                "Byline::Cli", "--status future needs --at, the date and time the story goes live."));
        at = scheduleTime(parser.value(atOption), publication.timeZone);
        if (!at.isValid())
            return usage(QCoreApplication::translate("Byline::Cli",
                "cannot read the time \"%1\"; write it as ISO 8601, such as 2025-06-02T09:00 or "
                "2025-06-02T09:00+09:00.")
                    .arg(parser.value(atOption)));
        if (at <= QDateTime::currentDateTimeUtc())
            return usage(QCoreApplication::translate(
                "Byline::Cli", "the time %1 has passed; a scheduled story needs a time in the future.")
                    .arg(parser.value(atOption)));
    } else if (parser.isSet(atOption)) {
        return usage(QCoreApplication::translate("Byline::Cli", "--at goes with --status future."));
    }

    const QString targetName =
        parser.isSet(targetOption) ? parser.value(targetOption) : TargetAccounts::defaultTarget();
    const std::optional<TargetAccount> account = TargetAccounts::find(targetName);
    if (!account) {
        context.err << QCoreApplication::translate(
            "Byline::Cli", "There is no target called %1; \"byline targets list\" shows them.")
                           .arg(targetName)
                    << Qt::endl;
        return Failure;
    }
    if (const QString problem = account->problem(); !problem.isEmpty()) {
        context.err << problem << Qt::endl;
        return Failure;
    }

    Library library;
    if (!openLibrary(library, context))
        return Failure;
    if (!library.article(*articleId)) {
        context.err << QCoreApplication::translate("Byline::Cli", "There is no article %1 in the library %2.")
                           .arg(*articleId)
                           .arg(shown(library.directory()))
                    << Qt::endl;
        return Failure;
    }
    Outbox outbox(library);
    const std::optional<PublishJob> queued = outbox.enqueue(*articleId, account->name, *action, at);
    if (!queued) {
        context.err << outbox.errorString() << Qt::endl;
        return Failure;
    }
    const qint64 jobId = queued->id;
    context.err << QCoreApplication::translate("Byline::Cli", "job %1: queued: %2 on %3.")
                       .arg(jobId)
                       .arg(PublishNames::actionDisplayName(*action), account->description())
                << Qt::endl;

    PublishRunner runner(library, runEnvironment(context));
    QueueLock lock(library.directory());
    InterruptGuard guard;
    ProgressPrinter progress(context);
    bool following = false;
    std::optional<PublishJob> job = queued;
    while (job && job->isOpen()) {
        if (interrupted) {
            if (!outbox.cancel(jobId))
                context.err << outbox.errorString() << Qt::endl;
            job = outbox.job(jobId);
            break;
        }
        switch (lock.acquire()) {
        case QueueLock::Ours:
            if (job->state == PublishState::Waiting && job->nextAttempt > QDateTime::currentDateTimeUtc())
                sleepUntil(job->nextAttempt);
            else
                runner.run(jobId, &interrupted, [&progress](const PublishJob &changed) { progress(changed); });
            break;
        case QueueLock::Elsewhere:
            if (!following)
                context.err << elsewhereNotice() << Qt::endl;
            following = true;
            sleepUntil(QDateTime::currentDateTimeUtc().addMSecs(500));
            break;
        case QueueLock::Failed:
            context.err << lock.failure() << Qt::endl;
            return Failure;
        }
        job = outbox.job(jobId);
        if (job)
            progress(*job);
    }
    if (!job) {
        context.err << outbox.errorString() << Qt::endl;
        return Failure;
    }
    if (job->state == PublishState::Done) {
        if (job->remoteId)
            context.out << job->remoteId << u' ';
        context.out << job->remoteUrl.toString() << Qt::endl;
        return Success;
    }
    context.err << jobMessage(*job) << Qt::endl;
    if (job->state == PublishState::Held)
        context.err << QCoreApplication::translate("Byline::Cli",
            "Job %1 waits in the queue: once the cause is fixed, \"byline queue retry %1\" sends it "
            "again; \"byline queue cancel %1\" drops it.")
                           .arg(jobId)
                    << Qt::endl;
    return Failure;
}

// ---- queue

// The queue as a table: one line per job, columns aligned, then its times,
// last message and address indented below it.
void printJobs(const QList<PublishJob> &jobs, Context &context)
{
    auto attempts = [](const PublishJob &job) {
        return QCoreApplication::translate("Byline::Cli", "%n attempt(s)", nullptr, job.attempts);
    };
    qsizetype idWidth = 0, stateWidth = 0, targetWidth = 0, actionWidth = 0, attemptsWidth = 0;
    for (const PublishJob &job : jobs) {
        idWidth = std::max(idWidth, QString::number(job.id).size());
        stateWidth = std::max(stateWidth, PublishNames::stateKey(job.state).size());
        targetWidth = std::max(targetWidth, job.target.size());
        actionWidth = std::max(actionWidth, PublishNames::actionKey(job.action).size());
        attemptsWidth = std::max(attemptsWidth, attempts(job).size());
    }
    // Scheduled times as the newsroom reads them: in the publication's zone.
    const QTimeZone zone(Publication::fromSettings().timeZone.toUtf8());
    const QString indent(idWidth + 2, u' ');
    for (const PublishJob &job : jobs) {
        context.out << QString::number(job.id).rightJustified(idWidth) << u"  "_s
                    << PublishNames::stateKey(job.state).leftJustified(stateWidth) << u"  "_s
                    << job.target.leftJustified(targetWidth) << u"  "_s
                    << PublishNames::actionKey(job.action).leftJustified(actionWidth) << u"  "_s
                    << attempts(job).leftJustified(attemptsWidth) << u"  "_s << job.headline << u'\n';
        if (job.action == PublishAction::Schedule && job.scheduledAt.isValid())
            context.out << indent
                        << QCoreApplication::translate("Byline::Cli", "goes live at %1")
                               .arg(job.scheduledAt.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
                                       .toString(u"yyyy-MM-dd HH:mm t"_s))
                        << u'\n';
        if (job.state == PublishState::Waiting && job.nextAttempt.isValid())
            context.out
                << indent
                << QCoreApplication::translate("Byline::Cli", "next attempt at %1").arg(localTime(job.nextAttempt))
                << u'\n';
        if (!job.message.isEmpty())
            context.out << indent << QString(jobMessage(job)).replace(u'\n', u'\n' + indent) << u'\n';
        if (!job.remoteUrl.isEmpty() && !job.message.contains(job.remoteUrl.toString()))
            context.out << indent << job.remoteUrl.toString() << u'\n';
    }
}

// One line per settled job: "ID done URL", "ID held MESSAGE" or "ID cancelled MESSAGE".
void printOutcome(const PublishJob &job, Context &context)
{
    context.out << job.id << u' ' << PublishNames::stateKey(job.state) << u' '
                << (job.state == PublishState::Done && !job.remoteUrl.isEmpty()
                           ? job.remoteUrl.toString()
                           : QString(jobMessage(job)).replace(u'\n', u' '))
                << Qt::endl;
}

int runQueue(Library &library, Context &context)
{
    Outbox outbox(library);
    PublishRunner runner(library, runEnvironment(context));
    QueueLock lock(library.directory());
    InterruptGuard guard;
    ProgressPrinter progress(context);
    QSet<qint64> open; // the jobs this run has seen open, to report when they settle
    bool following = false;
    bool held = false;
    qint64 interruptedJob = 0;
    while (!interrupted) {
        for (const PublishJob &job : outbox.jobs(false)) {
            if (job.isOpen())
                open.insert(job.id);
        }
        for (const qint64 id : QSet<qint64>(open)) {
            const std::optional<PublishJob> job = outbox.job(id);
            if (job && job->isOpen())
                continue;
            open.remove(id);
            if (!job)
                continue;
            printOutcome(*job, context);
            held = held || job->state == PublishState::Held;
        }
        if (open.isEmpty())
            break;

        switch (lock.acquire()) {
        case QueueLock::Ours:
            if (const std::optional<PublishJob> due = outbox.nextDue(QDateTime::currentDateTimeUtc())) {
                const std::optional<PublishJob> ended =
                    runner.run(due->id, &interrupted, [&progress](const PublishJob &changed) { progress(changed); });
                if (interrupted && ended && ended->state == PublishState::Cancelled)
                    interruptedJob = due->id;
            } else {
                const QDateTime next = outbox.nextWakeUp();
                sleepUntil(next.isValid() ? next : QDateTime::currentDateTimeUtc().addMSecs(500));
            }
            break;
        case QueueLock::Elsewhere:
            if (!following)
                context.err << elsewhereNotice() << Qt::endl;
            following = true;
            sleepUntil(QDateTime::currentDateTimeUtc().addMSecs(500));
            for (const qint64 id : std::as_const(open)) {
                if (const std::optional<PublishJob> job = outbox.job(id))
                    progress(*job);
            }
            break;
        case QueueLock::Failed:
            context.err << lock.failure() << Qt::endl;
            return Failure;
        }
    }
    if (interrupted) {
        // Stopping the queue is not cancelling the job it was sending: it
        // goes back to the queue and resumes at the next run.
        if (interruptedJob)
            outbox.retry(interruptedJob);
        context.err << QCoreApplication::translate(
            "Byline::Cli", "Stopped. The jobs not sent yet stay in the queue; \"byline queue run\" resumes them.")
                    << Qt::endl;
        return Failure;
    }
    return held ? Failure : Success;
}

int queueCommand(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Shows and runs the library's publish queue, the same one the window's Publishing dock shows.\n\n"
        "  list            Every job, newest first: id, state, target, action, attempts, headline, then its "
        "last message and the story's address on the site.\n"
        "  run             Sends every job that is due and waits for those that retry, until none is open. "
        "Prints one line per job as it ends: \"ID done URL\", \"ID held WHY\" or \"ID cancelled WHY\". Exits with 1 "
        "if a job was held. While the Byline window runs the queue, this follows it instead.\n"
        "  retry JOB       Queues a held, waiting or cancelled job again (--overwrite: replace an edit made on the "
        "site since Byline last sent the story).\n"
        "  cancel JOB      Cancels a job that is not done."));
    parser.addPositionalArgument(u"ACTION"_s, QCoreApplication::translate("Byline::Cli", "list, run, retry or cancel"),
        u"list|run|retry|cancel"_s);
    parser.addPositionalArgument(u"JOB"_s,
        QCoreApplication::translate("Byline::Cli", "retry, cancel: the job's id, as \"byline queue list\" shows it"),
        u"[JOB]"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("Byline::Cli", "list: print JSON instead of a table"));
    const QCommandLineOption overwriteOption(u"overwrite"_s,
        QCoreApplication::translate("Byline::Cli", "retry: replace the story on the site even if it was edited there"));
    parser.addOptions({jsonOption, overwriteOption});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    auto usage = [&context](const QString &message) {
        context.err << u"byline queue: "_s << message << Qt::endl;
        return int(UsageError);
    };
    if (action != u"list"_s && action != u"run"_s && action != u"retry"_s && action != u"cancel"_s)
        return usage(
            QCoreApplication::translate("Byline::Cli", "choose list, run, retry or cancel (see byline queue --help)."));
    if (action != u"list"_s && parser.isSet(jsonOption))
        return usage(QCoreApplication::translate("Byline::Cli", "--json goes with list."));
    if (action != u"retry"_s && parser.isSet(overwriteOption))
        return usage(QCoreApplication::translate("Byline::Cli", "--overwrite goes with retry."));
    const bool needsJob = action == u"retry"_s || action == u"cancel"_s;
    std::optional<qint64> jobId;
    if (needsJob) {
        jobId = idFrom(positional.value(1));
        if (positional.size() != 2 || !jobId)
            return usage(QCoreApplication::translate(
                "Byline::Cli", "give one job id (a number, as \"byline queue list\" shows)."));
    } else if (positional.size() != 1) {
        return usage(QCoreApplication::translate("Byline::Cli", "%1 takes no job id.").arg(action));
    }

    Library library;
    if (!openLibrary(library, context))
        return Failure;
    Outbox outbox(library);
    if (action == u"list"_s) {
        const QList<PublishJob> jobs = outbox.jobs(true);
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const PublishJob &job : jobs)
                array.append(job.toJson());
            context.out << prettyJson(array) << Qt::flush;
            return Success;
        }
        if (jobs.isEmpty())
            context.out << QCoreApplication::translate("Byline::Cli", "The publish queue is empty.") << u'\n';
        printJobs(jobs, context);
        context.out.flush();
        return Success;
    }
    if (action == u"run"_s)
        return runQueue(library, context);

    // The usual slips answered here, without the library's warning.
    const std::optional<PublishJob> job = outbox.job(*jobId);
    if (!job) {
        context.err
            << QCoreApplication::translate("Byline::Cli", "There is no job %1 in the publish queue.").arg(*jobId)
            << Qt::endl;
        return Failure;
    }
    if (job->state == PublishState::Done) {
        context.err << QCoreApplication::translate("Byline::Cli",
            "Job %1 is done: its story is on the site. Publish the article again to send a newer "
            "version, or with --status unpublish to take it back.")
                           .arg(*jobId)
                    << Qt::endl;
        return Failure;
    }
    const bool ok = action == u"retry"_s ? outbox.retry(*jobId, parser.isSet(overwriteOption)) : outbox.cancel(*jobId);
    if (!ok) {
        context.err << outbox.errorString() << Qt::endl;
        return Failure;
    }
    context.err << (action == u"retry"_s
            ? QCoreApplication::translate(
                  "Byline::Cli", "Job %1 is queued again; \"byline queue run\" sends it, as does the Byline window.")
            : QCoreApplication::translate("Byline::Cli", "Job %1 is cancelled."))
                       .arg(*jobId)
                << Qt::endl;
    return Success;
}

} // namespace

void addPublishCommands(Dispatcher &dispatcher)
{
    dispatcher.add({u"targets"_s, QT_TRANSLATE_NOOP("Byline::Cli", "Add, list, remove or test publishing targets"),
        false, targetsCommand});
    dispatcher.add({u"publish"_s,
        QT_TRANSLATE_NOOP("Byline::Cli", "Send an article to a target (draft, review, publish, schedule) and wait"),
        false, publishCommand});
    dispatcher.add({u"queue"_s, QT_TRANSLATE_NOOP("Byline::Cli", "List, run, retry or cancel the publish queue's jobs"),
        false, queueCommand});
}

} // namespace Byline::Cli
