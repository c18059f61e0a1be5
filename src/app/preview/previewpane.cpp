#include "previewpane.h"

#include "article/articledocument.h"
#include "common/logging.h"
#include "library/library.h"
#include "previewweb.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace Byline {

// A phone's outline around the mobile page, so the reporter reads it as a
// phone and not as a narrow window.
class PhoneFrame : public QWidget
{
public:
    static constexpr int Bezel = 12;

    explicit PhoneFrame(QWidget *parent)
        : QWidget(parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(Bezel, Bezel * 2, Bezel, Bezel * 2);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x55, 0x55, 0x5a), 2));
        painter.setBrush(QColor(0x1c, 0x1c, 0x1e));
        painter.drawRoundedRect(rect().adjusted(1, 1, -1, -1), Bezel * 2.5, Bezel * 2.5);
        painter.setBrush(QColor(0x3a, 0x3a, 0x3c));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRect(width() / 2 - 24, Bezel - 4, 48, 6), 3, 3);
    }
};

// One device's view and what is on its way to it.
struct PreviewPane::Surface
{
    Device device;
    QWebEngineProfile *profile = nullptr;
    PreviewPage *page = nullptr;
    QWebEngineView *view = nullptr;
    bool loading = false;
    bool loadedOnce = false;
    qreal savedScroll = -1;
    QPointer<QWidget> focusBefore; // where the keyboard was when the load began
    QList<std::pair<PreviewChange, quint64>> waiting; // patches for the page being loaded
};

namespace {

QString slotForField(ArticleDocument::Field field)
{
    switch (field) {
    case ArticleDocument::Field::Headline:
        return u"headline"_s;
    case ArticleDocument::Field::Deck:
        return u"deck"_s;
    case ArticleDocument::Field::Section:
        return u"section"_s;
    case ArticleDocument::Field::Outlet:
    case ArticleDocument::Field::Reporters:
        return u"byline"_s;
    case ArticleDocument::Field::Tags:
        return u"tags"_s;
    default:
        return {};
    }
}

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_handler(new PreviewSchemeHandler(this))
    , m_desktopBox(new QWidget(this))
    , m_desktopArea(new QScrollArea(m_desktopBox))
    , m_phone(new PhoneFrame(this))
    , m_zoom(new QComboBox(this))
{
    setObjectName(u"previewPane"_s);
    for (Device device : {Device::Desktop, Device::Mobile}) {
        auto surface = std::make_unique<Surface>();
        surface->device = device;
        surface->profile = PreviewWeb::createProfile(m_handler, this);
        surface->view = new QWebEngineView(this);
        surface->view->setObjectName(device == Device::Desktop ? u"desktopPreview"_s : u"mobilePreview"_s);
        surface->page = new PreviewPage(surface->profile, surface->view);
        surface->view->setPage(surface->page);
        surface->view->setContextMenuPolicy(Qt::NoContextMenu);
        surface->view->setFocusPolicy(Qt::NoFocus); // typing stays in the editor
        // Phones draw no scroll bars beside the page.
        if (device == Device::Mobile)
            surface->profile->settings()->setAttribute(QWebEngineSettings::ShowScrollBars, false);
        connect(surface->page, &PreviewPage::externalLinkRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
        connect(surface->page, &PreviewPage::navigationRefused, this,
            [](const QUrl &url) { qCInfo(lcApp) << "preview: navigation refused" << url; });
        connect(surface->view, &QWebEngineView::loadFinished, this, [this, device](bool ok) { loaded(device, ok); });
        connect(surface->page, &QWebEnginePage::renderProcessTerminated, this, [this, device] {
            // A crashed page starts over with the whole page.
            qCWarning(lcApp) << "preview page process ended; reloading" << deviceKey(device);
            m_live.resetDevice(device);
            scheduleUpdate();
        });
        m_surfaces[int(device)] = std::move(surface);
    }

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"previewToolBar"_s);
    auto *layouts = new QActionGroup(this);
    auto addLayout = [&](const char *id, const QString &text, Layout layout) {
        QAction *action = toolBar->addAction(text);
        action->setObjectName(QString::fromLatin1(id));
        action->setCheckable(true);
        action->setChecked(layout == Layout::SideBySide);
        layouts->addAction(action);
        connect(action, &QAction::triggered, this, [this, layout] { setPreviewLayout(layout); });
    };
    addLayout("preview.both", tr("Both"), Layout::SideBySide);
    addLayout("preview.desktop", tr("Desktop"), Layout::DesktopOnly);
    addLayout("preview.mobile", tr("Mobile"), Layout::MobileOnly);
    toolBar->addSeparator();
    m_zoom->setObjectName(u"previewZoom"_s);
    m_zoom->setToolTip(tr("Size of the desktop page"));
    m_zoom->addItem(tr("Fit"), 0.0);
    for (int percent : {50, 75, 100})
        m_zoom->addItem(tr("%1%").arg(percent), percent / 100.0);
    connect(m_zoom, &QComboBox::activated, this, [this] { setDesktopZoom(m_zoom->currentData().toReal()); });
    toolBar->addWidget(m_zoom);
    QAction *follow = toolBar->addAction(tr("Follow"));
    follow->setObjectName(u"preview.follow"_s);
    follow->setToolTip(tr("Scroll the preview to the part being edited"));
    follow->setCheckable(true);
    follow->setChecked(true);
    connect(follow, &QAction::toggled, this, &PreviewPane::setFollowEditing);

    // The desktop page is laid out at 1280 CSS px: scaled to the pane's
    // width, or at a chosen scale in a scroll area.
    m_desktopArea->setWidget(surface(Device::Desktop).view);
    m_desktopArea->setWidgetResizable(false);
    m_desktopArea->setFrameShape(QFrame::NoFrame);
    m_desktopArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *desktopLayout = new QVBoxLayout(m_desktopBox);
    desktopLayout->setContentsMargins(0, 0, 0, 0);
    desktopLayout->addWidget(m_desktopArea);
    m_phone->layout()->addWidget(surface(Device::Mobile).view);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(4, 4, 4, 4);
    row->setSpacing(8);
    row->addWidget(m_desktopBox, 1);
    row->addWidget(m_phone, 0, Qt::AlignTop | Qt::AlignHCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addLayout(row, 1);
    // The phone is sized from the pane's height (fit()): letting its fixed
    // size become the pane's minimum would stop the window from shrinking.
    layout->setSizeConstraint(QLayout::SetNoConstraint);

    connect(&m_live, &LivePreview::changed, this, &PreviewPane::onChanged);
    connect(&m_live, &LivePreview::publicationChanged, this,
        [this](const Publication &publication, const TemplatePack &pack, const QString &problem) {
            scheduleUpdate(); // both pages reload with the new look
            Q_EMIT publicationChanged(publication, pack, problem);
        });
}

PreviewPane::~PreviewPane()
{
    // Pages go before the profiles they use.
    for (auto &surface : m_surfaces)
        delete surface->view;
}

PreviewPane::Surface &PreviewPane::surface(Device device)
{
    return *m_surfaces[int(device)];
}

QWebEngineView *PreviewPane::view(Device device) const
{
    return m_surfaces[int(device)]->view;
}

PreviewPage *PreviewPane::page(Device device) const
{
    return m_surfaces[int(device)]->page;
}

int PreviewPane::blockedRequests() const
{
    int blocked = 0;
    for (const auto &surface : m_surfaces)
        blocked += surface->profile->findChild<PreviewRequestGuard *>()->blockedCount();
    return blocked;
}

void PreviewPane::setPublication(const Publication &publication, const TemplatePack &pack)
{
    m_live.setPublication(publication, pack);
    scheduleUpdate();
}

void PreviewPane::followSavedPublication()
{
    m_live.followSavedPublication();
}

void PreviewPane::setSource(ArticleDocument *document, Library *library)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_library = library; // where the originals are; the photos come from the document
    m_document = document;
    m_loadedOnce = false;
    m_updateAgain = false;
    m_applied[0] = m_applied[1] = m_requested; // nothing of the last article is awaited
    m_handler->setPhotoSource(library ? library->directory() : QString(), [this](const QString &id) {
        for (const Photo &photo : std::as_const(m_photos)) {
            if (photo.id == id)
                return std::optional<Photo>(photo);
        }
        return std::optional<Photo>();
    });
    refreshPhotos();
    if (!document)
        return;
    connect(document, &ArticleDocument::changed, this, [this](ArticleDocument::Field field) {
        if (field == ArticleDocument::Field::Photos)
            refreshPhotos();
        m_lastField = slotForField(field);
        scheduleUpdate();
    });
    // A new article: a whole new page for both, at the top.
    for (Device device : {Device::Desktop, Device::Mobile}) {
        m_live.resetDevice(device);
        surface(device).savedScroll = 0;
    }
    render();
}

void PreviewPane::refreshPhotos()
{
    m_photos = m_document ? m_document->photos() : QList<Photo>();
}

void PreviewPane::scheduleUpdate()
{
    // Edits arriving together (a paste, undo of several fields) render once.
    if (m_updateScheduled || !m_document)
        return;
    m_updateScheduled = true;
    QTimer::singleShot(0, this, &PreviewPane::render);
}

void PreviewPane::render()
{
    m_updateScheduled = false;
    if (!m_document)
        return;
    // One update in flight at a time: while the pages still apply the last
    // one, fast typing folds into the next (a busy machine never queues up
    // work for Chromium ahead of the editor).
    if (m_applied[0] < m_requested || m_applied[1] < m_requested) {
        m_updateAgain = true;
        return;
    }
    const Article article = m_document->article(); // names the lead photo, as the document has it
    m_requested = m_live.update(article, m_photos);
}

void PreviewPane::onChanged(Device device, const PreviewChange &change, quint64 serial)
{
    Surface &s = surface(device);
    if (change.reload) {
        s.waiting.clear();
        s.loading = true;
        m_handler->setPage(device, serial, change.page);
        auto load = [this, device, serial] {
            surface(device).focusBefore = QApplication::focusWidget();
            surface(device).view->setUrl(PreviewWeb::pageUrl(device, serial));
        };
        if (s.loadedOnce && s.savedScroll < 0) {
            // Keep the reader's place across the reload.
            s.page->runJavaScript(
                u"bylineScroll()"_s, QWebEngineScript::ApplicationWorld, [this, device, load](const QVariant &y) {
                    surface(device).savedScroll = y.toReal();
                    load();
                });
        } else {
            load();
        }
        s.waiting.append({PreviewChange(), serial}); // counts as applied once loaded
        return;
    }
    if (s.loading) {
        s.waiting.append({change, serial});
        return;
    }
    apply(device, change, serial);
}

void PreviewPane::apply(Device device, const PreviewChange &change, quint64 serial)
{
    Surface &s = surface(device);
    if (change.patch.isEmpty()) {
        applied(device, serial);
        return;
    }
    QString script =
        u"bylinePatch("_s + QString::fromUtf8(QJsonDocument(change.patch).toJson(QJsonDocument::Compact)) + u");"_s;
    if (m_follow) {
        if (change.focusBlock >= 0)
            script += u"bylineFollow({block: %1});"_s.arg(change.focusBlock);
        else if (!m_lastField.isEmpty())
            script += u"bylineFollow({slot: '%1'});"_s.arg(m_lastField);
    }
    s.page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
        [this, device, serial](const QVariant &) { applied(device, serial); });
}

void PreviewPane::applied(Device device, quint64 serial)
{
    quint64 &done = m_applied[int(device)];
    done = std::max(done, serial);
    if (m_applied[0] < m_requested || m_applied[1] < m_requested)
        return;
    if (m_updateAgain) {
        m_updateAgain = false;
        scheduleUpdate();
    }
    if (m_loadedOnce)
        Q_EMIT updated(serial);
}

void PreviewPane::loaded(Device device, bool ok)
{
    Surface &s = surface(device);
    if (!s.loading)
        return; // a refused navigation, not our load
    s.loading = false;
    // Whatever Chromium does on load, the keyboard stays where the reporter is typing.
    if (QWidget *focused = QApplication::focusWidget(); focused && s.view->isAncestorOf(focused)) {
        if (s.focusBefore)
            s.focusBefore->setFocus(Qt::OtherFocusReason);
        else
            focused->clearFocus();
    }
    if (!ok)
        qCWarning(lcApp) << "preview page did not load" << deviceKey(device);
    s.loadedOnce = true;
    fit();
    if (s.savedScroll > 0)
        s.page->runJavaScript(u"bylineScroll(%1)"_s.arg(s.savedScroll), QWebEngineScript::ApplicationWorld);
    s.savedScroll = -1;
    const auto waiting = std::exchange(s.waiting, {});
    for (const auto &[change, serial] : waiting)
        apply(device, change, serial);
    if (!m_loadedOnce && surface(Device::Desktop).loadedOnce && surface(Device::Mobile).loadedOnce) {
        m_loadedOnce = true;
        Q_EMIT ready();
        applied(device, m_applied[int(device)]);
    }
}

void PreviewPane::setPreviewLayout(Layout layout)
{
    m_desktopBox->setVisible(layout != Layout::MobileOnly);
    m_phone->setVisible(layout != Layout::DesktopOnly);
    m_zoom->setEnabled(layout != Layout::MobileOnly);
    fit();
}

void PreviewPane::setDesktopZoom(qreal zoom)
{
    m_desktopZoom = zoom;
    const int index = m_zoom->findData(zoom);
    if (index >= 0)
        m_zoom->setCurrentIndex(index);
    fit();
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

QSize PreviewPane::minimumSizeHint() const
{
    return {240, 240};
}

void PreviewPane::fit()
{
    // The phone: 390 x 844 CSS px, scaled down to the pane's height.
    const int available = std::max(200, height() - 60);
    const qreal phoneScale = std::clamp(qreal(available - 4 * PhoneFrame::Bezel) / MobileHeight, 0.4, 1.0);
    QWebEngineView *mobile = view(Device::Mobile);
    mobile->setFixedSize(qRound(MobileWidth * phoneScale), qRound(MobileHeight * phoneScale));
    mobile->setZoomFactor(phoneScale);

    // The desktop: 1280 CSS px at the chosen scale, or fitted to the width.
    QWebEngineView *desktop = view(Device::Desktop);
    const int areaWidth = std::max(120, m_desktopArea->viewport()->width());
    // Chromium takes zoom factors from 0.25 up; narrower panes scroll.
    const qreal scale = m_desktopZoom > 0 ? m_desktopZoom : std::clamp(qreal(areaWidth) / DesktopWidth, 0.25, 1.0);
    desktop->setFixedSize(qRound(DesktopWidth * scale), std::max(100, m_desktopArea->viewport()->height()));
    desktop->setZoomFactor(scale);
}

} // namespace Byline
