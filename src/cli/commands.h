#pragma once

#include "dispatcher.h"

class QCommandLineParser;

namespace Byline {
class Library;
}

namespace Byline::Cli {

// Registers the subcommands that need no display.
void addCoreCommands(Dispatcher &dispatcher);

// Parses a subcommand's options; on --help or an error it prints and
// returns false with the exit code in *code.
bool parseCommand(QCommandLineParser &parser, Context &context, int *code);

// Opens the library named by the context, printing the reason on failure.
bool openLibrary(Library &library, Context &context);

} // namespace Byline::Cli
