#pragma once

#include "article.h"

namespace Byline {

// The Korean story a new user sees on first start, so the editor, preview
// and publishing have something real to show at once.
Article sampleArticle();

} // namespace Byline
