#include "previewpane.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString previewHtml(const Article &article)
{
    // Interim page until the publication renderer lands; same safety rules.
    return u"<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "img-src data:\">"
           "<meta name=\"viewport\" content=\"width=device-width\">"
           "<style>body{font-family:'Noto Sans CJK KR','Noto Sans',sans-serif;margin:24px;color:#222;"
           "line-height:1.7} h1{font-size:28px;line-height:1.35;margin:0 0 8px} .deck{color:#555;font-size:18px;"
           "border-left:3px solid #c00;padding-left:10px} .section{color:#c00;font-weight:bold}"
           " blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:14px;color:#444}</style></head><body>"_s
        + u"<div class=\"section\">"_s + article.section.toHtmlEscaped() + u"</div><h1>"_s
        + article.headline.toHtmlEscaped() + u"</h1><p class=\"deck\">"_s + article.deck.toHtmlEscaped() + u"</p>"_s
        + article.body + u"</body></html>"_s;
}

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
{
    m_desktop = createView(u"desktopPreview"_s);
    m_mobile = createView(u"mobilePreview"_s);

    auto column = [](const QString &title, QWidget *view) {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(4, 4, 4, 4);
        auto *label = new QLabel(title);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        layout->addWidget(view, 1);
        return box;
    };
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(column(tr("Desktop"), m_desktop));
    // The phone keeps its real 390 CSS px layout, drawn at three quarters.
    m_mobile->setFixedWidth(qRound(MobileWidth * MobileScale));
    m_desktop->setMinimumWidth(320);
    splitter->addWidget(column(tr("Mobile"), m_mobile));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

PreviewPane::~PreviewPane()
{
    // Pages must go before the profile they use.
    delete m_desktop;
    delete m_mobile;
}

QWebEngineView *PreviewPane::createView(const QString &objectName)
{
    // One off-the-record profile per view: Chromium keeps zoom per host
    // and profile, and each device needs its own scale.
    auto *profile = new QWebEngineProfile(this);
    QWebEngineSettings *settings = profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    m_profiles.append(profile);

    auto *view = new QWebEngineView(this);
    view->setObjectName(objectName);
    view->setPage(new QWebEnginePage(profile, view));
    view->setContextMenuPolicy(Qt::NoContextMenu);
    connect(view, &QWebEngineView::loadFinished, this, [this, view] {
        // Chromium resets the zoom on every load.
        view->setZoomFactor(view == m_mobile ? MobileScale : desktopScale());
        if (m_pendingLoads > 0 && --m_pendingLoads == 0) {
            m_loadedOnce = true;
            Q_EMIT ready();
        }
    });
    return view;
}

void PreviewPane::setArticle(const Article &article)
{
    const QString html = previewHtml(article);
    m_pendingLoads = 2;
    m_desktop->setHtml(html);
    m_mobile->setHtml(html);
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitDesktop();
}

qreal PreviewPane::desktopScale() const
{
    // Lay the page out at a real desktop width, then scale it into the pane.
    return std::clamp(qreal(m_desktop->width()) / DesktopWidth, 0.25, 1.0);
}

void PreviewPane::fitDesktop()
{
    m_desktop->setZoomFactor(desktopScale());
}

} // namespace Byline
