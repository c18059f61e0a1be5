#pragma once

#include "dispatcher.h"

namespace Byline::Cli {

// Registers `desk list`, `desk open` and `desk release`: the desk's list of
// stories, opening a filed story into the library with its lock, and letting
// the lock go (docs/publishing.md, "The desk").
void addDeskCommands(Dispatcher &dispatcher);

} // namespace Byline::Cli
