#include "schemastep.h"

#include "desk/deskschema.h"
#include "library.h"
#include "publish/publishschema.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline {

QStringList SchemaStep::tablesCreated() const
{
    static const QRegularExpression created(u"CREATE (?:VIRTUAL )?TABLE (\\w+)"_s);
    QStringList tables;
    for (const QString &statement : statements) {
        QRegularExpressionMatchIterator it = created.globalMatch(statement);
        while (it.hasNext())
            tables << it.next().captured(1);
    }
    return tables;
}

const QList<SchemaStep> &SchemaRegistry::steps()
{
    // A feature with tables adds its list here (docs/architecture.md).
    static const QList<SchemaStep> all = [] {
        QList<SchemaStep> steps = articleSchemaSteps() + photoSchemaSteps() + publishSchemaSteps() + deskSchemaSteps();
        std::sort(
            steps.begin(), steps.end(), [](const SchemaStep &a, const SchemaStep &b) { return a.version < b.version; });
        Q_ASSERT_X(problem(steps, Library::SchemaVersion).isEmpty(), "SchemaRegistry",
            qPrintable(problem(steps, Library::SchemaVersion)));
        return steps;
    }();
    return all;
}

QString SchemaRegistry::problem(const QList<SchemaStep> &steps, int latest)
{
    QList<int> versions;
    for (const SchemaStep &step : steps) {
        if (step.version < 1 || step.version > latest)
            return u"a step of %1 makes version %2, outside 1 to %3"_s.arg(QLatin1StringView(step.feature))
                .arg(step.version)
                .arg(latest);
        versions << step.version;
    }
    for (int expected = 1; expected <= latest; ++expected) {
        const qsizetype count = versions.count(expected);
        if (count == 0)
            return u"no step makes version %1"_s.arg(expected);
        if (count > 1)
            return u"%1 steps make version %2"_s.arg(count).arg(expected);
    }
    return {};
}

} // namespace Byline
