#pragma once

#include "article/articledocument.h"
#include "article/photo.h"

#include <QAbstractListModel>
#include <QPointer>

Q_DECLARE_METATYPE(Byline::Photo)

namespace Byline {

// The photos of the open article (ArticleDocument::photos()), in their order,
// for the photo panel. Rows are dragged to reorder them: a move is an undo
// step of the article. Thumbnails are not held here: the view's delegate asks
// a cache, so the model stays small.
class PhotoListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PhotoIdRole = Qt::UserRole + 1,
        PhotoRole, // QVariant::fromValue<Photo>
        NeedsAltTextRole,
        NeedsCreditRole,
        LeadRole,
    };

    static constexpr const char *MimeType = "application/x-byline-photo-id";

    explicit PhotoListModel(QObject *parent = nullptr);

    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
        int destinationChild) override;

    QModelIndex indexOfPhoto(const QString &photoId) const;
    const QList<Photo> &photos() const { return m_photos; }

private:
    // Follows the document's list with the smallest model change: rows
    // changed in place, one row moved, added at the end or removed; a reset
    // only for anything else.
    void follow();
    bool followRows(const QList<Photo> &fresh);
    bool followMove(const QList<Photo> &fresh);

    QPointer<ArticleDocument> m_document;
    QList<Photo> m_photos; // what the view was last told (shared with the document's until it changes)
};

} // namespace Byline
