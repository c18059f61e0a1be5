#include "articledocument.h"

#include "bylinetext.h"

#include "bodyediting.h"
#include "photocommands.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTimeZone>
#include <QUndoCommand>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline {

class FieldEditCommand : public QUndoCommand
{
public:
    FieldEditCommand(ArticleDocument *document, ArticleDocument::Field field, QVariant before, QVariant after)
        : m_document(document)
        , m_field(field)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_run(document->typingRun())
    {
        setText(QCoreApplication::translate("Byline::ArticleDocument", "Edit %1").arg(fieldName(field)));
    }

    static QString fieldName(ArticleDocument::Field field)
    {
        using F = ArticleDocument::Field;
        switch (field) {
        case F::Headline:
            return QCoreApplication::translate("Byline::ArticleDocument", "headline");
        case F::Deck:
            return QCoreApplication::translate("Byline::ArticleDocument", "deck");
        case F::Outlet:
            return QCoreApplication::translate("Byline::ArticleDocument", "outlet");
        case F::Reporters:
            return QCoreApplication::translate("Byline::ArticleDocument", "reporters");
        case F::Section:
            return QCoreApplication::translate("Byline::ArticleDocument", "section");
        case F::Tags:
            return QCoreApplication::translate("Byline::ArticleDocument", "tags");
        case F::Slug:
            return QCoreApplication::translate("Byline::ArticleDocument", "slug");
        case F::Summary:
            return QCoreApplication::translate("Byline::ArticleDocument", "summary");
        case F::Dateline:
            return QCoreApplication::translate("Byline::ArticleDocument", "dateline");
        case F::Status:
            return QCoreApplication::translate("Byline::ArticleDocument", "status");
        case F::Body:
            return QCoreApplication::translate("Byline::ArticleDocument", "body");
        case F::Photos:
            return QCoreApplication::translate("Byline::ArticleDocument", "photos");
        case F::Embargo:
            return QCoreApplication::translate("Byline::ArticleDocument", "embargo");
        }
        return {};
    }

    void undo() override { m_document->applyField(m_field, m_before); }
    void redo() override { m_document->applyField(m_field, m_after); }
    int id() const override { return FieldEditId; }

    ArticleDocument::Field field() const { return m_field; }
    int run() const { return m_run; }
    const QVariant &before() const { return m_before; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const FieldEditCommand *>(other);
        // Typing in one field is one step until focus leaves it.
        if (edit->m_field != m_field || edit->m_run != m_run || m_field == ArticleDocument::Field::Status)
            return false;
        m_after = edit->m_after;
        return true;
    }

private:
    ArticleDocument *m_document;
    ArticleDocument::Field m_field;
    QVariant m_before;
    QVariant m_after;
    int m_run;
};

// Mirrors one QTextDocument undo step on the article's stack, so the body's
// own undo history stays in one timeline with the fields.
class BodyEditCommand : public QUndoCommand
{
public:
    explicit BodyEditCommand(ArticleDocument *document, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
    { }

    void undo() override
    {
        m_document->m_applyingBodyUndo = true;
        m_document->body()->undo();
        m_document->m_applyingBodyUndo = false;
    }
    void redo() override
    {
        if (m_first) { // the edit already happened in the QTextDocument
            m_first = false;
            return;
        }
        m_document->m_applyingBodyUndo = true;
        m_document->body()->redo();
        m_document->m_applyingBodyUndo = false;
    }

private:
    ArticleDocument *m_document;
    bool m_first = true;
};

ArticleDocument::ArticleDocument(const Article &article, QList<Photo> photos, QObject *parent)
    : QObject(parent)
    , m_article(article)
    , m_photos(std::move(photos))
{
    std::stable_sort(
        m_photos.begin(), m_photos.end(), [](const Photo &a, const Photo &b) { return a.position < b.position; });
    // An article with photos has exactly one lead (the library's rule): the
    // first marked one, else the first photo.
    bool lead = false;
    for (Photo &photo : m_photos) {
        photo.lead = photo.lead && !lead;
        lead = lead || photo.lead;
    }
    if (!lead && !m_photos.isEmpty())
        m_photos.first().lead = true;
    syncPhotos();

    m_body.setUndoRedoEnabled(true);
    BodyDocument::setProfileHtml(&m_body, article.body);
    m_body.clearUndoRedoStacks();
    m_undoStack.setClean();

    connect(&m_body, &QTextDocument::undoCommandAdded, this,
        [this] { m_undoStack.push(new BodyEditCommand(this, tr("Edit body"))); });
    connect(&m_body, &QTextDocument::contentsChanged, this, &ArticleDocument::bodyContentsChanged);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ArticleDocument::~ArticleDocument()
{
    Q_EMIT aboutToBeDestroyed();
    // The stack's commands point at the body; drop them first.
    disconnect(&m_body, nullptr, this, nullptr);
    m_undoStack.clear();
}

void ArticleDocument::bodyContentsChanged()
{
    ++m_changeSerial;
    Q_EMIT changed(Field::Body);
}

QVariant ArticleDocument::field(Field field) const
{
    switch (field) {
    case Field::Headline:
        return m_article.headline;
    case Field::Deck:
        return m_article.deck;
    case Field::Outlet:
        return m_article.byline.outlet;
    case Field::Reporters:
        return BylineText::formatReporters(m_article.byline.reporters);
    case Field::Section:
        return m_article.section;
    case Field::Tags:
        return m_article.tags.join(u", "_s);
    case Field::Slug:
        return m_article.slug;
    case Field::Summary:
        return m_article.summary;
    case Field::Dateline:
        return m_article.dateline;
    case Field::Status:
        return int(m_article.status);
    case Field::Body:
        return BodyDocument::toProfileHtml(&m_body);
    case Field::Photos:
        return {}; // photos()
    case Field::Embargo:
        return m_article.embargo;
    }
    return {};
}

void ArticleDocument::setField(Field field, const QVariant &value)
{
    if (field == Field::Photos)
        return; // the photo calls below
    if (field == Field::Body) {
        setBodyHtml(value.toString(), tr("Edit body"));
        return;
    }
    if (field == Field::Reporters) {
        setBylineText(value.toString());
        return;
    }
    const QVariant before = this->field(field);
    if (before == value)
        return;
    m_undoStack.push(new FieldEditCommand(this, field, before, value));
}

void ArticleDocument::setBylineText(const QString &text)
{
    // The Reporters field takes a whole byline, read by BylineText as the
    // command line and page import read it: an outlet written there is the
    // article's outlet. The undo step carries the whole byline.
    QString refusal;
    ArticleByline byline = BylineText::parse(text, &refusal);
    if (!refusal.isEmpty())
        return;
    if (byline.outlet.isEmpty()) {
        // The outlet from before this typing run, not one read from the text
        // on the way ("마이클 잭" names an outlet that "마이클 잭슨, ..." may not).
        const QUndoCommand *last = m_undoStack.index() > 0 ? m_undoStack.command(m_undoStack.index() - 1) : nullptr;
        const auto *edit = last && last->id() == FieldEditId ? static_cast<const FieldEditCommand *>(last) : nullptr;
        byline.outlet = edit && edit->field() == Field::Reporters && edit->run() == m_typingRun
            ? edit->before().value<ArticleByline>().outlet
            : m_article.byline.outlet;
    }
    if (byline == m_article.byline)
        return;
    m_undoStack.push(new FieldEditCommand(
        this, Field::Reporters, QVariant::fromValue(m_article.byline), QVariant::fromValue(byline)));
}

void ArticleDocument::applyField(Field field, const QVariant &value)
{
    switch (field) {
    case Field::Headline:
        m_article.headline = value.toString();
        break;
    case Field::Deck:
        m_article.deck = value.toString();
        break;
    case Field::Outlet:
        m_article.byline.outlet = value.toString();
        break;
    case Field::Reporters: {
        // Undo and redo set the whole byline: the text may have named the outlet.
        ArticleByline byline;
        if (value.metaType() == QMetaType::fromType<ArticleByline>()) {
            byline = value.value<ArticleByline>();
        } else {
            byline = BylineText::parse(value.toString());
            if (byline.outlet.isEmpty())
                byline.outlet = m_article.byline.outlet;
        }
        const bool outletChanged = byline.outlet != m_article.byline.outlet;
        m_article.byline = byline;
        if (outletChanged) {
            ++m_changeSerial;
            Q_EMIT changed(Field::Outlet);
        }
        break;
    }
    case Field::Section:
        m_article.section = value.toString();
        break;
    case Field::Tags: {
        QStringList tags;
        const QStringList parts = value.toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &tag : parts) {
            if (const QString trimmed = tag.trimmed(); !trimmed.isEmpty() && !tags.contains(trimmed))
                tags << trimmed;
        }
        m_article.tags = tags;
        break;
    }
    case Field::Slug:
        m_article.slug = value.toString();
        break;
    case Field::Summary:
        m_article.summary = value.toString();
        break;
    case Field::Dateline:
        m_article.dateline = value.toString();
        break;
    case Field::Status:
        m_article.status = ArticleStatus(value.toInt());
        break;
    case Field::Embargo: {
        // To the minute, in UTC: the newsroom sets embargoes by the minute.
        const QDateTime time = value.toDateTime();
        m_article.embargo = time.isValid()
            ? QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch() / 60 * 60, QTimeZone::UTC)
            : QDateTime();
        break;
    }
    case Field::Body:
    case Field::Photos:
        return; // the body changes through its QTextDocument, photos by their commands
    }
    ++m_changeSerial;
    Q_EMIT changed(field);
}

void ArticleDocument::setBodyHtml(const QString &profileHtml, const QString &undoText)
{
    // One QTextDocument edit block: one undo step, mirrored onto our stack.
    m_undoStack.beginMacro(undoText);
    QTextCursor cursor(&m_body);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
    BodyDocument::insertProfileHtml(cursor, profileHtml);
    cursor.endEditBlock();
    m_undoStack.endMacro();
}

Article ArticleDocument::article()
{
    Article article = m_article;
    article.body = m_serializer.serialize(&m_body);
    return article;
}

void ArticleDocument::markRevisionSaved(int revision)
{
    m_article.revision = revision;
    m_undoStack.setClean();
}

std::optional<Photo> ArticleDocument::photo(const QString &id) const
{
    const qsizetype index = photoIndex(id);
    return index < 0 ? std::nullopt : std::optional<Photo>(m_photos.at(index));
}

qsizetype ArticleDocument::photoIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_photos.size(); ++i) {
        if (m_photos.at(i).id == id)
            return i;
    }
    return -1;
}

bool ArticleDocument::bodyShowsPhoto(const QString &id) const
{
    return BodyEditing::figureCount(&m_body, id) > 0;
}

void ArticleDocument::syncPhotos()
{
    // Positions follow the list; the article names the lead, so an exported
    // or published article carries it.
    m_article.leadPhotoId.clear();
    for (qsizetype i = 0; i < m_photos.size(); ++i) {
        Photo &photo = m_photos[i];
        photo.position = int(i);
        photo.articleId = m_article.id;
        if (photo.lead)
            m_article.leadPhotoId = photo.id;
        m_knownPhotoIds.insert(photo.id);
    }
}

void ArticleDocument::photosChanged()
{
    syncPhotos();
    ++m_changeSerial;
    Q_EMIT changed(Field::Photos);
}

void ArticleDocument::setPhotoText(const QString &id, PhotoText field, const QString &text)
{
    const std::optional<Photo> current = photo(id);
    if (!current)
        return;
    const QString before = field == PhotoText::Caption ? current->caption
        : field == PhotoText::Credit                   ? current->credit
                                                       : current->altText;
    if (before != text)
        m_undoStack.push(new PhotoTextCommand(this, id, field, before, text));
}

void ArticleDocument::setPhotoCrop(const QString &id, const PhotoCrop &crop)
{
    const std::optional<Photo> current = photo(id);
    if (current && current->crop != crop)
        m_undoStack.push(new PhotoCropCommand(this, id, current->crop, crop));
}

void ArticleDocument::setLeadPhoto(const QString &id)
{
    const std::optional<Photo> next = photo(id);
    if (!next || next->lead)
        return;
    m_undoStack.push(new LeadPhotoCommand(this, m_article.leadPhotoId, id));
}

void ArticleDocument::movePhoto(const QString &id, qsizetype to)
{
    const qsizetype from = photoIndex(id);
    to = std::clamp<qsizetype>(to, 0, m_photos.size() - 1);
    if (from >= 0 && from != to)
        m_undoStack.push(new MovePhotoCommand(this, from, to));
}

void ArticleDocument::removePhoto(const QString &id)
{
    const qsizetype index = photoIndex(id);
    if (index < 0)
        return;
    // One step for both: the body's own undo step (mirrored by a
    // BodyEditCommand) and the photo's, so Undo never brings back a figure
    // whose photo is gone, nor a photo without the figure it had.
    m_undoStack.beginMacro(tr("Remove photo"));
    BodyEditing::removeFigures(&m_body, id);
    m_undoStack.push(new RemovePhotoCommand(this, index));
    m_undoStack.endMacro();
}

bool ArticleDocument::insertFigure(QTextCursor &cursor, const QString &id)
{
    const std::optional<Photo> shown = photo(id);
    return shown && cursor.document() == &m_body && BodyEditing::insertFigure(cursor, *shown);
}

qsizetype ArticleDocument::adoptPhotos(const QList<Photo> &photos, int importRun)
{
    QList<Photo> added;
    for (const Photo &photo : photos) {
        if (photoIndex(photo.id) < 0 && Photo::isValidId(photo.id)
            && std::none_of(added.cbegin(), added.cend(), [&photo](const Photo &p) { return p.id == photo.id; }))
            added.append(photo);
    }
    if (!added.isEmpty())
        m_undoStack.push(new AddPhotosCommand(this, added, importRun));
    return added.size();
}

} // namespace Byline
