#pragma once

#include "library/library.h"

#include <QAbstractTableModel>

namespace Byline {

// The library's articles for the list dock; reloads when the library changes.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        HeadlineColumn,
        StatusColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1
    };

    explicit ArticleListModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QModelIndex indexOfArticle(qint64 id) const;
    // Shows an edited article's new headline, status and time in its row
    // without reloading the whole list.
    void refreshArticle(const Article &article);
    void reload();

    // Filters and orders the list (status, search); reloads at once.
    void setQuery(const ArticleQuery &query);
    const ArticleQuery &query() const { return m_query; }

private:
    Library *m_library;
    ArticleQuery m_query;
    QList<ArticleSummary> m_articles;
};

} // namespace Byline
