#include "revisionstore.h"

#include "library.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Byline {

RevisionStore::RevisionStore(Library &library)
    : m_library(library)
{ }

int RevisionStore::addRevision(qint64 articleId, const QString &name)
{
    if (!m_library.isOpen()) {
        m_library.fail(tr("No library is open."));
        return -1;
    }
    int number = -1;
    const bool ok = m_library.transaction([&] {
        QSqlQuery query(m_library.database());
        query.prepare(u"SELECT data, max(revision, coalesce((SELECT max(number) FROM revisions"
                      " WHERE article_id = articles.id), 0)) FROM articles WHERE id = ?"_s);
        query.addBindValue(articleId);
        if (!query.exec())
            return m_library.failSql(tr("The revision could not be saved"), query.lastError());
        if (!query.next())
            return m_library.fail(tr("There is no article %1 in the library.").arg(articleId));
        Article article = Article::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
        const int next = query.value(1).toInt() + 1;
        query.finish();
        article.id = articleId;
        article.revision = next;
        const QString json = QString::fromUtf8(QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact));

        query.prepare(u"INSERT INTO revisions (article_id, number, name, created, data) VALUES (?, ?, ?, ?, ?)"_s);
        query.addBindValue(articleId);
        query.addBindValue(next);
        query.addBindValue(name.isNull() ? u""_s : name);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        query.addBindValue(json);
        if (!query.exec())
            return m_library.failSql(tr("The revision could not be saved"), query.lastError());
        query.prepare(u"UPDATE articles SET revision = ?, data = ? WHERE id = ?"_s);
        query.addBindValue(next);
        query.addBindValue(json);
        query.addBindValue(articleId);
        if (!query.exec())
            return m_library.failSql(tr("The revision could not be saved"), query.lastError());
        number = next;
        return true;
    });
    if (!ok)
        return -1;
    m_library.notifyArticlesChanged();
    return number;
}

QList<RevisionInfo> RevisionStore::revisions(qint64 articleId) const
{
    QList<RevisionInfo> result;
    if (!m_library.isOpen())
        return result;
    QSqlQuery query(m_library.database());
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

std::optional<Article> RevisionStore::revision(qint64 articleId, int number) const
{
    if (!m_library.isOpen())
        return std::nullopt;
    QSqlQuery query(m_library.database());
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

} // namespace Byline
