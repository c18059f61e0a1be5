#pragma once

#include "dispatcher.h"

namespace Byline::Cli {

// Registers `import` and `export`: an article from and to a file (a .byline
// package, article JSON, a web page).
void addFileCommands(Dispatcher &dispatcher);

} // namespace Byline::Cli
