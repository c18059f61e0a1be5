#include "articlepackage.h"

#include <KZip>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>

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

enum class Unpacked
{
    Whole,
    TooLarge,
    Damaged,
};

// Inflates one entry, at most `limit` bytes. The declared size is checked
// first, but a zip can lie about it, so the bytes actually inflated are
// counted too (into *inflated, whether they are kept or not).
Unpacked unpack(const KArchiveFile *file, qint64 limit, QByteArray *data, qint64 *inflated = nullptr)
{
    data->clear();
    if (file->size() > limit)
        return Unpacked::TooLarge;
    const std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || !device->isOpen())
        return Unpacked::Damaged;
    data->reserve(std::max<qint64>(0, file->size()));
    constexpr qint64 chunk = 64 * 1024;
    for (;;) {
        const qsizetype at = data->size();
        const qint64 want = std::min(chunk, limit + 1 - at);
        data->resize(at + want);
        const qint64 got = device->read(data->data() + at, want);
        data->resize(at + std::max<qint64>(0, got));
        if (inflated)
            *inflated += std::max<qint64>(0, got);
        if (got < 0) {
            data->clear();
            return Unpacked::Damaged;
        }
        if (got == 0)
            return Unpacked::Whole;
        if (data->size() > limit) {
            data->clear();
            data->squeeze();
            return Unpacked::TooLarge;
        }
    }
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

// Unpacks the files under photos/ within the package's limits; what cannot
// be unpacked is named in contents.leftOut, and the rest goes on. Once the
// total is spent nothing more is inflated, so a bomb of many entries costs
// no more time than one.
class PhotoUnpacker
{
public:
    explicit PhotoUnpacker(ArticlePackage::Contents &contents)
        : m_contents(contents)
    { }

    void collect(const KArchiveDirectory *directory, const QString &prefix, int depth = 0)
    {
        const QStringList names = directory->entries();
        for (const QString &name : names) {
            const KArchiveEntry *entry = directory->entry(name);
            const QString path = prefix + u'/' + name;
            if (entry->isDirectory() && depth < MaxDepth)
                collect(static_cast<const KArchiveDirectory *>(entry), path, depth + 1);
            else if (entry->isFile())
                add(static_cast<const KArchiveFile *>(entry), path);
        }
    }

private:
    // Photos sit directly in photos/; a few levels more are allowed for
    // packages of a later version, not thousands (recursion).
    static constexpr int MaxDepth = 4;

    void add(const KArchiveFile *file, const QString &path)
    {
        if (!isSafeName(path)) {
            if (unsafeName.isEmpty())
                unsafeName = path;
            return;
        }
        if (m_budget <= 0) {
            m_contents.leftOut.insert(path,
                ArticlePackage::tr("the package unpacks to more than %1 MB in all, more than Byline takes from one "
                                   "package")
                    .arg(megabytes(ArticlePackage::MaxTotalBytes)));
            return;
        }
        // The lists beside the photos are text, and read whole into memory.
        const qint64 ownLimit =
            path.endsWith(u".json"_s) ? ArticlePackage::MaxTextBytes : ArticlePackage::MaxPhotoBytes;
        const qint64 limit = std::min(ownLimit, m_budget);
        QByteArray data;
        qint64 inflated = 0;
        const Unpacked result = unpack(file, limit, &data, &inflated);
        m_budget -= inflated;
        switch (result) {
        case Unpacked::Whole:
            m_contents.files.append({path, data});
            return;
        case Unpacked::Damaged:
            m_contents.leftOut.insert(path, ArticlePackage::tr("its compressed data in the package is damaged"));
            return;
        case Unpacked::TooLarge:
            if (limit < ownLimit) {
                m_budget = 0;
                m_contents.leftOut.insert(path,
                    ArticlePackage::tr("the package unpacks to more than %1 MB in all, more than Byline takes from "
                                       "one package")
                        .arg(megabytes(ArticlePackage::MaxTotalBytes)));
            } else {
                m_contents.leftOut.insert(path,
                    ArticlePackage::tr("it unpacks to more than %1 MB, more than Byline takes for one file")
                        .arg(megabytes(ownLimit)));
            }
            return;
        }
    }

public:
    QString unsafeName; // the first name that would point outside the package

private:
    ArticlePackage::Contents &m_contents;
    qint64 m_budget = ArticlePackage::MaxTotalBytes;
};

int countEntries(const KArchiveDirectory *directory, int limit)
{
    int count = 0;
    QList<const KArchiveDirectory *> pending {directory};
    while (!pending.isEmpty() && count <= limit) {
        const KArchiveDirectory *current = pending.takeLast();
        const QStringList names = current->entries();
        for (const QString &name : names) {
            ++count;
            const KArchiveEntry *entry = current->entry(name);
            if (entry->isDirectory())
                pending.append(static_cast<const KArchiveDirectory *>(entry));
        }
    }
    return count;
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

    if (countEntries(root, MaxEntries) > MaxEntries)
        return fail(tr("the package holds more than %1 files; a Byline package holds an article and its photos.")
                .arg(MaxEntries));

    if (const KArchiveEntry *entry = root->entry(mimetypeEntry); entry && entry->isFile()) {
        QByteArray type;
        unpack(static_cast<const KArchiveFile *>(entry), 256, &type);
        type = type.trimmed();
        if (type != mimeType().toLatin1())
            return fail(tr("it is a \"%1\" file, not a Byline article.").arg(QString::fromUtf8(type.left(80))));
    }
    const KArchiveEntry *articleFile = root->entry(articleEntry);
    if (!articleFile || !articleFile->isFile())
        return fail(tr("the package has no article.json, so it holds no article."));
    QByteArray json;
    switch (unpack(static_cast<const KArchiveFile *>(articleFile), MaxTextBytes, &json)) {
    case Unpacked::Whole:
        break;
    case Unpacked::TooLarge:
        return fail(tr("article.json unpacks to more than %1 MB, far more than any article; the package is damaged "
                       "or was not made by Byline.")
                .arg(megabytes(MaxTextBytes)));
    case Unpacked::Damaged:
        return fail(tr("article.json is damaged inside the package (its compressed data cannot be read)."));
    }
    if (json.isEmpty())
        return fail(tr("article.json is empty; the package may be cut short."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    json = QByteArray();
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("article.json is not valid JSON (%1 at byte %2); the package may be damaged.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("article.json does not hold an article."));
    QString articleError;
    Article article = Article::fromExternalJson(document.object(), &articleError);
    if (!articleError.isEmpty())
        return fail(articleError);
    article.id = 0;

    Contents contents {article, {}, {}};
    if (const KArchiveEntry *photos = root->entry(photosFolder); photos && photos->isDirectory()) {
        PhotoUnpacker unpacker(contents);
        unpacker.collect(static_cast<const KArchiveDirectory *>(photos), photosFolder);
        if (!unpacker.unsafeName.isEmpty())
            return fail(
                tr("the package holds a file with an unsafe name (\"%1\").").arg(printable(unpacker.unsafeName)));
    }
    return contents;
}

QString ArticlePackage::printable(const QString &text, qsizetype maxLength)
{
    // Names from a package reach a terminal: no control characters (escape
    // sequences) and no direction overrides that would reorder the message.
    QString shown;
    shown.reserve(std::min(text.size(), maxLength + 1));
    for (const QChar c : text) {
        if (shown.size() >= maxLength) {
            shown += QChar(0x2026); // …
            break;
        }
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            shown += QChar(0xFFFD);
        else
            shown += c;
    }
    return shown;
}

bool ArticlePackage::looksLikePackage(const QByteArray &head)
{
    // Any zip is read as a package: reading then says what is missing.
    return head.startsWith("PK\x03\x04");
}

} // namespace Byline
