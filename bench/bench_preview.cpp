// The live preview as a reporter meets it: opening an article until both
// pages (desktop and phone) show it, and a keystroke until both pages show
// the change, at 5,000 and 50,000 words. Real Qt WebEngine under Xvfb.
#include "benchutil.h"

#include "article/articledocument.h"
#include "library/library.h"
#include "preview/previewpane.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

bool waitReady(PreviewPane &pane, int ms = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!pane.isReady()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

qint64 addArticle(Library &library, int words)
{
    Article article = Article::create();
    article.headline = u"산불 피해 복구 계획 발표…주택 1,200채 재건축 지원"_s;
    article.deck = u"강원도, 산림 생태 복원에 480억 원 투입"_s;
    article.byline = {u"강원일보"_s, {{u"김민지"_s, u"minji@kwnews.example"_s}}};
    article.section = u"사회"_s;
    article.body = Bench::longArticle(words);
    return library.articleStore().insertArticle(article) ? article.id : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    Library library;
    if (!library.open(dir.filePath(u"library"_s)))
        return 1;

    PreviewPane pane;
    pane.resize(1100, 900);
    pane.show();

    // Opening: from handing the pane an article to both pages showing it.
    QList<double> opens;
    for (int i = 0; i < 6; ++i) {
        ArticleDocument document(*library.articleStore().article(addArticle(library, 1500)));
        QElapsedTimer timer;
        timer.start();
        pane.setSource(&document, &library);
        if (!waitReady(pane))
            qFatal("the preview never became ready");
        if (i > 0) // the first start of Chromium is the window's, not the article's
            opens << double(timer.nsecsElapsed()) / 1e6;
        pane.setSource(nullptr, &library);
    }
    Bench::report(u"preview.ready_after_open"_s, Bench::percentile(opens, 50), u"ms"_s, u"<=400"_s);

    for (int words : {5000, 50000}) {
        ArticleDocument document(*library.articleStore().article(addArticle(library, words)));
        pane.setSource(&document, &library);
        if (!waitReady(pane))
            qFatal("the preview never became ready");
        // Typing in the middle of the story, one character at a time.
        QTextCursor cursor(document.body()->findBlockByNumber(document.body()->blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        QList<double> keystrokes;
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer timer;
            timer.start();
            cursor.insertText(i % 2 ? u"다"_s : u" "_s);
            if (!waitReady(pane))
                qFatal("the preview stopped updating");
            keystrokes << double(timer.nsecsElapsed()) / 1e6;
        }
        pane.setSource(nullptr, &library);
        Bench::report(u"preview.keystroke_both_p95_%1k_words"_s.arg(words / 1000), Bench::percentile(keystrokes, 95),
            u"ms"_s, words <= 5000 ? u"<=50"_s : u"<=150"_s);
    }
    return 0;
}
