#pragma once

#include "article.h"
#include "article/photo.h"
#include "bodydocument.h"

#include <QObject>
#include <QSet>
#include <QTextDocument>
#include <QUndoStack>

#include <optional>

class QTextCursor;

namespace Byline {

// An article open for editing: its fields, the body as a QTextDocument, its
// photos, and one undo stack for all of them (after Tiled's Document), so
// Undo walks back through headline, deck, body and photo edits in the order
// they were made. The document is the one writer of the open article: the
// Photos panel and the preview read its photos, and the Autosaver stores
// article and photos together.
class ArticleDocument : public QObject
{
    Q_OBJECT

public:
    enum class Field
    {
        Headline,
        Deck,
        Outlet,
        Reporters,
        Section,
        Tags,
        Slug,
        Summary,
        Dateline,
        Status,
        Body,
        Photos, // any change of the photo list: order, lead, caption, crop...
        Embargo, // QDateTime in UTC; null: none (Article::embargo)
    };
    Q_ENUM(Field)

    enum class PhotoText
    {
        Caption,
        Credit,
        AltText,
    };

    // `photos`: the article's stored photos (any order; sorted by position).
    explicit ArticleDocument(const Article &article, QList<Photo> photos = {}, QObject *parent = nullptr);
    ~ArticleDocument() override;

    qint64 articleId() const { return m_article.id; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QTextDocument *body() { return &m_body; }

    QVariant field(Field field) const;
    // An edit by the person: undoable, typing in one field merges into one step.
    void setField(Field field, const QVariant &value);

    // The whole article as it stands, body serialized incrementally.
    Article article();
    // Fields only (the body is whatever was loaded); cheap.
    const Article &metadata() const { return m_article; }

    // Replaces the body wholesale (source view), as one undo step.
    void setBodyHtml(const QString &profileHtml, const QString &undoText);

    // Counts every change; the autosaver compares it with what it stored.
    quint64 changeSerial() const { return m_changeSerial; }
    // Clean = matches the last named revision (Ctrl+S).
    bool isModified() const { return !m_undoStack.isClean(); }
    void markRevisionSaved(int revision);

    // Applies a field value without an undo step (used by the undo commands).
    void applyField(Field field, const QVariant &value);

    // Ends merging for the current typing run (focus left the field).
    void closeTypingRun() { m_typingRun++; }
    int typingRun() const { return m_typingRun; }

    // The article's photos in their order, as the person has them now; the
    // library gets them with the next autosave. With photos, exactly one leads
    // and metadata().leadPhotoId names it.
    const QList<Photo> &photos() const { return m_photos; }
    std::optional<Photo> photo(const QString &id) const;
    qsizetype photoIndex(const QString &id) const;
    // Every photo id this document has had in its list. The autosaver removes
    // a stored photo row only when its id is here: a photo an import stored a
    // moment ago, which the document has not adopted yet, is never removed.
    const QSet<QString> &knownPhotoIds() const { return m_knownPhotoIds; }
    // Whether a figure in the body shows the photo.
    bool bodyShowsPhoto(const QString &id) const;

    // Photo edits by the person, each an undo step. Typing in one field of
    // one photo merges into one step until closeTypingRun().
    void setPhotoText(const QString &id, PhotoText field, const QString &text);
    void setPhotoCrop(const QString &id, const PhotoCrop &crop);
    void setLeadPhoto(const QString &id);
    // To `to` in the list (0-based, clamped), the rest renumbered.
    void movePhoto(const QString &id, qsizetype to);
    // The photo and every figure of it in the body, as one undo step: Undo
    // brings both back, Redo takes both again.
    void removePhoto(const QString &id);
    // A figure of the photo at the cursor in the body (one undo step).
    bool insertFigure(QTextCursor &cursor, const QString &id);
    // Takes in photos an import stored in the library, at the end of the
    // list, as one undo step; photos the list has are left out. Adoptions
    // with the same importRun (> 0) that follow each other merge into one
    // step, so a long import is one Undo. Returns how many were new.
    qsizetype adoptPhotos(const QList<Photo> &photos, int importRun = 0);

Q_SIGNALS:
    void changed(Byline::ArticleDocument::Field field);
    void modifiedChanged(bool modified);
    // Sent first thing in the destructor, while body() still exists: views
    // showing the body must let go of it now.
    void aboutToBeDestroyed();

private:
    void bodyContentsChanged();
    void setBylineText(const QString &text);
    void syncPhotos();
    void photosChanged();

    Article m_article;
    QList<Photo> m_photos;
    QSet<QString> m_knownPhotoIds;
    QTextDocument m_body;
    QUndoStack m_undoStack;
    BodySerializer m_serializer;
    quint64 m_changeSerial = 0;
    int m_typingRun = 0;
    bool m_applyingBodyUndo = false;
    friend class BodyEditCommand;
    friend class PhotoCommand;
};

} // namespace Byline
