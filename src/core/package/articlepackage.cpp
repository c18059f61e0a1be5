#include "articlepackage.h"

#include <KZip>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

const QString mimetypeEntry = u"mimetype"_s;
const QString articleEntry = u"article.json"_s;
const QString photosFolder = u"photos"_s;

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Names come from the file: nothing may point outside the package.
bool isSafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\'))
        return false;
    const QStringList parts = name.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(),
        [](const QString &part) { return part.isEmpty() || part == u"."_s || part == u".."_s; });
}

void collectFiles(const KArchiveDirectory *directory, const QString &prefix, QList<PackageFile> &files)
{
    const QStringList names = directory->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = directory->entry(name);
        const QString path = prefix + u'/' + name;
        if (entry->isDirectory())
            collectFiles(static_cast<const KArchiveDirectory *>(entry), path, files);
        else if (entry->isFile())
            files.append({path, static_cast<const KArchiveFile *>(entry)->data()});
    }
}

} // namespace

bool ArticlePackage::write(const QString &path, const Article &article, QString *error)
{
    return write(path, Contents {article, {}}, error);
}

bool ArticlePackage::write(const QString &path, const Contents &contents, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    for (const PackageFile &file : contents.files) {
        if (!file.name.startsWith(photosFolder + u'/') || !isSafeName(file.name))
            return failWith(
                error, tr("Cannot write %1: \"%2\" is not a file name for a package.").arg(shownPath, file.name));
    }

    // KZip writes to a temporary file and renames it at close(), so a failed
    // write never leaves half a package where the person expects one.
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return failWith(error, tr("Cannot write %1: %2").arg(shownPath, zip.errorString()));
    // The mimetype comes first, uncompressed and without extra fields, so
    // its bytes sit at a fixed offset where file type sniffers look (as in ODF).
    zip.setExtraField(KZip::NoExtraField);
    zip.setCompression(KZip::NoCompression);
    bool ok = zip.writeFile(mimetypeEntry, mimeType().toLatin1());
    zip.setCompression(KZip::DeflateCompression);
    Article article = contents.article;
    ok = ok && zip.writeFile(articleEntry, QJsonDocument(article.toJson()).toJson(QJsonDocument::Indented));
    ok = ok && zip.writeDir(photosFolder);
    for (const PackageFile &file : contents.files)
        ok = ok && zip.writeFile(file.name, file.data);
    if (!ok) {
        const QString reason = zip.errorString();
        zip.close();
        QFile::remove(path);
        return failWith(error, tr("Cannot write %1: %2").arg(shownPath, reason));
    }
    if (!zip.close())
        return failWith(error, tr("Cannot write %1: %2").arg(shownPath, zip.errorString()));
    return true;
}

std::optional<Article> ArticlePackage::read(const QString &path, QString *error)
{
    std::optional<Contents> contents = readContents(path, error);
    if (!contents)
        return std::nullopt;
    return contents->article;
}

std::optional<ArticlePackage::Contents> ArticlePackage::readContents(const QString &path, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    auto fail = [error, &shownPath](const QString &reason) -> std::optional<Contents> {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(shownPath, reason);
        return std::nullopt;
    };

    if (!QFileInfo(path).isFile())
        return fail(tr("there is no such file."));
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return fail(tr("it is not a Byline package (not a zip file, or a damaged one)."));
    const KArchiveDirectory *root = zip.directory();
    if (!root)
        return fail(tr("it is not a Byline package (not a zip file, or a damaged one)."));

    if (const KArchiveEntry *entry = root->entry(mimetypeEntry); entry && entry->isFile()) {
        const QByteArray type = static_cast<const KArchiveFile *>(entry)->data().trimmed();
        if (type != mimeType().toLatin1())
            return fail(tr("it is a \"%1\" file, not a Byline article.").arg(QString::fromUtf8(type.left(80))));
    }
    const KArchiveEntry *articleFile = root->entry(articleEntry);
    if (!articleFile || !articleFile->isFile())
        return fail(tr("the package has no article.json, so it holds no article."));
    const QByteArray json = static_cast<const KArchiveFile *>(articleFile)->data();
    if (json.isEmpty())
        return fail(tr("article.json is empty; the package may be cut short."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("article.json is not valid JSON (%1 at byte %2); the package may be damaged.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("article.json does not hold an article."));
    QString articleError;
    Article article = Article::fromJson(document.object(), &articleError);
    if (!articleError.isEmpty())
        return fail(articleError);
    article.id = 0;

    Contents contents {article, {}};
    if (const KArchiveEntry *photos = root->entry(photosFolder); photos && photos->isDirectory())
        collectFiles(static_cast<const KArchiveDirectory *>(photos), photosFolder, contents.files);
    for (const PackageFile &file : std::as_const(contents.files)) {
        if (!isSafeName(file.name))
            return fail(tr("the package holds a file with an unsafe name (\"%1\").").arg(file.name));
    }
    return contents;
}

bool ArticlePackage::looksLikePackage(const QByteArray &head)
{
    // Any zip is read as a package: reading then says what is missing.
    return head.startsWith("PK\x03\x04");
}

} // namespace Byline
