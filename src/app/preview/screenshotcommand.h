#pragma once

#include "dispatcher.h"

namespace Byline {

// byline screenshot ID|FILE --device desktop|mobile -o PAGE.png: the page
// `byline render` writes, drawn by Qt WebEngine at the device's width and
// the page's full height, with the preview's safety rules.
int screenshotCommand(Cli::Context &context);

// Whether the command is `byline screenshot`, which draws off screen
// whether or not there is a display.
bool isScreenshotCommand(const Cli::Command *command);

// The commands that need the application's windows (added to the core ones).
void addAppCommands(Cli::Dispatcher &dispatcher);

} // namespace Byline
