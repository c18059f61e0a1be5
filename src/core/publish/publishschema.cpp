#include "publishschema.h"

using namespace Qt::StringLiterals;

namespace Byline {

QList<SchemaStep> publishSchemaSteps()
{
    return {
        // The publish outbox. A job per article revision, target and action,
        // with the snapshot it sends; what each target already has of an
        // article and its photos, so retries and later jobs update instead
        // of creating again. A row with remote_id 0 means "sent, answer not
        // heard".
        {5, "publishing",
            {u"CREATE TABLE publish_jobs ("
             " id INTEGER PRIMARY KEY,"
             " article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
             " article_uuid TEXT NOT NULL,"
             " revision INTEGER NOT NULL,"
             " target TEXT NOT NULL,"
             " action TEXT NOT NULL,"
             " scheduled_at TEXT NOT NULL DEFAULT '',"
             " headline TEXT NOT NULL DEFAULT '',"
             " state TEXT NOT NULL,"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " next_attempt TEXT NOT NULL DEFAULT '',"
             " bytes_done INTEGER NOT NULL DEFAULT 0,"
             " bytes_total INTEGER NOT NULL DEFAULT 0,"
             " message TEXT NOT NULL DEFAULT '',"
             " server_text TEXT NOT NULL DEFAULT '',"
             " http_status INTEGER NOT NULL DEFAULT 0,"
             " remote_id INTEGER NOT NULL DEFAULT 0,"
             " remote_url TEXT NOT NULL DEFAULT '',"
             " overwrite INTEGER NOT NULL DEFAULT 0,"
             " conflict TEXT NOT NULL DEFAULT '',"
             " snapshot TEXT NOT NULL,"
             " created TEXT NOT NULL,"
             " updated TEXT NOT NULL,"
             " UNIQUE (article_uuid, revision, target, action))"_s,
                u"CREATE INDEX publish_jobs_state ON publish_jobs(state, next_attempt)"_s,
                u"CREATE TABLE publish_log ("
                " job_id INTEGER NOT NULL REFERENCES publish_jobs(id) ON DELETE CASCADE,"
                " time TEXT NOT NULL,"
                " attempt INTEGER NOT NULL,"
                " text TEXT NOT NULL)"_s,
                u"CREATE INDEX publish_log_job ON publish_log(job_id)"_s,
                u"CREATE TABLE remote_posts ("
                " target TEXT NOT NULL,"
                " article_uuid TEXT NOT NULL,"
                " remote_id INTEGER NOT NULL DEFAULT 0,"
                " url TEXT NOT NULL DEFAULT '',"
                " modified TEXT NOT NULL DEFAULT '',"
                " status TEXT NOT NULL DEFAULT '',"
                " PRIMARY KEY (target, article_uuid))"_s,
                u"CREATE TABLE remote_media ("
                " target TEXT NOT NULL,"
                " media_key TEXT NOT NULL,"
                " remote_id INTEGER NOT NULL DEFAULT 0,"
                " url TEXT NOT NULL DEFAULT '',"
                " fields TEXT NOT NULL DEFAULT '',"
                " PRIMARY KEY (target, media_key))"_s}},
        // The queue gives up on a job after attempts in a row that got
        // nothing onto the site, not after attempts that made progress.
        {6, "publishing", {u"ALTER TABLE publish_jobs ADD COLUMN stalled_attempts INTEGER NOT NULL DEFAULT 0"_s}},
        // The desk's actions ride the same queue: the note a return or a
        // note carries, and the id the site knows the action by, the same on
        // every retry so the site acts once.
        {8, "publishing",
            {u"ALTER TABLE publish_jobs ADD COLUMN desk_note TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE publish_jobs ADD COLUMN desk_action TEXT NOT NULL DEFAULT ''"_s}},
    };
}

} // namespace Byline
