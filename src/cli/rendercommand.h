#pragma once

#include "dispatcher.h"

namespace Byline::Cli {

// byline render ID|FILE --device desktop|mobile -o PAGE.html [--inline-images]
int renderCommand(Context &context);

} // namespace Byline::Cli
