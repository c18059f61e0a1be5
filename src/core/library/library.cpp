#include "library.h"

#include "article/articlehtml.h"
#include "common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"byline-library-%1"_s.arg(++counter);
}

// Schema steps, applied in order from the database's user_version.
struct MigrationStep
{
    const char *sql;
    bool fillsSearchIndex = false;
};

const MigrationStep migrations[] = {
    // 1: articles, with the columns the list needs next to the full JSON.
    {"CREATE TABLE articles ("
     " id INTEGER PRIMARY KEY,"
     " uuid TEXT NOT NULL UNIQUE,"
     " headline TEXT NOT NULL DEFAULT '',"
     " section TEXT NOT NULL DEFAULT '',"
     " byline TEXT NOT NULL DEFAULT '',"
     " status TEXT NOT NULL DEFAULT 'draft',"
     " created TEXT NOT NULL,"
     " modified TEXT NOT NULL,"
     " revision INTEGER NOT NULL DEFAULT 0,"
     " data TEXT NOT NULL);"
     "CREATE INDEX articles_modified ON articles(modified);"},
    // 2: named revisions (Ctrl+S), each a full article JSON snapshot.
    {"CREATE TABLE revisions ("
     " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
     " number INTEGER NOT NULL,"
     " name TEXT NOT NULL DEFAULT '',"
     " created TEXT NOT NULL,"
     " data TEXT NOT NULL,"
     " PRIMARY KEY (article_id, number));"
     "CREATE INDEX articles_created ON articles(created);"},
    // 3: search. Trigrams find Korean words inside compounds (산업협력 in
    // 산업협력위원회), which word tokenizers cannot; they need three
    // characters, so one- and two-character words (수달, 속보) use an index
    // of each word's character pairs. Both indexes are contentless with
    // cheap deletes (an autosave replaces a long body in a few
    // milliseconds); the text itself is kept once, in article_text, for the
    // LIKE scan that handles the rest (short words with punctuation). The
    // body is indexed as plain text, so all three are filled from C++.
    {"CREATE TABLE article_text ("
     " id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
     " text TEXT NOT NULL);"
     "CREATE VIRTUAL TABLE article_search USING fts5("
     "headline, deck, summary, tags, body, tokenize = 'trigram', content = '', contentless_delete = 1);"
     "CREATE VIRTUAL TABLE article_pairs USING fts5("
     "pairs, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, detail = none)",
        true},
    // 4: photos. The original is a file under photos/, named by its SHA-256;
    // a row per article that uses it, in the article's order.
    {"CREATE TABLE photos ("
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
     " UNIQUE (article_id, sha256));"
     "CREATE INDEX photos_article ON photos(article_id, position);"
     "CREATE INDEX photos_sha256 ON photos(sha256)"},
    // 5: the publish outbox (Outbox). A job per article revision, target and
    // action, with the snapshot it sends; what each target already has of an
    // article and its photos, so retries and later jobs update instead of
    // creating again. A row with remote_id 0 means "sent, answer not heard".
    {"CREATE TABLE publish_jobs ("
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
     " UNIQUE (article_uuid, revision, target, action));"
     "CREATE INDEX publish_jobs_state ON publish_jobs(state, next_attempt);"
     "CREATE TABLE publish_log ("
     " job_id INTEGER NOT NULL REFERENCES publish_jobs(id) ON DELETE CASCADE,"
     " time TEXT NOT NULL,"
     " attempt INTEGER NOT NULL,"
     " text TEXT NOT NULL);"
     "CREATE INDEX publish_log_job ON publish_log(job_id);"
     "CREATE TABLE remote_posts ("
     " target TEXT NOT NULL,"
     " article_uuid TEXT NOT NULL,"
     " remote_id INTEGER NOT NULL DEFAULT 0,"
     " url TEXT NOT NULL DEFAULT '',"
     " modified TEXT NOT NULL DEFAULT '',"
     " status TEXT NOT NULL DEFAULT '',"
     " PRIMARY KEY (target, article_uuid));"
     "CREATE TABLE remote_media ("
     " target TEXT NOT NULL,"
     " media_key TEXT NOT NULL,"
     " remote_id INTEGER NOT NULL DEFAULT 0,"
     " url TEXT NOT NULL DEFAULT '',"
     " fields TEXT NOT NULL DEFAULT '',"
     " PRIMARY KEY (target, media_key))"},
    // 6: the publish queue gives up on a job after attempts in a row that
    // got nothing onto the site, not after attempts that made progress.
    {"ALTER TABLE publish_jobs ADD COLUMN stalled_attempts INTEGER NOT NULL DEFAULT 0"},
};
static_assert(std::size(migrations) == Library::SchemaVersion);

QString articleJson(const Article &article)
{
    return QString::fromUtf8(QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact));
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// Every pair of neighbouring characters inside each word, and each word's
// last character alone: "수달이" gives 수달 달이 이. A two-character word is
// then one token, and a one-character word a prefix query.
QString characterPairs(const QString &text)
{
    QString pairs;
    const QList<uint> characters = text.toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        if (!isWordCharacter(characters.at(i)))
            continue;
        pairs += QString::fromUcs4(reinterpret_cast<const char32_t *>(&characters.at(i)), 1);
        if (i + 1 < characters.size() && isWordCharacter(characters.at(i + 1)))
            pairs += QString::fromUcs4(reinterpret_cast<const char32_t *>(&characters.at(i + 1)), 1);
        pairs += u' ';
    }
    return pairs;
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString ftsPhrase(const QString &word)
{
    return u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"';
}

// Empty, never null: the photo columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const QString photoColumns = u"id, article_id, sha256, file_name, stored_path, width, height, byte_size, caption,"
                             " credit, alt_text, lead, position, crop, metadata, added"_s;

// A row whose id is not one Byline makes (written by an older build from a
// hostile package) is left out: ids reach pages and publishing records.
std::optional<Photo> photoFromRow(const QSqlQuery &query)
{
    Photo photo;
    photo.id = query.value(0).toString();
    if (!Photo::isValidId(photo.id)) {
        qCWarning(lcLibrary).noquote() << "a photo of article" << query.value(1).toLongLong()
                                       << "has an id that is not accepted and is left out";
        return std::nullopt;
    }
    photo.articleId = query.value(1).toLongLong();
    photo.sha256 = query.value(2).toString();
    photo.fileName = query.value(3).toString();
    photo.storedPath = query.value(4).toString();
    photo.pixelSize = QSize(query.value(5).toInt(), query.value(6).toInt());
    photo.byteSize = query.value(7).toLongLong();
    photo.caption = query.value(8).toString();
    photo.credit = query.value(9).toString();
    photo.altText = query.value(10).toString();
    photo.lead = query.value(11).toBool();
    photo.position = query.value(12).toInt();
    photo.crop = PhotoCrop::fromJson(parseJson(query.value(13)));
    photo.metadata = PhotoMetadata::fromJson(parseJson(query.value(14)));
    photo.added = QDateTime::fromString(query.value(15).toString(), Qt::ISODateWithMs);
    return photo;
}

ArticleSummary summaryFromRow(const QSqlQuery &query)
{
    ArticleSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.uuid = QUuid::fromString(query.value(1).toString());
    summary.headline = query.value(2).toString();
    summary.section = query.value(3).toString();
    summary.bylineNames = query.value(4).toString();
    summary.status = articleStatusFromKey(query.value(5).toString());
    summary.created = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    summary.modified = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    summary.revision = query.value(8).toInt();
    return summary;
}

} // namespace

QJsonObject ArticleSummary::toJson() const
{
    return QJsonObject {
        {u"id"_s, id},
        {u"uuid"_s, uuid.toString(QUuid::WithoutBraces)},
        {u"headline"_s, headline},
        {u"section"_s, section},
        {u"byline"_s, bylineNames},
        {u"status"_s, articleStatusKey(status)},
        {u"created"_s, isoUtc(created)},
        {u"modified"_s, isoUtc(modified)},
        {u"revision"_s, revision},
    };
}

Library::Library(QObject *parent)
    : QObject(parent)
    , m_connectionName(nextConnectionName())
{ }

Library::~Library()
{
    close();
}

QString Library::defaultDirectory()
{
    // ~/.local/share/Byline/library on Linux, the same shape elsewhere.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Byline/library"_s;
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Library::fail(const QString &message, LibraryError kind)
{
    m_errorString = message;
    m_errorKind = kind;
    qCWarning(lcLibrary).noquote() << message;
    return false;
}

LibraryError Library::errorKindOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return LibraryError::None;
    bool ok = false;
    // Extended result codes keep the primary code in the low byte.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return LibraryError::Other;
    switch (code) {
    case 13: // SQLITE_FULL
        return LibraryError::DiskFull;
    case 8: // SQLITE_READONLY
        return LibraryError::ReadOnly;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return LibraryError::Busy;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return LibraryError::Corrupt;
    default: // SQLITE_IOERR (10), SQLITE_CANTOPEN (14) and the rest
        return LibraryError::Other;
    }
}

bool Library::failSql(const QString &context, const QSqlError &error)
{
    // SQLite's own words ("table articles already exists", "Parameter count
    // mismatch") are for the log only; the person gets a sentence by kind.
    qCInfo(lcLibrary).noquote() << context << "- SQLite:" << error.text() << "code" << error.nativeErrorCode();
    const LibraryError kind = errorKindOf(error);
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (kind) {
    case LibraryError::DiskFull:
        return fail(
            tr("The disk is full. Your text is safe in the editor and will be saved when space is free."), kind);
    case LibraryError::ReadOnly:
        return fail(tr("The library cannot be written to: its disk or folder is read-only. Your text is safe in the "
                       "editor and will be saved when the library can be written again."),
            kind);
    case LibraryError::Busy:
        return fail(tr("Another program is holding the library. Your text is safe in the editor and will be saved "
                       "in a moment."),
            kind);
    case LibraryError::Corrupt:
        // The next open() reads the whole file and repairs it.
        if (!m_directory.isEmpty()) {
            QFile marker(LibraryFile::checkMarkerPath(m_directory));
            if (marker.open(QIODevice::WriteOnly))
                marker.close();
        }
        return fail(tr("The library file is damaged. Your text is safe in the editor; restart Byline to repair "
                       "the library."),
            kind);
    default:
        break;
    }
    if (code == 10) // SQLITE_IOERR
        return fail(
            tr("%1: the disk reported an error. Check that the disk is still connected and working.").arg(context),
            kind);
    if (code == 14) // SQLITE_CANTOPEN
        return fail(
            tr("%1: the library file cannot be opened. Check that the library folder still exists.").arg(context),
            kind);
    if (error.nativeErrorCode().isEmpty()) // Qt's own ("Parameter count mismatch")
        return fail(tr("%1: the library reported an unexpected error.").arg(context), kind);
    return fail(
        tr("%1: the library reported an unexpected error (SQLite code %2).").arg(context, error.nativeErrorCode()),
        kind);
}

Library::Statement Library::prepared(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(database());
        query->prepare(sql); // a failure shows when it is executed
    }
    return Statement(query.get());
}

bool Library::inTransaction(const std::function<bool()> &work)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // IMMEDIATE takes the write lock up front (waiting up to the busy
    // timeout) instead of failing at the first write after reading. SQLite
    // can still answer "busy" at once while another connection sets up the
    // write-ahead log, so a few short retries follow.
    for (int attempt = 1; !query.exec(u"BEGIN IMMEDIATE"_s); ++attempt) {
        if (errorKindOf(query.lastError()) != LibraryError::Busy || attempt == BusyRetries)
            return failSql(tr("The library could not be changed"), query.lastError());
        QThread::msleep(BusyRetryDelayMs);
    }
    if (!work()) {
        query.exec(u"ROLLBACK"_s);
        return false;
    }
    if (!query.exec(u"COMMIT"_s)) {
        const QSqlError error = query.lastError();
        query.exec(u"ROLLBACK"_s);
        return failSql(tr("The library could not be changed"), error);
    }
    return true;
}

QStringList Library::tablesOfStep(int step)
{
    static const QRegularExpression created(u"CREATE (?:VIRTUAL )?TABLE (\\w+)"_s);
    QStringList tables;
    QRegularExpressionMatchIterator it = created.globalMatch(QString::fromLatin1(migrations[step].sql));
    while (it.hasNext())
        tables << it.next().captured(1);
    return tables;
}

bool Library::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // The version is read inside the write transaction, so two instances
    // opening a new library at once do not both create its tables.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return failSql(tr("The library file cannot be read"), query.lastError());
    auto rollbackAndFail = [&query](bool) {
        query.exec(u"ROLLBACK"_s);
        return false;
    };
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return rollbackAndFail(failSql(tr("The library file cannot be read"), query.lastError()));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion)
        return rollbackAndFail(
            fail(tr("This library was written by a newer version of Byline. Update Byline to open it.")));
    // The application id marks the file as a Byline library (libraries made
    // before it get it now), so a file that loses it is known not to be one.
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return rollbackAndFail(failSql(tr("The library file cannot be read"), query.lastError()));
    const bool marked = query.value(0).toInt() == LibraryFile::ApplicationId;
    query.finish();
    if (version == SchemaVersion && marked) {
        query.exec(u"COMMIT"_s);
        return true;
    }
    if (!marked && !query.exec(u"PRAGMA application_id = %1"_s.arg(LibraryFile::ApplicationId)))
        return rollbackAndFail(failSql(tr("The library could not be upgraded"), query.lastError()));

    bool fillSearchIndex = false;
    for (int step = version; step < SchemaVersion; ++step) {
        const QStringList statements = QString::fromLatin1(migrations[step].sql).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!query.exec(statement))
                return rollbackAndFail(failSql(tr("The library could not be upgraded"), query.lastError()));
        }
        fillSearchIndex = fillSearchIndex || migrations[step].fillsSearchIndex;
    }
    if (fillSearchIndex && !indexAllArticles())
        return rollbackAndFail(false);
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion)))
        return rollbackAndFail(failSql(tr("The library could not be upgraded"), query.lastError()));
    if (!query.exec(u"COMMIT"_s))
        return rollbackAndFail(failSql(tr("The library could not be upgraded"), query.lastError()));
    if (version < SchemaVersion)
        qCInfo(lcLibrary) << "library schema upgraded from" << version << "to" << SchemaVersion;
    return true;
}

namespace {

bool deleteSearchEntry(QSqlQuery &query, qint64 id)
{
    for (const QString &statement : {u"DELETE FROM article_search WHERE rowid = ?"_s,
             u"DELETE FROM article_pairs WHERE rowid = ?"_s, u"DELETE FROM article_text WHERE id = ?"_s}) {
        query.prepare(statement);
        query.addBindValue(id);
        if (!query.exec())
            return false;
    }
    return true;
}

bool writeSearchEntry(QSqlQuery &query, qint64 id, const Article &article)
{
    if (!deleteSearchEntry(query, id))
        return false;
    const QString tags = article.tags.join(u' ');
    const QString body = ArticleHtml::toPlainText(article.body);
    const QString text = QStringList {article.headline, article.deck, article.summary, tags, body}.join(u'\n');

    query.prepare(u"INSERT INTO article_text (id, text) VALUES (?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(text);
    if (!query.exec())
        return false;
    query.prepare(
        u"INSERT INTO article_search (rowid, headline, deck, summary, tags, body) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(id);
    for (const QString &field : {article.headline, article.deck, article.summary, tags, body})
        query.addBindValue(field.isNull() ? u""_s : field);
    if (!query.exec())
        return false;
    query.prepare(u"INSERT INTO article_pairs (rowid, pairs) VALUES (?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(characterPairs(text));
    return query.exec();
}

} // namespace

bool Library::indexAllArticles()
{
    QSqlDatabase db = database();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT id, data FROM articles"_s))
        return failSql(tr("The library could not be upgraded"), rows.lastError());
    QSqlQuery insert(db);
    while (rows.next()) {
        const Article article = Article::fromJson(QJsonDocument::fromJson(rows.value(1).toByteArray()).object());
        if (!writeSearchEntry(insert, rows.value(0).toLongLong(), article))
            return failSql(tr("The library could not be upgraded"), insert.lastError());
    }
    return true;
}

void Library::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    m_statements.clear();
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_directory.clear();
}

bool Library::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QList<ArticleSummary> Library::articles() const
{
    return articles(ArticleQuery {});
}

QList<ArticleSummary> Library::articles(const ArticleQuery &articleQuery) const
{
    QList<ArticleSummary> result;
    QSqlError error;
    if (!queryArticles(articleQuery, &result, &error))
        qCInfo(lcLibrary).noquote() << "listing failed:" << error.text();
    return result;
}

std::optional<QList<ArticleSummary>> Library::listArticles(const ArticleQuery &articleQuery)
{
    if (!isOpen()) {
        fail(tr("No library is open."));
        return std::nullopt;
    }
    QList<ArticleSummary> result;
    QSqlError error;
    if (!queryArticles(articleQuery, &result, &error)) {
        failSql(tr("The articles could not be listed"), error);
        return std::nullopt;
    }
    return result;
}

bool Library::queryArticles(const ArticleQuery &articleQuery, QList<ArticleSummary> *result, QSqlError *error) const
{
    if (!isOpen())
        return true;

    QString sql = u"SELECT id, uuid, headline, section, byline, status, created, modified, revision"
                  " FROM articles WHERE 1"_s;
    QVariantList values;
    if (articleQuery.status) {
        sql += u" AND status = ?"_s;
        values << articleStatusKey(*articleQuery.status);
    }
    QStringList phrases;
    QStringList pairs;
    const QStringList words = articleQuery.search.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QList<uint> characters = word.toUcs4();
        if (characters.size() >= 3) {
            phrases << ftsPhrase(word);
        } else if (std::all_of(characters.cbegin(), characters.cend(), isWordCharacter)) {
            pairs << (characters.size() == 2 ? ftsPhrase(word) : ftsPhrase(word) + u'*');
        } else {
            // Rare ("3%"): a scan of the indexed text.
            sql += u" AND id IN (SELECT id FROM article_text WHERE text LIKE ? ESCAPE '\\')"_s;
            values << likePattern(word);
        }
    }
    if (!phrases.isEmpty()) {
        sql += u" AND id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)"_s;
        values << phrases.join(u' ');
    }
    if (!pairs.isEmpty()) {
        sql += u" AND id IN (SELECT rowid FROM article_pairs WHERE article_pairs MATCH ?)"_s;
        values << pairs.join(u' ');
    }
    const QString direction = articleQuery.descending ? u" DESC"_s : u" ASC"_s;
    switch (articleQuery.sort) {
    case ArticleQuery::LastEdited:
        sql += u" ORDER BY modified"_s + direction;
        break;
    case ArticleQuery::Created:
        sql += u" ORDER BY created"_s + direction;
        break;
    case ArticleQuery::Headline:
        sql += u" ORDER BY headline COLLATE NOCASE"_s + direction;
        break;
    }
    sql += u", id"_s + direction;
    if (articleQuery.limit >= 0)
        sql += u" LIMIT %1"_s.arg(articleQuery.limit);

    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        result->append(summaryFromRow(query));
    // A damaged page met part way ends the rows early, with an error.
    *error = query.lastError();
    return error->type() == QSqlError::NoError;
}

int Library::articleCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(database());
    if (query.exec(u"SELECT count(*) FROM articles"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<Article> Library::article(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(u"SELECT data, revision FROM articles WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Article article = Article::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    article.id = id;
    // The column counts named revisions even when a save carried an older number.
    article.revision = query.value(1).toInt();
    return article;
}

std::optional<qint64> Library::articleIdForUuid(const QUuid &uuid) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(u"SELECT id FROM articles WHERE uuid = ?"_s);
    query.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool Library::writeArticleRow(const Article &article, bool insert, qint64 *newId)
{
    QSqlQuery query(database());
    if (insert) {
        query.prepare(
            u"INSERT INTO articles (uuid, headline, section, byline, status, created, modified, revision, data)"
            " VALUES (?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?)"_s);
        query.addBindValue(article.uuid.toString(QUuid::WithoutBraces));
    } else {
        // coalesce: an empty QString may be null, and null is no headline.
        // max(): a save made before a named revision never lowers the count.
        // The photos table owns the lead photo (the panel sets it while the
        // editor's snapshot may still name the old one), so it wins.
        query.prepare(
            u"UPDATE articles SET headline = coalesce(?, ''), section = coalesce(?, ''), byline = coalesce(?, ''),"
            " status = ?, created = ?, modified = ?, revision = max(revision, ?),"
            " data = json_set(?, '$.leadPhoto', coalesce((SELECT id FROM photos WHERE article_id = articles.id"
            " AND lead), '')) WHERE id = ?"_s);
    }
    query.addBindValue(article.headline);
    query.addBindValue(article.section);
    query.addBindValue(article.byline.reporterNames());
    query.addBindValue(articleStatusKey(article.status));
    query.addBindValue(isoUtc(article.created));
    query.addBindValue(isoUtc(article.modified));
    query.addBindValue(article.revision);
    query.addBindValue(articleJson(article));
    if (!insert)
        query.addBindValue(article.id);
    if (!query.exec())
        return failSql(tr("The article could not be saved"), query.lastError());
    if (!insert && query.numRowsAffected() == 0)
        return fail(tr("The article \"%1\" is no longer in the library.").arg(article.headline));
    const qint64 id = insert ? query.lastInsertId().toLongLong() : article.id;
    if (!writeSearchEntry(query, id, article))
        return failSql(tr("The article could not be saved"), query.lastError());
    if (newId)
        *newId = id;
    return true;
}

bool Library::insertArticle(Article &article)
{
    QList<Article> one {article};
    if (!insertArticles(one))
        return false;
    article.id = one.first().id;
    return true;
}

bool Library::insertArticles(QList<Article> &articles)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    QList<qint64> ids;
    const bool ok = inTransaction([&] {
        for (const Article &article : std::as_const(articles)) {
            qint64 id = 0;
            if (!writeArticleRow(article, true, &id))
                return false;
            ids << id;
        }
        return true;
    });
    if (!ok)
        return false;
    for (qsizetype i = 0; i < articles.size(); ++i)
        articles[i].id = ids.at(i);
    Q_EMIT articlesChanged();
    return true;
}

bool Library::updateArticle(const Article &article)
{
    return saveArticle(article);
}

bool Library::saveArticle(const Article &article)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    if (!inTransaction([&] { return writeArticleRow(article, false, nullptr); }))
        return false;
    m_errorKind = LibraryError::None;
    Q_EMIT articlesChanged();
    return true;
}

bool Library::removeArticle(qint64 id)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    // Its photo rows go by ON DELETE CASCADE; their files are removed after.
    const QList<Photo> photosOfArticle = photos(id);
    const bool ok = inTransaction([&] {
        QSqlQuery query(database());
        if (!deleteSearchEntry(query, id))
            return failSql(tr("The article could not be removed"), query.lastError());
        // Its revisions go with it (ON DELETE CASCADE).
        query.prepare(u"DELETE FROM articles WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return failSql(tr("The article could not be removed"), query.lastError());
        if (query.numRowsAffected() == 0)
            return fail(tr("There is no article %1 in the library.").arg(id));
        return true;
    });
    if (!ok)
        return false;
    removeUnusedPhotoFiles(photosOfArticle);
    Q_EMIT articlesChanged();
    if (!photosOfArticle.isEmpty())
        Q_EMIT photosChanged(id);
    return true;
}

int Library::addRevision(qint64 articleId, const QString &name)
{
    if (!isOpen()) {
        fail(tr("No library is open."));
        return -1;
    }
    int number = -1;
    const bool ok = inTransaction([&] {
        QSqlQuery query(database());
        query.prepare(u"SELECT data, max(revision, coalesce((SELECT max(number) FROM revisions"
                      " WHERE article_id = articles.id), 0)) FROM articles WHERE id = ?"_s);
        query.addBindValue(articleId);
        if (!query.exec())
            return failSql(tr("The revision could not be saved"), query.lastError());
        if (!query.next())
            return fail(tr("There is no article %1 in the library.").arg(articleId));
        Article article = Article::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
        const int next = query.value(1).toInt() + 1;
        query.finish();
        article.id = articleId;
        article.revision = next;
        const QString json = articleJson(article);

        query.prepare(u"INSERT INTO revisions (article_id, number, name, created, data) VALUES (?, ?, ?, ?, ?)"_s);
        query.addBindValue(articleId);
        query.addBindValue(next);
        query.addBindValue(name.isNull() ? u""_s : name);
        query.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
        query.addBindValue(json);
        if (!query.exec())
            return failSql(tr("The revision could not be saved"), query.lastError());
        query.prepare(u"UPDATE articles SET revision = ?, data = ? WHERE id = ?"_s);
        query.addBindValue(next);
        query.addBindValue(json);
        query.addBindValue(articleId);
        if (!query.exec())
            return failSql(tr("The revision could not be saved"), query.lastError());
        number = next;
        return true;
    });
    if (!ok)
        return -1;
    Q_EMIT articlesChanged();
    return number;
}

QList<RevisionInfo> Library::revisions(qint64 articleId) const
{
    QList<RevisionInfo> result;
    if (!isOpen())
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT number, name, created FROM revisions WHERE article_id = ? ORDER BY number"_s);
    query.addBindValue(articleId);
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toInt(), query.value(1).toString(),
            QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

std::optional<Article> Library::revision(qint64 articleId, int number) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(u"SELECT data FROM revisions WHERE article_id = ? AND number = ?"_s);
    query.addBindValue(articleId);
    query.addBindValue(number);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Article article = Article::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    article.id = articleId;
    article.revision = number;
    return article;
}

QString Library::photoStoragePath(const QString &sha256, const QString &suffix)
{
    // Two-character folders keep any one folder small in a large library.
    return u"photos/"_s + sha256.left(2) + u'/' + sha256 + u'.' + suffix;
}

QString Library::thumbnailStoragePath(const QString &sha256, int size)
{
    return u"thumbnails/%1-%2.jpg"_s.arg(sha256).arg(size);
}

QString Library::photoFilePath(const Photo &photo) const
{
    return m_directory + u'/' + photo.storedPath;
}

QList<Photo> Library::photos(qint64 articleId) const
{
    QList<Photo> result;
    if (!isOpen())
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + photoColumns + u" FROM photos WHERE article_id = ? ORDER BY position, added"_s);
    query.addBindValue(articleId);
    if (!query.exec()) {
        qCInfo(lcLibrary).noquote() << "listing photos failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        if (std::optional<Photo> photo = photoFromRow(query))
            result.append(*photo);
    }
    return result;
}

std::optional<Photo> Library::photo(const QString &id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + photoColumns + u" FROM photos WHERE id = ?"_s);
    query.addBindValue(text(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return photoFromRow(query);
}

std::optional<Photo> Library::photoBySha(qint64 articleId, const QString &sha256) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + photoColumns + u" FROM photos WHERE article_id = ? AND sha256 = ?"_s);
    query.addBindValue(articleId);
    query.addBindValue(text(sha256));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return photoFromRow(query);
}

bool Library::writeLead(qint64 articleId, const QString &photoId)
{
    QSqlQuery query(database());
    query.prepare(u"UPDATE photos SET lead = (id = ?) WHERE article_id = ?"_s);
    query.addBindValue(text(photoId));
    query.addBindValue(articleId);
    if (!query.exec())
        return failSql(tr("The lead photo could not be set"), query.lastError());
    // The article's own JSON names its lead, so an exported article carries it.
    query.prepare(u"UPDATE articles SET data = json_set(data, '$.leadPhoto', ?) WHERE id = ?"_s);
    query.addBindValue(text(photoId));
    query.addBindValue(articleId);
    if (!query.exec())
        return failSql(tr("The lead photo could not be set"), query.lastError());
    return true;
}

bool Library::renumberPhotos(qint64 articleId, const QStringList &order)
{
    QSqlQuery query(database());
    query.prepare(u"UPDATE photos SET position = ? WHERE id = ? AND article_id = ?"_s);
    for (qsizetype i = 0; i < order.size(); ++i) {
        query.addBindValue(int(i));
        query.addBindValue(order.at(i));
        query.addBindValue(articleId);
        if (!query.exec())
            return failSql(tr("The photos could not be reordered"), query.lastError());
    }
    return true;
}

bool Library::addPhoto(Photo &photo)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    Photo stored = photo;
    if (stored.id.isEmpty())
        stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!Photo::isValidId(stored.id))
        return fail(tr("The photo %1 has an id that Byline does not accept.").arg(stored.fileName));
    if (!stored.added.isValid())
        stored.added = QDateTime::currentDateTimeUtc();
    const bool ok = inTransaction([&] {
        QSqlQuery query(database());
        query.prepare(u"SELECT (SELECT count(*) FROM articles WHERE id = ?),"
                      " coalesce(max(position) + 1, 0), coalesce(max(lead), 0) FROM photos WHERE article_id = ?"_s);
        query.addBindValue(stored.articleId);
        query.addBindValue(stored.articleId);
        if (!query.exec() || !query.next())
            return failSql(tr("The photo could not be added"), query.lastError());
        if (query.value(0).toInt() == 0)
            return fail(tr("There is no article %1 in the library.").arg(stored.articleId));
        stored.position = query.value(1).toInt();
        stored.lead = query.value(2).toInt() == 0;
        query.finish();

        query.prepare(
            u"INSERT INTO photos ("_s + photoColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(stored.id);
        query.addBindValue(stored.articleId);
        query.addBindValue(text(stored.sha256));
        query.addBindValue(text(stored.fileName));
        query.addBindValue(text(stored.storedPath));
        query.addBindValue(stored.pixelSize.width());
        query.addBindValue(stored.pixelSize.height());
        query.addBindValue(stored.byteSize);
        query.addBindValue(text(stored.caption));
        query.addBindValue(text(stored.credit));
        query.addBindValue(text(stored.altText));
        query.addBindValue(stored.lead ? 1 : 0);
        query.addBindValue(stored.position);
        query.addBindValue(compactJson(stored.crop.toJson()));
        query.addBindValue(compactJson(stored.metadata.toJson()));
        query.addBindValue(isoUtc(stored.added));
        if (!query.exec()) {
            if (query.lastError().nativeErrorCode().toInt() == 2067) // SQLITE_CONSTRAINT_UNIQUE
                return fail(tr("The article already has the photo %1.").arg(stored.fileName));
            return failSql(tr("The photo could not be added"), query.lastError());
        }
        return !stored.lead || writeLead(stored.articleId, stored.id);
    });
    if (!ok)
        return false;
    stored.added = QDateTime::fromString(isoUtc(stored.added), Qt::ISODateWithMs); // as stored
    photo = stored;
    Q_EMIT photosChanged(photo.articleId);
    return true;
}

bool Library::updatePhoto(const Photo &photo)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    QSqlQuery query(database());
    query.prepare(u"UPDATE photos SET caption = ?, credit = ?, alt_text = ?, crop = ? WHERE id = ?"_s);
    query.addBindValue(text(photo.caption));
    query.addBindValue(text(photo.credit));
    query.addBindValue(text(photo.altText));
    query.addBindValue(compactJson(photo.crop.toJson()));
    query.addBindValue(text(photo.id));
    if (!query.exec())
        return failSql(tr("The photo could not be saved"), query.lastError());
    if (query.numRowsAffected() == 0)
        return fail(tr("The photo %1 is no longer in the library.").arg(photo.fileName));
    Q_EMIT photosChanged(photo.articleId);
    return true;
}

bool Library::removePhoto(const QString &id)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    const std::optional<Photo> removed = photo(id);
    if (!removed)
        return fail(tr("There is no photo %1 in the library.").arg(id));
    const bool ok = inTransaction([&] {
        QSqlQuery query(database());
        query.prepare(u"DELETE FROM photos WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return failSql(tr("The photo could not be removed"), query.lastError());
        QStringList order;
        query.prepare(u"SELECT id FROM photos WHERE article_id = ? ORDER BY position, added"_s);
        query.addBindValue(removed->articleId);
        if (!query.exec())
            return failSql(tr("The photo could not be removed"), query.lastError());
        while (query.next())
            order << query.value(0).toString();
        query.finish();
        if (!renumberPhotos(removed->articleId, order))
            return false;
        // The next photo leads when the lead goes; none is left blank.
        return !removed->lead || writeLead(removed->articleId, order.value(0));
    });
    if (!ok)
        return false;
    removeUnusedPhotoFiles({*removed});
    Q_EMIT photosChanged(removed->articleId);
    return true;
}

bool Library::setLeadPhoto(qint64 articleId, const QString &photoId)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    const std::optional<Photo> lead = photo(photoId);
    if (!lead || lead->articleId != articleId)
        return fail(tr("The photo %1 is not in article %2.").arg(photoId).arg(articleId));
    if (!inTransaction([&] { return writeLead(articleId, photoId); }))
        return false;
    Q_EMIT photosChanged(articleId);
    return true;
}

bool Library::movePhoto(const QString &id, int newPosition)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    const std::optional<Photo> moved = photo(id);
    if (!moved)
        return fail(tr("There is no photo %1 in the library.").arg(id));
    QStringList order;
    for (const Photo &photo : photos(moved->articleId))
        order << photo.id;
    order.removeOne(id);
    order.insert(std::clamp<qsizetype>(newPosition, 0, order.size()), id);
    if (!inTransaction([&] { return renumberPhotos(moved->articleId, order); }))
        return false;
    Q_EMIT photosChanged(moved->articleId);
    return true;
}

void Library::removeUnusedPhotoFiles(const QList<Photo> &removed)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT count(*) FROM photos WHERE sha256 = ?"_s);
    for (const Photo &photo : removed) {
        if (photo.sha256.isEmpty())
            continue;
        query.addBindValue(photo.sha256);
        if (!query.exec() || !query.next() || query.value(0).toInt() > 0)
            continue;
        query.finish();
        if (!photo.storedPath.isEmpty())
            QFile::remove(photoFilePath(photo));
        QDir thumbnails(m_directory + u"/thumbnails"_s);
        for (const QString &name : thumbnails.entryList({photo.sha256 + u"-*.jpg"_s}, QDir::Files))
            thumbnails.remove(name);
    }
}

} // namespace Byline
