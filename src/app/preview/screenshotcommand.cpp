#include "screenshotcommand.h"

#include "common/logging.h"
#include "previewpane.h"
#include "previewweb.h"
#include "rendercommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// Tall enough for a long story; Chromium's own limit is far above, but a
// screenshot is for looking at.
constexpr int MaxHeight = 30000;

const QString ScreenshotCommandName = u"screenshot"_s;

// Runs the event loop until `done` or the deadline.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool answered = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        answered = true;
    });
    waitFor([&] { return answered; }, 10000);
    return result;
}

} // namespace

int screenshotCommand(Cli::Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Saves a PNG of an article as readers will see it: the page \"byline render\" writes, drawn by Qt "
        "WebEngine at the device's width (desktop 1280, mobile 390 CSS pixels) and the page's full height."));
    parser.addPositionalArgument(u"ID|FILE"_s,
        QCoreApplication::translate(
            "Byline::Cli", "The article's id (as \"byline list\" shows it), or an article file"));
    const Cli::PageOptions common = Cli::pageOptions();
    const QCommandLineOption &deviceOption = common.device;
    const QCommandLineOption &publicationOption = common.publication;
    const QCommandLineOption &templateOption = common.templatePack;
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
        QCoreApplication::translate("Byline::Cli", "The PNG file to write (required)"),
        QCoreApplication::translate("Byline::Cli", "PATH"));
    parser.addOptions({deviceOption, outputOption, publicationOption, templateOption});
    parser.addHelpOption();
    if (!parser.parse(context.arguments)) {
        context.err << u"byline screenshot: "_s << parser.errorText() << Qt::endl;
        return Cli::UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        context.out << parser.helpText();
        return Cli::Success;
    }
    const std::optional<Device> device = deviceFromKey(parser.value(deviceOption).toLower());
    const QString output = parser.value(outputOption);
    if (!device || output.isEmpty() || parser.positionalArguments().size() != 1) {
        context.err << u"byline screenshot: "_s
                    << (!device ? QCoreApplication::translate("Byline::Cli", "choose --device desktop or mobile.")
                               : output.isEmpty()
                               ? QCoreApplication::translate("Byline::Cli", "give the picture to write with -o PATH.")
                               : QCoreApplication::translate("Byline::Cli", "give one article id or one article file."))
                    << Qt::endl;
        return Cli::UsageError;
    }

    // The very page `byline render` makes, photos inside it.
    QTemporaryDir folder;
    const QString page = folder.filePath(u"page.html"_s);
    QStringList renderArguments {u"render"_s, parser.positionalArguments().constFirst(), u"--device"_s,
        deviceKey(*device), u"-o"_s, page, u"--inline-images"_s};
    for (const QCommandLineOption &option : {publicationOption, templateOption}) {
        if (parser.isSet(option))
            renderArguments << u"--"_s + option.names().constFirst() << parser.value(option);
    }
    Cli::Context renderContext {context.libraryDirectory, renderArguments, context.out, context.err};
    const int rendered = Cli::renderCommand(renderContext);
    QFile file(page);
    if (!file.open(QIODevice::ReadOnly))
        return rendered == Cli::Success ? Cli::Failure : rendered;
    const QString html = QString::fromUtf8(file.readAll());

    // Served like the preview's pages: no file:// and nothing from the network.
    PreviewSchemeHandler handler;
    handler.setPage(*device, 1, html);
    QWebEngineProfile *profile = PreviewWeb::createProfile(&handler, &handler);
    const int width = *device == Device::Desktop ? PreviewPane::DesktopWidth : PreviewPane::MobileWidth;
    auto *view = new QWebEngineView;
    auto *webPage = new PreviewPage(profile, view);
    view->setPage(webPage);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->resize(width, *device == Device::Desktop ? 900 : PreviewPane::MobileHeight);
    view->show();
    bool loaded = false;
    QObject::connect(view, &QWebEngineView::loadFinished, view, [&loaded] { loaded = true; });
    view->setUrl(PreviewWeb::pageUrl(*device, 1));
    auto fail = [&](const QString &message) {
        context.err << u"byline screenshot: "_s << message << Qt::endl;
        delete view;
        return int(Cli::Failure);
    };
    if (!waitFor([&] { return loaded; }, 30000))
        return fail(QCoreApplication::translate("Byline::Cli", "the page did not finish loading."));
    waitFor([&] { return evaluate(webPage, u"Array.from(document.images).every(i => i.complete)"_s).toBool(); }, 10000);

    const int height =
        std::clamp(evaluate(webPage, u"document.documentElement.scrollHeight"_s).toInt(), 100, MaxHeight);
    view->resize(width, height);
    // Chromium lays out and paints the new size on its own time, slower on a
    // busy machine: wait until the page has the new height and two grabs a
    // moment apart agree.
    waitFor([&] { return evaluate(webPage, u"window.innerHeight"_s).toInt() == height; }, 10000);
    QImage picture;
    QElapsedTimer settling;
    settling.start();
    for (;;) {
        QElapsedTimer pause;
        pause.start();
        waitFor([&] { return pause.elapsed() > 250; }, 1000);
        const QImage next = view->grab().toImage();
        if ((!picture.isNull() && next == picture) || settling.elapsed() > 10000) {
            picture = next;
            break;
        }
        picture = next;
    }
    if (picture.isNull() || !picture.save(output, "PNG"))
        return fail(QCoreApplication::translate("Byline::Cli", "cannot write %1.").arg(output));
    qCInfo(lcCli).noquote() << "screenshot" << output << picture.size();
    delete view;
    return rendered;
}

bool isScreenshotCommand(const Cli::Command *command)
{
    return command && command->name == ScreenshotCommandName;
}

void addAppCommands(Cli::Dispatcher &dispatcher)
{
    dispatcher.add({ScreenshotCommandName,
        QT_TRANSLATE_NOOP("Byline::Cli", "Save a PNG of an article's page as a desktop or phone browser shows it"),
        true, screenshotCommand});
}

} // namespace Byline
