#include "application.h"

#include "commands.h"
#include "common/logging.h"
#include "common/settings.h"
#include "common/translations.h"
#include "dispatcher.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

#include <cstdio>

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
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Byline"_s);
    QApplication::setDesktopFileName(u"news.byline.Byline"_s);
    I18n::install(&app, I18n::languageOverride());
    if (invocation.command) {
        // Rendering subcommands need a QApplication but open no window.
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
    if (!parser.parse(QStringList {QApplication::applicationFilePath()} + invocation.guiArguments)) {
        std::fprintf(stderr, "byline: %s\n", qUtf8Printable(parser.errorText()));
        return Cli::UsageError;
    }

    MainWindow::Options options;
    options.libraryDirectory = invocation.libraryDirectory;
    options.screenshotFile = parser.value(screenshotOption);
    MainWindow window(options);
    if (!window.openLibrary()) {
        if (!options.screenshotFile.isEmpty()) {
            std::fprintf(stderr, "byline: %s\n", qUtf8Printable(window.libraryError()));
            return Cli::Failure;
        }
        QMessageBox::critical(nullptr, QApplication::translate("Byline::Application", "Byline"), window.libraryError());
    }
    window.show();
    return app.exec();
}

} // namespace

int runByline(int argc, char *argv[])
{
    Cli::Dispatcher dispatcher;
    Cli::addCoreCommands(dispatcher);
    const Cli::Invocation invocation = dispatcher.parse(rawArguments(argc, argv));
    if (invocation.startsGui() || (invocation.command && invocation.command->needsDisplay))
        return runGui(argc, argv, dispatcher, invocation);
    return runConsole(argc, argv, dispatcher, invocation);
}

} // namespace Byline
