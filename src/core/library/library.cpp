#include "library.h"

#include "common/logging.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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
const char *const migrations[] = {
    // 1: articles, with the columns the list needs next to the full JSON.
    "CREATE TABLE articles ("
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
    "CREATE INDEX articles_modified ON articles(modified);",
};
static_assert(std::size(migrations) == Library::SchemaVersion);

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

bool Library::fail(const QString &message)
{
    m_errorString = message;
    qCWarning(lcLibrary).noquote() << message;
    return false;
}

bool Library::open(const QString &directory)
{
    close();
    m_errorString.clear();
    const QString absolute = QDir(directory).absolutePath();
    if (!QDir().mkpath(absolute))
        return fail(tr("Cannot create the library folder %1. Check that the disk is writable.")
                .arg(QDir::toNativeSeparators(absolute)));

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(absolute + u'/' + databaseFileName());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return fail(
            tr("Cannot open the library in %1: %2").arg(QDir::toNativeSeparators(absolute), db.lastError().text()));

    QSqlQuery query(db);
    // WAL lets readers (the list, search, a second window) work during writes;
    // synchronous=FULL makes every committed edit survive power loss.
    for (const QString &pragma :
        {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (!query.exec(pragma)) {
            const QString error = query.lastError().text();
            query.finish();
            db.close();
            return fail(tr("Cannot open the library in %1: %2").arg(QDir::toNativeSeparators(absolute), error));
        }
    }
    query.finish();
    m_directory = absolute;
    if (!migrate()) {
        const QString message = m_errorString;
        close();
        m_errorString = message;
        return false;
    }
    qCInfo(lcLibrary).noquote() << "opened" << absolute;
    Q_EMIT articlesChanged(); // views made before open() fill now
    return true;
}

bool Library::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return fail(tr("The library file cannot be read: %1").arg(query.lastError().text()));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion)
        return fail(tr("This library was written by a newer version of Byline. Update Byline to open it."));

    for (int step = version; step < SchemaVersion; ++step) {
        db.transaction();
        const QStringList statements = QString::fromLatin1(migrations[step]).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!query.exec(statement)) {
                const QString error = query.lastError().text();
                db.rollback();
                return fail(tr("The library could not be upgraded: %1").arg(error));
            }
        }
        query.exec(u"PRAGMA user_version = %1"_s.arg(step + 1));
        if (!db.commit())
            return fail(tr("The library could not be upgraded: %1").arg(db.lastError().text()));
        qCInfo(lcLibrary) << "library schema upgraded to" << step + 1;
    }
    return true;
}

void Library::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_directory.clear();
}

bool Library::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QList<ArticleSummary> Library::articles() const
{
    QList<ArticleSummary> result;
    if (!isOpen())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.exec(u"SELECT id, uuid, headline, section, byline, status, created, modified, revision"
               " FROM articles ORDER BY modified DESC, id DESC"_s);
    while (query.next()) {
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
        result.append(summary);
    }
    return result;
}

int Library::articleCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(u"SELECT count(*) FROM articles"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<Article> Library::article(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT data FROM articles WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Article article = Article::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    article.id = id;
    return article;
}

bool Library::insertArticle(Article &article)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO articles (uuid, headline, section, byline, status, created, modified, revision, data)"
                  " VALUES (?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?)"_s);
    query.addBindValue(article.uuid.toString(QUuid::WithoutBraces));
    query.addBindValue(article.headline);
    query.addBindValue(article.section);
    query.addBindValue(article.byline.reporterNames());
    query.addBindValue(articleStatusKey(article.status));
    query.addBindValue(isoUtc(article.created));
    query.addBindValue(isoUtc(article.modified));
    query.addBindValue(article.revision);
    query.addBindValue(QString::fromUtf8(QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail(tr("The article could not be saved: %1").arg(query.lastError().text()));
    article.id = query.lastInsertId().toLongLong();
    Q_EMIT articlesChanged();
    return true;
}

bool Library::updateArticle(const Article &article)
{
    if (!isOpen())
        return fail(tr("No library is open."));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // coalesce: an empty QString may be null, and null is no headline.
    query.prepare(
        u"UPDATE articles SET headline = coalesce(?, ''), section = coalesce(?, ''), byline = coalesce(?, ''),"
        " status = ?, modified = ?,"
        " revision = ?, data = ? WHERE id = ?"_s);
    query.addBindValue(article.headline);
    query.addBindValue(article.section);
    query.addBindValue(article.byline.reporterNames());
    query.addBindValue(articleStatusKey(article.status));
    query.addBindValue(isoUtc(article.modified));
    query.addBindValue(article.revision);
    query.addBindValue(QString::fromUtf8(QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(article.id);
    if (!query.exec())
        return fail(tr("The article could not be saved: %1").arg(query.lastError().text()));
    Q_EMIT articlesChanged();
    return true;
}

} // namespace Byline
