#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <chrono>
#include <memory>

class QTemporaryDir;

namespace Byline::Test {

// A real WordPress on 127.0.0.1 for the publish tests: Debian's wordpress package served by Apache with mod_php,
// its own MariaDB, all in a temporary directory (tests/support/wordpress/wordpress-server does the work; see the
// comment at its top). start() blocks for the few seconds a new site takes; stop(), or the destructor, ends every
// process. Should the test process die first, the script's watchdog stops the servers within a second and removes
// the directory.
//
// The site has four users, each with an Application Password: "reporter" (Contributor who may upload files,
// role byline_reporter), "desk" (Editor), "author" (Author) and "admin" (Administrator), and the category 사회.
class WordPressServer
{
public:
    static constexpr QStringView Reporter {u"reporter"};
    static constexpr QStringView Desk {u"desk"};
    static constexpr QStringView Author {u"author"};
    static constexpr QStringView Admin {u"admin"};

    struct Options
    {
        // Install the Byline connector (packaging/wordpress/byline-connector.php) as a must-use plugin. Off
        // gives the site a newsroom has before installing it.
        bool connector = true;
    };

    // What seedStories() files. Every story gets a Byline UUID and a byline_story; lockedEvery-th stories are
    // locked by lockedBy (10 s ago), notedEvery-th get two desk notes by the user running the seed.
    struct Seed
    {
        QString author = QStringLiteral("reporter");
        QString status = QStringLiteral("pending");
        QString title = QStringLiteral("데스크 대기 기사");
        bool section = true; // in 사회
        int lockedEvery = 0;
        QString lockedBy = QStringLiteral("desk");
        int notedEvery = 0;
        QString notedBy = QStringLiteral("desk");
    };

    struct Credentials
    {
        QString user;
        QString password; // the Application Password
        qint64 id = 0;
        QString role; // WordPress's role name: byline_reporter, editor, author, administrator
        QString name; // display name
        bool isValid() const { return !user.isEmpty(); }
    };

    WordPressServer();
    explicit WordPressServer(Options options);
    ~WordPressServer();
    Q_DISABLE_COPY_MOVE(WordPressServer)

    // Starts the site, or after stop() starts the same site again (same port, same posts).
    bool start();
    bool stop();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_errorString; }

    // http://127.0.0.1:PORT; kept after stop().
    QUrl url() const;
    // url() + "/wp-json" + route, with an optional query: restUrl(u"/wp/v2/posts", u"status=any").
    // With plain permalinks: url() + "/?rest_route=" + route.
    QUrl restUrl(QStringView route, QStringView query = {}) const;
    // Plain permalinks are a site whose server has no rewrite rules: /wp-json/ is not the REST API there.
    bool setPlainPermalinks(bool plain);
    Credentials credentials(QStringView role) const;
    // The value of an Authorization header for the role's Application Password.
    QByteArray authorization(QStringView role) const;
    qint64 categoryId(QStringView name) const;

    // Runs PHP inside the site as the role's user signed in, as wp-admin would for them (WordPress's own
    // functions, the site's plugins loaded): php is a whole file, "<?php ..." included. The output is what it
    // printed; false (errorString() says why) when the PHP failed.
    bool runPhp(QStringView role, const QString &php, QString *output = nullptr);
    // Files count stories in one PHP run (500 in a few seconds); their post ids oldest first, empty on failure.
    QList<qint64> seedStories(int count, const Seed &seed);
    QList<qint64> seedStories(int count) { return seedStories(count, Seed {}); }

    QString directory() const;
    QString uploadsDirectory() const;
    // Apache's parent, MariaDB and the watchdog, as started.
    QList<qint64> processIds() const;
    // Everything the script reported (url, users, categories, pids, WordPress version, ...).
    QJsonObject site() const { return m_site; }

    std::chrono::milliseconds startDuration() const { return m_startDuration; }
    std::chrono::milliseconds stopDuration() const { return m_stopDuration; }

    static QString scriptPath();
    static QString connectorPath();

private:
    bool runScript(const QStringList &arguments, std::chrono::milliseconds timeout, QByteArray *output,
        const QByteArray &input = {});

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_directory;
    QJsonObject m_site;
    QString m_errorString;
    bool m_running = false;
    bool m_plainPermalinks = false;
    std::chrono::milliseconds m_startDuration {0};
    std::chrono::milliseconds m_stopDuration {0};
};

} // namespace Byline::Test
