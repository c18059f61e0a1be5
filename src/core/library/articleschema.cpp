// The articles' schema steps: articles, named revisions and the search index.

#include "library.h"
#include "schemastep.h"

using namespace Qt::StringLiterals;

namespace Byline {

QList<SchemaStep> articleSchemaSteps()
{
    return {
        // Articles, with the columns the list needs next to the full JSON.
        {1, "articles",
            {u"CREATE TABLE articles ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " headline TEXT NOT NULL DEFAULT '',"
             " section TEXT NOT NULL DEFAULT '',"
             " byline TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL DEFAULT 'draft',"
             " created TEXT NOT NULL,"
             " modified TEXT NOT NULL,"
             " revision INTEGER NOT NULL DEFAULT 0,"
             " data TEXT NOT NULL)"_s,
                u"CREATE INDEX articles_modified ON articles(modified)"_s}},
        // Named revisions (Ctrl+S), each a full article JSON snapshot.
        {2, "articles",
            {u"CREATE TABLE revisions ("
             " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
             " number INTEGER NOT NULL,"
             " name TEXT NOT NULL DEFAULT '',"
             " created TEXT NOT NULL,"
             " data TEXT NOT NULL,"
             " PRIMARY KEY (article_id, number))"_s,
                u"CREATE INDEX articles_created ON articles(created)"_s}},
        // Search (articlesearch.cpp). Both FTS5 indexes are contentless with
        // cheap deletes (an autosave replaces a long body in a few
        // milliseconds); the text itself is kept once, in article_text, for
        // the LIKE scan. The body is indexed as plain text, so all three are
        // filled from C++.
        {3, "articles",
            {u"CREATE TABLE article_text ("
             " id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
             " text TEXT NOT NULL)"_s,
                u"CREATE VIRTUAL TABLE article_search USING fts5("
                "headline, deck, summary, tags, body, tokenize = 'trigram', content = '', contentless_delete = 1)"_s,
                u"CREATE VIRTUAL TABLE article_pairs USING fts5("
                "pairs, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, detail = none)"_s},
            [](Library &library) { return library.articleStore().rebuildSearchIndex(); }},
    };
}

} // namespace Byline
