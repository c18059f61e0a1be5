#pragma once

#include "article/article.h"
#include "dispatcher.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace Byline::Cli {

// An article's fields as options, for `byline new` and `byline edit`: the
// same names, the same reading and the same refusals for both.
class ArticleFieldOptions
{
public:
    explicit ArticleFieldOptions(bool forNewArticle);
    void addTo(QCommandLineParser &parser) const;
    bool anySet(const QCommandLineParser &parser) const;
    // Sets the fields given on *article. On a bad value it prints the reason
    // ("byline COMMAND: ..."), sets *code (2, or 1 for a file that cannot be
    // read) and returns false with *article unchanged.
    bool apply(const QCommandLineParser &parser, Article *article, Context &context, int *code) const;

private:
    QCommandLineOption m_headline;
    QCommandLineOption m_deck;
    QCommandLineOption m_byline;
    QCommandLineOption m_section;
    QCommandLineOption m_tags;
    QCommandLineOption m_body;
    QCommandLineOption m_embargo;
};

// Registers `byline edit`.
void addEditCommand(Dispatcher &dispatcher);

} // namespace Byline::Cli
