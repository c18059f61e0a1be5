#include "articlestore.h"

#include "articlesearch.h"
#include "common/logging.h"
#include "library.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString articleJson(const Article &article)
{
    return QString::fromUtf8(QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact));
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

ArticleStore::ArticleStore(Library &library)
    : m_library(library)
{ }

QList<ArticleSummary> ArticleStore::articles() const
{
    return articles(ArticleQuery {});
}

QList<ArticleSummary> ArticleStore::articles(const ArticleQuery &articleQuery) const
{
    QList<ArticleSummary> result;
    QSqlError error;
    if (!queryArticles(articleQuery, &result, &error))
        qCInfo(lcLibrary).noquote() << "listing failed:" << error.text();
    return result;
}

std::optional<QList<ArticleSummary>> ArticleStore::listArticles(const ArticleQuery &articleQuery)
{
    if (!m_library.isOpen()) {
        m_library.fail(tr("No library is open."));
        return std::nullopt;
    }
    QList<ArticleSummary> result;
    QSqlError error;
    if (!queryArticles(articleQuery, &result, &error)) {
        m_library.failSql(tr("The articles could not be listed"), error);
        return std::nullopt;
    }
    return result;
}

bool ArticleStore::queryArticles(
    const ArticleQuery &articleQuery, QList<ArticleSummary> *result, QSqlError *error) const
{
    if (!m_library.isOpen())
        return true;
    QVariantList values;
    const QString sql = ArticleSearch::summarySelect(articleQuery, &values);
    QSqlQuery query(m_library.database());
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

int ArticleStore::articleCount() const
{
    if (!m_library.isOpen())
        return 0;
    QSqlQuery query(m_library.database());
    if (query.exec(u"SELECT count(*) FROM articles"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    if (!m_library.isOpen())
        return std::nullopt;
    QSqlQuery query(m_library.database());
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

std::optional<qint64> ArticleStore::articleIdForUuid(const QUuid &uuid) const
{
    if (!m_library.isOpen())
        return std::nullopt;
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT id FROM articles WHERE uuid = ?"_s);
    query.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool ArticleStore::writeArticleRow(const Article &article, bool insert, qint64 *newId)
{
    // Stored as given: the open article's ArticleDocument keeps its lead
    // photo with its photos and the autosaver writes both in one
    // transaction; the photo store's own calls (the command line) write the
    // lead into the article themselves.
    const QString json = articleJson(article);
    QSqlQuery query(m_library.database());
    if (insert) {
        query.prepare(
            u"INSERT INTO articles (uuid, headline, section, byline, status, created, modified, revision, data)"
            " VALUES (?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?)"_s);
        query.addBindValue(article.uuid.toString(QUuid::WithoutBraces));
    } else {
        // coalesce: an empty QString may be null, and null is no headline.
        // max(): a save made before a named revision never lowers the count.
        query.prepare(
            u"UPDATE articles SET headline = coalesce(?, ''), section = coalesce(?, ''), byline = coalesce(?, ''),"
            " status = ?, created = ?, modified = ?, revision = max(revision, ?), data = ? WHERE id = ?"_s);
    }
    query.addBindValue(article.headline);
    query.addBindValue(article.section);
    query.addBindValue(article.byline.reporterNames());
    query.addBindValue(articleStatusKey(article.status));
    query.addBindValue(isoUtc(article.created));
    query.addBindValue(isoUtc(article.modified));
    query.addBindValue(article.revision);
    query.addBindValue(json);
    if (!insert)
        query.addBindValue(article.id);
    if (!query.exec())
        return m_library.failSql(tr("The article could not be saved"), query.lastError());
    if (!insert && query.numRowsAffected() == 0)
        return m_library.fail(tr("The article \"%1\" is no longer in the library.").arg(article.headline));
    const qint64 id = insert ? query.lastInsertId().toLongLong() : article.id;
    if (!ArticleSearch::writeEntry(query, id, article))
        return m_library.failSql(tr("The article could not be saved"), query.lastError());
    if (newId)
        *newId = id;
    return true;
}

bool ArticleStore::insertArticle(Article &article)
{
    QList<Article> one {article};
    if (!insertArticles(one))
        return false;
    article.id = one.first().id;
    return true;
}

bool ArticleStore::insertArticles(QList<Article> &articles)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    QList<qint64> ids;
    const bool ok = m_library.transaction([&] {
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
    m_library.notifyArticlesChanged();
    return true;
}

bool ArticleStore::updateArticle(const Article &article)
{
    return saveArticle(article);
}

bool ArticleStore::writeArticle(const Article &article)
{
    return writeArticleRow(article, false, nullptr);
}

bool ArticleStore::saveArticle(const Article &article)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    if (!m_library.transaction([&] { return writeArticle(article); }))
        return false;
    m_library.clearError();
    m_library.notifyArticlesChanged();
    return true;
}

bool ArticleStore::removeArticle(qint64 id)
{
    if (!m_library.isOpen())
        return m_library.fail(tr("No library is open."));
    // Its photo rows go by ON DELETE CASCADE; their files are removed after.
    const QList<Photo> photosOfArticle = m_library.photoStore().photos(id);
    const bool ok = m_library.transaction([&] {
        QSqlQuery query(m_library.database());
        if (!ArticleSearch::deleteEntry(query, id))
            return m_library.failSql(tr("The article could not be removed"), query.lastError());
        // Its revisions go with it (ON DELETE CASCADE).
        query.prepare(u"DELETE FROM articles WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return m_library.failSql(tr("The article could not be removed"), query.lastError());
        if (query.numRowsAffected() == 0)
            return m_library.fail(tr("There is no article %1 in the library.").arg(id));
        return true;
    });
    if (!ok)
        return false;
    m_library.photoStore().removeUnusedPhotoFiles(photosOfArticle);
    m_library.notifyArticlesChanged();
    if (!photosOfArticle.isEmpty())
        m_library.notifyPhotosChanged(id);
    return true;
}

bool ArticleStore::rebuildSearchIndex()
{
    QSqlQuery rows(m_library.database());
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT id, data FROM articles"_s))
        return m_library.failSql(tr("The library could not be upgraded"), rows.lastError());
    QSqlQuery insert(m_library.database());
    while (rows.next()) {
        const Article article = Article::fromJson(QJsonDocument::fromJson(rows.value(1).toByteArray()).object());
        if (!ArticleSearch::writeEntry(insert, rows.value(0).toLongLong(), article))
            return m_library.failSql(tr("The library could not be upgraded"), insert.lastError());
    }
    return true;
}

} // namespace Byline
