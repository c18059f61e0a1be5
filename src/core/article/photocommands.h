#pragma once

#include "articledocument.h"

#include <QUndoCommand>

// The undo commands for the photos of an open article. They live on the
// article's one QUndoStack beside the field and body edits, so Edit > Undo
// walks back through text and photo edits in the order they were made.
namespace Byline {

// Merge ids for QUndoCommand::id(), in one place.
enum UndoId
{
    FieldEditId = 1,
    PhotoTextEditId,
    AddPhotosId,
};

// Reaches into the document's photo list; each command changes it only
// through these, which keep positions, the lead and the change count right.
class PhotoCommand : public QUndoCommand
{
protected:
    PhotoCommand(ArticleDocument *document, const QString &text);

    QList<Photo> &photos() { return m_document->m_photos; }
    Photo *find(const QString &id);
    // After each change: positions 0..n-1, one lead, changed(Photos).
    void changed() { m_document->photosChanged(); }

    ArticleDocument *m_document;
};

// Caption, credit or alt text of one photo. Typing in one field of one photo
// is one step until focus leaves it, as with the article's own fields.
class PhotoTextCommand : public PhotoCommand
{
public:
    PhotoTextCommand(ArticleDocument *document, const QString &photoId, ArticleDocument::PhotoText field,
        QString before, QString after);

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }
    int id() const override { return PhotoTextEditId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QString &value);

    QString m_photoId;
    ArticleDocument::PhotoText m_field;
    QString m_before;
    QString m_after;
    int m_run;
};

class PhotoCropCommand : public PhotoCommand
{
public:
    PhotoCropCommand(ArticleDocument *document, const QString &photoId, PhotoCrop before, PhotoCrop after);

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const PhotoCrop &crop);

    QString m_photoId;
    PhotoCrop m_before;
    PhotoCrop m_after;
};

class LeadPhotoCommand : public PhotoCommand
{
public:
    LeadPhotoCommand(ArticleDocument *document, QString before, QString after);

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const QString &leadId);

    QString m_before;
    QString m_after;
};

// A new place in the article's order (drag and drop in the panel).
class MovePhotoCommand : public PhotoCommand
{
public:
    MovePhotoCommand(ArticleDocument *document, qsizetype from, qsizetype to);

    void undo() override { move(m_to, m_from); }
    void redo() override { move(m_from, m_to); }

private:
    void move(qsizetype from, qsizetype to);

    qsizetype m_from;
    qsizetype m_to;
};

// The photo leaves the article's list (its figures leave the body in the
// same macro, see ArticleDocument::removePhoto). When it led, the first of
// the rest leads; Undo puts it back where it was, leading again.
class RemovePhotoCommand : public PhotoCommand
{
public:
    RemovePhotoCommand(ArticleDocument *document, qsizetype index);

    void undo() override;
    void redo() override;

private:
    Photo m_photo;
    qsizetype m_index;
};

// Photos an import stored, taken into the list at its end. Adoptions of one
// import merge into one step while the import runs.
class AddPhotosCommand : public PhotoCommand
{
public:
    AddPhotosCommand(ArticleDocument *document, QList<Photo> added, int importRun);

    void undo() override;
    void redo() override;
    int id() const override { return AddPhotosId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QList<Photo> m_added;
    int m_importRun;
};

} // namespace Byline
