#include "librarysalvage.h"

#include "common/logging.h"
#include "library.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// Empty, never null: the columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString isoUtc(const QDateTime &time)
{
    return text(time.toUTC().toString(Qt::ISODateWithMs));
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    if (query.exec(u"PRAGMA table_info(%1)"_s.arg(quoted(table)))) {
        while (query.next())
            columns << query.value(1).toString();
    }
    return columns;
}

std::optional<Article> articleFrom(const QJsonObject &json)
{
    QString error;
    Article article = Article::fromJson(json, &error);
    if (!error.isEmpty())
        return std::nullopt;
    return article;
}

QJsonObject jsonObject(const QVariant &value)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

bool isConstraint(const QSqlError &error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == 19; // SQLITE_CONSTRAINT
}

// Reads a table in rowid order. A read that fails marks a damaged page; the
// walk then looks for the next rowid SQLite can read (strides doubling past
// the damage, then halving the gap back) and carries on from there, so one
// bad page costs only the rows on it.
class RowWalk
{
public:
    RowWalk(const QSqlDatabase &db, const QString &table, const QStringList &columnExpressions)
        : m_db(db)
        , m_table(table)
        , m_select(u"SELECT rowid, %1 FROM %2 WHERE rowid >= ? ORDER BY rowid"_s.arg(
              columnExpressions.join(u", "_s), quoted(table)))
        , m_columns(columnExpressions.size())
    { }

    // Calls visit with each readable row (without its rowid); returns false
    // when visit stopped the walk by returning false.
    bool run(const std::function<bool(const QVariantList &)> &visit)
    {
        if (m_columns == 0)
            return true; // the file has no such table
        constexpr qint64 first = std::numeric_limits<qint64>::min();
        constexpr qint64 last = std::numeric_limits<qint64>::max();
        qint64 from = first;
        for (;;) {
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            query.prepare(m_select);
            query.addBindValue(from);
            std::optional<qint64> read;
            if (query.exec()) {
                while (query.next()) {
                    read = query.value(0).toLongLong();
                    QVariantList values;
                    for (int column = 1; column <= m_columns; ++column)
                        values << query.value(column);
                    if (!visit(values))
                        return false;
                }
            }
            if (query.lastError().type() == QSqlError::NoError || (read && *read == last))
                return true;
            qCInfo(lcLibrary).noquote() << "salvage:" << m_table << "unreadable after rowid"
                                        << (read ? QString::number(*read) : u"-"_s) << "-" << query.lastError().text();
            // Rowids start at 1 (ids are never set by hand), so a walk that
            // read nothing looks for readable rows from there.
            const std::optional<qint64> resume = resumeAfter(read ? *read + 1 : std::max<qint64>(from, 0));
            if (!resume)
                return true;
            from = *resume;
        }
    }

private:
    enum class Probe
    {
        Fails,
        Row,
        End,
    };

    Probe probe(qint64 from) const
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(m_select + u" LIMIT 1"_s);
        query.addBindValue(from);
        if (!query.exec())
            return Probe::Fails;
        if (query.next())
            return Probe::Row;
        return query.lastError().type() == QSqlError::NoError ? Probe::End : Probe::Fails;
    }

    // The first rowid after `failing` from which rows read again. Unsigned
    // arithmetic: the distances can pass what qint64 holds.
    std::optional<qint64> resumeAfter(qint64 failing) const
    {
        const quint64 room = quint64(std::numeric_limits<qint64>::max()) - quint64(failing);
        qint64 bad = failing;
        std::optional<qint64> good;
        for (int power = 0; power < 64 && !good; ++power) {
            const quint64 stride = quint64(1) << power;
            if (stride > room)
                break;
            const qint64 at = qint64(quint64(failing) + stride);
            if (probe(at) == Probe::Fails)
                bad = at;
            else
                good = at;
        }
        if (!good)
            return std::nullopt;
        qint64 low = bad;
        qint64 high = *good;
        while (quint64(high) - quint64(low) > 1) {
            const qint64 middle = qint64(quint64(low) + (quint64(high) - quint64(low)) / 2);
            (probe(middle) == Probe::Fails ? low : high) = middle;
        }
        return probe(high) == Probe::Row ? std::optional<qint64>(high) : std::nullopt;
    }

    QSqlDatabase m_db;
    QString m_table;
    QString m_select;
    int m_columns = 0;
};

class Salvage
{
public:
    Salvage(const QSqlDatabase &target, const QSqlDatabase &source)
        : m_target(target)
        , m_source(source)
    { }

    bool run()
    {
        return copyArticles() && collectSnapshots() && restoreFromSnapshots()
            && copyRows(u"revisions"_s,
                [this](QVariantList &row, const QStringList &columns) {
                    return m_recovered.contains(row.value(columns.indexOf(u"article_id"_s)).toLongLong());
                })
            && copyRows(u"photos"_s,
                [this](QVariantList &row, const QStringList &columns) {
                    const qint64 articleId = row.value(columns.indexOf(u"article_id"_s)).toLongLong();
                    m_known << articleId;
                    return m_recovered.contains(articleId);
                })
            && copyPublishRecords();
    }

    QSqlError error() const { return m_error; }
    int stories() const { return int(m_recovered.size()); }
    int fromSnapshots() const { return m_fromSnapshots; }
    int unreadable() const { return int((m_known - m_recovered).size()); }

private:
    // An expression per wanted column: the column, or NULL where this
    // file's schema has none.
    QStringList expressions(const QString &table, const QStringList &wanted) const
    {
        const QStringList present = columnsOf(m_source, table);
        QStringList result;
        if (present.isEmpty())
            return result;
        for (const QString &column : wanted)
            result << (present.contains(column) ? quoted(column) : u"NULL"_s);
        return result;
    }

    bool copyArticles()
    {
        if (!columnsOf(m_source, u"articles"_s).contains(u"data"_s))
            return true;
        RowWalk walk(
            m_source, u"articles"_s, expressions(u"articles"_s, {u"id"_s, u"uuid"_s, u"revision"_s, u"data"_s}));
        // The search index is only a copy of the text: it is rebuilt, but its
        // ids tell which stories there were.
        RowWalk indexed(m_source, u"article_text"_s, expressions(u"article_text"_s, {u"id"_s}));
        return walk.run([this](const QVariantList &row) {
            const qint64 id = row.at(0).toLongLong();
            m_known << id;
            std::optional<Article> article = articleFrom(jsonObject(row.at(3)));
            if (!article) {
                qCInfo(lcLibrary) << "salvage: the text of article" << id << "cannot be read";
                return true;
            }
            const QUuid uuid = QUuid::fromString(row.at(1).toString());
            if (!uuid.isNull())
                article->uuid = uuid; // what the sites know it by
            return insertArticle(id, *article, row.at(2).toInt());
        }) && indexed.run([this](const QVariantList &row) {
            m_known << row.at(0).toLongLong();
            return true;
        });
    }

    void keepSnapshot(qint64 articleId, int revision, const QJsonObject &json)
    {
        m_known << articleId;
        if (m_recovered.contains(articleId))
            return;
        auto it = m_snapshots.constFind(articleId);
        if (it != m_snapshots.constEnd() && it->revision >= revision)
            return;
        if (articleFrom(json))
            m_snapshots.insert(articleId, {revision, json});
    }

    bool collectSnapshots()
    {
        RowWalk revisions(
            m_source, u"revisions"_s, expressions(u"revisions"_s, {u"article_id"_s, u"number"_s, u"data"_s}));
        RowWalk jobs(m_source, u"publish_jobs"_s,
            expressions(u"publish_jobs"_s, {u"article_id"_s, u"revision"_s, u"snapshot"_s}));
        return revisions.run([this](const QVariantList &row) {
            keepSnapshot(row.at(0).toLongLong(), row.at(1).toInt(), jsonObject(row.at(2)));
            return true;
        }) && jobs.run([this](const QVariantList &row) {
            if (!row.at(0).isNull())
                keepSnapshot(
                    row.at(0).toLongLong(), row.at(1).toInt(), jsonObject(row.at(2)).value(u"article"_s).toObject());
            return true;
        });
    }

    bool restoreFromSnapshots()
    {
        for (auto it = m_snapshots.cbegin(); it != m_snapshots.cend(); ++it) {
            const qsizetype before = m_recovered.size();
            if (!insertArticle(it.key(), *articleFrom(it->article), it->revision))
                return false;
            if (m_recovered.size() > before) {
                ++m_fromSnapshots;
                qCInfo(lcLibrary) << "salvage: article" << it.key() << "comes back from its revision" << it->revision;
            }
        }
        return true;
    }

    bool insertArticle(qint64 id, Article article, int revision)
    {
        if (id <= 0 || article.uuid.isNull())
            return true;
        QSqlQuery query(m_target);
        query.prepare(u"INSERT OR IGNORE INTO articles (id, uuid, headline, section, byline, status, created,"
                      " modified, revision, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        article.id = id;
        article.revision = std::max(article.revision, revision);
        query.addBindValue(id);
        query.addBindValue(article.uuid.toString(QUuid::WithoutBraces));
        query.addBindValue(text(article.headline));
        query.addBindValue(text(article.section));
        query.addBindValue(text(article.byline.reporterNames()));
        query.addBindValue(articleStatusKey(article.status));
        query.addBindValue(isoUtc(article.created));
        query.addBindValue(isoUtc(article.modified));
        query.addBindValue(article.revision);
        query.addBindValue(QString::fromUtf8(QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact)));
        if (!query.exec()) {
            if (isConstraint(query.lastError()))
                return true;
            m_error = query.lastError();
            return false;
        }
        if (query.numRowsAffected() == 1)
            m_recovered << id;
        return true;
    }

    // Copies the rows `keep` accepts (it may change them), with the columns
    // both schemas have. A row the new library refuses is left out.
    bool copyRows(const QString &table, const std::function<bool(QVariantList &, const QStringList &)> &keep,
        const std::function<void(const QVariantList &, const QStringList &)> &inserted = {})
    {
        const QStringList present = columnsOf(m_source, table);
        QStringList columns;
        for (const QString &column : columnsOf(m_target, table)) {
            if (present.contains(column))
                columns << column;
        }
        if (columns.isEmpty())
            return true;
        QStringList names;
        for (const QString &column : std::as_const(columns))
            names << quoted(column);
        QSqlQuery insert(m_target);
        insert.prepare(u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s.arg(
            quoted(table), names.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
        RowWalk walk(m_source, table, names);
        return walk.run([&](const QVariantList &read) {
            QVariantList row = read;
            if (!keep(row, columns))
                return true;
            for (qsizetype i = 0; i < row.size(); ++i)
                insert.bindValue(int(i), row.at(i));
            if (!insert.exec()) {
                if (isConstraint(insert.lastError()))
                    return true;
                m_error = insert.lastError();
                return false;
            }
            if (insert.numRowsAffected() == 1 && inserted)
                inserted(row, columns);
            return true;
        });
    }

    // What each site already has of each story, so publishing again updates
    // the same post instead of making a second one.
    bool copyPublishRecords()
    {
        auto everything = [](QVariantList &, const QStringList &) { return true; };
        return copyRows(
                   u"publish_jobs"_s,
                   [this](QVariantList &row, const QStringList &columns) {
                       const qsizetype column = columns.indexOf(u"article_id"_s);
                       if (column >= 0 && !row.at(column).isNull()) {
                           m_known << row.at(column).toLongLong();
                           if (!m_recovered.contains(row.at(column).toLongLong()))
                               row[column] = QVariant(); // ON DELETE SET NULL, as if removed
                       }
                       return true;
                   },
                   [this](const QVariantList &row, const QStringList &columns) {
                       m_jobs << row.value(columns.indexOf(u"id"_s)).toLongLong();
                   })
            && copyRows(u"publish_log"_s,
                [this](QVariantList &row, const QStringList &columns) {
                    return m_jobs.contains(row.value(columns.indexOf(u"job_id"_s)).toLongLong());
                })
            && copyRows(u"remote_posts"_s, everything) && copyRows(u"remote_media"_s, everything);
    }

    struct Snapshot
    {
        int revision = 0;
        QJsonObject article;
    };

    QSqlDatabase m_target;
    QSqlDatabase m_source;
    QSqlError m_error;
    QSet<qint64> m_known; // ids some table names
    QSet<qint64> m_recovered;
    QSet<qint64> m_jobs;
    QHash<qint64, Snapshot> m_snapshots; // of stories whose own row is lost
    int m_fromSnapshots = 0;
};

} // namespace

void LibrarySalvage::recover(Library &target, LibraryRecovery &recovery)
{
    QElapsedTimer timer;
    timer.start();
    QString source = recovery.keptCopy;
    std::optional<QTemporaryDir> scratch;
    if (recovery.reason == LibraryFile::SetAsideReason::ForeignJournal) {
        // Without the other database's journal the file is the library as it
        // was last written in full. The kept pair stays untouched.
        scratch.emplace(QFileInfo(recovery.keptCopy).absolutePath() + u"/.byline-salvage-XXXXXX"_s);
        source = scratch->filePath(Library::databaseFileName());
        if (!scratch->isValid() || !QFile::copy(recovery.keptCopy, source)) {
            qCWarning(lcLibrary).noquote() << "salvage: could not copy" << recovery.keptCopy << "to read it";
            return;
        }
    } else if (QFileInfo(source).size() == 0 && QFileInfo(source + u"-wal"_s).size() <= 32) {
        return; // nothing to read
    }

    const QString connection = u"byline-salvage-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(source);
        // Read-only: the kept copy stays as it was found.
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"_s);
        if (db.open()) {
            // writable_schema: a file cut short still opens (SQLite refuses
            // one shorter than its header says otherwise); nothing is written
            // through this read-only connection. cell_size_check: a damaged
            // page fails instead of reading as garbage rows.
            QSqlQuery pragmas(db);
            pragmas.exec(u"PRAGMA writable_schema = ON"_s);
            pragmas.exec(u"PRAGMA cell_size_check = ON"_s);
            Salvage salvage(target.database(), db);
            const bool ok = target.transaction([&] {
                if (!salvage.run())
                    return target.failSql(
                        Library::tr("The stories could not be copied into the new library"), salvage.error());
                return target.articleStore().rebuildSearchIndex();
            });
            if (ok) {
                recovery.storiesRecovered = salvage.stories();
                recovery.storiesFromSnapshots = salvage.fromSnapshots();
                recovery.storiesUnreadable = salvage.unreadable();
            } else {
                recovery.failure = target.errorString();
                target.clearError();
            }
        } else {
            qCInfo(lcLibrary).noquote() << "salvage: cannot read" << source << "-" << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    qCWarning(lcLibrary).noquote() << "recovered" << recovery.storiesRecovered << "stories ("
                                   << recovery.storiesFromSnapshots << "from snapshots," << recovery.storiesUnreadable
                                   << "unreadable) from" << recovery.keptCopy << "in" << timer.elapsed() << "ms";
}

} // namespace Byline
