#pragma once

#include "library/schemastep.h"

namespace Byline {

// The desk's tables in the library database (DeskStore).
QList<SchemaStep> deskSchemaSteps();

} // namespace Byline
