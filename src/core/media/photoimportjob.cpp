#include "photoimportjob.h"

#include "common/logging.h"
#include "library/library.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// A file name for a downloaded picture: the server's, else the address's last
// part, never a path.
QString downloadName(QNetworkReply *reply, int index)
{
    QString name = reply->header(QNetworkRequest::ContentDispositionHeader).toString();
    const qsizetype equals = name.lastIndexOf(u"filename="_s);
    name = equals >= 0 ? name.mid(equals + 9).remove(u'"').trimmed() : QFileInfo(reply->url().path()).fileName();
    name = QFileInfo(name).fileName(); // no directories from a server
    if (name.isEmpty() || name.startsWith(u'.'))
        name = u"web-photo-%1"_s.arg(index + 1);
    return u"%1-%2"_s.arg(index + 1).arg(name);
}

// Downloads one address into `folder`; the saved path, or an empty string and
// a translated reason.
QString download(QNetworkAccessManager &network, const QUrl &url, const QString &folder, int index,
    const std::atomic_bool &cancelled, QString *error)
{
    if (url.scheme() != u"http"_s && url.scheme() != u"https"_s) {
        *error = PhotoImportJob::tr("%1 is not a web address Byline can download from.")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return {};
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(PhotoImportJob::DownloadTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QByteArray bytes;
    bool tooLarge = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        bytes += reply->readAll();
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (bytes.size() > PhotoImportJob::MaxDownloadBytes || announced > PhotoImportJob::MaxDownloadBytes) {
            tooLarge = true;
            reply->abort();
        } else if (cancelled.load()) {
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->isOpen()) // closed when aborted
        bytes += reply->readAll();
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString path;
    if (tooLarge) {
        *error = PhotoImportJob::tr("%1 was not downloaded: it is larger than %2 MB, too large for a photo.")
                     .arg(shown)
                     .arg(PhotoImportJob::MaxDownloadBytes / (1024 * 1024));
    } else if (reply->error() != QNetworkReply::NoError || status >= 400) {
        *error = PhotoImportJob::tr("%1 could not be downloaded: %2").arg(shown, reply->errorString());
    } else {
        path = folder + u'/' + downloadName(reply, index);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            *error = PhotoImportJob::tr("%1 could not be saved for importing: %2").arg(shown, file.errorString());
            path.clear();
        }
    }
    reply->deleteLater();
    return path;
}

} // namespace

PhotoImportJob::PhotoImportJob(const QString &libraryDirectory, qint64 articleId, QObject *parent)
    : QObject(parent)
    , m_directory(libraryDirectory)
    , m_articleId(articleId)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<PhotoImport::Result>();
    qRegisterMetaType<QList<PhotoImport::Result>>();
}

PhotoImportJob::~PhotoImportJob()
{
    cancel();
    wait();
}

void PhotoImportJob::start(const QStringList &paths, const QList<QUrl> &webAddresses)
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this, paths, webAddresses] { run(paths, webAddresses); });
    m_thread->setObjectName(u"PhotoImportJob"_s);
    m_thread->start();
}

void PhotoImportJob::cancel()
{
    m_cancelled->store(true);
}

bool PhotoImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void PhotoImportJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

// On the worker thread. Signals are queued to the job's own thread.
void PhotoImportJob::run(const QStringList &paths, const QList<QUrl> &webAddresses)
{
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    QList<PhotoImport::Result> results;
    auto done = [&] { Q_EMIT finished(results, cancelled->load()); };

    Library library;
    if (!library.open(m_directory)) {
        PhotoImport::Result failure;
        failure.message = tr("The photos could not be added: %1").arg(library.errorString());
        results << failure;
        done();
        return;
    }

    QStringList files = paths;
    QTemporaryDir downloads;
    QHash<QString, QString> downloadedFrom; // saved path -> address, for messages
    if (!webAddresses.isEmpty()) {
        QNetworkAccessManager network;
        const int total = int(paths.size() + webAddresses.size());
        for (int i = 0; i < webAddresses.size() && !cancelled->load(); ++i) {
            Q_EMIT progress(i, total);
            QString error;
            const QString path = download(network, webAddresses.at(i), downloads.path(), i, *cancelled, &error);
            if (!path.isEmpty()) {
                files << path;
                downloadedFrom.insert(path, webAddresses.at(i).toDisplayString(QUrl::RemoveUserInfo));
                continue;
            }
            PhotoImport::Result failure;
            failure.path = webAddresses.at(i).toDisplayString(QUrl::RemoveUserInfo);
            failure.message = error;
            results << failure;
            Q_EMIT fileImported(failure);
        }
    }
    if (cancelled->load()) {
        done();
        return;
    }

    // People know a downloaded picture by where it came from, not by our temporary copy.
    auto relabel = [&downloadedFrom](PhotoImport::Result result) {
        if (const QString address = downloadedFrom.value(result.path); !address.isEmpty()) {
            result.message.replace(QDir::toNativeSeparators(result.path), address);
            result.path = address;
        }
        return result;
    };
    const int failedDownloads = int(results.size());
    const QList<PhotoImport::Result> batch = PhotoImport::importFiles(
        library, m_articleId, files, [&](const PhotoImport::Result &result, int count, int total) {
            Q_EMIT fileImported(relabel(result));
            Q_EMIT progress(count + failedDownloads, total + failedDownloads);
            return !cancelled->load();
        });
    for (const PhotoImport::Result &result : batch)
        results << relabel(result);
    library.close();
    done();
}

} // namespace Byline
