// The status bar recounts the article after each typing pause, and Find
// searches the whole article as the needle is typed: both must stay far
// below a frame's worth of waiting on a 50,000-word story (about 250,000
// characters of Korean).
#include "benchutil.h"

#include "article/articlefind.h"
#include "article/textstats.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

constexpr int Words = 50000;
constexpr int Characters = 250000;
constexpr int Runs = 21;

// News prose: particles, numbers, Latin acronyms, quotes, the needle "수달" now and then.
QString koreanStory()
{
    const QStringList sentences = {
        u"춘천 공지천에 천연기념물 수달이 돌아왔다."_s,
        u"강원도는 하천 정비 사업을 5년째 이어오고 있다고 14일 밝혔다."_s,
        u"시민들은 \"아이들과 산책하다 수달을 처음 봤다\"며 반가워했다."_s,
        u"환경단체는 2026년까지 서식지 조사를 이어갈 계획이다."_s,
        u"도 관계자는 \"수질이 좋아지면서 물고기가 늘어난 덕분\"이라고 설명했다."_s,
        u"올해 예산은 지난해보다 12.5% 늘어난 38억 원으로 확정됐다."_s,
        u"AI 카메라 20대를 설치해 야간 활동을 기록하고 있다."_s,
        u"전문가들은 개체 수가 안정될 때까지 출입을 제한해야 한다고 지적했다."_s,
        u"인근 주민 김모(54)씨는 새벽마다 물가에서 움직이는 그림자를 본다고 말했다."_s,
        u"시의회는 다음 달 관련 조례 개정안을 심의할 예정이다."_s,
        u"한편 국립생태원은 전국 하천의 생태 지도를 새로 만들고 있다."_s,
        u"연구팀은 배설물 DNA 분석으로 최소 일곱 마리가 사는 것으로 추정했다."_s,
    };
    QRandomGenerator random(2026); // the same story every run
    QString story;
    int words = 0;
    while (words < Words || story.size() < Characters) {
        const int count = 2 + int(random.bounded(4));
        for (int i = 0; i < count; ++i) {
            const QString &sentence = sentences.at(random.bounded(int(sentences.size())));
            story += sentence + u' ';
            words += int(sentence.count(u' ')) + 1;
        }
        story.chop(1);
        story += u'\n';
    }
    return story;
}

template<typename Work> double medianMs(Work work)
{
    QList<double> times;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return Bench::percentile(times, 50);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const QString story = koreanStory();
    int sink = 0;
    Bench::report(u"textstats.count_50k_words"_s,
        medianMs([&] { sink += TextStats::count(story).charactersWithSpaces; }), u"ms"_s, u"<=30"_s);

    QTextDocument body;
    body.setPlainText(story);
    const ArticleFind find(nullptr, nullptr, &body);
    Bench::report(u"find.findall_50k_words"_s, medianMs([&] { sink += int(find.findAll(u"수달"_s).size()); }), u"ms"_s,
        u"<=30"_s);
    Bench::report(u"find.findall_whole_word_50k_words"_s,
        medianMs([&] { sink += int(find.findAll(u"수달"_s, {false, true}).size()); }), u"ms"_s, u"<=30"_s);
    return sink > 0 ? 0 : 1;
}
