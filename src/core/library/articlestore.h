#pragma once

#include "article/article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

class QSqlError;

namespace Byline {

class Library;

// What the article list shows: the few columns kept beside the JSON so
// listing and sorting never parse whole articles.
struct ArticleSummary
{
    qint64 id = 0;
    QUuid uuid;
    QString headline;
    QString section;
    QString bylineNames;
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime created;
    QDateTime modified;
    int revision = 0;

    QJsonObject toJson() const;
};

// Which articles to list and in what order. The default lists all,
// most recently edited first.
struct ArticleQuery
{
    enum Sort
    {
        LastEdited,
        Created,
        Headline,
    };

    // Finds the text inside words too (산업협력 finds 산업협력위원회), in the
    // headline, deck, summary, tags and body; words separated by spaces must
    // all be found. Latin letters match either case.
    QString search;
    std::optional<ArticleStatus> status;
    Sort sort = LastEdited;
    bool descending = true;
    int limit = -1; // -1: all

    bool operator==(const ArticleQuery &) const = default;
};

// The articles of a library: a row each (list columns beside the full JSON)
// and the search index, kept in step inside each write's transaction.
// Failures are reported through the library (Library::errorString()).
class ArticleStore
{
    Q_DECLARE_TR_FUNCTIONS(Byline::ArticleStore)

public:
    explicit ArticleStore(Library &library);

    // An empty list when the listing fails; listArticles() says why.
    QList<ArticleSummary> articles() const;
    QList<ArticleSummary> articles(const ArticleQuery &query) const;
    // As articles(), but a failure returns nothing and sets errorString().
    std::optional<QList<ArticleSummary>> listArticles(const ArticleQuery &query);
    int articleCount() const;
    std::optional<Article> article(qint64 id) const;
    // The local id of the article with this UUID, if the library has it.
    std::optional<qint64> articleIdForUuid(const QUuid &uuid) const;

    // Stores a new article and sets its id.
    bool insertArticle(Article &article);
    // Stores several new articles in one transaction (imports); all or none.
    bool insertArticles(QList<Article> &articles);
    bool updateArticle(const Article &article);
    // The autosave path: the row and its search entry in one transaction.
    // On failure errorKind() tells whether retrying later can work.
    bool saveArticle(const Article &article);
    bool removeArticle(qint64 id);

    // saveArticle() inside a transaction the caller holds
    // (Library::transaction), with no signal of its own; the article is
    // stored as given, its lead photo too.
    bool writeArticle(const Article &article);
    // Fills the search index again from the stored articles (a schema
    // upgrade, a recovered library).
    bool rebuildSearchIndex();

private:
    bool queryArticles(const ArticleQuery &articleQuery, QList<ArticleSummary> *result, QSqlError *error) const;
    bool writeArticleRow(const Article &article, bool insert, qint64 *newId);

    Library &m_library;
};

} // namespace Byline
