#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Byline {

struct Reporter
{
    QString name;
    QString email;

    bool operator==(const Reporter &) const = default;
};

// The byline as Korean desks write it: "[Outlet] Name Name =", with the
// reporters' emails kept for the end of the story and for the CMS.
struct ArticleByline
{
    QString outlet;
    QList<Reporter> reporters;

    QString reporterNames() const;
    // "[강원일보] 김민지·박서준 기자 =" style opening of the body.
    QString bodyOpening() const;
    bool operator==(const ArticleByline &) const = default;
};

enum class ArticleStatus
{
    Draft,
    Submitted,
    Approved,
    Published,
};

QString articleStatusKey(ArticleStatus status);
ArticleStatus articleStatusFromKey(const QString &key, bool *ok = nullptr);
QString articleStatusDisplayName(ArticleStatus status);

class Article
{
public:
    // The JSON article format version this build writes (docs/article-format.md).
    static constexpr int FormatVersion = 1;

    static Article create();

    qint64 id = 0; // local library row id; 0 until stored
    QUuid uuid; // fixed at creation; publishing uses it to stay idempotent
    QString headline;
    QString deck;
    ArticleByline byline;
    QString section;
    QStringList tags;
    QString slug;
    QString summary;
    QString dateline;
    QString body; // article HTML profile
    QString leadPhotoId;
    QDateTime created;
    QDateTime modified;
    // Not to be published before this time (UTC); null: no embargo. The core
    // refuses to publish or schedule before it (docs/publishing.md).
    QDateTime embargo;
    ArticleStatus status = ArticleStatus::Draft;
    int revision = 0;

    QJsonObject toJson() const;
    // Reads any format version this build knows, migrating older ones.
    static Article fromJson(const QJsonObject &json, QString *error = nullptr);
    // The same for JSON from outside the library (an article file, a
    // package): the body goes through ArticleHtml::sanitize(), as a paste
    // does, so no markup outside the profile comes in.
    static Article fromExternalJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const Article &) const = default;
};

} // namespace Byline
