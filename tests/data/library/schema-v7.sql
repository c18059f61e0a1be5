-- user_version 7
-- application_id 1113148494
-- index articles_created on articles
CREATE INDEX articles_created ON articles(created);
-- index articles_modified on articles
CREATE INDEX articles_modified ON articles(modified);
-- index photos_article on photos
CREATE INDEX photos_article ON photos(article_id, position);
-- index photos_sha256 on photos
CREATE INDEX photos_sha256 ON photos(sha256);
-- index publish_jobs_state on publish_jobs
CREATE INDEX publish_jobs_state ON publish_jobs(state, next_attempt);
-- index publish_log_job on publish_log
CREATE INDEX publish_log_job ON publish_log(job_id);
-- index sqlite_autoindex_articles_1 on articles
;
-- index sqlite_autoindex_desk_inbox_1 on desk_inbox
;
-- index sqlite_autoindex_desk_links_1 on desk_links
;
-- index sqlite_autoindex_photos_1 on photos
;
-- index sqlite_autoindex_photos_2 on photos
;
-- index sqlite_autoindex_publish_jobs_1 on publish_jobs
;
-- index sqlite_autoindex_remote_media_1 on remote_media
;
-- index sqlite_autoindex_remote_posts_1 on remote_posts
;
-- index sqlite_autoindex_revisions_1 on revisions
;
-- table article_pairs on article_pairs
CREATE VIRTUAL TABLE article_pairs USING fts5(pairs, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, detail = none);
-- table article_pairs_config on article_pairs_config
CREATE TABLE 'article_pairs_config'(k PRIMARY KEY, v) WITHOUT ROWID;
-- table article_pairs_data on article_pairs_data
CREATE TABLE 'article_pairs_data'(id INTEGER PRIMARY KEY, block BLOB);
-- table article_pairs_docsize on article_pairs_docsize
CREATE TABLE 'article_pairs_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);
-- table article_pairs_idx on article_pairs_idx
CREATE TABLE 'article_pairs_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
-- table article_search on article_search
CREATE VIRTUAL TABLE article_search USING fts5(headline, deck, summary, tags, body, tokenize = 'trigram', content = '', contentless_delete = 1);
-- table article_search_config on article_search_config
CREATE TABLE 'article_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
-- table article_search_data on article_search_data
CREATE TABLE 'article_search_data'(id INTEGER PRIMARY KEY, block BLOB);
-- table article_search_docsize on article_search_docsize
CREATE TABLE 'article_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);
-- table article_search_idx on article_search_idx
CREATE TABLE 'article_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
-- table article_text on article_text
CREATE TABLE article_text ( id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, text TEXT NOT NULL);
-- table articles on articles
CREATE TABLE articles ( id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, headline TEXT NOT NULL DEFAULT '', section TEXT NOT NULL DEFAULT '', byline TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft', created TEXT NOT NULL, modified TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
-- table desk_inbox on desk_inbox
CREATE TABLE desk_inbox ( target TEXT PRIMARY KEY, token TEXT NOT NULL DEFAULT '', fetched TEXT NOT NULL, stories TEXT NOT NULL DEFAULT '[]');
-- table desk_links on desk_links
CREATE TABLE desk_links ( article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, target TEXT NOT NULL, post INTEGER NOT NULL, lock_held INTEGER NOT NULL DEFAULT 0, lock_since TEXT NOT NULL DEFAULT '', held_by_id INTEGER NOT NULL DEFAULT 0, held_by_name TEXT NOT NULL DEFAULT '', held_since TEXT NOT NULL DEFAULT '', opened TEXT NOT NULL, UNIQUE (target, post));
-- table photos on photos
CREATE TABLE photos ( id TEXT PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, sha256 TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '', stored_path TEXT NOT NULL, width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0, byte_size INTEGER NOT NULL DEFAULT 0, caption TEXT NOT NULL DEFAULT '', credit TEXT NOT NULL DEFAULT '', alt_text TEXT NOT NULL DEFAULT '', lead INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0, crop TEXT NOT NULL DEFAULT '{}', metadata TEXT NOT NULL DEFAULT '{}', added TEXT NOT NULL, UNIQUE (article_id, sha256));
-- table publish_jobs on publish_jobs
CREATE TABLE publish_jobs ( id INTEGER PRIMARY KEY, article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL, article_uuid TEXT NOT NULL, revision INTEGER NOT NULL, target TEXT NOT NULL, action TEXT NOT NULL, scheduled_at TEXT NOT NULL DEFAULT '', headline TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt TEXT NOT NULL DEFAULT '', bytes_done INTEGER NOT NULL DEFAULT 0, bytes_total INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '', server_text TEXT NOT NULL DEFAULT '', http_status INTEGER NOT NULL DEFAULT 0, remote_id INTEGER NOT NULL DEFAULT 0, remote_url TEXT NOT NULL DEFAULT '', overwrite INTEGER NOT NULL DEFAULT 0, conflict TEXT NOT NULL DEFAULT '', snapshot TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL, stalled_attempts INTEGER NOT NULL DEFAULT 0, UNIQUE (article_uuid, revision, target, action));
-- table publish_log on publish_log
CREATE TABLE publish_log ( job_id INTEGER NOT NULL REFERENCES publish_jobs(id) ON DELETE CASCADE, time TEXT NOT NULL, attempt INTEGER NOT NULL, text TEXT NOT NULL);
-- table remote_media on remote_media
CREATE TABLE remote_media ( target TEXT NOT NULL, media_key TEXT NOT NULL, remote_id INTEGER NOT NULL DEFAULT 0, url TEXT NOT NULL DEFAULT '', fields TEXT NOT NULL DEFAULT '', PRIMARY KEY (target, media_key));
-- table remote_posts on remote_posts
CREATE TABLE remote_posts ( target TEXT NOT NULL, article_uuid TEXT NOT NULL, remote_id INTEGER NOT NULL DEFAULT 0, url TEXT NOT NULL DEFAULT '', modified TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', PRIMARY KEY (target, article_uuid));
-- table revisions on revisions
CREATE TABLE revisions ( article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, number INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (article_id, number));
