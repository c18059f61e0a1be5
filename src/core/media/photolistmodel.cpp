#include "photolistmodel.h"

#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Byline {

PhotoListModel::PhotoListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void PhotoListModel::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    m_photos = document ? document->photos() : QList<Photo> {};
    endResetModel();
    if (!document)
        return;
    connect(document, &ArticleDocument::changed, this, [this](ArticleDocument::Field field) {
        if (field == ArticleDocument::Field::Photos)
            follow();
    });
    // The model may outlive the document (the window switches articles).
    connect(document, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_photos.clear();
        endResetModel();
    });
}

void PhotoListModel::follow()
{
    const QList<Photo> fresh = m_document ? m_document->photos() : QList<Photo> {};
    if (!followRows(fresh)) {
        beginResetModel();
        m_photos = fresh;
        endResetModel();
        return;
    }
    // The rows stay (and the selection with them); their values follow: an
    // edited caption, a new lead, positions after a move.
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (fresh.at(i) == m_photos.at(i))
            continue;
        first = first < 0 ? i : first;
        last = i;
    }
    m_photos = fresh;
    if (first >= 0)
        Q_EMIT dataChanged(index(int(first)), index(int(last)));
}

bool PhotoListModel::followRows(const QList<Photo> &fresh)
{
    auto sameIds = [](auto first, auto last, auto other) {
        return std::equal(first, last, other, [](const Photo &a, const Photo &b) { return a.id == b.id; });
    };
    const qsizetype oldSize = m_photos.size();
    const qsizetype common = std::min(fresh.size(), oldSize);
    qsizetype same = 0; // how many rows from the top are the same photos
    while (same < common && fresh.at(same).id == m_photos.at(same).id)
        ++same;
    if (same == common && fresh.size() == oldSize)
        return true;
    if (same == common && fresh.size() > oldSize) {
        // Photos an import brought, at the end.
        beginInsertRows({}, int(oldSize), int(fresh.size() - 1));
        m_photos.append(fresh.mid(oldSize));
        endInsertRows();
        return true;
    }
    if (same == common) {
        beginRemoveRows({}, int(fresh.size()), int(oldSize - 1));
        m_photos.resize(fresh.size());
        endRemoveRows();
        return true;
    }
    if (fresh.size() + 1 == oldSize && sameIds(fresh.cbegin() + same, fresh.cend(), m_photos.cbegin() + same + 1)) {
        beginRemoveRows({}, int(same), int(same)); // removed
        m_photos.removeAt(same);
        endRemoveRows();
        return true;
    }
    if (fresh.size() == oldSize + 1 && sameIds(m_photos.cbegin() + same, m_photos.cend(), fresh.cbegin() + same + 1)) {
        beginInsertRows({}, int(same), int(same)); // a removal undone
        m_photos.insert(same, fresh.at(same));
        endInsertRows();
        return true;
    }
    return followMove(fresh);
}

bool PhotoListModel::followMove(const QList<Photo> &fresh)
{
    if (fresh.size() != m_photos.size())
        return false;
    qsizetype first = 0;
    while (first < fresh.size() && fresh.at(first).id == m_photos.at(first).id)
        ++first;
    qsizetype last = fresh.size() - 1;
    while (last > first && fresh.at(last).id == m_photos.at(last).id)
        --last;
    if (first >= last)
        return false;
    // One photo went from `last` up to `first`, or from `first` down to `last`.
    const bool up = fresh.at(first).id == m_photos.at(last).id;
    const qsizetype from = up ? last : first;
    const qsizetype to = up ? first : last;
    QList<Photo> moved = m_photos;
    moved.move(from, to);
    if (!std::equal(moved.cbegin(), moved.cend(), fresh.cbegin(), fresh.cend(),
            [](const Photo &a, const Photo &b) { return a.id == b.id; }))
        return false;
    beginMoveRows({}, int(from), int(from), {}, int(up ? to : to + 1));
    m_photos = moved;
    endMoveRows();
    return true;
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
    if (!m_document || sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    // The document moves them, as undo steps; follow() moves the rows.
    const QList<Photo> moved = m_photos.mid(sourceRow, count);
    const bool down = destinationChild > sourceRow;
    const int newStart = down ? destinationChild - count : destinationChild;
    QUndoStack *stack = m_document->undoStack();
    if (count > 1)
        stack->beginMacro(tr("Move photos"));
    // Downwards the last goes first, so each lands where the block will be.
    for (int step = 0; step < count; ++step) {
        const int i = down ? count - 1 - step : step;
        m_document->movePhoto(moved.at(i).id, newStart + i);
    }
    if (count > 1)
        stack->endMacro();
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
