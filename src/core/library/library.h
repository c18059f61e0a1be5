#pragma once

#include "article/article.h"
#include "library/libraryfile.h"
#include "media/photo.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlError;

namespace Byline {

// What the article list shows: the few columns kept beside the JSON so
// listing and sorting never parse whole articles.
struct ArticleSummary
{
    qint64 id = 0;
    QUuid uuid;
    QString headline;
    QString section;
    QString bylineNames;
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime created;
    QDateTime modified;
    int revision = 0;

    QJsonObject toJson() const;
};

// Which articles to list and in what order. The default lists all,
// most recently edited first.
struct ArticleQuery
{
    enum Sort
    {
        LastEdited,
        Created,
        Headline,
    };

    // Finds the text inside words too (산업협력 finds 산업협력위원회), in the
    // headline, deck, summary, tags and body; words separated by spaces must
    // all be found. Latin letters match either case.
    QString search;
    std::optional<ArticleStatus> status;
    Sort sort = LastEdited;
    bool descending = true;
    int limit = -1; // -1: all

    bool operator==(const ArticleQuery &) const = default;
};

// A named snapshot of an article (Ctrl+S in the editor).
struct RevisionInfo
{
    int number = 0;
    QString name;
    QDateTime created;
};

// Why a call failed, so the editor can decide to keep the text and retry.
enum class LibraryError
{
    None,
    DiskFull,
    ReadOnly,
    Busy,
    Corrupt,
    Other,
};

// The local library: one SQLite database (WAL, synchronous=FULL) in a
// directory that also holds the photos of its articles. Each instance has
// its own connection, so an instance may live in a worker thread (the
// autosaver) while another works on the same directory in the GUI thread.
class Library : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 6;
    static constexpr int BusyRetries = 5;
    static constexpr int BusyRetryDelayMs = 100;

    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // The per-user default, used when no --library is given.
    static QString defaultDirectory();
    static QString databaseFileName() { return QStringLiteral("library.sqlite"); }

    // A library file that cannot be used as it is (damaged, not a Byline
    // library, with another database's journal, or empty) is set aside
    // untouched and a fresh one made, into which what SQLite can still read
    // of the old one is copied: open() then succeeds and recovery() says
    // what happened.
    bool open(const QString &directory);
    void close();
    bool isOpen() const;
    QString directory() const { return m_directory; }
    // A translated sentence for the person, set when a call returns false.
    QString errorString() const { return m_errorString; }
    LibraryError errorKind() const { return m_errorKind; }
    // Where the last open() set the library file aside; empty if it did not.
    QString recoveredCorruptCopy() const { return m_recovery.keptCopy; }
    const LibraryRecovery &recovery() const { return m_recovery; }
    // A translated sentence telling the person what the last open() set
    // aside, where, and how many stories it got back; empty if nothing.
    QString recoveryNotice() const { return m_recovery.notice(); }

    // An empty list when the listing fails; listArticles() says why.
    QList<ArticleSummary> articles() const;
    QList<ArticleSummary> articles(const ArticleQuery &query) const;
    // As articles(), but a failure returns nothing and sets errorString().
    std::optional<QList<ArticleSummary>> listArticles(const ArticleQuery &query);
    int articleCount() const;
    std::optional<Article> article(qint64 id) const;
    // The local id of the article with this UUID, if the library has it.
    std::optional<qint64> articleIdForUuid(const QUuid &uuid) const;

    // Stores a new article and sets its id.
    bool insertArticle(Article &article);
    // Stores several new articles in one transaction (imports); all or none.
    bool insertArticles(QList<Article> &articles);
    bool updateArticle(const Article &article);
    // The autosave path: the row and its search entry in one transaction.
    // On failure errorKind() tells whether retrying later can work.
    bool saveArticle(const Article &article);
    bool removeArticle(qint64 id);

    // Snapshots the stored article as revision number article.revision + 1
    // and returns that number, or -1 on failure.
    int addRevision(qint64 articleId, const QString &name);
    QList<RevisionInfo> revisions(qint64 articleId) const;
    std::optional<Article> revision(qint64 articleId, int number) const;

    // The photos of an article, in their order. The lead photo is the one the
    // article opens with; an article with photos always has exactly one.
    QList<Photo> photos(qint64 articleId) const;
    std::optional<Photo> photo(const QString &id) const;
    std::optional<Photo> photoBySha(qint64 articleId, const QString &sha256) const;
    // Stores a photo whose original is already under photos/ (PhotoImport
    // copies it): sets its id if empty, appends it after the others and makes
    // it the lead if the article has none.
    bool addPhoto(Photo &photo);
    // Caption, credit, alt text and crop; position and lead have their own calls.
    bool updatePhoto(const Photo &photo);
    // Also deletes the stored original and its thumbnail when no other
    // article uses the same picture.
    bool removePhoto(const QString &id);
    // Also records the lead in the article (Article::leadPhotoId).
    bool setLeadPhoto(qint64 articleId, const QString &photoId);
    // Moves the photo to newPosition (clamped) and numbers the rest 0..n-1.
    bool movePhoto(const QString &id, int newPosition);
    // The absolute path of a stored original.
    QString photoFilePath(const Photo &photo) const;
    // Where originals and thumbnails live, relative to the library directory.
    static QString photoStoragePath(const QString &sha256, const QString &suffix);
    static QString thumbnailStoragePath(const QString &sha256, int size);

    // The kind of failure an SQLite error stands for.
    static LibraryError errorKindOf(const QSqlError &error);

    // Another connection (an import on a worker thread) changed the article's
    // photos: tells this one's views to reload.
    void announcePhotosChanged(qint64 articleId) { Q_EMIT photosChanged(articleId); }

Q_SIGNALS:
    void articlesChanged();
    void photosChanged(qint64 articleId);

private:
    friend class Outbox; // the publish queue's tables live in the same database
    friend class LibrarySalvage;

    bool openDatabase(const QString &absolute);
    bool checkShape();
    bool checkIntegrity();
    bool setAside(const QString &absolute, LibraryFile::SetAsideReason reason);
    bool migrate();
    // The tables schema step `step` (0-based) creates.
    static QStringList tablesOfStep(int step);
    bool queryArticles(const ArticleQuery &articleQuery, QList<ArticleSummary> *result, QSqlError *error) const;
    bool indexAllArticles();
    bool writeArticleRow(const Article &article, bool insert, qint64 *newId);
    bool inTransaction(const std::function<bool()> &work);
    bool writeLead(qint64 articleId, const QString &photoId);
    bool renumberPhotos(qint64 articleId, const QStringList &order);
    void removeUnusedPhotoFiles(const QList<Photo> &removed);
    bool fail(const QString &message, LibraryError kind = LibraryError::Other);
    bool failSql(const QString &context, const QSqlError &error);
    QSqlDatabase database() const;

    // A statement prepared once per connection and kept, for the few the
    // publish queue runs for every story. It is reset when the handle goes,
    // so no read stays open between calls: that would pin the connection to
    // an old snapshot and hide jobs other connections add.
    class Statement
    {
    public:
        explicit Statement(QSqlQuery *query)
            : m_query(query)
        { }
        ~Statement() { m_query->finish(); }
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        QSqlQuery &operator*() const { return *m_query; }
        QSqlQuery *operator->() const { return m_query; }

    private:
        QSqlQuery *m_query;
    };
    Statement prepared(const QString &sql) const;

    QString m_directory;
    QString m_connectionName;
    QString m_errorString;
    LibraryError m_errorKind = LibraryError::None;
    LibraryFileHeader m_onDisk;
    LibraryFile::SetAsideReason m_setAsideReason = LibraryFile::SetAsideReason::None;
    LibraryRecovery m_recovery;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace Byline
