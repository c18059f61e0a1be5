#pragma once

#include "article/article.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Byline {

// A file carried in a package beside the article, by its path inside the
// package ("photos/abc123.jpg").
struct PackageFile
{
    QString name;
    QByteArray data;

    bool operator==(const PackageFile &) const = default;
};

// The .byline package (docs/article-format.md): a zip holding "mimetype"
// (first, stored), "article.json" (Article::toJson()) and "photos/".
class ArticlePackage
{
    Q_DECLARE_TR_FUNCTIONS(Byline::ArticlePackage)

public:
    static QString mimeType() { return QStringLiteral("application/x-byline-article"); }
    static QString fileSuffix() { return QStringLiteral("byline"); }

    struct Contents
    {
        Article article;
        QList<PackageFile> files; // everything under photos/
    };

    // Writes through a temporary file, so a failed write leaves no half package.
    static bool write(const QString &path, const Article &article, QString *error);
    static bool write(const QString &path, const Contents &contents, QString *error);

    // The article as stored; its id is 0 (the importing library gives one).
    static std::optional<Article> read(const QString &path, QString *error);
    static std::optional<Contents> readContents(const QString &path, QString *error);

    // Whether the bytes start like a .byline package (zip with the mimetype first).
    static bool looksLikePackage(const QByteArray &head);
};

} // namespace Byline
