#include "previewweb.h"

#include "common/logging.h"
#include "media/rendition.h"

#include <QBuffer>
#include <QFile>
#include <QPointer>
#include <QThreadPool>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString updateScript()
{
    QFile file(u":/byline/preview/preview.js"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void replyWith(QWebEngineUrlRequestJob *job, const QByteArray &type, const QByteArray &data)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(type, buffer);
}

} // namespace

void PreviewWeb::registerSchemes()
{
    for (const char *name : {PageScheme, ImageScheme}) {
        QWebEngineUrlScheme scheme(name);
        scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
        // Secure: treated like https (no mixed-content downgrade); not Local,
        // so nothing on these pages reaches file://.
        scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
        QWebEngineUrlScheme::registerScheme(scheme);
    }
}

// Qt WebEngine wants schemes registered before the application object is
// made; doing it at load time covers the app and every test alike.
namespace {
void registerSchemesAtLoad()
{
    PreviewWeb::registerSchemes();
}
Q_CONSTRUCTOR_FUNCTION(registerSchemesAtLoad)
} // namespace

QWebEngineProfile *PreviewWeb::createProfile(QWebEngineUrlSchemeHandler *handler, QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent); // no name: off the record
    QWebEngineSettings *settings = profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    // The reporter types in the editor; a page load must not take the keyboard.
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    profile->installUrlSchemeHandler(PageScheme, handler);
    profile->installUrlSchemeHandler(ImageScheme, handler);
    profile->setUrlRequestInterceptor(new PreviewRequestGuard(profile));

    QWebEngineScript script;
    script.setName(u"byline-preview"_s);
    script.setSourceCode(updateScript());
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setRunsOnSubFrames(false);
    profile->scripts()->insert(script);
    return profile;
}

QUrl PreviewWeb::pageUrl(Device device, quint64 serial)
{
    return QUrl(u"%1:page/%2/%3"_s.arg(QLatin1StringView(PageScheme), deviceKey(device)).arg(serial));
}

PreviewSchemeHandler::PreviewSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
    m_renditions.setMaxCost(96 * 1024); // KiB of JPEG
}

void PreviewSchemeHandler::setPage(Device device, quint64 serial, const QString &html)
{
    // Only the newest page of each device is kept.
    const QString prefix = u"page/"_s + deviceKey(device) + u'/';
    m_pages.removeIf([&prefix](const auto &entry) { return entry.key().startsWith(prefix); });
    m_pages.insert(prefix + QString::number(serial), html.toUtf8());
}

void PreviewSchemeHandler::setPhotoSource(const QString &libraryDirectory, PhotoLookup lookup)
{
    m_libraryDirectory = libraryDirectory;
    m_lookup = std::move(lookup);
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (url.scheme() == QLatin1StringView(PreviewWeb::PageScheme)) {
        const auto page = m_pages.constFind(url.path());
        if (page == m_pages.cend()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        replyWith(job, "text/html;charset=utf-8", *page);
        return;
    }
    if (url.scheme() == QLatin1StringView(PreviewWeb::ImageScheme)) {
        servePhoto(job);
        return;
    }
    job->fail(QWebEngineUrlRequestJob::UrlInvalid);
}

void PreviewSchemeHandler::servePhoto(QWebEngineUrlRequestJob *job)
{
    // photo/ID/WIDTH/VERSION
    const QString key = job->requestUrl().toString();
    const QStringList parts = job->requestUrl().path().split(u'/');
    const std::optional<Photo> photo =
        parts.size() == 4 && parts.at(0) == u"photo"_s && m_lookup ? m_lookup(parts.at(1)) : std::nullopt;
    const int width = parts.value(2).toInt();
    if (!photo || width <= 0) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (const QByteArray *cached = m_renditions.object(key)) {
        replyWith(job, "image/jpeg", *cached);
        return;
    }
    const QString original = m_libraryDirectory + u'/' + photo->storedPath;
    QPointer<QWebEngineUrlRequestJob> guarded(job);
    QPointer<PreviewSchemeHandler> self(this);
    const PhotoCrop crop = photo->crop;
    QThreadPool::globalInstance()->start([self, guarded, key, original, crop, width] {
        QString error;
        const std::optional<Rendition> rendition =
            Rendition::make(original, crop, {}, Rendition::Options {std::min(width, 4000), 82}, &error);
        QMetaObject::invokeMethod(self.data(), [self, guarded, key, rendition, error] {
            if (!self || !guarded)
                return;
            if (!rendition) {
                qCWarning(lcApp).noquote() << "preview photo" << key << error;
                guarded->fail(QWebEngineUrlRequestJob::RequestFailed);
                return;
            }
            self->m_renditions.insert(key, new QByteArray(rendition->jpeg), int(rendition->jpeg.size() / 1024) + 1);
            replyWith(guarded, "image/jpeg", rendition->jpeg);
        });
    });
}

void PreviewRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1StringView(PreviewWeb::PageScheme) || scheme == QLatin1StringView(PreviewWeb::ImageScheme)
        || scheme == u"data"_s)
        return;
    m_blocked.ref();
    info.block(true);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == QLatin1StringView(PreviewWeb::PageScheme) && type != NavigationTypeLinkClicked && isMainFrame)
        return true; // our own loads
    if (type == NavigationTypeLinkClicked
        && (url.scheme() == u"http"_s || url.scheme() == u"https"_s || url.scheme() == u"mailto"_s))
        Q_EMIT externalLinkRequested(url);
    else
        Q_EMIT navigationRefused(url);
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return nullptr;
}

void PreviewPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel, const QString &message, int line, const QString &source)
{
    qCDebug(lcApp).noquote() << "preview console:" << source << line << message;
}

} // namespace Byline
