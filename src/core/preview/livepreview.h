#pragma once

#include "previewdiff.h"
#include "render/articlerenderer.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace Byline {

class PreviewWorker;

// The live preview's brain, without a browser: renders the article for both
// devices on a worker thread as it is edited and says, per device, whether
// the page must be loaded or which parts to patch. A request that arrives
// while a render runs replaces any other waiting one, so typing never queues
// up stale renders (after ghostwriter).
class LivePreview : public QObject
{
    Q_OBJECT

public:
    explicit LivePreview(QObject *parent = nullptr);
    ~LivePreview() override;

    // Takes effect with the next update, which reloads both pages.
    void setPublication(const Publication &publication, const TemplatePack &pack);
    // Uses the publication saved in the settings and its template pack, now
    // and again whenever any writer saves a new one (SettingsNotifier);
    // publicationChanged() tells the owner, who sends the next update.
    void followSavedPublication();
    // Returns the request's serial (changed() carries it).
    quint64 update(const Article &article, const QList<Photo> &photos);
    // The page of `device` is being loaded again from scratch (a new view, a
    // crash): its next change is a reload.
    void resetDevice(Device device);
    bool isBusy() const { return m_busy; }

    // Photos reach the page as "byline-image:photo/ID/WIDTH/VERSION"; the
    // version changes with the picture and its crop, so an edited crop loads anew.
    static QString imageScheme() { return QStringLiteral("byline-image"); }
    static QString imageUrl(const Photo &photo, int width);

Q_SIGNALS:
    void changed(Byline::Device device, const Byline::PreviewChange &change, quint64 serial);
    // Both devices are done with request `serial`.
    void rendered(quint64 serial);
    // The saved publication was taken up (followSavedPublication()). When its
    // template pack cannot be used, `pack` is the built-in one and `problem`
    // says why (translated); otherwise `problem` is empty.
    void publicationChanged(
        const Byline::Publication &publication, const Byline::TemplatePack &pack, const QString &problem);

private:
    struct Request
    {
        Article article;
        QList<Photo> photos;
        quint64 serial = 0;
    };
    void send(Request request);
    void finished(quint64 serial);
    void loadSavedPublication();

    QThread m_thread;
    PreviewWorker *m_worker;
    bool m_busy = false;
    std::optional<Request> m_waiting;
    quint64 m_serial = 0;
    QMetaObject::Connection m_settingsConnection;
};

} // namespace Byline

Q_DECLARE_METATYPE(Byline::PreviewChange)
