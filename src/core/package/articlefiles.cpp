#include "articlefiles.h"

#include "article/articlehtml.h"
#include "library/library.h"
#include "package/articlepackage.h"
#include "package/htmlimport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

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

// A zip is a package, a JSON object an article file, markup a web page.
Kind sniff(const QByteArray &bytes)
{
    if (ArticlePackage::looksLikePackage(bytes))
        return Kind::Package;
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    head = head.trimmed();
    if (head.startsWith('{'))
        return Kind::ArticleJson;
    const QByteArray lower = head.toLower();
    if (head.startsWith('<') || lower.contains("<html") || lower.contains("<body"))
        return Kind::HtmlPage;
    return Kind::Unknown;
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

std::optional<Article> ArticleFiles::read(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Article> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return fail(tr("%1 is empty.").arg(shown(path)));

    QString reason;
    switch (sniff(bytes)) {
    case Kind::Package: {
        std::optional<Article> article = ArticlePackage::read(path, &reason);
        return article ? article : fail(reason);
    }
    case Kind::ArticleJson: {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail(tr("%1 is not valid JSON (%2 at byte %3).")
                    .arg(shown(path), parseError.errorString())
                    .arg(parseError.offset));
        Article article = Article::fromJson(document.object(), &reason);
        if (!reason.isEmpty())
            return fail(tr("%1 cannot be imported: %2").arg(shown(path), reason));
        return article;
    }
    case Kind::HtmlPage: {
        std::optional<Article> article = importHtmlArticle(bytes, &reason);
        return article ? article : fail(tr("%1 cannot be imported: %2").arg(shown(path), reason));
    }
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
    if (const std::optional<qint64> existing = library.articleIdForUuid(article.uuid)) {
        // The same story twice: keep both, as separate articles.
        article.uuid = QUuid::createUuid();
        if (note)
            *note = tr("Article %1 already has this article's UUID; the import was added as a copy with a new UUID "
                       "(headline kept).")
                        .arg(*existing);
    }
    if (library.insertArticle(article))
        return true;
    if (error)
        *error = library.errorString();
    return false;
}

QString ArticleFiles::standaloneHtml(const Article &article)
{
    QString html = u"<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
        + article.headline.toHtmlEscaped() + u"</title>\n"_s;
    if (!article.summary.isEmpty())
        html += u"<meta name=\"description\" content=\""_s + article.summary.toHtmlEscaped() + u"\">\n"_s;
    html += u"</head>\n<body>\n<article>\n<h1>"_s + article.headline.toHtmlEscaped() + u"</h1>\n"_s;
    if (!article.deck.isEmpty())
        html += u"<p class=\"deck\">"_s + article.deck.toHtmlEscaped() + u"</p>\n"_s;
    const QString opening = article.byline.bodyOpening();
    if (!opening.isEmpty())
        html += u"<p class=\"byline\">"_s + opening.toHtmlEscaped() + u"</p>\n"_s;
    html += ArticleHtml::sanitize(article.body);
    if (!html.endsWith(u'\n'))
        html += u'\n';
    html += u"</article>\n</body>\n</html>\n"_s;
    return html;
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
