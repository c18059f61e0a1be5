#include "httpconnection.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkProxy>

#include <curl/curl.h>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#endif

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// How often the wait looks at the cancel flag and the clocks.
constexpr int SliceMs = 100;
constexpr qint64 MaxBodyBytes = qint64(256) * 1024 * 1024;
// A kept connection is replaced this long before the site's idle limit, so
// a request never races the site closing it.
constexpr qint64 KeepAliveMarginMs = 1000;
// Without a Keep-Alive header, Apache's default (5 s) less the margin.
constexpr qint64 DefaultKeepAliveMs = 4000;
// The default deadline: this many timeouts, plus the body at the rate below
// (64 kbit/s, a poor mobile link).
constexpr int DeadlineTimeouts = 3;
constexpr qint64 DefaultMinimumBytesPerSecond = 8 * 1024;
constexpr qsizetype MaxDetailChars = 200;

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
}

bool isIdempotent(const QByteArray &verb)
{
    return verb == "GET" || verb == "HEAD";
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost"_s, Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void initCurl()
{
    // Once per process, before any handle; thread-safe as a function static.
    static const CURLcode initialized = curl_global_init(CURL_GLOBAL_DEFAULT);
    Q_UNUSED(initialized)
}

// libcurl's own words, for failures without a sentence of ours: no control
// characters, not too long.
QString detailOf(const char *text)
{
    QString detail = QString::fromUtf8(text).trimmed();
    detail.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    if (detail.size() > MaxDetailChars)
        detail = detail.left(MaxDetailChars) + u'…';
    return detail;
}

bool tlsIsOpenSsl()
{
    static const bool openSsl = QByteArrayView(curl_version_info(CURLVERSION_NOW)->ssl_version).startsWith("OpenSSL");
    return openSsl;
}

// One request's state, shared with libcurl's callbacks.
struct Exchange
{
    bool idempotent = true;
    const std::function<void(qint64, qint64)> *sent = nullptr;
    const std::function<bool(QByteArrayView)> *receive = nullptr;
    qint64 total = 0;
    qint64 reported = -1;
    qint64 uploaded = 0;
    qint64 downloaded = 0;
    QElapsedTimer progress; // since bytes last moved
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool inHeaders = false;
    bool bodyTooLarge = false;
    bool wentOut = false; // the request was handed to a connection
    int answerStatus = 0; // of the last answer since; 0: none yet
    bool resendRefused = false;

    // libcurl sends a request again on a new connection when a kept one
    // closes before any answer, the race keep-alive cannot rule out. The
    // site may have acted on it, so only a read goes out again, or a request
    // the proxy refused (407) and so never passed on.
    bool mayGoOut()
    {
        if (!wentOut || idempotent || answerStatus == 407)
            return true;
        resendRefused = true;
        return false;
    }
};

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *exchange = static_cast<Exchange *>(user);
    const size_t bytes = size * count;
    exchange->progress.start();
    QByteArrayView line(data, qsizetype(bytes));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.startsWith("HTTP/")) {
        // A new answer: an interim 1xx, or a proxy's 407 before the real one.
        exchange->headers.clear();
        exchange->body.clear();
        exchange->inHeaders = true;
        const qsizetype space = line.indexOf(' ');
        exchange->answerStatus = space > 0 ? line.sliced(space + 1).left(3).toInt() : 0;
        return bytes;
    }
    if (line.isEmpty()) {
        exchange->inHeaders = false;
        return bytes;
    }
    if (!exchange->inHeaders)
        return bytes; // the trailers of a chunked body
    if ((line.startsWith(' ') || line.startsWith('\t')) && !exchange->headers.isEmpty()) {
        exchange->headers.last().second += ' ' + line.trimmed().toByteArray(); // an old-style folded line
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        exchange->headers.append(
            {line.left(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    return bytes;
}

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *exchange = static_cast<Exchange *>(user);
    const size_t bytes = size * count;
    exchange->progress.start();
    if (*exchange->receive && exchange->answerStatus >= 200 && exchange->answerStatus < 300) {
        if ((*exchange->receive)(QByteArrayView(data, qsizetype(bytes))))
            return bytes;
        exchange->bodyTooLarge = true;
        return 0;
    }
    if (exchange->body.size() + qint64(bytes) > MaxBodyBytes) {
        exchange->bodyTooLarge = true;
        return 0; // libcurl stops with a write error
    }
    exchange->body.append(data, qsizetype(bytes));
    return bytes;
}

int onProgress(void *user, curl_off_t, curl_off_t downloaded, curl_off_t, curl_off_t uploaded)
{
    auto *exchange = static_cast<Exchange *>(user);
    if (uploaded != exchange->uploaded || downloaded != exchange->downloaded) {
        exchange->progress.start();
        exchange->uploaded = uploaded;
        exchange->downloaded = downloaded;
    }
    // After a proxy's 407 the body goes again from the start: report only growth.
    if (exchange->sent && *exchange->sent && exchange->total > 0 && uploaded > exchange->reported) {
        exchange->reported = uploaded;
        (*exchange->sent)(uploaded, exchange->total);
    }
    return 0;
}

// Called for each new connection before it connects.
int onSocket(void *user, curl_socket_t socket, curlsocktype purpose)
{
    auto *exchange = static_cast<Exchange *>(user);
    if (purpose == CURLSOCKTYPE_IPCXN && !exchange->mayGoOut())
        return CURL_SOCKOPT_ERROR;
#ifdef Q_OS_UNIX
    // Not inherited by programs Byline starts (a browser for a link).
    ::fcntl(socket, F_SETFD, ::fcntl(socket, F_GETFD) | FD_CLOEXEC);
#else
    Q_UNUSED(socket)
#endif
    return CURL_SOCKOPT_OK;
}

// Called on a new or kept connection just before the request goes out.
int onRequest(void *user, char *, char *, int, int)
{
    auto *exchange = static_cast<Exchange *>(user);
    if (!exchange->mayGoOut())
        return CURL_PREREQFUNC_ABORT;
    exchange->wentOut = true;
    exchange->answerStatus = 0;
    return CURL_PREREQFUNC_OK;
}

// A loopback site is reached directly, as Qt does. Otherwise the
// application's proxy when it set one; else libcurl reads http_proxy,
// https_proxy, all_proxy and no_proxy itself.
void useProxy(CURL *easy, const QUrl &url)
{
    if (isLoopback(url)) {
        curl_easy_setopt(easy, CURLOPT_PROXY, "");
        return;
    }
    QByteArray user;
    QByteArray password;
    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::HttpCachingProxy
        || proxy.type() == QNetworkProxy::Socks5Proxy) {
        QUrl address;
        address.setScheme(proxy.type() == QNetworkProxy::Socks5Proxy ? u"socks5h"_s : u"http"_s);
        address.setHost(proxy.hostName());
        address.setPort(proxy.port());
        curl_easy_setopt(easy, CURLOPT_PROXY, address.toEncoded().constData());
        user = proxy.user().toUtf8();
        password = proxy.password().toUtf8();
    }
    // A user and password in the proxy's address win over these. Empty ones
    // still let Negotiate sign in with the system's Kerberos ticket.
    curl_easy_setopt(easy, CURLOPT_PROXYUSERNAME, user.constData());
    curl_easy_setopt(easy, CURLOPT_PROXYPASSWORD, password.constData());
    curl_easy_setopt(easy, CURLOPT_PROXYAUTH, long(CURLAUTH_ANY));
    // The proxy's answer to CONNECT is not the site's.
    curl_easy_setopt(easy, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
}

struct HeaderList
{
    curl_slist *list = nullptr;
    ~HeaderList() { curl_slist_free_all(list); }
    void append(const QByteArray &line) { list = curl_slist_append(list, line.constData()); }
};

} // namespace

struct HttpConnection::Handles
{
    CURLM *multi = nullptr;
    CURL *easy = nullptr;
    char error[CURL_ERROR_SIZE] = {};

    Handles()
    {
        initCurl();
        multi = curl_multi_init();
        easy = curl_easy_init();
        // One kept connection: a second (to a redirect's host, or replacing
        // one near the site's keep-alive limit) closes the older.
        if (multi)
            curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, 1L);
    }
    ~Handles()
    {
        if (multi)
            curl_multi_cleanup(multi);
        if (easy)
            curl_easy_cleanup(easy);
    }
};

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpConnection::HttpConnection(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
    , m_deadlineBase(DeadlineTimeouts * timeout)
    , m_minimumBytesPerSecond(DefaultMinimumBytesPerSecond)
{ }

HttpConnection::~HttpConnection() = default;

void HttpConnection::close()
{
    m_handles.reset();
    m_idle.invalidate();
}

void HttpConnection::setDeadline(std::chrono::milliseconds base, qint64 minimumBytesPerSecond)
{
    m_deadlineBase = base;
    m_minimumBytesPerSecond = std::max<qint64>(1, minimumBytesPerSecond);
}

void HttpConnection::addTrustedCertificates(const QByteArray &pem)
{
    if (m_trustedPem.isEmpty()) {
        // A bundle in memory replaces libcurl's bundle file, so it starts
        // with that file's certificates.
        initCurl();
        CURL *probe = curl_easy_init();
        char *path = nullptr;
        if (probe && curl_easy_getinfo(probe, CURLINFO_CAINFO, &path) == CURLE_OK && path) {
            QFile system(QFile::decodeName(path));
            if (system.open(QIODevice::ReadOnly))
                m_trustedPem = system.readAll();
        }
        curl_easy_cleanup(probe);
    }
    m_trustedPem += '\n' + pem + '\n';
}

QString HttpConnection::proxyRefused()
{
    return tr("the proxy refused the sign-in (HTTP 407); check the user name and password for the proxy");
}

// X509_V_ERR_* values from OpenSSL's x509_vfy.h, stable across versions.
QString HttpConnection::certificateProblem(long verifyResult, const QString &detail)
{
    if (tlsIsOpenSsl()) {
        switch (verifyResult) {
        case 2: // UNABLE_TO_GET_ISSUER_CERT
        case 20: // UNABLE_TO_GET_ISSUER_CERT_LOCALLY
        case 21: // UNABLE_TO_VERIFY_LEAF_SIGNATURE
            return tr("the certificate was issued by an authority this computer does not trust");
        case 18: // DEPTH_ZERO_SELF_SIGNED_CERT
        case 19: // SELF_SIGNED_CERT_IN_CHAIN
            return tr("the certificate is self-signed, and this computer does not trust it");
        case 9: // CERT_NOT_YET_VALID
            return tr("the certificate is not valid yet (is this computer's clock right?)");
        case 10: // CERT_HAS_EXPIRED
            return tr("the certificate has expired");
        case 23: // CERT_REVOKED
            return tr("the certificate has been revoked");
        case 62: // HOSTNAME_MISMATCH
        case 64: // IP_ADDRESS_MISMATCH
            return tr("the certificate was issued for another name than the site's");
        case 0: // the chain is good: libcurl's own check of the name failed
            if (detail.contains(u"name"_s))
                return tr("the certificate was issued for another name than the site's");
            break;
        default:
            break;
        }
    }
    return tr("the certificate could not be verified (%1)").arg(detail);
}

HttpResponse::Failure HttpConnection::describeFailure(int curlCode, bool answered, QString *text, bool *damaged) const
{
    CURL *easy = m_handles->easy;
    const CURLcode code = CURLcode(curlCode);
    const QString detail = detailOf(m_handles->error[0] ? m_handles->error : curl_easy_strerror(code));
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION: {
        long verifyResult = 0;
        curl_easy_getinfo(easy, CURLINFO_SSL_VERIFYRESULT, &verifyResult);
        *text = certificateProblem(verifyResult, detail);
        return HttpResponse::Failure::Certificate;
    }
    case CURLE_SSL_CACERT_BADFILE:
        *text = tr("this computer's list of trusted certificate authorities could not be read (%1)").arg(detail);
        break;
    case CURLE_SSL_CONNECT_ERROR:
        *text = tr("a secure connection to the site could not be set up (%1)").arg(detail);
        break;
    case CURLE_COULDNT_RESOLVE_PROXY:
        *text = tr("the proxy's name was not found");
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        *text = tr("the site's name was not found");
        break;
    case CURLE_COULDNT_CONNECT: {
        long proxyStatus = 0;
        curl_easy_getinfo(easy, CURLINFO_HTTP_CONNECTCODE, &proxyStatus);
        long osError = 0;
        curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &osError);
        if (proxyStatus == 407)
            *text = proxyRefused();
        else if (proxyStatus >= 300)
            *text = tr("the proxy could not connect to the site (HTTP %1)").arg(proxyStatus);
        else if (osError == ECONNREFUSED)
            *text = tr("the connection was refused");
        else
            *text = tr("no connection could be made (%1)").arg(detail);
        break;
    }
    case CURLE_PROXY:
        *text = tr("the proxy failed (%1)").arg(detail);
        break;
    case CURLE_GOT_NOTHING:
        *text = tr("the site closed the connection before answering");
        break;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL: // an answer in HTTP/2 framing, say
        *text = tr("the site's answer is not HTTP");
        *damaged = true;
        break;
#if LIBCURL_VERSION_NUM >= 0x080600
    case CURLE_TOO_LARGE:
        *text = tr("the site's answer has too many headers");
        *damaged = true;
        break;
#endif
    case CURLE_PARTIAL_FILE:
    case CURLE_BAD_CONTENT_ENCODING:
        *text = tr("the site's answer is damaged");
        *damaged = true;
        break;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        *text = answered ? tr("the site's answer is damaged") : tr("the connection broke off");
        *damaged = answered;
        break;
    case CURLE_OPERATION_TIMEDOUT:
        *text = tr("no answer within %1 s").arg(QString::number((m_timeout.count() + 999) / 1000));
        return HttpResponse::Failure::Timeout;
    default:
        *text = tr("the exchange with the site failed (%1)").arg(detail);
        break;
    }
    return HttpResponse::Failure::Network;
}

HttpResponse HttpConnection::exchange(const HttpRequest &request, const std::function<void(qint64, qint64)> &sent,
    const std::atomic_bool *cancelled, const std::function<bool(QByteArrayView)> &receive)
{
    HttpResponse response;
    auto fail = [&response](HttpResponse::Failure failure, const QString &text) {
        response.failure = failure;
        response.errorString = text;
        response.status = 0;
        return response;
    };
    const QUrl &url = request.url;
    if ((!isHttps(url) && url.scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0) || url.host().isEmpty())
        return fail(HttpResponse::Failure::Network, tr("Only http and https addresses can be used."));
    if (!m_handles)
        m_handles = std::make_unique<Handles>();
    if (!m_handles->multi || !m_handles->easy) {
        m_handles.reset();
        return fail(HttpResponse::Failure::Network, tr("The HTTP library could not be started."));
    }
    CURLM *multi = m_handles->multi;
    CURL *easy = m_handles->easy;
    curl_easy_reset(easy); // options only: the kept connection stays with the multi handle
    m_handles->error[0] = 0;

    Exchange state;
    state.idempotent = isIdempotent(request.verb);
    state.sent = &sent;
    state.receive = &receive;
    state.total = request.body.size();

    const QByteArray address = url.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    curl_easy_setopt(easy, CURLOPT_URL, address.constData());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, m_handles->error);
    // Peer and name are verified by default; below TLS 1.2 is refused.
    curl_easy_setopt(easy, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_blob trusted {const_cast<char *>(m_trustedPem.constData()), size_t(m_trustedPem.size()), CURL_BLOB_NOCOPY};
    if (!m_trustedPem.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO_BLOB, &trusted);
#ifdef Q_OS_WIN
    curl_easy_setopt(easy, CURLOPT_SSL_OPTIONS, long(CURLSSLOPT_NATIVE_CA));
#endif
    useProxy(easy, url);
    // Near the site's keep-alive limit the kept connection is not used.
    const bool keptTooLong = m_idle.isValid() && m_idle.elapsed() > m_keepAliveMs;
    curl_easy_setopt(easy, CURLOPT_FRESH_CONNECT, keptTooLong ? 1L : 0L);

    HeaderList headers;
    bool contentType = false;
    for (const auto &[name, value] : request.headers) {
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n'))
            continue; // never a second header smuggled in
        contentType = contentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        headers.append(name + ": " + value);
    }
    // No "Expect: 100-continue": it holds a large upload back a second for
    // sites that never answer it.
    headers.append("Expect:");

    if (request.verb == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else if (request.verb == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else if (!request.body.isEmpty() || request.verb == "POST" || request.verb == "PUT" || request.verb == "PATCH") {
        if (!contentType)
            headers.append("Content-Type:"); // not libcurl's form default
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.constData());
        if (request.verb != "POST")
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.verb.constData());
    } else {
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.verb.constData());
    }
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers.list);

    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &state);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &state);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &state);
    curl_easy_setopt(easy, CURLOPT_SOCKOPTFUNCTION, &onSocket);
    curl_easy_setopt(easy, CURLOPT_SOCKOPTDATA, &state);
    curl_easy_setopt(easy, CURLOPT_PREREQFUNCTION, &onRequest);
    curl_easy_setopt(easy, CURLOPT_PREREQDATA, &state);

    // The timeout restarts whenever bytes move; the deadline does not, so a
    // site trickling a byte at a time cannot hold the queue for ever.
    const qint64 deadlineMs = m_deadlineBase.count() + request.body.size() * 1000 / m_minimumBytesPerSecond;
    enum class Stop
    {
        Finished,
        Cancelled,
        Stalled,
        Deadline
    };
    Stop stop = Stop::Finished;
    QElapsedTimer clock;
    clock.start();
    state.progress.start();
    curl_multi_add_handle(multi, easy);
    for (;;) {
        int running = 0;
        if (curl_multi_perform(multi, &running) != CURLM_OK || running == 0)
            break;
        if (cancelled && cancelled->load()) {
            stop = Stop::Cancelled;
            break;
        }
        if (state.progress.elapsed() >= m_timeout.count()) {
            stop = Stop::Stalled;
            break;
        }
        if (clock.elapsed() >= deadlineMs) {
            stop = Stop::Deadline;
            break;
        }
        const qint64 left = std::min(m_timeout.count() - state.progress.elapsed(), deadlineMs - clock.elapsed());
        curl_multi_poll(multi, nullptr, 0, int(std::clamp<qint64>(left, 1, SliceMs)), nullptr);
    }
    CURLcode result = CURLE_OK;
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
        if (message->msg == CURLMSG_DONE)
            result = message->data.result;
    }
    // An unfinished transfer's connection is closed with it.
    curl_multi_remove_handle(multi, easy);

    long connects = 0;
    curl_easy_getinfo(easy, CURLINFO_NUM_CONNECTS, &connects);
    m_opened += int(connects);
    if (connects > 0)
        m_keepAliveMs = DefaultKeepAliveMs;
    m_idle.start();

    switch (stop) {
    case Stop::Cancelled:
        return fail(HttpResponse::Failure::Cancelled, tr("Cancelled."));
    case Stop::Stalled:
        return fail(HttpResponse::Failure::Timeout,
            tr("no answer within %1 s").arg(QString::number((m_timeout.count() + 999) / 1000)));
    case Stop::Deadline:
        return fail(HttpResponse::Failure::Timeout,
            tr("no complete answer within %1 s").arg(QString::number((deadlineMs + 999) / 1000)));
    case Stop::Finished:
        break;
    }
    if (state.resendRefused)
        return fail(HttpResponse::Failure::Network, tr("the site closed the connection before answering"));
    if (state.bodyTooLarge) {
        response.damaged = true;
        return fail(HttpResponse::Failure::Network, tr("the site's answer is too large"));
    }
    if (result != CURLE_OK) {
        QString text;
        bool damaged = false;
        const HttpResponse::Failure failure = describeFailure(result, state.answerStatus != 0, &text, &damaged);
        response.damaged = damaged;
        return fail(failure, text);
    }
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    if (status == 407)
        return fail(HttpResponse::Failure::Network, proxyRefused());
    if (status <= 0) {
        response.damaged = true;
        return fail(HttpResponse::Failure::Network, tr("the site's answer is not HTTP"));
    }

    response.status = int(status);
    response.headers = std::move(state.headers);
    response.body = std::move(state.body);
    if (const QByteArray keepAlive = response.header("Keep-Alive").toLower(); !keepAlive.isEmpty()) {
        for (const QByteArray &part : keepAlive.split(',')) {
            const QByteArray item = part.trimmed();
            if (item.startsWith("timeout="))
                m_keepAliveMs = std::max<qint64>(0, item.mid(8).toLongLong() * 1000 - KeepAliveMarginMs);
        }
    }
    if (sent && state.total > 0 && state.reported != state.total && state.uploaded == state.total)
        sent(state.total, state.total);
    return response;
}

HttpResponse HttpConnection::send(HttpRequest request, const std::function<void(qint64 sent, qint64 total)> &sent,
    const std::atomic_bool *cancelled, const std::function<bool(QByteArrayView data)> &receive)
{
    for (int redirects = 0;; ++redirects) {
        if (cancelled && cancelled->load()) {
            HttpResponse response;
            response.failure = HttpResponse::Failure::Cancelled;
            response.errorString = tr("Cancelled.");
            return response;
        }
        HttpResponse response = exchange(request, sent, cancelled, receive);
        if (response.failure != HttpResponse::Failure::None)
            return response;
        // Redirects are followed here, not by libcurl: a write is never
        // redirected, and one refused is the caller's 3xx to explain.
        const int status = response.status;
        const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        if (!redirect || !isIdempotent(request.verb) || redirects >= MaxRedirects)
            return response;
        const QUrl next = request.url.resolved(QUrl::fromEncoded(response.header("Location")));
        const bool web = next.scheme() == u"https"_s || next.scheme() == u"http"_s;
        if (!next.isValid() || !web || (isHttps(request.url) && !isHttps(next)))
            return response;
        if (next.host().compare(request.url.host(), Qt::CaseInsensitive) != 0) {
            // The account's password is for the site, not wherever it points.
            request.headers.removeIf(
                [](const auto &header) { return header.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
        }
        request.url = next;
    }
}

} // namespace Byline
