#pragma once

#include "article.h"
#include "bodydocument.h"

#include <QObject>
#include <QTextDocument>
#include <QUndoStack>

namespace Byline {

// An article open for editing: its fields, the body as a QTextDocument, and
// one undo stack for all of them (after Tiled's Document), so Undo walks
// back through headline, deck and body edits in the order they were made.
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
    };
    Q_ENUM(Field)

    explicit ArticleDocument(const Article &article, QObject *parent = nullptr);
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

Q_SIGNALS:
    void changed(Byline::ArticleDocument::Field field);
    void modifiedChanged(bool modified);
    // Sent first thing in the destructor, while body() still exists: views
    // showing the body must let go of it now.
    void aboutToBeDestroyed();

private:
    void bodyContentsChanged();

    Article m_article;
    QTextDocument m_body;
    QUndoStack m_undoStack;
    BodySerializer m_serializer;
    quint64 m_changeSerial = 0;
    int m_typingRun = 0;
    bool m_applyingBodyUndo = false;
    friend class BodyEditCommand;
};

} // namespace Byline
