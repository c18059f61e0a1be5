// The article body in the editor: opening, saving and pasting a long story.
#include "benchutil.h"

#include "article/articlehtml.h"
#include "article/bodydocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

// A long Korean story in profile HTML: paragraphs of newsroom sentences with
// some bold and links, h2 sections, lists and quotes, about `words` words.
QString longArticle(int words)
{
    const QStringList sentences {
        u"강원특별자치도는 12일 도청 브리핑룸에서 올해 산불 피해 복구 계획을 발표했다."_s,
        u"도는 주택 1,200채의 재건축을 지원하고 산림 생태 복원 사업에 480억 원을 투입한다."_s,
        u"주민들은 대체로 환영하면서도 지원 기준이 까다롭다는 우려를 나타냈다."_s,
        u"전문가들은 “장기적인 관점에서 숲 가꾸기가 필요하다”고 입을 모았다."_s,
        u"이번 계획은 지난해 마련한 재난 대응 종합 대책의 후속 조치다."_s,
        u"시는 전담 조직(TF)을 꾸리고 관계 기관과 협의를 이어가고 있다."_s,
    };
    QRandomGenerator random(42);
    QString html;
    int count = 0;
    int paragraph = 0;
    while (count < words) {
        ++paragraph;
        if (paragraph % 12 == 0) {
            html += u"<h2>" + QString::number(paragraph / 12) + u"장 현장의 목소리</h2>\n";
            count += 3;
        }
        if (paragraph % 17 == 0) {
            html += u"<ul>\n<li>주택 재건축 지원</li>\n<li>산림 생태 복원</li>\n<li>이재민 생계비 지급</li>\n</ul>\n"_s;
            count += 9;
            continue;
        }
        if (paragraph % 23 == 0) {
            html += u"<blockquote>\n<p>“집을 다시 지을 수 있어 다행”</p>\n<p>— 옥계면 주민</p>\n</blockquote>\n"_s;
            count += 8;
            continue;
        }
        QString text;
        for (int i = 0; i < 5; ++i) {
            const QString &sentence = sentences.at(random.bounded(sentences.size()));
            text += (text.isEmpty() ? QString() : u" "_s) + sentence;
            count += int(sentence.count(u' ')) + 1;
        }
        if (paragraph % 3 == 0)
            text.replace(u"강원특별자치도는"_s, u"<strong>강원특별자치도는</strong>"_s);
        if (paragraph % 5 == 0)
            text.replace(u"전담 조직(TF)"_s, u"<a href=\"https://www.provin.gangwon.kr/\">전담 조직(TF)</a>"_s);
        html += u"<p>" + text + u"</p>\n";
    }
    return html;
}

template<typename Function> double medianMs(int runs, Function function)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        function();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return Bench::percentile(times, 50);
}

} // namespace

int main(int argc, char *argv[])
{
    // QTextDocument lays out with fonts, which need a GUI application; no
    // window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const QString html = ArticleHtml::sanitize(longArticle(50000));
    QTextDocument document;

    const double open = medianMs(5, [&] { BodyDocument::setProfileHtml(&document, html); });
    Bench::report(u"body.open_50k_words"_s, open, u"ms"_s, u"<=200"_s);

    QString full;
    const double serialize = medianMs(5, [&] { full = BodyDocument::toProfileHtml(&document); });
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
    const double paste = medianMs(20, [&] { ArticleHtml::sanitize(wordHtml); });
    Bench::report(u"sanitize_paste_word"_s, paste, u"ms"_s, u"report"_s);
    return 0;
}
