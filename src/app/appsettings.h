#pragma once

#include "common/settings.h"

namespace Byline {

// The publication's length target, in characters with spaces (Korean desks
// assign stories by length: 원고지 10매 is about 2,000 characters).
inline const Setting<int> lengthTargetSetting {"publication/lengthTarget", 2000};

} // namespace Byline
