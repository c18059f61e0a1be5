#pragma once

#include "dispatcher.h"

namespace Byline {

// byline screenshot ID|FILE --device desktop|mobile -o PAGE.png: the page
// `byline render` writes, drawn by Qt WebEngine at the device's width and
// the page's full height, with the preview's safety rules.
int screenshotCommand(Cli::Context &context);

// The commands that need the application's windows (added to the core ones).
void addAppCommands(Cli::Dispatcher &dispatcher);

} // namespace Byline
