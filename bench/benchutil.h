#pragma once

#include <QList>
#include <QString>
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

} // namespace Byline::Bench
