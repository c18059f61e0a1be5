#pragma once

#include "dispatcher.h"

namespace Byline::Cli {

// Registers `targets` (add, list, remove, test), `publish` and `queue`
// (list, run, retry, cancel): publishing from the command line, over the
// same outbox and runner as the window's Publishing dock.
void addPublishCommands(Dispatcher &dispatcher);

} // namespace Byline::Cli
