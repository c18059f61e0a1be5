#pragma once

// Runs a `byline` command line in-process through the dispatcher, as the
// executable would, and keeps what it printed.

#include "commands.h"
#include "dispatcher.h"

#include <QStringList>
#include <QTextStream>

namespace Byline::CliTest {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// `arguments` after "byline"; with a libraryDirectory, "--library DIR" first.
inline Run run(const QStringList &arguments, const QString &libraryDirectory = {})
{
    Cli::Dispatcher dispatcher;
    Cli::addCoreCommands(dispatcher);
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QStringList all {QStringLiteral("byline")};
    if (!libraryDirectory.isEmpty())
        all << QStringLiteral("--library") << libraryDirectory;
    result.code = dispatcher.run(dispatcher.parse(all + arguments), out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace Byline::CliTest
