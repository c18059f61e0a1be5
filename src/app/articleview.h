#pragma once

#include "article/article.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace Byline {

// The article's fields in the centre of the window. Read-only for now; the
// rich-text editor replaces the body view.
class ArticleView : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);
    void setArticle(const Article &article);

private:
    QLineEdit *m_headline;
    QLineEdit *m_deck;
    QLabel *m_meta;
    QTextBrowser *m_body;
};

} // namespace Byline
