#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Byline::Cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2,
};

struct Context
{
    QString libraryDirectory; // --library, or the user's default library
    QStringList arguments; // the subcommand's own arguments, its name first
    QTextStream &out;
    QTextStream &err;
    QTextStream *in = nullptr; // what the command reads (a password); null: the process's standard input
};

struct Command
{
    QString name; // one word, or two for a group's command ("desk return")
    const char *summary; // QT_TRANSLATE_NOOP("Byline::Cli", ...)
    bool needsDisplay = false; // runs in a QApplication (renders, screenshots)
    std::function<int(Context &)> run;
};

// What the raw command line asks for, read before any QCoreApplication
// exists so main() can pick a GUI or a console application.
struct Invocation
{
    QString libraryDirectory;
    const Command *command = nullptr;
    QString unknownCommand;
    bool help = false;
    bool version = false;
    QStringList commandArguments;
    QStringList guiArguments; // everything else, for the GUI's own parser

    bool startsGui() const { return !help && !version && unknownCommand.isEmpty() && !command; }
};

class Dispatcher
{
public:
    void add(Command command);
    const QList<Command> &commands() const { return m_commands; }
    const Command *find(const QString &name) const;

    Invocation parse(const QStringList &arguments) const;
    int run(const Invocation &invocation, QTextStream &out, QTextStream &err, QTextStream *in = nullptr) const;
    QString helpText() const;

private:
    QList<Command> m_commands;
};

} // namespace Byline::Cli
