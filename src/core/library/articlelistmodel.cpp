#include "articlelistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Byline {

ArticleListModel::ArticleListModel(Library *library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    connect(library, &Library::articlesChanged, this, &ArticleListModel::reload);
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_articles = m_library->articleStore().articles(m_query);
    endResetModel();
}

void ArticleListModel::setQuery(const ArticleQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_articles.size())
        return {};
    const ArticleSummary &article = m_articles.at(index.row());
    if (role == ArticleIdRole)
        return article.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case HeadlineColumn:
            return article.headline.isEmpty() ? tr("(no headline)") : article.headline;
        case StatusColumn:
            return articleStatusDisplayName(article.status);
        case ModifiedColumn:
            return QLocale().toString(article.modified.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == HeadlineColumn)
        return article.headline;
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case StatusColumn:
        return tr("Status");
    case ModifiedColumn:
        return tr("Last edited");
    }
    return {};
}

void ArticleListModel::refreshArticle(const Article &article)
{
    const QModelIndex first = indexOfArticle(article.id);
    if (!first.isValid())
        return;
    ArticleSummary &summary = m_articles[first.row()];
    summary.headline = article.headline;
    summary.section = article.section;
    summary.bylineNames = article.byline.reporterNames();
    summary.status = article.status;
    summary.modified = article.modified;
    Q_EMIT dataChanged(first, index(first.row(), ColumnCount - 1));
}

QModelIndex ArticleListModel::indexOfArticle(qint64 id) const
{
    for (qsizetype row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).id == id)
            return index(int(row), 0);
    }
    return {};
}

} // namespace Byline
