#pragma once

#include "article/photo.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <chrono>
#include <optional>

namespace Byline {

class Library;

// The photos of the library's articles: a row per article that uses a
// picture, in the article's order, and the stored originals and thumbnails
// under photos/ and thumbnails/, named by content hash. The lead photo is the
// one the article opens with; an article with photos always has exactly one,
// and the article's JSON names it too. Failures are reported through the
// library (Library::errorString()).
class PhotoStore
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PhotoStore)

public:
    explicit PhotoStore(Library &library);

    // The photos of an article, in their order.
    QList<Photo> photos(qint64 articleId) const;
    std::optional<Photo> photo(const QString &id) const;
    std::optional<Photo> photoBySha(qint64 articleId, const QString &sha256) const;
    // Stores a photo whose original is already under photos/ (PhotoImport
    // copies it): sets its id if empty, appends it after the others and makes
    // it the lead if the article has none.
    bool addPhoto(Photo &photo);
    // Caption, credit, alt text and crop; position and lead have their own calls.
    bool updatePhoto(const Photo &photo);
    // Also deletes the stored original and its thumbnail when no other
    // article uses the same picture.
    bool removePhoto(const QString &id);
    // Also records the lead in the article (Article::leadPhotoId), in the
    // same transaction.
    bool setLeadPhoto(qint64 articleId, const QString &photoId);
    // Moves the photo to newPosition (clamped) and numbers the rest 0..n-1.
    bool movePhoto(const QString &id, int newPosition);

    // Makes the article's photo rows exactly `photos`: caption, credit, alt
    // text and crop as given, positions in list order, the lead as flagged
    // (the first flagged one; the first photo when none is). Rows not in the
    // list are deleted but their files stay, since an Undo may bring them
    // back; a photo in the list without a row (brought back) gets its row
    // again. With `removable`, only rows whose id it holds are deleted: an
    // open document passes the photos it ever had, so a row an import added
    // meanwhile (from another connection, not yet in the document's list) is
    // kept; the decision is made inside the write lock, so no import slips in
    // between. Runs inside the caller's transaction (Library::transaction),
    // or as its own when there is none.
    bool writeArticlePhotos(qint64 articleId, const QList<Photo> &photos, const QSet<QString> *removable = nullptr);

    // Deletes the stored originals and thumbnails of these photos that no
    // row uses any more.
    void removeUnusedPhotoFiles(const QList<Photo> &removed);
    // Deletes every stored original and thumbnail that no row uses and that
    // is older than `minimumAge` (an import copies the file before adding its
    // row). Only when no open article's Undo can bring a removed photo back.
    // Returns how many pictures went.
    int removeOrphanedPhotoFiles(std::chrono::seconds minimumAge);

    // The absolute path of a stored original.
    QString photoFilePath(const Photo &photo) const;
    // Where originals and thumbnails live, relative to the library directory.
    static QString photoStoragePath(const QString &sha256, const QString &suffix);
    static QString thumbnailStoragePath(const QString &sha256, int size);

private:
    bool writeLead(qint64 articleId, const QString &photoId);
    bool writeArticleLead(qint64 articleId, const QString &photoId);
    bool renumberPhotos(qint64 articleId, const QStringList &order);
    bool writePhotoRows(qint64 articleId, const QList<Photo> &photos, const QSet<QString> *removable);

    Library &m_library;
};

} // namespace Byline
