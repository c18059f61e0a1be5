// The desk's schema step (DeskStore).

#include "deskschema.h"

using namespace Qt::StringLiterals;

namespace Byline {

QList<SchemaStep> deskSchemaSteps()
{
    return {
        // The last inbox each target sent, so the desk shows it offline with
        // its time; and which post a local article was opened from, with the
        // post's lock as this Byline last knew it.
        {7, "desk",
            {u"CREATE TABLE desk_inbox ("
             " target TEXT PRIMARY KEY,"
             " token TEXT NOT NULL DEFAULT '',"
             " fetched TEXT NOT NULL,"
             " stories TEXT NOT NULL DEFAULT '[]')"_s,
                u"CREATE TABLE desk_links ("
                " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                " target TEXT NOT NULL,"
                " post INTEGER NOT NULL,"
                " lock_held INTEGER NOT NULL DEFAULT 0,"
                " lock_since TEXT NOT NULL DEFAULT '',"
                " held_by_id INTEGER NOT NULL DEFAULT 0,"
                " held_by_name TEXT NOT NULL DEFAULT '',"
                " held_since TEXT NOT NULL DEFAULT '',"
                " opened TEXT NOT NULL,"
                " UNIQUE (target, post))"_s}},
    };
}

} // namespace Byline
