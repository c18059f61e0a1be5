#include "wordpressserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcWordPressServer, "byline.test.wordpress", QtInfoMsg)

namespace Byline::Test {

namespace {

// A new site takes a few seconds; a loaded CI machine gets ample room before the test calls it a failure.
constexpr auto StartTimeout = 120s;
constexpr auto StopTimeout = 60s;
constexpr auto PhpTimeout = 120s;

} // namespace

WordPressServer::WordPressServer()
    : WordPressServer(Options {})
{ }

WordPressServer::WordPressServer(Options options)
    : m_options(options)
{ }

WordPressServer::~WordPressServer()
{
    if (m_running && !stop())
        qCWarning(lcWordPressServer) << "WordPress test server not stopped:" << m_errorString;
}

QString WordPressServer::scriptPath()
{
    return QString::fromUtf8(BYLINE_WORDPRESS_SERVER);
}

QString WordPressServer::connectorPath()
{
    return QString::fromUtf8(BYLINE_WORDPRESS_CONNECTOR);
}

bool WordPressServer::start()
{
    if (m_running)
        return true;
    m_errorString.clear();
    if (!m_directory) {
        m_directory = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/byline-wordpress-XXXXXX"_s);
        if (!m_directory->isValid()) {
            m_errorString = u"Cannot make a directory for the WordPress server: "_s + m_directory->errorString();
            m_directory.reset();
            return false;
        }
    }

    // The watchdog stops the servers and removes the directory if this process dies without stop();
    // --reap first ends servers left by earlier test processes whose watchdog died with them.
    QStringList arguments {u"start"_s, m_directory->path(), u"--owner"_s,
        QString::number(QCoreApplication::applicationPid()), u"--remove-when-orphaned"_s, u"--reap"_s};
    if (m_options.connector)
        arguments << u"--connector"_s << connectorPath();
    else
        arguments << u"--without-connector"_s;

    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    if (!runScript(arguments, StartTimeout, &output))
        return false;
    m_startDuration = std::chrono::milliseconds(timer.elapsed());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    const QUrl siteUrl(document.object().value(u"url"_s).toString());
    if (!document.isObject() || !siteUrl.isValid() || siteUrl.port() <= 0) {
        m_errorString = u"wordpress-server printed no site description: "_s + parseError.errorString() + u"\n"_s
            + QString::fromUtf8(output);
        m_running = true; // whatever it started, stop() ends it
        stop();
        return false;
    }
    m_site = document.object();
    m_running = true;
    return true;
}

bool WordPressServer::stop()
{
    if (!m_running)
        return true;
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    const bool stopped = runScript({u"stop"_s, m_directory->path()}, StopTimeout, &output);
    m_stopDuration = std::chrono::milliseconds(timer.elapsed());
    m_running = !stopped;
    return stopped;
}

bool WordPressServer::runScript(
    const QStringList &arguments, std::chrono::milliseconds timeout, QByteArray *output, const QByteArray &input)
{
    QProcess process;
    process.start(scriptPath(), arguments);
    if (!process.waitForStarted()) {
        m_errorString = scriptPath() + u": "_s + process.errorString();
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(int(timeout.count()))) {
        process.kill();
        process.waitForFinished();
        m_errorString = u"wordpress-server %1 did not finish in %2 s: %3"_s.arg(arguments.constFirst())
                            .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())
                            .arg(QString::fromUtf8(process.readAllStandardError()));
        if (arguments.constFirst() == u"start"_s) {
            m_running = true;
            stop();
        }
        return false;
    }
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_errorString = u"wordpress-server %1 failed (exit code %2): %3"_s.arg(arguments.constFirst())
                            .arg(process.exitCode())
                            .arg(errors);
        return false;
    }
    if (!errors.isEmpty())
        qCInfo(lcWordPressServer).noquote() << errors;
    *output = process.readAllStandardOutput();
    return true;
}

QUrl WordPressServer::url() const
{
    return QUrl(m_site.value(u"url"_s).toString());
}

QUrl WordPressServer::restUrl(QStringView route, QStringView query) const
{
    QUrl result = url();
    if (m_plainPermalinks) {
        result.setPath(u"/"_s);
        QUrlQuery items(query.toString());
        items.addQueryItem(u"rest_route"_s, route.toString());
        result.setQuery(items);
        return result;
    }
    result.setPath(u"/wp-json"_s + route);
    if (!query.isEmpty())
        result.setQuery(query.toString());
    return result;
}

bool WordPressServer::setPlainPermalinks(bool plain)
{
    QByteArray output;
    if (!runScript({u"permalinks"_s, m_directory->path(), plain ? u"plain"_s : u"pretty"_s}, StopTimeout, &output))
        return false;
    m_plainPermalinks = plain;
    return true;
}

WordPressServer::Credentials WordPressServer::credentials(QStringView role) const
{
    const QJsonObject user = m_site.value(u"users"_s).toObject().value(role).toObject();
    Credentials result;
    result.user = user.value(u"user"_s).toString();
    result.password = user.value(u"password"_s).toString();
    result.id = user.value(u"id"_s).toInteger();
    result.role = user.value(u"role"_s).toString();
    result.name = user.value(u"name"_s).toString();
    return result;
}

QByteArray WordPressServer::authorization(QStringView role) const
{
    const Credentials user = credentials(role);
    return "Basic " + (user.user + u':' + user.password).toUtf8().toBase64();
}

qint64 WordPressServer::categoryId(QStringView name) const
{
    return m_site.value(u"categories"_s).toObject().value(name).toInteger();
}

bool WordPressServer::runPhp(QStringView role, const QString &php, QString *output)
{
    if (!m_running) {
        m_errorString = u"runPhp: the WordPress server is not running"_s;
        return false;
    }
    QStringList arguments {u"php"_s, m_directory->path()};
    if (!role.isEmpty())
        arguments << u"--user"_s << credentials(role).user;
    arguments << u"-"_s;
    QByteArray printed;
    if (!runScript(arguments, PhpTimeout, &printed, php.toUtf8()))
        return false;
    if (output)
        *output = QString::fromUtf8(printed);
    return true;
}

QList<qint64> WordPressServer::seedStories(int count, const Seed &seed)
{
    const QJsonObject settings {{u"count"_s, count}, {u"author"_s, credentials(seed.author).user},
        {u"status"_s, seed.status}, {u"title"_s, seed.title}, {u"section"_s, seed.section ? categoryId(u"사회") : 0},
        {u"locked_every"_s, seed.lockedEvery}, {u"locked_by"_s, credentials(seed.lockedBy).user},
        {u"noted_every"_s, seed.notedEvery}};
    // Handed over as a PHP string literal: JSON with ' and \ escaped.
    QByteArray json = QJsonDocument(settings).toJson(QJsonDocument::Compact);
    json.replace('\\', "\\\\").replace('\'', "\\'");
    const QString php = u"<?php\n$byline_seed = json_decode('"_s + QString::fromUtf8(json) + u"', true);\nrequire '"_s
        + QString::fromUtf8(BYLINE_WORDPRESS_SEED) + u"';\n"_s;
    QString printed;
    if (!runPhp(seed.notedBy, php, &printed))
        return {};
    QList<qint64> ids;
    const QJsonArray array = QJsonDocument::fromJson(printed.toUtf8()).array();
    for (const QJsonValue &id : array)
        ids.append(id.toInteger());
    if (ids.size() != count) {
        m_errorString = u"seed-stories.php printed no list of %1 posts: "_s.arg(count) + printed.left(500);
        return {};
    }
    return ids;
}

QString WordPressServer::directory() const
{
    return m_directory ? m_directory->path() : QString();
}

QString WordPressServer::uploadsDirectory() const
{
    return m_directory ? m_directory->filePath(u"wp/wp-content/uploads"_s) : QString();
}

QList<qint64> WordPressServer::processIds() const
{
    QList<qint64> pids;
    const QJsonObject processes = m_site.value(u"pids"_s).toObject();
    for (auto it = processes.constBegin(); it != processes.constEnd(); ++it) {
        if (it.value().toInteger() > 0)
            pids.append(it.value().toInteger());
    }
    return pids;
}

} // namespace Byline::Test
