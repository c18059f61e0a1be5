#include "finddialog.h"

#include "article/articledocument.h"
#include "articleeditor.h"
#include "bodyeditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// Headline and deck live in QLineEdits; the engine wants documents.
struct FieldDocuments
{
    QTextDocument headline;
    QTextDocument deck;

    explicit FieldDocuments(ArticleEditor *editor)
    {
        headline.setPlainText(editor->headlineEdit()->text());
        deck.setPlainText(editor->deckEdit()->text());
    }
};

} // namespace

FindDialog::FindDialog(ArticleEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_wholeWord(new QCheckBox(tr("&Whole words (particles allowed)"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"findDialog"_s);
    setWindowTitle(tr("Find and Replace"));
    m_find->setObjectName(u"findText"_s);
    m_replace->setObjectName(u"replaceText"_s);
    m_wholeWord->setToolTip(tr("수달 finds 수달, 수달이, 수달에서, but not 수달피."));

    auto *buttons = new QDialogButtonBox(this);
    auto *next = buttons->addButton(tr("Find &Next"), QDialogButtonBox::ActionRole);
    next->setDefault(true);
    next->setShortcut(QKeySequence::FindNext);
    auto *previous = buttons->addButton(tr("Find &Previous"), QDialogButtonBox::ActionRole);
    previous->setShortcut(QKeySequence::FindPrevious);
    auto *replace = buttons->addButton(tr("&Replace"), QDialogButtonBox::ActionRole);
    auto *replaceAllButton = buttons->addButton(tr("Replace &All"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("F&ind:"), m_find);
    layout->addRow(tr("Replace &with:"), m_replace);
    layout->addRow(m_caseSensitive);
    layout->addRow(m_wholeWord);
    layout->addRow(m_message);
    layout->addRow(buttons);

    connect(next, &QPushButton::clicked, this, [this] { findNext(FindDirection::Forward); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(FindDirection::Backward); });
    connect(replace, &QPushButton::clicked, this, &FindDialog::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindDialog::replaceAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(m_find, &QLineEdit::textChanged, this, &FindDialog::updateCount);
    connect(m_caseSensitive, &QCheckBox::toggled, this, &FindDialog::updateCount);
    connect(m_wholeWord, &QCheckBox::toggled, this, &FindDialog::updateCount);
}

void FindDialog::setNeedle(const QString &needle)
{
    m_find->setText(needle);
    m_find->selectAll();
}

void FindDialog::setReplacement(const QString &replacement)
{
    m_replace->setText(replacement);
}

QString FindDialog::message() const
{
    return m_message->text();
}

FindOptions FindDialog::options() const
{
    return {m_caseSensitive->isChecked(), m_wholeWord->isChecked()};
}

FindPosition FindDialog::currentPosition(FindDirection direction) const
{
    const bool forward = direction == FindDirection::Forward;
    if (m_editor->deckEdit()->hasFocus() || m_editor->deckEdit()->hasSelectedText()) {
        QLineEdit *deck = m_editor->deckEdit();
        const int start = deck->hasSelectedText() ? deck->selectionStart() : deck->cursorPosition();
        return {ArticleField::Deck, forward && deck->hasSelectedText() ? deck->selectionEnd() : start};
    }
    if (m_editor->headlineEdit()->hasFocus() || m_editor->headlineEdit()->hasSelectedText()) {
        QLineEdit *headline = m_editor->headlineEdit();
        const int start = headline->hasSelectedText() ? headline->selectionStart() : headline->cursorPosition();
        return {ArticleField::Headline, forward && headline->hasSelectedText() ? headline->selectionEnd() : start};
    }
    const QTextCursor cursor = m_editor->bodyEditor()->textCursor();
    return {ArticleField::Body, forward ? cursor.selectionEnd() : cursor.selectionStart()};
}

std::optional<FindMatch> FindDialog::currentSelection() const
{
    QLineEdit *headline = m_editor->headlineEdit();
    QLineEdit *deck = m_editor->deckEdit();
    if (headline->hasSelectedText())
        return FindMatch {ArticleField::Headline, headline->selectionStart(), int(headline->selectedText().size())};
    if (deck->hasSelectedText())
        return FindMatch {ArticleField::Deck, deck->selectionStart(), int(deck->selectedText().size())};
    const QTextCursor cursor = m_editor->bodyEditor()->textCursor();
    if (cursor.hasSelection())
        return FindMatch {ArticleField::Body, cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()};
    return std::nullopt;
}

void FindDialog::select(const FindMatch &match)
{
    // Only one field shows a selection at a time.
    m_editor->headlineEdit()->deselect();
    m_editor->deckEdit()->deselect();
    QTextCursor bodyCursor = m_editor->bodyEditor()->textCursor();
    bodyCursor.clearSelection();
    m_editor->bodyEditor()->setTextCursor(bodyCursor);
    switch (match.field) {
    case ArticleField::Headline:
        m_editor->headlineEdit()->setSelection(match.position, match.length);
        break;
    case ArticleField::Deck:
        m_editor->deckEdit()->setSelection(match.position, match.length);
        break;
    case ArticleField::Body: {
        ArticleFind find(nullptr, nullptr, m_editor->document()->body());
        m_editor->bodyEditor()->setTextCursor(find.cursor(match));
        m_editor->bodyEditor()->ensureCursorVisible();
        break;
    }
    }
}

bool FindDialog::findNext(FindDirection direction)
{
    if (!m_editor->document() || m_find->text().isEmpty())
        return false;
    FieldDocuments fields(m_editor);
    ArticleFind find(&fields.headline, &fields.deck, m_editor->document()->body());
    const std::optional<FindMatch> match =
        find.findNext(m_find->text(), currentPosition(direction), options(), direction);
    if (!match) {
        m_message->setText(tr("Not found."));
        return false;
    }
    select(*match);
    updateCount();
    return true;
}

bool FindDialog::replaceCurrent()
{
    ArticleDocument *document = m_editor->document();
    if (!document || m_find->text().isEmpty())
        return false;
    const std::optional<FindMatch> selected = currentSelection();
    FieldDocuments fields(m_editor);
    ArticleFind find(&fields.headline, &fields.deck, document->body());
    // Replace only what is selected and really is a match; otherwise find first.
    const QList<FindMatch> matches =
        selected ? find.findAll(selected->field, m_find->text(), options()) : QList<FindMatch>();
    if (!selected || !matches.contains(*selected))
        return findNext();
    find.replace(*selected, m_replace->text());
    if (selected->field == ArticleField::Headline)
        document->setField(ArticleDocument::Field::Headline, fields.headline.toPlainText());
    else if (selected->field == ArticleField::Deck)
        document->setField(ArticleDocument::Field::Deck, fields.deck.toPlainText());
    document->closeTypingRun();
    findNext();
    return true;
}

int FindDialog::replaceAll()
{
    ArticleDocument *document = m_editor->document();
    if (!document || m_find->text().isEmpty())
        return 0;
    FieldDocuments fields(m_editor);
    ArticleFind find(&fields.headline, &fields.deck, document->body());
    // One undo step for the whole replacement, whatever fields it touched.
    document->undoStack()->beginMacro(tr("Replace All"));
    const int count = find.replaceAll(m_find->text(), m_replace->text(), options());
    document->setField(ArticleDocument::Field::Headline, fields.headline.toPlainText());
    document->setField(ArticleDocument::Field::Deck, fields.deck.toPlainText());
    document->closeTypingRun();
    document->undoStack()->endMacro();
    m_message->setText(tr("%n replacement(s) made.", nullptr, count));
    return count;
}

void FindDialog::updateCount()
{
    if (!m_editor->document() || m_find->text().isEmpty()) {
        m_message->clear();
        return;
    }
    FieldDocuments fields(m_editor);
    ArticleFind find(&fields.headline, &fields.deck, m_editor->document()->body());
    const qsizetype count = find.findAll(m_find->text(), options()).size();
    m_message->setText(count ? tr("%n match(es) in headline, deck and body.", nullptr, int(count)) : tr("Not found."));
}

} // namespace Byline
