#pragma once

#include "dispatcher.h"

#include <QCommandLineOption>

namespace Byline::Cli {

// byline render ID|FILE --device desktop|mobile -o PAGE.html [--inline-images]
int renderCommand(Context &context);

// The options every page-making command takes (render, screenshot).
struct PageOptions
{
    QCommandLineOption device;
    QCommandLineOption publication;
    QCommandLineOption templatePack;
};
PageOptions pageOptions();

} // namespace Byline::Cli
