#include "application.h"

#include "commands.h"
#include "common/logging.h"
#include "common/settings.h"
#include "common/translations.h"
#include "dispatcher.h"
#include "mainwindow.h"
#include "preview/screenshotcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryFile>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

#include <QSocketNotifier>

#include <algorithm>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    // Only async-signal-safe work here; the event loop does the rest.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

// Logout, `kill` and Ctrl+C close Byline the clean way: the last keystrokes
// are saved and the next start does not report a crash.
void closeCleanlyOnTerminationSignals(MainWindow *window)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, window);
    QObject::connect(notifier, &QSocketNotifier::activated, window, [window, notifier] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[1], &byte, 1);
        notifier->setEnabled(false);
        qCInfo(lcApp) << "termination signal: closing cleanly";
        window->closeForShutdown();
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        sigaction(signal, &action, nullptr);
}
#endif

// Screenshots are for scripts, cron jobs and SSH sessions, where there may
// be no display at all. `byline screenshot` always draws off screen: no
// window flashes up on a desktop, and the picture has the device's CSS width
// whatever the desktop's scaling. `byline --screenshot` draws the window on
// the display when there is one, off screen otherwise. Off screen there is no
// GPU: Chromium composites in software and Qt Quick's software scene graph
// shows it, so the picture is the page, not a blank.
class ScreenshotPlatform
{
public:
    explicit ScreenshotPlatform(const Cli::Invocation &invocation)
    {
        if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            return; // the person chose
        if (!isScreenshotCommand(invocation.command) && !(takesWindowScreenshot(invocation) && !hasDisplay()))
            return;
        // The offscreen platform's screen is 800 x 800 unless told otherwise;
        // the window gets the size it has on a 1920 x 1080 desktop.
        QByteArray platform = "offscreen";
        if (m_screens.open()) {
            m_screens.write(R"({"screens": [{"name": "byline", "x": 0, "y": 0, "width": 1920, "height": 1080,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            m_screens.flush();
            if (!m_screens.fileName().contains(u':'))
                platform += ":configfile=" + QFile::encodeName(m_screens.fileName());
        }
        qputenv("QT_QPA_PLATFORM", platform);
        if (!qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
            qputenv("QT_QUICK_BACKEND", "software");
        s_previousHandler = qInstallMessageHandler(dropGpuProbeMessages);
    }

private:
    static bool hasDisplay()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
        return true;
#endif
    }

    static bool takesWindowScreenshot(const Cli::Invocation &invocation)
    {
        return !invocation.command
            && std::any_of(
                invocation.guiArguments.cbegin(), invocation.guiArguments.cend(), [](const QString &argument) {
                    return argument == "--screenshot"_L1 || argument.startsWith("--screenshot="_L1);
                });
    }

    // Qt WebEngine looks for a GPU at every start and says so loudly when
    // there is none; off screen that is expected and says nothing about the
    // picture.
    static void dropGpuProbeMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        static const QStringList probe {u"QRhiGles2: Failed to create"_s, u"QVulkanInstance: Failed"_s,
            u"This plugin does not support"_s, u"Unable to detect GPU vendor"_s};
        if (type == QtWarningMsg
            && std::any_of(probe.cbegin(), probe.cend(), [&](const QString &line) { return message.startsWith(line); }))
            return;
        if (s_previousHandler)
            s_previousHandler(type, context, message);
    }

    static inline QtMessageHandler s_previousHandler = nullptr;
    QTemporaryFile m_screens; // read when the QApplication starts, kept while Chromium may start helpers
};

int runConsole(int argc, char *argv[], const Cli::Dispatcher &dispatcher, const Cli::Invocation &invocation)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    // A command's output is its result; progress chatter only when asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"byline.*.info=false"_s);
    I18n::install(&app, I18n::languageOverride());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dispatcher.run(invocation, out, err);
}

int runGui(int argc, char *argv[], const Cli::Dispatcher &dispatcher, const Cli::Invocation &invocation)
{
    const ScreenshotPlatform platform(invocation);
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Byline"_s);
    QApplication::setDesktopFileName(u"news.byline.Byline"_s);
    I18n::install(&app, I18n::languageOverride());
    if (invocation.command) {
        // Rendering subcommands need a QApplication but open no window. As
        // on the console, a command's output is its result.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(u"byline.*.info=false"_s);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return dispatcher.run(invocation, out, err);
    }
    qCInfo(lcApp).noquote() << "Byline" << QCoreApplication::applicationVersion() << "on Qt" << qVersion()
                            << "with Chromium" << qWebEngineChromiumVersion();

    QCommandLineParser parser;
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, QApplication::translate("Byline::Cli", "Save a PNG of the window"), u"FILE"_s);
    parser.addOption(screenshotOption);
    const QCommandLineOption viewOption(u"view"_s,
        QApplication::translate("Byline::Cli", "Open the article in VIEW: editor or source"), u"VIEW"_s, u"editor"_s);
    parser.addOption(viewOption);
    parser.addPositionalArgument(u"FILE"_s,
        QApplication::translate("Byline::Cli", "A .byline package, article JSON file or web page to import and open"));
    if (!parser.parse(QStringList {QApplication::applicationFilePath()} + invocation.guiArguments)) {
        std::fprintf(stderr, "byline: %s\n", qUtf8Printable(parser.errorText()));
        return Cli::UsageError;
    }

    MainWindow::Options options;
    options.libraryDirectory = invocation.libraryDirectory;
    options.screenshotFile = parser.value(screenshotOption);
    options.showSource = parser.value(viewOption) == "source"_L1;
    options.sampleOnFirstStart = parser.positionalArguments().isEmpty();
    MainWindow window(options);
    if (!window.openLibrary()) {
        if (!options.screenshotFile.isEmpty()) {
            std::fprintf(stderr, "byline: %s\n", qUtf8Printable(window.libraryError()));
            return Cli::Failure;
        }
        QMessageBox::critical(nullptr, QApplication::translate("Byline::Application", "Byline"), window.libraryError());
    }
#ifdef Q_OS_UNIX
    closeCleanlyOnTerminationSignals(&window);
#endif
    window.show();
    if (window.library()->isOpen() && !parser.positionalArguments().isEmpty()) {
        QStringList files;
        for (const QString &file : parser.positionalArguments())
            files << QFileInfo(file).absoluteFilePath();
        window.importFiles(files);
    }
    return app.exec();
}

} // namespace

int runByline(int argc, char *argv[])
{
    Cli::Dispatcher dispatcher;
    Cli::addCoreCommands(dispatcher);
    addAppCommands(dispatcher);
    const Cli::Invocation invocation = dispatcher.parse(rawArguments(argc, argv));
    if (invocation.startsGui() || (invocation.command && invocation.command->needsDisplay))
        return runGui(argc, argv, dispatcher, invocation);
    return runConsole(argc, argv, dispatcher, invocation);
}

} // namespace Byline
