#include "dispatcher.h"

#include "bylineversion.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Byline::Cli {

void Dispatcher::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command *Dispatcher::find(const QString &name) const
{
    for (const Command &command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

Invocation Dispatcher::parse(const QStringList &arguments) const
{
    Invocation invocation;
    // arguments[0] is the program.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // --library applies to every command, wherever it stands.
        if (argument == u"--library"_s && i + 1 < arguments.size()) {
            invocation.libraryDirectory = arguments.at(++i);
            continue;
        }
        if (argument.startsWith(u"--library="_s)) {
            invocation.libraryDirectory = argument.mid(10);
            continue;
        }
        if (invocation.command) {
            invocation.commandArguments << argument;
            continue;
        }
        if (argument == u"-h"_s || argument == u"--help"_s || argument == u"help"_s) {
            invocation.help = true;
        } else if (argument == u"-v"_s || argument == u"--version"_s) {
            invocation.version = true;
        } else if (!argument.startsWith(u'-') && invocation.guiArguments.isEmpty()) {
            // A command of two words ("desk return"): each registered by its
            // own feature, the name printed whole in its messages.
            if (const Command *pair =
                    i + 1 < arguments.size() ? find(argument + u' ' + arguments.at(i + 1)) : nullptr) {
                invocation.command = pair;
                invocation.commandArguments << pair->name;
                ++i;
            } else if (const Command *command = find(argument)) {
                invocation.command = command;
                invocation.commandArguments << argument;
            } else if (QFileInfo::exists(argument)) {
                // A file to open in the window: the desktop's "Open with", a
                // double-clicked .byline package (Exec=byline %F).
                invocation.guiArguments << argument;
            } else if (invocation.unknownCommand.isEmpty()) {
                invocation.unknownCommand = argument;
            }
        } else {
            invocation.guiArguments << argument;
            // A GUI option's value ("--screenshot FILE") is not a command name.
            if (argument.startsWith(u"--"_s) && !argument.contains(u'=') && i + 1 < arguments.size()
                && !arguments.at(i + 1).startsWith(u'-'))
                invocation.guiArguments << arguments.at(++i);
        }
    }
    return invocation;
}

QString Dispatcher::helpText() const
{
    QString text = QCoreApplication::translate("Byline::Cli", "Usage: byline [--library DIR] [COMMAND] [OPTIONS]")
        + u"\n\n"_s + QCoreApplication::translate("Byline::Cli", "Without a command, Byline opens its editor window.")
        + u"\n\n"_s + QCoreApplication::translate("Byline::Cli", "Commands:") + u'\n';
    qsizetype width = 0;
    for (const Command &command : m_commands)
        width = std::max(width, command.name.size());
    for (const Command &command : m_commands) {
        text += u"  "_s + command.name.leftJustified(width + 2)
            + QCoreApplication::translate("Byline::Cli", command.summary) + u'\n';
    }
    text += u'\n' + QCoreApplication::translate("Byline::Cli", "Options:") + u'\n';
    text += u"  --library DIR     "_s
        + QCoreApplication::translate("Byline::Cli", "Use the library in DIR instead of your own (default: %1)")
              .arg(Library::defaultDirectory())
        + u'\n';
    text += u"  --screenshot FILE "_s
        + QCoreApplication::translate("Byline::Cli", "Open the window, save a PNG of it to FILE and quit") + u'\n';
    text += u"  --view VIEW       "_s
        + QCoreApplication::translate("Byline::Cli", "Open the article in VIEW: editor or source") + u'\n';
    text += u"  -h, --help        "_s + QCoreApplication::translate("Byline::Cli", "Show this help") + u'\n';
    text += u"  -v, --version     "_s + QCoreApplication::translate("Byline::Cli", "Show the version") + u'\n';
    text += u'\n'
        + QCoreApplication::translate("Byline::Cli", "Run \"byline COMMAND --help\" for the options of a command.")
        + u'\n';
    return text;
}

int Dispatcher::run(const Invocation &invocation, QTextStream &out, QTextStream &err, QTextStream *in) const
{
    if (!invocation.unknownCommand.isEmpty()) {
        // The first word of a two-word command ("byline desk"): what may follow.
        QStringList group;
        for (const Command &command : m_commands) {
            if (command.name.startsWith(invocation.unknownCommand + u' '))
                group << command.name.mid(invocation.unknownCommand.size() + 1);
        }
        if (!group.isEmpty()) {
            err << QCoreApplication::translate("Byline::Cli", "byline %1: give one of: %2.")
                       .arg(invocation.unknownCommand, group.join(u", "_s))
                << Qt::endl;
            return UsageError;
        }
        err << QCoreApplication::translate("Byline::Cli", "byline: unknown command \"%1\".")
                   .arg(invocation.unknownCommand)
            << u'\n' << QCoreApplication::translate("Byline::Cli", "Run \"byline --help\" for the list of commands.")
            << Qt::endl;
        return UsageError;
    }
    if (invocation.version && !invocation.command) {
        out << u"byline "_s << QString::fromLatin1(BYLINE_VERSION_STRING) << Qt::endl;
        return Success;
    }
    if (invocation.help && !invocation.command) {
        out << helpText() << Qt::flush;
        return Success;
    }
    if (!invocation.command)
        return UsageError;

    Context context {
        invocation.libraryDirectory.isEmpty() ? Library::defaultDirectory() : invocation.libraryDirectory,
        invocation.commandArguments,
        out,
        err,
        in,
    };
    const int code = invocation.command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace Byline::Cli
