#pragma once

#include "article/photo.h"
#include "render/templatepack.h"

#include <QCache>
#include <QHash>
#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlSchemeHandler>

#include <functional>
#include <optional>

class QWebEngineProfile;

namespace Byline {

// The browser side of the preview's safety rules (docs/architecture.md,
// "Preview"): article pages and their photos come only through Byline's own
// URL schemes, never file://; nothing else may load; links leave for the
// system browser.
namespace PreviewWeb {

inline constexpr char PageScheme[] = "byline-preview";
inline constexpr char ImageScheme[] = "byline-image";

// Runs by itself when the program loads (before any QApplication exists).
void registerSchemes();

// A fresh off-the-record profile with JavaScript off for pages, no local
// file access, our schemes served by `handler`, requests guarded, and the
// update script in the application world.
QWebEngineProfile *createProfile(QWebEngineUrlSchemeHandler *handler, QObject *parent);

QUrl pageUrl(Device device, quint64 serial);

} // namespace PreviewWeb

// Serves rendered pages (byline-preview:page/DEVICE/SERIAL) and photo
// renditions (byline-image:photo/ID/WIDTH/VERSION), made off the UI thread
// and kept in a memory cache.
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    using PhotoLookup = std::function<std::optional<Photo>(const QString &id)>;

    explicit PreviewSchemeHandler(QObject *parent = nullptr);

    void setPage(Device device, quint64 serial, const QString &html);
    void setPhotoSource(const QString &libraryDirectory, PhotoLookup lookup);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void servePhoto(QWebEngineUrlRequestJob *job);

    QHash<QString, QByteArray> m_pages; // by URL path
    QString m_libraryDirectory;
    PhotoLookup m_lookup;
    QCache<QString, QByteArray> m_renditions; // by URL, cost in KiB
};

// Refuses every request that is not for one of our schemes (or inline data):
// a remote image or a file:// path in an article never leaves the machine,
// whatever the Content-Security-Policy says.
class PreviewRequestGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked.loadRelaxed(); }

private:
    QAtomicInt m_blocked; // interceptRequest runs on the IO thread
};

// A preview page: navigation only to our own pages; links go out through
// externalLinkRequested (the pane opens the system browser).
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

Q_SIGNALS:
    void externalLinkRequested(const QUrl &url);
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel level, const QString &message, int line, const QString &source) override;
};

} // namespace Byline
