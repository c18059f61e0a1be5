#pragma once

namespace Byline {

// Picks a console run for subcommands that need no display and the editor
// window otherwise, so one `byline` executable serves both.
int runByline(int argc, char *argv[]);

} // namespace Byline
