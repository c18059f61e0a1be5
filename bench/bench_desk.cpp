// The desk's inbox against a real WordPress on loopback with connector 2.0 (tests/support/wordpressserver.h).
//
// desk.inbox_500_ms: 500 pending stories (one in ten locked, one in seven with two notes); the desk fetches its
// whole inbox, one HTTP request each time (counted in Apache's access log: desk.inbox_500_requests), median of
// several fetches on a kept connection. desk.inbox_500_server_ms is Apache's own time for those requests.
//
// desk.idle_poll_bytes: a poll with the current token when nothing changed, request and answer with every
// header, as counted on the wire by a relay between client and site. desk.idle_poll_server_ms, Apache's time for
// such a poll, is mostly WordPress loading itself: the floor under the inbox's server time.
//
// Measured through Byline's WordPress desk client (WordPressDesk::inbox, the call the Desk dock makes), signed in
// and warmed up first; every request Apache sees during the fetches counts.
#include "benchutil.h"
#include "countingrelay.h"
#include "wordpressserver.h"

#include "desk/wordpressdesk.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Byline;
using Byline::Test::CountingRelay;
using Byline::Test::WordPressServer;

namespace {

constexpr int StoryCount = 500;
constexpr int Fetches = 9;

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_desk: %s\n", qPrintable(why));
    std::exit(1);
}

// Apache's time (ms) of each request in its access log (only the inbox's with inboxOnly), oldest first.
QList<double> requestTimes(const WordPressServer &server, bool inboxOnly)
{
    QFile log(server.directory() + u"/log/apache-access.log"_s);
    if (!log.open(QIODevice::ReadOnly))
        fail(u"no access log"_s);
    static const QRegularExpression inboxLine(uR"("GET /wp-json/byline/v1/inbox\S* HTTP/1.1" \d+ \S+ (\d+)ms)"_s);
    static const QRegularExpression anyLine(uR"(" \d+ \S+ (\d+)ms$)"_s);
    const QRegularExpression &line = inboxOnly ? inboxLine : anyLine;
    QList<double> times;
    for (const QByteArray &entry : log.readAll().split('\n')) {
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(entry));
        if (match.hasMatch())
            times << match.captured(1).toDouble();
    }
    return times;
}

// Apache logs a request after its answer went out: wait (a little) until the log holds at least `count` inbox
// requests, so none is counted in the wrong window.
QList<double> requestTimesAtLeast(const WordPressServer &server, qsizetype count, bool inboxOnly = true)
{
    QElapsedTimer waited;
    waited.start();
    QList<double> times = requestTimes(server, inboxOnly);
    while (times.size() < count && waited.elapsed() < 3000) {
        QThread::msleep(20);
        times = requestTimes(server, inboxOnly);
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    WordPressServer server;
    if (!server.start())
        fail(server.errorString());

    QElapsedTimer seeding;
    seeding.start();
    WordPressServer::Seed seed;
    seed.lockedEvery = 10;
    seed.notedEvery = 7;
    if (server.seedStories(StoryCount, seed).size() != StoryCount)
        fail(server.errorString());
    const double seedMs = double(seeding.elapsed());

    CountingRelay relay(server.url());
    if (!relay.start())
        fail(u"the counting relay did not start"_s);
    TargetAccount account;
    account.name = u"desk"_s;
    account.kind = TargetAccount::wordPressKind();
    account.url = relay.url();
    account.user = server.credentials(WordPressServer::Desk).user;
    WordPressDesk desk(account, server.credentials(WordPressServer::Desk).password);
    const auto inbox = [&](const QString &since) {
        DeskInbox list;
        bool changed = true;
        const TargetOutcome outcome = desk.inbox(since, &list, &changed, {});
        if (!outcome.ok())
            fail(u"inbox: "_s + outcome.message);
        if (changed && list.stories.size() < StoryCount)
            fail(u"the inbox lists %1 stories (%2 skipped)"_s.arg(list.stories.size()).arg(list.skipped));
        return changed ? list.token : QString();
    };

    inbox({}); // warm: sign-in, the connection, PHP's opcode cache, MariaDB's buffers
    const qsizetype requestsBefore = requestTimesAtLeast(server, 1, false).size();
    const qsizetype inboxBefore = requestTimesAtLeast(server, 1).size();
    QString token;
    const double fetchMs = Bench::medianMs(Fetches, [&] { token = inbox({}); });
    QThread::msleep(200); // a request more than the fetches asked for would be in the log by now
    const QList<double> serverTimes = requestTimesAtLeast(server, inboxBefore + Fetches).mid(inboxBefore);
    const qsizetype requests = requestTimesAtLeast(server, requestsBefore + Fetches, false).size() - requestsBefore;

    relay.reset();
    const qsizetype pollsBefore = inboxBefore + serverTimes.size();
    if (!inbox(token).isEmpty())
        fail(u"a poll with the current token found changes"_s);
    const qint64 idleBytes = relay.bytesSent() + relay.bytesReceived();
    // What loading WordPress alone costs on this machine now: the floor under desk.inbox_500_server_ms.
    for (int i = 0; i < Fetches - 1; ++i)
        inbox(token);
    const QList<double> pollTimes = requestTimesAtLeast(server, pollsBefore + Fetches).mid(pollsBefore);

    Bench::report(u"desk.inbox_500_ms"_s, fetchMs, u"ms"_s, u"<=150"_s);
    Bench::report(u"desk.inbox_500_server_ms"_s, Bench::percentile(serverTimes, 50), u"ms"_s, u"<=60"_s);
    Bench::report(u"desk.inbox_500_requests"_s, double(requests) / Fetches, u"count"_s, u"<=1"_s);
    Bench::report(u"desk.idle_poll_bytes"_s, double(idleBytes), u"bytes"_s, u"<=1024"_s);
    Bench::report(u"desk.idle_poll_server_ms"_s, Bench::percentile(pollTimes, 50), u"ms"_s, u"info"_s);
    Bench::report(u"desk.seed_500_ms"_s, seedMs, u"ms"_s, u"info"_s);
    server.stop();
    return 0;
}
