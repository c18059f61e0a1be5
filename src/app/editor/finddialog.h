#pragma once

#include "article/articlefind.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Byline {

class ArticleEditor;

// Find and Replace across headline, deck and body. Not modal: the person
// keeps typing in the article while it is open.
class FindDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindDialog(ArticleEditor *editor, QWidget *parent = nullptr);

    void setNeedle(const QString &needle);
    void setReplacement(const QString &replacement);
    bool findNext(FindDirection direction = FindDirection::Forward);
    bool replaceCurrent();
    int replaceAll();
    QString message() const;

private:
    FindOptions options() const;
    FindPosition currentPosition(FindDirection direction) const;
    std::optional<FindMatch> currentSelection() const;
    void select(const FindMatch &match);
    void updateCount();

    ArticleEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_wholeWord;
    QLabel *m_message;
};

} // namespace Byline
