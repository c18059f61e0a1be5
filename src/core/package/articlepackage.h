#pragma once

#include "article/article.h"
#include "media/photoimport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
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
        QList<PackageFile> files; // everything under photos/ that could be unpacked
        // Entries under photos/ left packed, by name, with why (translated):
        // too large, beyond the package's total, or damaged.
        QHash<QString, QString> leftOut = {};
    };

    // Limits on what reading unpacks, counted on the bytes actually inflated
    // (a zip's declared sizes may lie), so a zip bomb costs neither memory
    // nor minutes. The article and the lists are text: a 50,000-word story
    // is under 1 MB. A photo may be as large as one Byline downloads.
    static constexpr qint64 MaxTextBytes = qint64(8) * 1024 * 1024;
    static constexpr qint64 MaxPhotoBytes = PhotoImport::MaxFileBytes;
    static constexpr qint64 MaxTotalBytes = qint64(512) * 1024 * 1024;
    static constexpr int MaxEntries = 10'000;

    // Writes through a temporary file, so a failed write leaves no half package.
    static bool write(const QString &path, const Article &article, QString *error);
    static bool write(const QString &path, const Contents &contents, QString *error);

    // The article as stored; its id is 0 (the importing library gives one).
    static std::optional<Article> read(const QString &path, QString *error);
    static std::optional<Contents> readContents(const QString &path, QString *error);

    // Whether the bytes start like a .byline package (zip with the mimetype first).
    static bool looksLikePackage(const QByteArray &head);

    // A name or text from a package as it may be shown: control and format
    // characters replaced, cut to maxLength.
    static QString printable(const QString &text, qsizetype maxLength = 120);
};

} // namespace Byline
