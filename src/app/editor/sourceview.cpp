#include "sourceview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

SourceView::SourceView(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_problemList(new QListWidget(this))
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
{
    m_editor->setObjectName(u"sourceEditor"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter->setDefinition(m_repository->definitionForName(u"HTML"_s));
    applyTheme();

    m_problemList->setObjectName(u"sourceProblems"_s);
    m_problemList->setMaximumHeight(110);
    m_problemList->hide();
    m_status->setWordWrap(true);
    auto *apply = new QPushButton(tr("&Apply to Article"), this);
    apply->setObjectName(u"applySource"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problemList);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(apply);
    layout->addLayout(row);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_edited = true;
    });
    connect(apply, &QPushButton::clicked, this, [this] {
        if (check())
            Q_EMIT applyRequested(html());
    });
    // Jump to the line of a listed problem.
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_problemList->row(item);
        if (index < 0 || index >= m_problems.size())
            return;
        const ArticleHtml::Problem &problem = m_problems.at(index);
        QTextCursor cursor(m_editor->document()->findBlockByNumber(problem.line - 1));
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, problem.column - 1));
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
    });
}

SourceView::~SourceView() = default;

void SourceView::setHtml(const QString &html)
{
    m_settingText = true;
    m_editor->setPlainText(html);
    m_settingText = false;
    m_edited = false;
    m_problems.clear();
    showProblems();
}

QString SourceView::html() const
{
    return m_editor->toPlainText();
}

bool SourceView::check()
{
    m_problems = ArticleHtml::validate(html());
    showProblems();
    return m_problems.isEmpty();
}

void SourceView::showProblems()
{
    m_problemList->clear();
    for (const ArticleHtml::Problem &problem : std::as_const(m_problems))
        // The message already names its line.
        m_problemList->addItem(tr("%1 (column %2)").arg(problem.message).arg(problem.column));
    m_problemList->setVisible(!m_problems.isEmpty());
    m_status->setText(m_problems.isEmpty()
            ? tr("Edits here apply to the article when you return to the editor.")
            : tr("%n problem(s): nothing was applied. Fix the lines listed, or return to the editor to "
                 "discard these edits.",
                  nullptr, int(m_problems.size())));
}

void SourceView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void SourceView::applyTheme()
{
    // Follow the light or dark palette.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme theme = m_repository->defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace Byline
