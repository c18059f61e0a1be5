#pragma once

#include "desk/deskstore.h"
#include "library/articlestore.h"
#include "library/libraryfile.h"
#include "library/photostore.h"
#include "library/revisionstore.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <set>
#include <unordered_map>

class QSqlError;

namespace Byline {

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
//
// This is the database part: it opens, checks, recovers and migrates the
// file (each feature registers its schema steps, SchemaRegistry), owns the
// connection, its transactions and prepared statements, and says why a call
// failed. What is stored lives in one store per concern: articleStore(),
// revisionStore(), photoStore(), deskStore(); the publish queue's Outbox works the same
// way from src/core/publish/.
class Library : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 8;
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

    // One of each per connection, living as long as the library.
    ArticleStore &articleStore() { return *m_articleStore; }
    const ArticleStore &articleStore() const { return *m_articleStore; }
    RevisionStore &revisionStore() { return *m_revisionStore; }
    const RevisionStore &revisionStore() const { return *m_revisionStore; }
    PhotoStore &photoStore() { return *m_photoStore; }
    const PhotoStore &photoStore() const { return *m_photoStore; }
    // The desk's inbox cache and article links (src/core/desk/).
    DeskStore &deskStore() { return *m_deskStore; }
    const DeskStore &deskStore() const { return *m_deskStore; }

    // Runs `work` as one transaction: everything it writes is kept if it
    // returns true and nothing if it returns false (after setting the error
    // through fail() or failSql()). Inside another transaction it is a
    // savepoint of it: a failure takes back only its own writes, and they
    // are kept only when the outer one commits. The write lock is taken up
    // front (BEGIN IMMEDIATE), waiting up to the busy timeout.
    bool transaction(const std::function<bool()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // The autosave path: the article and its photos (PhotoStore::
    // writeArticlePhotos) in one transaction, so neither is ever saved
    // without the other. On failure errorKind() tells whether retrying later
    // can work.
    // `removable`: see PhotoStore::writeArticlePhotos.
    bool saveArticleWithPhotos(
        const Article &article, const QList<Photo> &photos, const QSet<QString> *removable = nullptr);

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
    // This instance's connection, for the stores' own statements.
    QSqlDatabase database() const;

    // How stores report a failure: errorString() and errorKind() say it.
    // Both return false, so a store can `return library.fail(...)`.
    bool fail(const QString &message, LibraryError kind = LibraryError::Other);
    // SQLite's own words go to the log; the person gets a sentence by kind.
    bool failSql(const QString &context, const QSqlError &error);
    // After a call that worked: errorKind() is None again.
    void clearError();
    // The kind of failure an SQLite error stands for.
    static LibraryError errorKindOf(const QSqlError &error);

    // Stores announce their changes through these: inside a transaction the
    // signal waits for the commit and is dropped by a rollback.
    void notifyArticlesChanged();
    void notifyPhotosChanged(qint64 articleId);
    // Another connection (an import on a worker thread) changed the article's
    // photos: tells this one's views to reload.
    void announcePhotosChanged(qint64 articleId) { Q_EMIT photosChanged(articleId); }

Q_SIGNALS:
    void articlesChanged();
    void photosChanged(qint64 articleId);

private:
    bool openDatabase(const QString &absolute);
    bool checkShape();
    bool checkIntegrity();
    bool setAside(const QString &absolute, LibraryFile::SetAsideReason reason);
    bool migrate();
    bool savepoint(const std::function<bool()> &work);
    void emitPendingChanges();

    QString m_directory;
    QString m_connectionName;
    QString m_errorString;
    LibraryError m_errorKind = LibraryError::None;
    LibraryFileHeader m_onDisk;
    LibraryFile::SetAsideReason m_setAsideReason = LibraryFile::SetAsideReason::None;
    LibraryRecovery m_recovery;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_transactionDepth = 0;
    bool m_articlesChangedPending = false;
    std::set<qint64> m_photosChangedPending;
    std::unique_ptr<ArticleStore> m_articleStore;
    std::unique_ptr<RevisionStore> m_revisionStore;
    std::unique_ptr<PhotoStore> m_photoStore;
    std::unique_ptr<DeskStore> m_deskStore;
};

} // namespace Byline
