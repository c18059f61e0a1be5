// The photos' schema step (PhotoStore).

#include "schemastep.h"

using namespace Qt::StringLiterals;

namespace Byline {

QList<SchemaStep> photoSchemaSteps()
{
    return {
        // The original is a file under photos/, named by its SHA-256; a row
        // per article that uses it, in the article's order.
        {4, "photos",
            {u"CREATE TABLE photos ("
             " id TEXT PRIMARY KEY,"
             " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
             " sha256 TEXT NOT NULL,"
             " file_name TEXT NOT NULL DEFAULT '',"
             " stored_path TEXT NOT NULL,"
             " width INTEGER NOT NULL DEFAULT 0,"
             " height INTEGER NOT NULL DEFAULT 0,"
             " byte_size INTEGER NOT NULL DEFAULT 0,"
             " caption TEXT NOT NULL DEFAULT '',"
             " credit TEXT NOT NULL DEFAULT '',"
             " alt_text TEXT NOT NULL DEFAULT '',"
             " lead INTEGER NOT NULL DEFAULT 0,"
             " position INTEGER NOT NULL DEFAULT 0,"
             " crop TEXT NOT NULL DEFAULT '{}',"
             " metadata TEXT NOT NULL DEFAULT '{}',"
             " added TEXT NOT NULL,"
             " UNIQUE (article_id, sha256))"_s,
                u"CREATE INDEX photos_article ON photos(article_id, position)"_s,
                u"CREATE INDEX photos_sha256 ON photos(sha256)"_s}},
    };
}

} // namespace Byline
