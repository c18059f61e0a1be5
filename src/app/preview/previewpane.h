#pragma once

#include "preview/livepreview.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QScrollArea;
class QWebEngineProfile;
class QWebEngineView;

namespace Byline {

class ArticleDocument;
class Library;
class PhoneFrame;
class PreviewPage;
class PreviewSchemeHandler;

// The article as readers will see it, on a desktop browser (1280 CSS px,
// scaled to fit) and a phone (390 x 844 CSS px in a phone frame), side by
// side or one at a time, updated as the reporter types: the pages are patched
// in place, so the scroll position stays, and the preview follows the part
// being edited. Article content is untrusted (see PreviewWeb).
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DesktopWidth = 1280;
    static constexpr int MobileWidth = 390;
    static constexpr int MobileHeight = 844;

    enum class Layout
    {
        SideBySide,
        DesktopOnly,
        MobileOnly,
    };
    Q_ENUM(Layout)

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // Follows the document as it is edited, with the library's photos.
    void setSource(ArticleDocument *document, Library *library);
    void setPublication(const Publication &publication, const TemplatePack &pack);
    // Shows the publication saved in the settings, and a new one as soon as
    // it is saved (LivePreview::followSavedPublication()).
    void followSavedPublication();

    // Both pages show the newest request, patched in.
    bool isReady() const
    {
        return m_loadedOnce && !m_updateScheduled && !m_updateAgain && m_applied[0] >= m_requested
            && m_applied[1] >= m_requested;
    }
    quint64 requestedSerial() const { return m_requested; }
    void setPreviewLayout(Layout layout);
    // 0: fit the pane; otherwise a scale for the desktop page (0.5, 0.75, 1).
    void setDesktopZoom(qreal zoom);
    void setFollowEditing(bool follow) { m_follow = follow; }

    QWebEngineView *view(Device device) const;
    PreviewPage *page(Device device) const;
    // Requests the guard refused (remote or file:// loads), both devices.
    int blockedRequests() const;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Both pages loaded for the first time after setSource().
    void ready();
    // Both pages show request `serial`.
    void updated(quint64 serial);
    // See LivePreview::publicationChanged().
    void publicationChanged(
        const Byline::Publication &publication, const Byline::TemplatePack &pack, const QString &problem);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Surface;
    void scheduleUpdate();
    void render();
    void refreshPhotos();
    void onChanged(Device device, const PreviewChange &change, quint64 serial);
    void apply(Device device, const PreviewChange &change, quint64 serial);
    void applied(Device device, quint64 serial);
    void loaded(Device device, bool ok);
    void fit();
    Surface &surface(Device device);

    LivePreview m_live;
    PreviewSchemeHandler *m_handler;
    QWidget *m_desktopBox;
    QScrollArea *m_desktopArea;
    PhoneFrame *m_phone;
    QComboBox *m_zoom;
    std::unique_ptr<Surface> m_surfaces[2];
    QPointer<ArticleDocument> m_document;
    Library *m_library = nullptr;
    QList<Photo> m_photos;
    quint64 m_requested = 0;
    quint64 m_applied[2] = {0, 0};
    bool m_updateScheduled = false;
    bool m_updateAgain = false; // an edit arrived while an update was in flight
    bool m_loadedOnce = false;
    bool m_follow = true;
    qreal m_desktopZoom = 0;
    QString m_lastField; // the slot the last field edit touched, to follow
};

} // namespace Byline
