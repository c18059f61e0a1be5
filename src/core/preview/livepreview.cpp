#include "livepreview.h"

#include "common/logging.h"
#include "common/settingsnotifier.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Byline {

// Lives on the preview thread: the renderer (with its block cache) and what
// each device's page shows.
class PreviewWorker : public QObject
{
    Q_OBJECT

public:
    void configure(const Publication &publication, const TemplatePack &pack)
    {
        m_renderer = std::make_unique<ArticleRenderer>(publication, pack);
        m_renderer->setImageUrlResolver(&LivePreview::imageUrl, {LivePreview::imageScheme() + u':'});
        m_desktop.reset();
        m_mobile.reset();
    }

    void reset(Device device) { (device == Device::Desktop ? m_desktop : m_mobile).reset(); }

    void render(const Article &article, const QList<Photo> &photos, quint64 serial)
    {
        if (!m_renderer)
            configure(Publication(), TemplatePack::builtIn());
        for (Device device : {Device::Desktop, Device::Mobile}) {
            const PreviewChange change = (device == Device::Desktop ? m_desktop : m_mobile)
                                             .update(m_renderer->renderParts(article, photos, device));
            Q_EMIT changed(device, change, serial);
        }
        Q_EMIT done(serial);
    }

Q_SIGNALS:
    void changed(Byline::Device device, const Byline::PreviewChange &change, quint64 serial);
    void done(quint64 serial);

private:
    std::unique_ptr<ArticleRenderer> m_renderer;
    PreviewDiff m_desktop;
    PreviewDiff m_mobile;
};

LivePreview::LivePreview(QObject *parent)
    : QObject(parent)
    , m_worker(new PreviewWorker)
{
    qRegisterMetaType<PreviewChange>();
    qRegisterMetaType<Device>();
    m_thread.setObjectName(u"LivePreview"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PreviewWorker::changed, this, &LivePreview::changed);
    connect(m_worker, &PreviewWorker::done, this, &LivePreview::finished);
    m_thread.start();
}

LivePreview::~LivePreview()
{
    m_thread.quit();
    m_thread.wait();
}

void LivePreview::setPublication(const Publication &publication, const TemplatePack &pack)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, publication, pack] { worker->configure(publication, pack); });
}

void LivePreview::followSavedPublication()
{
    if (!m_settingsConnection) {
        m_settingsConnection =
            connect(SettingsNotifier::instance(), &SettingsNotifier::changed, this, [this](const QString &key) {
                if (key == Publication::settingsKey())
                    loadSavedPublication();
            });
    }
    loadSavedPublication();
}

void LivePreview::loadSavedPublication()
{
    const Publication publication = Publication::fromSettings();
    QString problem;
    const TemplatePack pack = TemplatePack::forPublication(publication.templatePack, &problem);
    setPublication(publication, pack);
    Q_EMIT publicationChanged(publication, pack, problem);
}

quint64 LivePreview::update(const Article &article, const QList<Photo> &photos)
{
    Request request {article, photos, ++m_serial};
    if (m_busy)
        m_waiting = std::move(request); // only the newest state matters
    else
        send(std::move(request));
    return m_serial;
}

void LivePreview::resetDevice(Device device)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, device] { worker->reset(device); });
}

void LivePreview::send(Request request)
{
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request = std::move(request)] {
        worker->render(request.article, request.photos, request.serial);
    });
}

void LivePreview::finished(quint64 serial)
{
    m_busy = false;
    Q_EMIT rendered(serial);
    if (m_waiting)
        send(*std::exchange(m_waiting, std::nullopt));
}

QString LivePreview::imageUrl(const Photo &photo, int width)
{
    // The version: the picture's own hash and the crop it is shown with.
    const QByteArray crop = QJsonDocument(photo.crop.toJson()).toJson(QJsonDocument::Compact);
    const QString version = photo.sha256.left(12) + u'-' + QString::number(qHash(crop), 16);
    return u"%1:photo/%2/%3/%4"_s.arg(imageScheme(), photo.id).arg(width).arg(version);
}

} // namespace Byline

#include "livepreview.moc"
