#include "articlefiles.h"

#include "article/articlehtml.h"
#include "common/contenthash.h"
#include "common/htmlescape.h"
#include "library/library.h"
#include "media/photoimport.h"
#include "package/articlepackage.h"
#include "package/htmlimport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

enum class Kind
{
    Package,
    ArticleJson,
    HtmlPage,
    Unknown,
};

// A zip is a package, a JSON object an article file, markup a web page; text
// in UTF-16 (with or without a byte order mark) is looked at as text.
Kind sniff(const QByteArray &bytes)
{
    if (ArticlePackage::looksLikePackage(bytes))
        return Kind::Package;
    const QByteArray head = unicodeTextAsUtf8(bytes.left(4096)).trimmed();
    if (head.startsWith('{'))
        return Kind::ArticleJson;
    const QByteArray lower = head.toLower();
    if (head.startsWith('<') || lower.contains("<html") || lower.contains("<body"))
        return Kind::HtmlPage;
    return Kind::Unknown;
}

// The photos' records inside a package, beside the originals.
const QString photoIndexName = u"photos/photos.json"_s;

QString packagedName(const Photo &photo)
{
    return u"photos/"_s + photo.sha256 + u'.' + QFileInfo(photo.storedPath).suffix().toLower();
}

// Reads the photo records of a package; a damaged index loses the photos
// (named in *note), never the article.
QList<Photo> packagedPhotos(const QList<PackageFile> &files, const QHash<QString, QString> &leftOut, QString *note)
{
    QList<Photo> photos;
    if (const QString reason = leftOut.value(photoIndexName); !reason.isEmpty()) {
        *note = ArticleFiles::tr("The package's list of photos could not be read (%1); the article was read without "
                                 "its photos.")
                    .arg(reason);
        return {};
    }
    for (const PackageFile &file : files) {
        if (file.name != photoIndexName)
            continue;
        const QJsonDocument index = QJsonDocument::fromJson(file.data);
        if (!index.isArray()) {
            *note = ArticleFiles::tr("The package's list of photos is damaged; the article was read without its "
                                     "photos.");
            return {};
        }
        for (const QJsonValue &value : index.array())
            photos << Photo::fromJson(value.toObject());
    }
    return photos;
}

// Points the body's figures and the lead at a photo's new id.
void renamePhoto(Article &article, const QString &oldId, const QString &newId)
{
    if (oldId.isEmpty())
        return;
    article.body.replace(u"data-photo=\""_s + HtmlEscape::attribute(oldId) + u'"', u"data-photo=\""_s + newId + u'"');
    if (article.leadPhotoId == oldId)
        article.leadPhotoId = newId;
}

// Ids in a package only pair the body's figures with their photos, and they
// are checked before anything else sees them: one that is not a plain id
// (Photo::isValidId) gets a fresh one, and the figures follow; one that an
// earlier photo already has gets a fresh one too (the figures keep the
// first). Each is said in *notes.
void checkPhotoIds(ArticleFiles::Loaded &loaded, QStringList *notes)
{
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < loaded.photos.size(); ++i) {
        Photo &photo = loaded.photos[i];
        const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (photo.id.isEmpty()) {
            photo.id = fresh; // a hand-made package may leave ids to the library
        } else if (!Photo::isValidId(photo.id)) {
            *notes << ArticleFiles::tr("The photo %1 has an id that Byline does not accept (only letters, digits, - "
                                       "and _); it was given a new one.")
                          .arg(ArticleFiles::packagedPhotoName(photo, int(i + 1)));
            renamePhoto(loaded.article, photo.id, fresh);
            photo.id = fresh;
        } else if (const auto first = seen.constFind(photo.id); first != seen.constEnd()) {
            *notes << ArticleFiles::tr("The photos %1 and %2 have the same id in the package; %2 was given a new "
                                       "one, and the article's figures show %1.")
                          .arg(ArticleFiles::packagedPhotoName(loaded.photos.at(*first), *first + 1),
                              ArticleFiles::packagedPhotoName(photo, int(i + 1)));
            photo.id = fresh;
        }
        seen.insert(photo.id, int(i));
    }
    if (!loaded.article.leadPhotoId.isEmpty() && !Photo::isValidId(loaded.article.leadPhotoId))
        loaded.article.leadPhotoId.clear();
}

// Reads at most `limit` bytes; a larger file is refused before reading.
std::optional<QByteArray> readAtMost(QFile &file, qint64 limit, QString *error)
{
    if (file.size() > limit) {
        *error = ArticleFiles::tr("%1 is %2 MB; Byline reads articles and pages of up to %3 MB.")
                     .arg(shown(file.fileName()))
                     .arg(file.size() / (1024 * 1024))
                     .arg(limit / (1024 * 1024));
        return std::nullopt;
    }
    // A pipe or a file still growing has no size yet: the read is bounded too.
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit) {
        *error = ArticleFiles::tr("%1 is larger than %2 MB; Byline reads articles and pages of up to %2 MB.")
                     .arg(shown(file.fileName()))
                     .arg(limit / (1024 * 1024));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = ArticleFiles::tr("Cannot read %1: %2").arg(shown(file.fileName()), file.errorString());
        return std::nullopt;
    }
    return bytes;
}

} // namespace

std::optional<ArticleFiles::Format> ArticleFiles::formatForName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == "json"_L1)
        return Format::Json;
    if (lower == "html"_L1 || lower == "htm"_L1)
        return Format::Html;
    if (lower == "byline"_L1)
        return Format::Package;
    return std::nullopt;
}

QString ArticleFiles::packagedPhotoName(const Photo &photo, int number)
{
    QString name = photo.fileName.trimmed();
    if (name.isEmpty())
        name = QFileInfo(photo.storedPath).fileName().trimmed();
    if (name.isEmpty())
        return tr("#%1 (no file name)").arg(number);
    return ArticlePackage::printable(name);
}

std::optional<ArticleFiles::Loaded> ArticleFiles::load(const QString &path, QString *error)
{
    if (QFile file(path); file.open(QIODevice::ReadOnly) && sniff(file.read(4096)) == Kind::Package) {
        QString reason;
        std::optional<ArticlePackage::Contents> contents = ArticlePackage::readContents(path, &reason);
        if (!contents) {
            if (error)
                *error = reason;
            return std::nullopt;
        }
        Loaded loaded {contents->article, {}, contents->files, contents->leftOut, {}};
        QStringList notes;
        QString indexNote;
        loaded.photos = packagedPhotos(contents->files, contents->leftOut, &indexNote);
        if (!indexNote.isEmpty())
            notes << indexNote;
        checkPhotoIds(loaded, &notes);
        loaded.note = notes.join(u'\n');
        return loaded;
    }
    std::optional<Article> article = read(path, error);
    if (!article)
        return std::nullopt;
    return Loaded {*article, {}, {}, {}, {}};
}

std::optional<Article> ArticleFiles::read(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Article> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!QFileInfo(path).exists())
        return fail(tr("%1: there is no such file.").arg(shown(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
    const Kind kind = sniff(file.peek(4096));
    if (kind == Kind::Package) {
        QString reason;
        std::optional<Article> article = ArticlePackage::read(path, &reason);
        return article ? article : fail(reason);
    }
    QString reason;
    const std::optional<QByteArray> bytes =
        readAtMost(file, kind == Kind::HtmlPage ? MaxPageBytes : MaxJsonBytes, &reason);
    if (!bytes)
        return fail(reason);
    if (bytes->isEmpty())
        return fail(tr("%1 is empty.").arg(shown(path)));

    switch (kind) {
    case Kind::ArticleJson: {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(unicodeTextAsUtf8(*bytes), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail(tr("%1 is not valid JSON (%2 at byte %3).")
                    .arg(shown(path), parseError.errorString())
                    .arg(parseError.offset));
        Article article = Article::fromExternalJson(document.object(), &reason);
        if (!reason.isEmpty())
            return fail(tr("%1 cannot be imported: %2").arg(shown(path), reason));
        // Without a package there are no photos for a lead to name.
        if (!Photo::isValidId(article.leadPhotoId))
            article.leadPhotoId.clear();
        return article;
    }
    case Kind::HtmlPage: {
        std::optional<Article> article = importHtmlArticle(*bytes, &reason);
        return article ? article : fail(tr("%1 cannot be imported: %2").arg(shown(path), reason));
    }
    case Kind::Package:
    case Kind::Unknown:
        break;
    }
    return fail(tr("%1 is not a Byline package, an article JSON file or a web page.").arg(shown(path)));
}

bool ArticleFiles::addToLibrary(Library &library, Article &article, QString *note, QString *error)
{
    article.id = 0;
    if (article.uuid.isNull())
        article.uuid = QUuid::createUuid();
    // Hand-written or third-party files may leave out the times.
    if (!article.created.isValid())
        article.created = QDateTime::currentDateTimeUtc();
    if (!article.modified.isValid())
        article.modified = article.created;
    if (const std::optional<qint64> existing = library.articleStore().articleIdForUuid(article.uuid)) {
        // The same story twice: keep both, as separate articles.
        article.uuid = QUuid::createUuid();
        if (note)
            *note = tr("Article %1 already has this article's UUID; the import was added as a copy with a new UUID "
                       "(headline kept).")
                        .arg(*existing);
    }
    if (library.articleStore().insertArticle(article))
        return true;
    if (error)
        *error = library.errorString();
    return false;
}

bool ArticleFiles::addToLibrary(Library &library, Loaded &loaded, QString *note, QString *error)
{
    QStringList notes;
    if (!loaded.note.isEmpty())
        notes << loaded.note;
    // Photo ids are global and the body refers to them: a package imported
    // twice gets new ids, and its figures follow.
    Article &article = loaded.article;
    for (Photo &photo : loaded.photos) {
        if (!Photo::isValidId(photo.id) || !library.photoStore().photo(photo.id))
            continue;
        const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
        renamePhoto(article, photo.id, fresh);
        photo.id = fresh;
    }
    QString articleNote;
    if (!addToLibrary(library, article, &articleNote, error))
        return false;
    if (!articleNote.isEmpty())
        notes << articleNote;

    QHash<QString, const PackageFile *> files;
    for (const PackageFile &file : std::as_const(loaded.files))
        files.insert(file.name, &file);
    // Numbered as the package lists them, added in the story's order.
    QList<std::pair<int, Photo *>> ordered;
    for (qsizetype i = 0; i < loaded.photos.size(); ++i)
        ordered.append({int(i + 1), &loaded.photos[i]});
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const auto &a, const auto &b) { return a.second->position < b.second->position; });
    for (const auto &[number, entry] : ordered) {
        Photo &photo = *entry;
        const QString name = packagedPhotoName(photo, number);
        if (const QString reason = loaded.leftOut.value(photo.storedPath); !reason.isEmpty()) {
            notes << tr("The photo %1 was left out: %2. The article was imported without it.").arg(name, reason);
            continue;
        }
        const PackageFile *file = files.value(photo.storedPath);
        // The hash names the stored file, so it must be the content's own.
        if (!file || sha256Hex(file->data) != photo.sha256) {
            notes << tr("The photo %1 is missing from the package or damaged; the article was imported without it.")
                         .arg(name);
            continue;
        }
        // The same checks as a photo added from a file: the package's own
        // record of its type and size is not taken on trust.
        const PhotoImport::Check check = PhotoImport::check(file->data, name);
        if (!check.error.isEmpty()) {
            notes << tr("%1 The article was imported without it.").arg(check.error);
            continue;
        }
        photo.articleId = article.id;
        photo.pixelSize = check.pixelSize;
        photo.byteSize = file->data.size();
        photo.storedPath = PhotoStore::photoStoragePath(photo.sha256, check.suffix);
        const QString target = library.directory() + u'/' + photo.storedPath;
        QString writeError;
        if (QFileInfo(target).size() != file->data.size()) {
            QDir().mkpath(QFileInfo(target).absolutePath());
            QSaveFile copy(target);
            if (!copy.open(QIODevice::WriteOnly) || copy.write(file->data) != file->data.size() || !copy.commit())
                writeError = copy.errorString();
        }
        if (writeError.isEmpty() && !library.photoStore().addPhoto(photo))
            writeError = library.errorString();
        if (!writeError.isEmpty())
            notes << tr("The photo %1 could not be added: %2").arg(name, writeError);
    }
    if (!article.leadPhotoId.isEmpty() && library.photoStore().photo(article.leadPhotoId))
        library.photoStore().setLeadPhoto(article.id, article.leadPhotoId);
    if (note)
        *note = notes.join(u'\n');
    return true;
}

QString ArticleFiles::standaloneHtml(const Article &article)
{
    QString html = u"<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
        + HtmlEscape::text(article.headline) + u"</title>\n"_s;
    if (!article.summary.isEmpty())
        html += u"<meta name=\"description\" content=\""_s + HtmlEscape::attribute(article.summary) + u"\">\n"_s;
    html += u"</head>\n<body>\n<article>\n<h1>"_s + HtmlEscape::text(article.headline) + u"</h1>\n"_s;
    if (!article.deck.isEmpty())
        html += u"<p class=\"deck\">"_s + HtmlEscape::text(article.deck) + u"</p>\n"_s;
    const QString opening = article.byline.bodyOpening();
    if (!opening.isEmpty())
        html += u"<p class=\"byline\">"_s + HtmlEscape::text(opening) + u"</p>\n"_s;
    html += ArticleHtml::sanitize(article.body);
    if (!html.endsWith(u'\n'))
        html += u'\n';
    html += u"</article>\n</body>\n</html>\n"_s;
    return html;
}

bool ArticleFiles::write(
    const QString &path, const Library &library, const Article &article, Format format, QString *error)
{
    if (format != Format::Package)
        return write(path, article, format, error);
    ArticlePackage::Contents contents {article, {}};
    QJsonArray index;
    for (Photo photo : library.photoStore().photos(article.id)) {
        QFile original(library.directory() + u'/' + photo.storedPath);
        if (!original.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot export the photo %1: %2").arg(photo.fileName, original.errorString());
            return false;
        }
        photo.storedPath = packagedName(photo);
        contents.files << PackageFile {photo.storedPath, original.readAll()};
        photo.articleId = 0;
        index.append(photo.toJson());
    }
    if (!index.isEmpty())
        contents.files << PackageFile {photoIndexName, QJsonDocument(index).toJson(QJsonDocument::Indented)};
    return ArticlePackage::write(path, contents, error);
}

bool ArticleFiles::write(const QString &path, const Article &article, Format format, QString *error)
{
    if (format == Format::Package)
        return ArticlePackage::write(path, article, error);
    const QByteArray data = format == Format::Json ? QJsonDocument(article.toJson()).toJson(QJsonDocument::Indented)
                                                   : standaloneHtml(article).toUtf8();
    // Written whole or not at all: a full disk never leaves half a file.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(shown(path), file.errorString());
    return false;
}

} // namespace Byline
