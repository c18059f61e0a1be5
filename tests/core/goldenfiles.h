#pragma once

// Golden-file helpers shared by the tests that compare output with reference
// files in tests/data (docs/development.md, "Golden files").

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Byline::GoldenFiles {

using namespace Qt::StringLiterals;

inline QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

inline bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

// A unified diff of expected against actual, through diff(1), for a failure
// message a person can read.
inline QString unifiedDiff(const QString &expected, const QString &actual)
{
    QTemporaryDir dir;
    const QString expectedPath = dir.filePath(u"expected.html"_s);
    const QString actualPath = dir.filePath(u"actual.html"_s);
    writeFile(expectedPath, expected);
    writeFile(actualPath, actual);
    QProcess diff;
    diff.start(u"diff"_s, {u"-u"_s, expectedPath, actualPath});
    if (!diff.waitForFinished(10000))
        return u"--- expected\n"_s + expected + u"\n+++ actual\n"_s + actual;
    return QString::fromUtf8(diff.readAllStandardOutput());
}

} // namespace Byline::GoldenFiles
