#include "photolistmodel.h"

#include "library/library.h"

#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Byline {

PhotoListModel::PhotoListModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    if (library)
        connect(library, &Library::photosChanged, this, &PhotoListModel::onPhotosChanged);
}

void PhotoListModel::setArticleId(qint64 articleId)
{
    m_articleId = articleId;
    reload();
}

void PhotoListModel::reload()
{
    beginResetModel();
    m_photos = m_library && m_articleId > 0 ? m_library->photoStore().photos(m_articleId) : QList<Photo> {};
    endResetModel();
}

void PhotoListModel::onPhotosChanged(qint64 articleId)
{
    if (articleId != m_articleId || m_moving || !m_library)
        return;
    const QList<Photo> fresh = m_library->photoStore().photos(m_articleId);
    bool sameRows = fresh.size() == m_photos.size();
    for (qsizetype i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).id == m_photos.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_photos = fresh;
        endResetModel();
        return;
    }
    // An edited caption or a new lead: the rows stay, so does the selection.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (fresh.at(i) == m_photos.at(i))
            continue;
        m_photos[i] = fresh.at(i);
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
}

int PhotoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_photos.size());
}

QVariant PhotoListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Photo &photo = m_photos.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return photo.caption.trimmed().isEmpty() ? photo.fileName : photo.caption;
    case Qt::ToolTipRole: {
        QStringList lines {photo.fileName,
            tr("%1 × %2 pixels, %3")
                .arg(photo.pixelSize.width())
                .arg(photo.pixelSize.height())
                .arg(QLocale().formattedDataSize(photo.byteSize))};
        if (photo.lead)
            lines << tr("Lead photo");
        if (photo.needsCredit())
            lines << tr("Needs a credit before publishing");
        if (photo.needsAltText())
            lines << tr("Needs alt text (what the picture shows) before publishing");
        return lines.join(u'\n');
    }
    case PhotoIdRole:
        return photo.id;
    case PhotoRole:
        return QVariant::fromValue(photo);
    case NeedsAltTextRole:
        return photo.needsAltText();
    case NeedsCreditRole:
        return photo.needsCredit();
    case LeadRole:
        return photo.lead;
    default:
        return {};
    }
}

QHash<int, QByteArray> PhotoListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PhotoIdRole, "photoId");
    names.insert(PhotoRole, "photo");
    names.insert(NeedsAltTextRole, "needsAltText");
    names.insert(NeedsCreditRole, "needsCredit");
    names.insert(LeadRole, "lead");
    return names;
}

Qt::ItemFlags PhotoListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping between rows
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions PhotoListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PhotoListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList PhotoListModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *PhotoListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            ids << m_photos.at(index.row()).id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), ids.join(u'\n').toUtf8());
    return mime;
}

bool PhotoListModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    if (!data || action != Qt::MoveAction || !data->hasFormat(QString::fromLatin1(MimeType)))
        return false;
    // Only this article's photos are reordered here.
    const QStringList ids = QString::fromUtf8(data->data(QString::fromLatin1(MimeType))).split(u'\n');
    for (const QString &id : ids) {
        if (!indexOfPhoto(id).isValid())
            return false;
    }
    return true;
}

bool PhotoListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    const QStringList ids = QString::fromUtf8(data->data(QString::fromLatin1(MimeType))).split(u'\n');
    for (const QString &id : ids) {
        const int source = indexOfPhoto(id).row();
        if (source != target && source + 1 != target && !moveRows({}, source, 1, {}, target))
            return false;
        // The next dragged photo goes after this one.
        target = indexOfPhoto(id).row() + 1;
    }
    return true;
}

bool PhotoListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_library || sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;

    QList<Photo> reordered = m_photos;
    const QList<Photo> moved = reordered.mid(sourceRow, count);
    reordered.remove(sourceRow, count);
    const int newStart = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        reordered.insert(newStart + i, moved.at(i));

    m_moving = true;
    bool ok = true;
    for (int i = 0; ok && i < count; ++i)
        ok = m_library->photoStore().movePhoto(moved.at(i).id, newStart + i);
    m_moving = false;
    if (!ok) {
        reload();
        return false;
    }
    beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild);
    m_photos = reordered;
    for (qsizetype i = 0; i < m_photos.size(); ++i)
        m_photos[i].position = int(i);
    endMoveRows();
    return true;
}

QModelIndex PhotoListModel::indexOfPhoto(const QString &photoId) const
{
    for (qsizetype i = 0; i < m_photos.size(); ++i) {
        if (m_photos.at(i).id == photoId)
            return index(int(i));
    }
    return {};
}

} // namespace Byline
