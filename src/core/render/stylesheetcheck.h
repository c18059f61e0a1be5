#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Byline {

// What a template pack's CSS (style.css, mobile.css, <style> and style="")
// may not do, checked on what a browser reads rather than on the source:
// escapes are decoded (@\69mport is @import), strings and url() are read as
// CSS reads them, and comments are taken both as CSS takes them and as if
// they were not there (so @im/**/port is refused too).
class StyleSheetCheck
{
    Q_DECLARE_TR_FUNCTIONS(Byline::StyleSheetCheck)

public:
    struct Problem
    {
        qsizetype offset = 0; // in the text checked
        QString message; // translated, without file or line
    };

    // The first thing the style sheet may not do; nullopt when it may be used.
    static std::optional<Problem> check(QStringView css);
};

} // namespace Byline
