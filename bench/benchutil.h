#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace Byline::Bench {

// p-th percentile (0-100) by nearest rank.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

// One line per figure: name, value, unit, target ("<=300").
inline void report(const QString &name, double value, const QString &unit, const QString &target)
{
    QTextStream(stdout) << name << ' ' << QString::number(value, 'f', 1) << ' ' << unit << ' ' << target << Qt::endl;
}

using namespace Qt::StringLiterals;

// A long Korean story in profile HTML: paragraphs of newsroom sentences with
// some bold and links, h2 sections, lists and quotes, about `words` words.
inline QString longArticle(int words)
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

template<typename Function> inline double medianMs(int runs, Function function)
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

} // namespace Byline::Bench
