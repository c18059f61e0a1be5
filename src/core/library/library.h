#pragma once

#include "article/article.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

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

// The local library: one SQLite database (WAL, synchronous=FULL) in a
// directory that also holds the photos of its articles.
class Library : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 1;

    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // The per-user default, used when no --library is given.
    static QString defaultDirectory();
    static QString databaseFileName() { return QStringLiteral("library.sqlite"); }

    bool open(const QString &directory);
    void close();
    bool isOpen() const;
    QString directory() const { return m_directory; }
    // A translated sentence for the person, set when a call returns false.
    QString errorString() const { return m_errorString; }

    QList<ArticleSummary> articles() const;
    int articleCount() const;
    std::optional<Article> article(qint64 id) const;

    // Stores a new article and sets its id.
    bool insertArticle(Article &article);
    bool updateArticle(const Article &article);

Q_SIGNALS:
    void articlesChanged();

private:
    bool migrate();
    bool fail(const QString &message);

    QString m_directory;
    QString m_connectionName;
    QString m_errorString;
};

} // namespace Byline
