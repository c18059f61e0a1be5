// The editor as a reporter meets it: opening a 50,000-word Korean story until
// it can be typed in, a keystroke until the screen shows it, and what an
// autosave costs the UI thread. In-process, real widgets under Xvfb.
#include "benchutil.h"

#include "article/articledocument.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "library/autosaver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

// Counts paints of the body's viewport, so a keystroke's time ends when the
// changed text is on screen, not when the document changed.
class PaintWatcher : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

Article articleOf(int words)
{
    Article article = Article::create();
    article.id = 1;
    article.headline = u"산불 피해 복구 계획 발표…주택 1,200채 재건축 지원"_s;
    article.body = Bench::longArticle(words);
    return article;
}

void waitForPaint(PaintWatcher &watcher, int before)
{
    QElapsedTimer guard;
    guard.start();
    while (watcher.paints == before && guard.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ArticleEditor editor;
    editor.resize(900, 1000);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor)) {
        QTextStream(stderr) << "bench_editor: the window never appeared" << Qt::endl;
        return 1;
    }
    PaintWatcher watcher;
    editor.bodyEditor()->viewport()->installEventFilter(&watcher);

    for (int words : {5000, 50000}) {
        const Article article = articleOf(words);
        // Open: the document built, shown, and painted once, ready for typing.
        QList<double> opens;
        std::unique_ptr<ArticleDocument> document;
        for (int run = 0; run < 5; ++run) {
            editor.setDocument(nullptr);
            document.reset();
            QCoreApplication::processEvents();
            const int before = watcher.paints;
            QElapsedTimer timer;
            timer.start();
            document = std::make_unique<ArticleDocument>(article);
            editor.setDocument(document.get());
            waitForPaint(watcher, before);
            opens << double(timer.nsecsElapsed()) / 1e6;
        }
        const QString size = words == 50000 ? u"50k"_s : u"5k"_s;
        Bench::report(u"editor.open_%1_words"_s.arg(size), Bench::percentile(opens, 50), u"ms"_s,
            words == 50000 ? u"<=300"_s : u"report"_s);

        // Keystroke to repaint, typing in the middle of the story.
        QTextCursor cursor = editor.bodyEditor()->textCursor();
        cursor.setPosition(document->body()->characterCount() / 2);
        editor.bodyEditor()->setTextCursor(cursor);
        editor.bodyEditor()->ensureCursorVisible();
        editor.bodyEditor()->setFocus();
        QCoreApplication::processEvents();
        QList<double> keystrokes;
        for (int i = 0; i < 200; ++i) {
            const int before = watcher.paints;
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(editor.bodyEditor(), char('a' + i % 26));
            waitForPaint(watcher, before);
            keystrokes << double(timer.nsecsElapsed()) / 1e6;
        }
        Bench::report(u"editor.keystroke_repaint_p95_%1"_s.arg(size), Bench::percentile(keystrokes, 95), u"ms"_s,
            words == 50000 ? u"<=16"_s : u"report"_s);

        // Autosave's share of the UI thread: serializing what changed and
        // handing it to the writer thread. The write itself is elsewhere.
        QTemporaryDir dir;
        {
            Library library;
            library.open(dir.path());
            Article stored = document->article();
            library.articleStore().insertArticle(stored); // a fresh library: id 1, as the open document has
        }
        Autosaver autosaver;
        autosaver.start(dir.path());
        autosaver.setDocument(document.get());
        QList<double> stalls;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(editor.bodyEditor(), 'x');
            QElapsedTimer timer;
            timer.start();
            const Article snapshot = document->article();
            stalls << double(timer.nsecsElapsed()) / 1e6;
            autosaver.flush();
        }
        Bench::report(u"autosave.ui_thread_max_%1"_s.arg(size), Bench::percentile(stalls, 100), u"ms"_s,
            words == 50000 ? u"<=8"_s : u"report"_s);
        autosaver.setDocument(nullptr);
    }
    return 0;
}
