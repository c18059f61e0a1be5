#include "photocommands.h"

#include <QCoreApplication>

namespace Byline {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Byline::ArticleDocument", text);
}

QString photoTextStep(ArticleDocument::PhotoText field)
{
    switch (field) {
    case ArticleDocument::PhotoText::Caption:
        return translated(QT_TRANSLATE_NOOP("Byline::ArticleDocument", "Edit photo caption"));
    case ArticleDocument::PhotoText::Credit:
        return translated(QT_TRANSLATE_NOOP("Byline::ArticleDocument", "Edit photo credit"));
    case ArticleDocument::PhotoText::AltText:
        return translated(QT_TRANSLATE_NOOP("Byline::ArticleDocument", "Edit photo alt text"));
    }
    return {};
}

QString &textOf(Photo &photo, ArticleDocument::PhotoText field)
{
    switch (field) {
    case ArticleDocument::PhotoText::Credit:
        return photo.credit;
    case ArticleDocument::PhotoText::AltText:
        return photo.altText;
    case ArticleDocument::PhotoText::Caption:
        break;
    }
    return photo.caption;
}

} // namespace

PhotoCommand::PhotoCommand(ArticleDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{ }

Photo *PhotoCommand::find(const QString &id)
{
    for (Photo &photo : photos()) {
        if (photo.id == id)
            return &photo;
    }
    return nullptr;
}

PhotoTextCommand::PhotoTextCommand(
    ArticleDocument *document, const QString &photoId, ArticleDocument::PhotoText field, QString before, QString after)
    : PhotoCommand(document, photoTextStep(field))
    , m_photoId(photoId)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_run(document->typingRun())
{ }

bool PhotoTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const PhotoTextCommand *>(other);
    if (edit->m_photoId != m_photoId || edit->m_field != m_field || edit->m_run != m_run)
        return false;
    m_after = edit->m_after;
    return true;
}

void PhotoTextCommand::apply(const QString &value)
{
    if (Photo *photo = find(m_photoId)) {
        textOf(*photo, m_field) = value;
        changed();
    }
}

PhotoCropCommand::PhotoCropCommand(ArticleDocument *document, const QString &photoId, PhotoCrop before, PhotoCrop after)
    : PhotoCommand(document, translated(QT_TRANSLATE_NOOP("Byline::ArticleDocument", "Crop photo")))
    , m_photoId(photoId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void PhotoCropCommand::apply(const PhotoCrop &crop)
{
    if (Photo *photo = find(m_photoId)) {
        photo->crop = crop;
        changed();
    }
}

LeadPhotoCommand::LeadPhotoCommand(ArticleDocument *document, QString before, QString after)
    : PhotoCommand(document, translated(QT_TRANSLATE_NOOP("Byline::ArticleDocument", "Change lead photo")))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void LeadPhotoCommand::apply(const QString &leadId)
{
    for (Photo &photo : photos())
        photo.lead = photo.id == leadId;
    changed();
}

MovePhotoCommand::MovePhotoCommand(ArticleDocument *document, qsizetype from, qsizetype to)
    : PhotoCommand(document, translated(QT_TRANSLATE_NOOP("Byline::ArticleDocument", "Move photo")))
    , m_from(from)
    , m_to(to)
{ }

void MovePhotoCommand::move(qsizetype from, qsizetype to)
{
    photos().move(from, to);
    changed();
}

RemovePhotoCommand::RemovePhotoCommand(ArticleDocument *document, qsizetype index)
    : PhotoCommand(document, translated(QT_TRANSLATE_NOOP("Byline::ArticleDocument", "Remove photo")))
    , m_photo(document->photos().at(index))
    , m_index(index)
{ }

void RemovePhotoCommand::redo()
{
    photos().removeAt(m_index);
    // An article with photos always has one lead: the first of the rest.
    if (m_photo.lead && !photos().isEmpty())
        photos().first().lead = true;
    changed();
}

void RemovePhotoCommand::undo()
{
    if (m_photo.lead) {
        for (Photo &photo : photos())
            photo.lead = false;
    }
    photos().insert(m_index, m_photo);
    changed();
}

AddPhotosCommand::AddPhotosCommand(ArticleDocument *document, QList<Photo> added, int importRun)
    : PhotoCommand(document, translated(QT_TRANSLATE_NOOP("Byline::ArticleDocument", "Add photos")))
    , m_added(std::move(added))
    , m_importRun(importRun)
{
    // The list decides the lead, not the row the import wrote.
    for (Photo &photo : m_added)
        photo.lead = false;
}

void AddPhotosCommand::redo()
{
    const bool hasLead = std::any_of(photos().cbegin(), photos().cend(), [](const Photo &p) { return p.lead; });
    const qsizetype first = photos().size();
    photos().append(m_added);
    if (!hasLead && first < photos().size())
        photos()[first].lead = true;
    changed();
}

void AddPhotosCommand::undo()
{
    photos().resize(photos().size() - m_added.size());
    changed();
}

bool AddPhotosCommand::mergeWith(const QUndoCommand *other)
{
    const auto *add = static_cast<const AddPhotosCommand *>(other);
    if (m_importRun <= 0 || add->m_importRun != m_importRun)
        return false;
    m_added.append(add->m_added);
    return true;
}

} // namespace Byline
