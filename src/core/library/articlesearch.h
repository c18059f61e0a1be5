#pragma once

// The article search index, inside library/: what is indexed of each article
// and how a search becomes SQL.

#include "library/articlestore.h"

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace Byline::ArticleSearch {

// The SELECT of the list columns (ArticleSummary's order) of the articles
// the query finds, sorted as it asks; `values` get its bound values in order.
QString summarySelect(const ArticleQuery &query, QVariantList *values);

// Replaces the article's entry in the three search tables.
bool writeEntry(QSqlQuery &query, qint64 id, const Article &article);
bool deleteEntry(QSqlQuery &query, qint64 id);

} // namespace Byline::ArticleSearch
