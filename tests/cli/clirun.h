#pragma once

// Runs a `byline` command line in-process through the dispatcher, as the
// executable would, and keeps what it printed.

#include "commands.h"
#include "dispatcher.h"

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Byline::CliTest {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// `arguments` after "byline"; with a libraryDirectory, "--library DIR" first;
// with an input, that is what the command reads as its standard input.
inline Run run(
    const QStringList &arguments, const QString &libraryDirectory = {}, std::optional<QString> input = std::nullopt)
{
    Cli::Dispatcher dispatcher;
    Cli::addCoreCommands(dispatcher);
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QStringList all {QStringLiteral("byline")};
    if (!libraryDirectory.isEmpty())
        all << QStringLiteral("--library") << libraryDirectory;
    QString text = input.value_or(QString());
    QTextStream in(&text, QIODevice::ReadOnly);
    result.code = dispatcher.run(dispatcher.parse(all + arguments), out, err, input ? &in : nullptr);
    out.flush();
    err.flush();
    return result;
}

} // namespace Byline::CliTest
