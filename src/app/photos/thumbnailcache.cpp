#include "thumbnailcache.h"

#include "media/photoimport.h"

#include <QPointer>
#include <QThreadPool>

namespace Byline {

ThumbnailCache::ThumbnailCache(QObject *parent)
    : QObject(parent)
{
    m_images.setMaxCost(150 * 1024); // KiB: the panel's memory budget
}

ThumbnailCache::~ThumbnailCache()
{
    ++m_generation;
}

void ThumbnailCache::setLibraryDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    m_images.clear();
    m_pending.clear();
    ++m_generation;
}

QImage ThumbnailCache::thumbnail(const Photo &photo)
{
    if (const QImage *image = m_images.object(photo.sha256))
        return *image;
    if (m_pending.contains(photo.sha256) || m_directory.isEmpty())
        return {};
    m_pending.insert(photo.sha256);
    QPointer<ThumbnailCache> self(this);
    const QString directory = m_directory;
    const int generation = m_generation;
    QThreadPool::globalInstance()->start([self, directory, photo, generation] {
        QImage image = PhotoImport::thumbnail(directory, photo);
        if (!image.isNull())
            image = image.scaled(PanelSize, PanelSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                        .convertToFormat(QImage::Format_RGB32);
        QMetaObject::invokeMethod(
            self.data(),
            [self, photo, image, generation] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_pending.remove(photo.sha256);
                if (image.isNull())
                    return;
                self->m_images.insert(photo.sha256, new QImage(image), int(image.sizeInBytes() / 1024) + 1);
                Q_EMIT self->thumbnailReady(photo.sha256);
            },
            Qt::QueuedConnection);
    });
    return {};
}

qint64 ThumbnailCache::memoryBytes() const
{
    return qint64(m_images.totalCost()) * 1024;
}

} // namespace Byline
