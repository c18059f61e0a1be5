#pragma once

#include "dispatcher.h"

namespace Byline::Cli {

// Registers `desk return`, `desk approve` and `desk notes`: the desk's
// actions on a story the site has, through the same durable queue as
// `byline publish` (docs/publishing.md, "Desk actions").
void addDeskActionCommands(Dispatcher &dispatcher);

} // namespace Byline::Cli
