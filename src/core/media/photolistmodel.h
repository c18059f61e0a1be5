#pragma once

#include "article/photo.h"

#include <QAbstractListModel>
#include <QPointer>

Q_DECLARE_METATYPE(Byline::Photo)

namespace Byline {

class Library;

// The photos of one article, in their order, for the photo panel. Rows are
// dragged to reorder them (the library renumbers). Thumbnails are not held
// here: the view's delegate asks a cache, so the model stays small.
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

    explicit PhotoListModel(Library *library, QObject *parent = nullptr);

    void setArticleId(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    void reload();

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
    void onPhotosChanged(qint64 articleId);

    QPointer<Library> m_library;
    qint64 m_articleId = 0;
    QList<Photo> m_photos;
    bool m_moving = false; // our own move: the rows are already in place
};

} // namespace Byline
