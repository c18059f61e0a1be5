#include "faultproxy.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcFaultProxy, "byline.test.faultproxy", QtInfoMsg)

namespace Byline::Test {

namespace {

// Bytes read from one side per step, and queued for the other side before reading pauses: a 5 MB upload
// streams through in bounded memory, and a slow reader slows the writer down (TCP back-pressure).
constexpr qint64 ChunkSize = 256 * 1024;
constexpr qint64 HighWater = 1024 * 1024;
constexpr qint64 ReadBufferSize = 512 * 1024;
constexpr qsizetype MaxHeadLine = 64 * 1024;
constexpr qsizetype MaxHeaders = 200;
// WordPress resizing a large photo can be silent for a while; a connection nobody uses for this long is dead.
constexpr auto IdleTimeout = 120s;
// How long a refused client may go on sending before the connection closes.
constexpr auto LingerTime = 100ms;

using Header = std::pair<QByteArray, QByteArray>;

bool isHeader(const QByteArray &name, QByteArrayView expected)
{
    return name.compare(expected, Qt::CaseInsensitive) == 0;
}

const QByteArray *findHeader(const QList<Header> &headers, QByteArrayView name)
{
    for (const Header &header : headers) {
        if (isHeader(header.first, name))
            return &header.second;
    }
    return nullptr;
}

// Headers about one connection, not the message: never passed on (RFC 9110, 7.6.1), nor any header the
// Connection header names.
bool isHopByHop(const QByteArray &name, const QList<QByteArray> &connectionTokens)
{
    static constexpr QByteArrayView HopByHop[] {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Upgrade"};
    for (QByteArrayView hop : HopByHop) {
        if (isHeader(name, hop))
            return true;
    }
    for (const QByteArray &token : connectionTokens) {
        if (isHeader(name, token))
            return true;
    }
    return false;
}

QList<QByteArray> connectionTokens(const QList<Header> &headers)
{
    QList<QByteArray> tokens;
    for (const Header &header : headers) {
        if (!isHeader(header.first, "Connection"))
            continue;
        const QList<QByteArray> parts = header.second.split(',');
        for (const QByteArray &part : parts) {
            if (!part.trimmed().isEmpty())
                tokens.append(part.trimmed());
        }
    }
    return tokens;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Proxy Fault";
    }
}

QString faultName(FaultProxy::Fault::Kind kind)
{
    switch (kind) {
    case FaultProxy::Fault::DropBeforeForward:
        return u"DropBeforeForward"_s;
    case FaultProxy::Fault::DropAfterForward:
        return u"DropAfterForward"_s;
    case FaultProxy::Fault::Delay:
        return u"Delay"_s;
    case FaultProxy::Fault::Status:
        return u"Status"_s;
    case FaultProxy::Fault::ResetMidUpload:
        return u"ResetMidUpload"_s;
    case FaultProxy::Fault::DelayAnswer:
        return u"DelayAnswer"_s;
    }
    return {};
}

// Finds where a chunked body ends without decoding it: the proxy passes the chunks on as they came.
class ChunkedScanner
{
public:
    // How many bytes of data belong to the body; fewer than data.size() once its end is found.
    qsizetype feed(QByteArrayView data)
    {
        qsizetype used = 0;
        while (used < data.size() && m_phase != Phase::Done && m_phase != Phase::Failed) {
            if (m_phase == Phase::Data) {
                const qint64 take = std::min<qint64>(m_remaining, data.size() - used);
                used += take;
                m_remaining -= take;
                if (m_remaining == 0)
                    m_phase = Phase::DataEnd;
                continue;
            }
            const char c = data.at(used++);
            if (c != '\n') {
                m_line.append(c);
                if (m_line.size() > 4096)
                    m_phase = Phase::Failed;
                continue;
            }
            if (m_line.endsWith('\r'))
                m_line.chop(1);
            switch (m_phase) {
            case Phase::Size: {
                const qsizetype extension = m_line.indexOf(';');
                bool ok = false;
                m_remaining = (extension >= 0 ? m_line.left(extension) : m_line).trimmed().toLongLong(&ok, 16);
                if (!ok || m_remaining < 0)
                    m_phase = Phase::Failed;
                else
                    m_phase = m_remaining == 0 ? Phase::Trailer : Phase::Data;
                break;
            }
            case Phase::DataEnd:
                m_phase = m_line.isEmpty() ? Phase::Size : Phase::Failed;
                break;
            case Phase::Trailer:
                if (m_line.isEmpty())
                    m_phase = Phase::Done;
                break;
            default:
                break;
            }
            m_line.clear();
        }
        return used;
    }

    bool isDone() const { return m_phase == Phase::Done; }
    bool hasFailed() const { return m_phase == Phase::Failed; }

private:
    enum class Phase
    {
        Size,
        Data,
        DataEnd,
        Trailer,
        Done,
        Failed
    };
    Phase m_phase = Phase::Size;
    QByteArray m_line;
    qint64 m_remaining = 0;
};

} // namespace

class FaultProxy::State
{
public:
    struct Rule
    {
        Fault fault;
        int matched = 0;
        int fired = 0;
    };

    // Counts the request and picks the first rule that fires on it.
    std::optional<Fault> beginRequest(const QString &method, const QString &target)
    {
        QMutexLocker locker(&mutex);
        ++requests;
        for (Rule &rule : rules) {
            if (!rule.fault.method.isEmpty() && rule.fault.method != method)
                continue;
            if (!rule.fault.path.pattern().isEmpty() && !rule.fault.path.match(target).hasMatch())
                continue;
            if (rule.matched++ < rule.fault.skip)
                continue;
            if (rule.fault.times >= 0 && rule.fired >= rule.fault.times)
                continue;
            if (rule.fault.chance < 1.0 && random.generateDouble() >= rule.fault.chance)
                continue;
            ++rule.fired;
            ++fired;
            return rule.fault;
        }
        return std::nullopt;
    }

    void countMalformed()
    {
        QMutexLocker locker(&mutex);
        ++requests;
    }

    void countForwarded()
    {
        QMutexLocker locker(&mutex);
        ++forwarded;
    }

    void appendLog(const QString &line)
    {
        qCDebug(lcFaultProxy).noquote() << line;
        QMutexLocker locker(&mutex);
        log.append(line);
    }

    mutable QMutex mutex;
    QList<Rule> rules;
    QRandomGenerator random;
    int requests = 0;
    int forwarded = 0;
    int fired = 0;
    QStringList log;
};

namespace {

// One client connection and the one request it carries, in the proxy's thread.
class ProxySession : public QObject
{
public:
    ProxySession(QTcpSocket *client, const QUrl &upstream, std::shared_ptr<FaultProxy::State> state)
        : m_state(std::move(state))
        , m_upstreamUrl(upstream)
        , m_client(client)
    {
        m_client->setParent(this);
        m_client->setReadBufferSize(ReadBufferSize);
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { onClientReadyRead(); });
        connect(m_client, &QTcpSocket::bytesWritten, this, [this] {
            touch();
            pumpResponse();
        });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { onClientClosed(); });

        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, [this] { onIdleTimeout(); });
        m_linger.setSingleShot(true);
        connect(&m_linger, &QTimer::timeout, this, [this] { closeClient(); });
        touch();
        // Bytes may have arrived before the signals were connected.
        QMetaObject::invokeMethod(this, [this] { onClientReadyRead(); }, Qt::QueuedConnection);
    }

    ~ProxySession() override
    {
        if (m_upstream)
            dropUpstream();
        m_client->disconnect(this);
        m_client->abort();
    }

private:
    enum class Sink
    {
        Wait,
        Upstream,
        Discard
    };
    enum class Framing
    {
        None,
        Length,
        Chunked
    };

    void touch() { m_idle.start(IdleTimeout); }

    void onClientReadyRead()
    {
        touch();
        if (m_clientGone)
            return;
        if (m_lingering) {
            m_client->skip(m_client->bytesAvailable());
            m_linger.start(LingerTime);
            return;
        }
        if (!m_headDone)
            readRequestHead();
        else
            pumpBody();
    }

    void readRequestHead()
    {
        while (!m_headDone && m_client->canReadLine()) {
            QByteArray line = m_client->readLine(MaxHeadLine);
            if (!line.endsWith('\n'))
                return refuseMalformed(u"request head line too long"_s);
            line.chop(line.endsWith("\r\n") ? 2 : 1);
            if (m_requestLine.isEmpty()) {
                m_requestLine = line; // stays empty on a stray empty line before it (RFC 9112, 2.2)
                continue;
            }
            if (line.isEmpty()) {
                m_headDone = true;
                break;
            }
            if ((line.startsWith(' ') || line.startsWith('\t')) && !m_headers.isEmpty()) {
                m_headers.last().second += ' ' + line.trimmed(); // obsolete line folding
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || m_headers.size() >= MaxHeaders)
                return refuseMalformed(u"malformed header"_s);
            m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (!m_headDone) {
            if (m_client->bytesAvailable() >= MaxHeadLine)
                refuseMalformed(u"request head line too long"_s);
            return;
        }
        onRequestHead();
    }

    void onRequestHead()
    {
        const QList<QByteArray> parts = m_requestLine.split(' ');
        if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.") || parts.at(0).isEmpty())
            return refuseMalformed(u"malformed request line"_s);
        m_method = parts.at(0);
        m_target = parts.at(1);
        if (m_target.startsWith("http://")) {
            // Absolute form, as sent to a forward proxy: keep only the path and query.
            const QUrl url = QUrl::fromEncoded(m_target);
            m_target = url.path(QUrl::FullyEncoded).toLatin1();
            if (url.hasQuery())
                m_target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        }
        if (m_target.isEmpty() || !m_target.startsWith('/'))
            return refuseMalformed(u"unsupported request target"_s);

        if (const QByteArray *encoding = findHeader(m_headers, "Transfer-Encoding")) {
            if (!encoding->trimmed().toLower().endsWith("chunked"))
                return refuseMalformed(u"unsupported Transfer-Encoding"_s);
            m_framing = Framing::Chunked;
            // Chunked framing wins over a Content-Length (RFC 9112, 6.3): never pass both on.
            m_headers.removeIf([](const Header &header) { return isHeader(header.first, "Content-Length"); });
        } else if (const QByteArray *length = findHeader(m_headers, "Content-Length")) {
            bool ok = false;
            m_bodyExpected = length->trimmed().toLongLong(&ok);
            if (!ok || m_bodyExpected < 0)
                return refuseMalformed(u"malformed Content-Length"_s);
            m_framing = m_bodyExpected > 0 ? Framing::Length : Framing::None;
        }
        m_bodyDone = m_framing == Framing::None;

        m_fault = m_state->beginRequest(QString::fromLatin1(m_method), QString::fromLatin1(m_target));
        m_counted = true;
        if (!m_fault) {
            startForwarding();
            return;
        }
        qCDebug(lcFaultProxy).noquote() << faultName(m_fault->kind) << "on" << m_method << m_target;
        switch (m_fault->kind) {
        case FaultProxy::Fault::DropBeforeForward:
        case FaultProxy::Fault::Status:
            // Read the whole request first: closing with unread bytes would reset the connection instead.
            m_sink = Sink::Discard;
            pumpBody();
            break;
        case FaultProxy::Fault::ResetMidUpload:
            m_resetAt = m_framing == Framing::Length ? m_bodyExpected / 2 : 0;
            m_sink = Sink::Discard;
            pumpBody();
            break;
        case FaultProxy::Fault::Delay:
            QTimer::singleShot(std::max(0, m_fault->delayMs), this, [this] { startForwarding(); });
            break;
        case FaultProxy::Fault::DropAfterForward:
            m_dropAnswer = true;
            startForwarding();
            break;
        case FaultProxy::Fault::DelayAnswer:
            m_answerHeld = true;
            startForwarding();
            QTimer::singleShot(std::max(0, m_fault->delayMs), this, [this] {
                m_answerHeld = false;
                pumpResponse();
            });
            break;
        }
    }

    void startForwarding()
    {
        if (m_clientGone || m_ended)
            return;
        m_upstream = new QTcpSocket(this);
        m_upstream->setProxy(QNetworkProxy::NoProxy);
        m_upstream->setReadBufferSize(ReadBufferSize);
        connect(m_upstream, &QTcpSocket::connected, this, [this] { onUpstreamConnected(); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
            touch();
            pumpResponse();
        });
        connect(m_upstream, &QTcpSocket::bytesWritten, this, [this] {
            touch();
            pumpBody();
        });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { onUpstreamClosed(); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) { onUpstreamError(error); });
        m_upstream->connectToHost(m_upstreamUrl.host(), quint16(m_upstreamUrl.port(80)));
    }

    void onUpstreamConnected()
    {
        touch();
        m_upstreamConnected = true;
        m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);

        QString host = m_upstreamUrl.host(QUrl::FullyEncoded);
        if (host.contains(u':'))
            host = u'[' + host + u']';
        const QList<QByteArray> tokens = connectionTokens(m_headers);
        QByteArray head = m_method + ' ' + m_target + " HTTP/1.1\r\nHost: " + host.toLatin1() + ':'
            + QByteArray::number(m_upstreamUrl.port(80)) + "\r\n";
        for (const Header &header : std::as_const(m_headers)) {
            if (!isHeader(header.first, "Host") && !isHopByHop(header.first, tokens))
                head += header.first + ": " + header.second + "\r\n";
        }
        head += "Connection: close\r\n\r\n";
        m_upstream->write(head);
        m_sink = Sink::Upstream;
        pumpBody();
    }

    // Moves request body bytes from the client to where they go, as far as the upstream keeps up.
    void pumpBody()
    {
        if (m_requestComplete || m_ended || !m_headDone || m_sink == Sink::Wait)
            return;
        while (!m_bodyDone) {
            if (m_sink == Sink::Upstream && m_upstream->bytesToWrite() >= HighWater)
                return;
            qint64 want = std::min(m_client->bytesAvailable(), ChunkSize);
            if (m_framing == Framing::Length)
                want = std::min(want, m_bodyExpected - m_bodyRead);
            if (m_resetAt >= 0)
                want = std::min(want, m_resetAt - m_bodyRead);
            if (want <= 0)
                break;
            const QByteArray data = m_client->read(want);
            qsizetype used = data.size();
            if (m_framing == Framing::Chunked) {
                used = m_chunks.feed(data);
                if (m_chunks.hasFailed())
                    return refuseMalformed(u"malformed chunked body"_s);
                m_bodyDone = m_chunks.isDone();
            } else {
                m_bodyDone = m_bodyRead + used >= m_bodyExpected;
            }
            m_bodyRead += used;
            if (m_sink == Sink::Upstream)
                m_upstream->write(data.constData(), used);
        }
        if (m_resetAt >= 0 && m_bodyRead >= m_resetAt)
            return resetClient();
        if (m_bodyDone)
            onRequestComplete();
    }

    void onRequestComplete()
    {
        m_requestComplete = true;
        if (m_fault && m_fault->kind == FaultProxy::Fault::Status) {
            answer(m_fault->status, u"proxy_fault"_s,
                u"The fault proxy answered %1 instead of forwarding the request."_s.arg(m_fault->status),
                m_fault->retryAfterSeconds, u"(fault)"_s, m_fault->htmlBody);
        } else if (m_fault && m_fault->kind == FaultProxy::Fault::DropBeforeForward) {
            finishLog(u"dropped before forwarding (fault)"_s);
            closeClient();
        } else if (m_upstreamFailed) {
            answerUpstreamFailure();
        } else {
            if (m_sink == Sink::Upstream)
                m_state->countForwarded();
            pumpResponse(); // the upstream may have answered, even closed, before the body was all sent
        }
    }

    // Moves the upstream's answer to the client, as fast as the client takes it.
    void pumpResponse()
    {
        if (!m_upstream || m_ended || m_answerHeld)
            return;
        while (m_upstream->bytesAvailable() > 0) {
            if (!m_responseHeadDone) {
                if (!readResponseHead())
                    break;
                continue;
            }
            if (m_dropAnswer || m_clientGone) {
                m_upstream->skip(m_upstream->bytesAvailable());
                continue;
            }
            if (m_client->bytesToWrite() >= HighWater)
                return;
            m_client->write(m_upstream->read(ChunkSize));
        }
        // A head cut short by the close can never complete.
        if (m_upstream && m_upstreamClosed && (m_upstream->bytesAvailable() == 0 || !m_responseHeadDone))
            onResponseComplete();
    }

    bool readResponseHead()
    {
        while (m_upstream->canReadLine()) {
            QByteArray line = m_upstream->readLine(MaxHeadLine);
            if (!line.endsWith('\n')) {
                m_upstreamError = u"answer head line too long"_s;
                m_upstreamFailed = true;
                dropUpstream();
                answerUpstreamFailure();
                return false;
            }
            line.chop(line.endsWith("\r\n") ? 2 : 1);
            if (m_statusLine.isEmpty()) {
                m_statusLine = line;
                m_status = line.split(' ').value(1).toInt();
                continue;
            }
            if (!line.isEmpty()) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    m_responseHeaders.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                continue;
            }
            const bool interim = m_status >= 100 && m_status < 200 && m_status != 101;
            if (!m_dropAnswer && !m_clientGone)
                m_client->write(responseHead(interim));
            if (interim) {
                // 100 Continue and friends come before the real answer.
                m_statusLine.clear();
                m_responseHeaders.clear();
                continue;
            }
            m_responseHeadDone = true;
            return true;
        }
        if (m_upstream->bytesAvailable() >= MaxHeadLine) {
            m_upstreamError = u"answer head line too long"_s;
            m_upstreamFailed = true;
            dropUpstream();
            answerUpstreamFailure();
        }
        return false;
    }

    // The answer's head as the client gets it: the body keeps the upstream's framing, and the connection
    // closes after it.
    QByteArray responseHead(bool interim) const
    {
        QByteArray head = m_statusLine + "\r\n";
        const QList<QByteArray> tokens = connectionTokens(m_responseHeaders);
        for (const Header &header : m_responseHeaders) {
            if (interim || !isHopByHop(header.first, tokens))
                head += header.first + ": " + header.second + "\r\n";
        }
        if (!interim)
            head += "Connection: close\r\n";
        return head + "\r\n";
    }

    void onResponseComplete()
    {
        if (m_ended)
            return;
        if (!m_requestComplete) {
            // The upstream answered and closed before taking the whole body: take the rest from the client
            // so that closing does not reset the connection under the answer. The end of the body comes back
            // here through onRequestComplete().
            if (m_sink == Sink::Upstream) {
                m_sink = Sink::Discard;
                pumpBody();
            }
            return;
        }
        if (!m_responseHeadDone) {
            if (m_upstreamError.isEmpty())
                m_upstreamError = u"upstream closed without answering"_s;
            dropUpstream();
            answerUpstreamFailure();
            return;
        }
        dropUpstream();
        if (m_clientGone && m_clientLeftBeforeAnswer)
            finishLog(u"%1, client gone before the answer"_s.arg(m_status));
        else if (m_dropAnswer)
            finishLog(u"%1 forwarded, answer dropped (fault)"_s.arg(m_status));
        else if (m_fault && m_fault->kind == FaultProxy::Fault::Delay)
            finishLog(u"%1 (delayed %2 ms, fault)"_s.arg(m_status).arg(m_fault->delayMs));
        else
            finishLog(QString::number(m_status));
        closeClient();
    }

    void onUpstreamClosed()
    {
        touch();
        m_upstreamClosed = true;
        pumpResponse();
    }

    void onUpstreamError(QAbstractSocket::SocketError error)
    {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() follows
        if (m_upstreamConnected) {
            // A reset after connecting ends the answer as a close does.
            m_upstreamError = m_upstream->errorString();
            onUpstreamClosed();
            return;
        }
        m_upstreamFailed = true;
        m_upstreamError = m_upstream->errorString();
        dropUpstream();
        if (m_requestComplete) {
            answerUpstreamFailure();
        } else {
            // Take the whole request before answering 502, so the client reads the answer.
            m_sink = Sink::Discard;
            pumpBody();
        }
    }

    void answerUpstreamFailure()
    {
        if (m_clientGone) {
            finishLog(u"upstream failed (%1), client gone"_s.arg(m_upstreamError));
            closeClient();
        } else if (m_responseHeadDone) {
            // Part of the answer is out: all the client can learn is that the connection broke.
            finishLog(u"%1, answer cut short (%2)"_s.arg(m_status).arg(m_upstreamError));
            m_ended = true;
            m_client->abort();
            finishIfDone();
        } else {
            answer(502, u"proxy_upstream_failed"_s, u"The upstream failed: %1"_s.arg(m_upstreamError), {},
                u"(upstream: %1)"_s.arg(m_upstreamError));
        }
    }

    void answer(int status, const QString &code, const QString &message, std::optional<int> retryAfterSeconds,
        const QString &note, const QByteArray &htmlBody = {})
    {
        const QByteArray body = !htmlBody.isEmpty()
            ? htmlBody
            : QJsonDocument(QJsonObject {{u"code"_s, code}, {u"message"_s, message},
                                {u"data"_s, QJsonObject {{u"status"_s, status}}}})
                  .toJson(QJsonDocument::Compact);
        const QByteArray type = htmlBody.isEmpty() ? "application/json" : "text/html";
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\nContent-Type: "
            + type + "; charset=UTF-8\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (retryAfterSeconds)
            head += "Retry-After: " + QByteArray::number(*retryAfterSeconds) + "\r\n";
        head += "Connection: close\r\n\r\n";
        finishLog(QString::number(status) + u' ' + note);
        if (m_clientGone) {
            closeClient();
            return;
        }
        m_client->write(head + body);
        if (!m_lingering)
            return closeClient();
        m_ended = true;
        m_client->skip(m_client->bytesAvailable());
        m_linger.start(LingerTime);
    }

    void refuseMalformed(const QString &why)
    {
        if (!m_counted) {
            m_state->countMalformed();
            m_counted = true;
        }
        if (m_method.isEmpty()) {
            const QList<QByteArray> parts = m_requestLine.split(' ');
            m_method = parts.value(0).left(32);
            m_target = parts.value(1).left(300);
        }
        m_headDone = true;
        m_requestComplete = true;
        const bool forwarding = m_upstreamConnected;
        dropUpstream();
        if (forwarding) {
            finishLog(u"aborted: %1"_s.arg(why));
            m_ended = true;
            m_client->abort();
            finishIfDone();
            return;
        }
        // The client may still be sending: take what comes for a moment before closing, or the close would
        // reset the connection and lose the answer on the way (a "lingering close").
        m_lingering = true;
        answer(400, u"proxy_bad_request"_s, why, {}, u"(%1)"_s.arg(why));
    }

    void resetClient()
    {
        finishLog(u"reset after %1 of %2 body bytes (fault)"_s.arg(m_bodyRead)
                .arg(m_framing == Framing::Chunked ? u"chunked"_s : QString::number(m_bodyExpected)));
        m_ended = true;
        // Linger 0: close() sends a RST, as a connection lost mid-upload looks to the client.
        const linger hard {1, 0};
        ::setsockopt(int(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        m_client->abort();
    }

    void closeClient()
    {
        m_ended = true;
        if (m_client->state() != QAbstractSocket::UnconnectedState)
            m_client->disconnectFromHost(); // after the queued bytes are written
        finishIfDone();
    }

    void onClientClosed()
    {
        m_clientGone = true;
        // A client that read a whole answer may close before the upstream's close reaches the proxy.
        m_clientLeftBeforeAnswer = !m_responseHeadDone;
        if (m_headDone && !m_requestComplete) {
            finishLog(u"client closed the connection after %1 of %2 body bytes"_s.arg(m_bodyRead)
                    .arg(m_framing == Framing::Chunked ? u"chunked"_s : QString::number(m_bodyExpected)));
            m_ended = true;
            dropUpstream();
        } else if (!m_upstream) {
            m_ended = true;
        }
        // With the request forwarded whole, WordPress acts on it anyway: let it finish, as a real network would.
        finishIfDone();
    }

    void onIdleTimeout()
    {
        if (m_headDone)
            finishLog(u"timed out after %1 s without traffic"_s.arg(IdleTimeout.count()));
        m_ended = true;
        dropUpstream();
        m_client->abort();
        finishIfDone();
    }

    void dropUpstream()
    {
        if (!m_upstream)
            return;
        m_upstream->disconnect(this);
        m_upstream->abort();
        m_upstream->deleteLater();
        m_upstream = nullptr;
        if (m_sink == Sink::Upstream)
            m_sink = Sink::Discard;
    }

    void finishIfDone()
    {
        if (m_finishing || m_upstream || m_client->state() != QAbstractSocket::UnconnectedState)
            return;
        m_finishing = true;
        m_idle.stop();
        deleteLater();
    }

    void finishLog(const QString &outcome)
    {
        if (m_logged)
            return;
        m_logged = true;
        m_state->appendLog(
            QString::fromLatin1(m_method) + u' ' + QString::fromLatin1(m_target.left(300)) + u" -> "_s + outcome);
    }

    const std::shared_ptr<FaultProxy::State> m_state;
    const QUrl m_upstreamUrl;
    QTcpSocket *const m_client;
    QTcpSocket *m_upstream = nullptr;
    QTimer m_idle;
    QTimer m_linger;

    QByteArray m_requestLine;
    QList<Header> m_headers;
    QByteArray m_method;
    QByteArray m_target;
    Framing m_framing = Framing::None;
    qint64 m_bodyExpected = 0;
    qint64 m_bodyRead = 0;
    qint64 m_resetAt = -1;
    ChunkedScanner m_chunks;
    std::optional<FaultProxy::Fault> m_fault;
    Sink m_sink = Sink::Wait;

    QByteArray m_statusLine;
    QList<Header> m_responseHeaders;
    int m_status = 0;
    QString m_upstreamError;

    bool m_counted = false;
    bool m_lingering = false;
    bool m_headDone = false;
    bool m_bodyDone = false;
    bool m_requestComplete = false;
    bool m_upstreamConnected = false;
    bool m_upstreamFailed = false;
    bool m_upstreamClosed = false;
    bool m_responseHeadDone = false;
    bool m_dropAnswer = false;
    bool m_answerHeld = false; // DelayAnswer: the answer waits in the upstream socket
    bool m_clientGone = false;
    bool m_clientLeftBeforeAnswer = false;
    bool m_ended = false; // the proxy has given its last word to the client
    bool m_logged = false;
    bool m_finishing = false;
};

// The listening socket and the sessions, in the proxy's thread.
class ProxyServer : public QObject
{
public:
    ProxyServer(const QUrl &upstream, std::shared_ptr<FaultProxy::State> state)
        : m_upstream(upstream)
        , m_state(std::move(state))
    {
        m_server.setProxy(QNetworkProxy::NoProxy);
        connect(&m_server, &QTcpServer::newConnection, this, [this] { acceptConnections(); });
    }

    ~ProxyServer() override
    {
        m_server.close();
        const QSet<ProxySession *> sessions = std::exchange(m_sessions, {});
        for (ProxySession *session : sessions)
            delete session;
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

private:
    void acceptConnections()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto *session = new ProxySession(socket, m_upstream, m_state);
            m_sessions.insert(session);
            connect(session, &QObject::destroyed, this, [this, session] { m_sessions.remove(session); });
        }
    }

    const QUrl m_upstream;
    const std::shared_ptr<FaultProxy::State> m_state;
    QTcpServer m_server;
    QSet<ProxySession *> m_sessions;
};

} // namespace

class FaultProxy::Thread : public QThread
{
public:
    Thread(const QUrl &upstream, std::shared_ptr<State> state)
        : m_upstream(upstream)
        , m_state(std::move(state))
    {
        setObjectName(u"FaultProxy"_s);
    }

    ~Thread() override
    {
        quit();
        wait();
    }

    QSemaphore ready;
    quint16 port = 0;
    QString errorString;

protected:
    void run() override
    {
        // Made and destroyed in this thread, so every socket lives and dies here.
        ProxyServer server(m_upstream, m_state);
        if (!server.listen()) {
            errorString = server.errorString();
            ready.release();
            return;
        }
        port = server.port();
        // Released from inside the event loop: a quit() from stop() can no longer come before exec().
        QMetaObject::invokeMethod(&server, [this] { ready.release(); }, Qt::QueuedConnection);
        exec();
    }

private:
    const QUrl m_upstream;
    const std::shared_ptr<State> m_state;
};

FaultProxy::FaultProxy(const QUrl &upstream)
    : m_upstream(upstream)
    , m_state(std::make_shared<State>())
{ }

FaultProxy::~FaultProxy()
{
    stop();
}

bool FaultProxy::start()
{
    QMutexLocker locker(&m_lifecycleMutex);
    if (m_thread)
        return true;
    m_errorString.clear();
    if (m_upstream.scheme() != u"http"_s || m_upstream.host().isEmpty()) {
        m_errorString = u"The fault proxy forwards to http:// only, not %1"_s.arg(m_upstream.toDisplayString());
        return false;
    }
    auto thread = std::make_unique<Thread>(m_upstream, m_state);
    thread->start();
    thread->ready.acquire();
    if (thread->port == 0) {
        m_errorString = u"The fault proxy cannot listen on 127.0.0.1: "_s + thread->errorString;
        return false;
    }
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(thread->port));
    m_thread = std::move(thread);
    return true;
}

void FaultProxy::stop()
{
    QMutexLocker locker(&m_lifecycleMutex);
    if (!m_thread)
        return;
    if (QThread::currentThread() == m_thread.get()) {
        qCWarning(lcFaultProxy) << "FaultProxy::stop() called from the proxy's own thread; ignored";
        return;
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_url.clear();
}

bool FaultProxy::isRunning() const
{
    QMutexLocker locker(&m_lifecycleMutex);
    return m_thread != nullptr;
}

QString FaultProxy::errorString() const
{
    QMutexLocker locker(&m_lifecycleMutex);
    return m_errorString;
}

QUrl FaultProxy::url() const
{
    QMutexLocker locker(&m_lifecycleMutex);
    return m_url;
}

void FaultProxy::addFault(const Fault &fault)
{
    if (!fault.path.isValid())
        qCWarning(lcFaultProxy) << "fault path pattern is invalid and matches nothing:" << fault.path.pattern()
                                << fault.path.errorString();
    QMutexLocker locker(&m_state->mutex);
    m_state->rules.append({fault});
}

void FaultProxy::setSeed(quint32 seed)
{
    QMutexLocker locker(&m_state->mutex);
    m_state->random.seed(seed);
}

void FaultProxy::clearFaults()
{
    QMutexLocker locker(&m_state->mutex);
    m_state->rules.clear();
}

int FaultProxy::requestCount() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->requests;
}

int FaultProxy::forwardedCount() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->forwarded;
}

int FaultProxy::faultsFired() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->fired;
}

QStringList FaultProxy::log() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->log;
}

void FaultProxy::resetCounters()
{
    QMutexLocker locker(&m_state->mutex);
    m_state->requests = 0;
    m_state->forwarded = 0;
    m_state->fired = 0;
    m_state->log.clear();
}

} // namespace Byline::Test
