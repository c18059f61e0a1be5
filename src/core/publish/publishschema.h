#pragma once

#include "library/schemastep.h"

namespace Byline {

// The publish queue's tables in the library database (Outbox).
QList<SchemaStep> publishSchemaSteps();

} // namespace Byline
