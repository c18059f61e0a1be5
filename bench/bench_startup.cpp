// Process start to the first visible main window, the way a person waits for
// it: the real executable, polled with xdotool every 5 ms under Xvfb (the
// method ../shared/PLATFORM.md used to time peers).
#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

bool windowVisible(qint64 pid)
{
    QProcess xdotool;
    xdotool.start(u"xdotool"_s, {u"search"_s, u"--onlyvisible"_s, u"--pid"_s, QString::number(pid)});
    xdotool.waitForFinished(2000);
    return xdotool.exitCode() == 0 && !xdotool.readAllStandardOutput().trimmed().isEmpty();
}

double startOnce(const QString &library, const QString &home)
{
    QProcess byline;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    byline.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    byline.start(QString::fromUtf8(BYLINE_EXECUTABLE), {u"--library"_s, library});
    byline.waitForStarted();
    double elapsed = -1;
    while (timer.elapsed() < 20000 && byline.state() == QProcess::Running) {
        if (windowVisible(byline.processId())) {
            elapsed = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
        QThread::msleep(5);
    }
    byline.terminate();
    byline.waitForFinished(5000);
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString library = dir.filePath(u"library"_s);
    startOnce(library, dir.path()); // first start creates the library and the sample article

    QList<double> samples;
    for (int i = 0; i < 7; ++i) {
        const double ms = startOnce(library, dir.path());
        if (ms < 0) {
            QTextStream(stderr) << "bench_startup: the window never appeared" << Qt::endl;
            return 1;
        }
        samples << ms;
    }
    Bench::report(u"startup.first_window"_s, Bench::percentile(samples, 50), u"ms"_s, u"<=400"_s);
    return 0;
}
