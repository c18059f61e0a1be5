#pragma once

#include "article/photo.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

namespace Byline {

// Thumbnails for the photo panel, decoded off the UI thread and held at the
// panel's size (a thousand cost about 70 MB). Asking for one that is not
// ready returns null and announces it with thumbnailReady() later.
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int PanelSize = 144; // longest side, as shown in the grid

    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    void setLibraryDirectory(const QString &directory);
    QImage thumbnail(const Photo &photo);
    qint64 memoryBytes() const;

Q_SIGNALS:
    void thumbnailReady(const QString &sha256);

private:
    QString m_directory;
    QCache<QString, QImage> m_images; // by sha256, cost in KiB
    QSet<QString> m_pending;
    int m_generation = 0;
};

} // namespace Byline
