#pragma once

#include "article/articlehtml.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Byline {

// The body's profile HTML as text, highlighted by KSyntaxHighlighting.
// Edits apply back only when they stay inside the article profile; anything
// else is listed with its line and nothing is applied silently.
class SourceView : public QWidget
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    void setHtml(const QString &html);
    QString html() const;
    bool isEdited() const { return m_edited; }
    // Checks the text; true when it can be applied.
    bool check();
    QList<ArticleHtml::Problem> problems() const { return m_problems; }
    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void applyRequested(const QString &html);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void showProblems();

    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QListWidget *m_problemList;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QList<ArticleHtml::Problem> m_problems;
    bool m_edited = false;
    bool m_settingText = false;
};

} // namespace Byline
