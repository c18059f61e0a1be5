// The article body in the editor: opening, saving and pasting a long story.
#include "benchutil.h"

#include "article/articlehtml.h"
#include "article/bodydocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Byline;

int main(int argc, char *argv[])
{
    // QTextDocument lays out with fonts, which need a GUI application; no
    // window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const QString html = ArticleHtml::sanitize(Bench::longArticle(50000));
    QTextDocument document;

    const double open = Bench::medianMs(5, [&] { BodyDocument::setProfileHtml(&document, html); });
    Bench::report(u"body.open_50k_words"_s, open, u"ms"_s, u"<=200"_s);

    QString full;
    const double serialize = Bench::medianMs(5, [&] { full = BodyDocument::toProfileHtml(&document); });
    Bench::report(u"body.serialize_full_50k"_s, serialize, u"ms"_s, u"report"_s);
    if (full != html)
        return 1; // the numbers would be about the wrong thing

    BodySerializer serializer;
    serializer.serialize(&document);
    QRandomGenerator random(7);
    QList<double> incremental;
    for (int i = 0; i < 50; ++i) {
        QTextCursor cursor(document.findBlockByNumber(int(random.bounded(document.blockCount()))));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(u"가"_s);
        QElapsedTimer timer;
        timer.start();
        const QString saved = serializer.serialize(&document);
        incremental << double(timer.nsecsElapsed()) / 1e6;
        if (saved.size() != full.size() + i + 1)
            return 1;
    }
    Bench::report(u"body.serialize_incremental_50k"_s, Bench::percentile(incremental, 50), u"ms"_s, u"<=4"_s);

    QFile word(QStringLiteral(BYLINE_SOURCE_DIR "/tests/data/articlehtml/input/word-korean.html"));
    if (!word.open(QIODevice::ReadOnly))
        return 1;
    const QString wordHtml = QString::fromUtf8(word.readAll());
    const double paste = Bench::medianMs(20, [&] { ArticleHtml::sanitize(wordHtml); });
    Bench::report(u"sanitize_paste_word"_s, paste, u"ms"_s, u"report"_s);
    return 0;
}
