#include "articleview.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLineEdit(this))
    , m_deck(new QLineEdit(this))
    , m_meta(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    m_headline->setObjectName(u"headline"_s);
    m_deck->setObjectName(u"deck"_s);
    m_body->setObjectName(u"body"_s);
    for (QLineEdit *edit : {m_headline, m_deck}) {
        edit->setReadOnly(true);
        edit->setFrame(false);
    }
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.6);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setPlaceholderText(tr("Headline"));
    QFont deckFont = m_deck->font();
    deckFont.setPointSizeF(deckFont.pointSizeF() * 1.15);
    m_deck->setFont(deckFont);
    m_deck->setPlaceholderText(tr("Deck"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_deck);
    layout->addWidget(m_meta);
    layout->addWidget(m_body, 1);
}

void ArticleView::setArticle(const Article &article)
{
    m_headline->setText(article.headline);
    m_headline->setCursorPosition(0);
    m_deck->setText(article.deck);
    m_deck->setCursorPosition(0);
    QStringList meta;
    if (!article.section.isEmpty())
        meta << article.section;
    if (!article.byline.outlet.isEmpty() || !article.byline.reporters.isEmpty())
        meta << QString(article.byline.outlet + u' ' + article.byline.reporterNames()).trimmed();
    meta << articleStatusDisplayName(article.status);
    m_meta->setText(meta.join(u"  ·  "_s));
    m_body->setHtml(article.body);
}

} // namespace Byline
