#include "publication.h"

#include "article/article.h"
#include "article/bylinetext.h"
#include "common/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

const Setting<QString> publicationSetting {"publication/json", QString()};

QString fillUrlPattern(QString pattern, const QString &site, const Article &article)
{
    QString trimmedSite = site.trimmed();
    while (trimmedSite.endsWith(u'/'))
        trimmedSite.chop(1);
    auto encoded = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    pattern.replace(u"{site}"_s, trimmedSite);
    pattern.replace(u"{id}"_s, QString::number(article.id));
    pattern.replace(u"{uuid}"_s, article.uuid.toString(QUuid::WithoutBraces));
    pattern.replace(u"{slug}"_s, encoded(article.slug));
    pattern.replace(u"{section}"_s, encoded(article.section));
    return pattern;
}

bool isWebUrl(const QString &url)
{
    return url.startsWith(u"https://"_s, Qt::CaseInsensitive) || url.startsWith(u"http://"_s, Qt::CaseInsensitive);
}

} // namespace

QJsonObject Publication::toJson() const
{
    return QJsonObject {
        {u"name"_s, name},
        {u"siteUrl"_s, siteUrl},
        {u"desktopUrl"_s, desktopUrlPattern},
        {u"mobileUrl"_s, mobileUrlPattern},
        {u"captionStyle"_s, captionStyle},
        {u"timeZone"_s, timeZone},
        {u"dateTimeFormat"_s, dateTimeFormat},
        {u"templatePack"_s, templatePack},
        {u"renditionMaxSize"_s, renditionMaxSize},
        {u"jpegQuality"_s, jpegQuality},
        {u"reporterTitle"_s, reporterTitle},
        {u"copyright"_s, copyright},
        {u"sections"_s, QJsonArray::fromStringList(sections)},
        {u"share"_s,
            QJsonObject {
                {u"facebook"_s, shareFacebook},
                {u"x"_s, shareX},
                {u"kakaotalk"_s, shareKakaoTalk},
            }},
    };
}

Publication Publication::fromJson(const QJsonObject &json, QString *error)
{
    Publication publication;
    QString firstProblem;
    auto problem = [&firstProblem](const QString &message) {
        if (firstProblem.isEmpty())
            firstProblem = message;
    };
    auto wrongType = [&problem](const QString &key) {
        problem(tr("The publication setting \"%1\" has the wrong type; its default is used.").arg(key));
    };
    auto readString = [&](const QString &key, QString &field) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isString()) {
            wrongType(key);
            return false;
        }
        field = value.toString();
        return true;
    };
    auto readInt = [&](const QString &key, int &field, int minimum, int maximum) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isDouble()) {
            wrongType(key);
            return;
        }
        const int number = value.toInt(-1);
        if (number < minimum || number > maximum) {
            problem(tr("The publication setting \"%1\" must be between %2 and %3; its default is used.")
                    .arg(key)
                    .arg(minimum)
                    .arg(maximum));
            return;
        }
        field = number;
    };

    readString(u"name"_s, publication.name);
    const Publication defaults;
    if (readString(u"siteUrl"_s, publication.siteUrl) && !isWebUrl(publication.siteUrl)) {
        problem(tr("The site address \"%1\" must start with https:// or http://.").arg(publication.siteUrl));
        publication.siteUrl = defaults.siteUrl;
    }
    readString(u"desktopUrl"_s, publication.desktopUrlPattern);
    readString(u"mobileUrl"_s, publication.mobileUrlPattern);
    if (readString(u"captionStyle"_s, publication.captionStyle) && !publication.captionStyle.contains(u"{caption}"_s)) {
        problem(
            tr("The caption style \"%1\" has no {caption}; the default style is used.").arg(publication.captionStyle));
        publication.captionStyle = defaults.captionStyle;
    }
    if (readString(u"timeZone"_s, publication.timeZone) && !QTimeZone(publication.timeZone.toLatin1()).isValid()) {
        problem(tr("The time zone \"%1\" is not known; %2 is used.").arg(publication.timeZone, defaults.timeZone));
        publication.timeZone = defaults.timeZone;
    }
    if (readString(u"dateTimeFormat"_s, publication.dateTimeFormat) && publication.dateTimeFormat.trimmed().isEmpty())
        publication.dateTimeFormat = defaults.dateTimeFormat;
    readString(u"templatePack"_s, publication.templatePack);
    readInt(u"renditionMaxSize"_s, publication.renditionMaxSize, MinRenditionSize, MaxRenditionSize);
    readInt(u"jpegQuality"_s, publication.jpegQuality, 1, 100);
    readString(u"reporterTitle"_s, publication.reporterTitle);
    readString(u"copyright"_s, publication.copyright);
    const QJsonValue sections = json.value(u"sections"_s);
    if (sections.isArray()) {
        publication.sections.clear();
        const QJsonArray array = sections.toArray();
        for (const QJsonValue &section : array) {
            if (section.isString() && !section.toString().trimmed().isEmpty())
                publication.sections << section.toString().trimmed();
        }
    } else if (!sections.isUndefined() && !sections.isNull()) {
        wrongType(u"sections"_s);
    }
    const QJsonValue share = json.value(u"share"_s);
    if (share.isObject()) {
        const QJsonObject links = share.toObject();
        const std::pair<QString, QString *> fields[] = {
            {u"facebook"_s, &publication.shareFacebook},
            {u"x"_s, &publication.shareX},
            {u"kakaotalk"_s, &publication.shareKakaoTalk},
        };
        for (const auto &[key, field] : fields) {
            const QJsonValue value = links.value(key);
            if (value.isString() && (value.toString().isEmpty() || isWebUrl(value.toString())))
                *field = value.toString();
            else if (!value.isUndefined() && !value.isNull())
                problem(tr("The share link \"%1\" must be empty or start with https:// or http://.").arg(key));
        }
    } else if (!share.isUndefined() && !share.isNull()) {
        wrongType(u"share"_s);
    }
    if (error)
        *error = firstProblem;
    return publication;
}

Publication Publication::fromSettings()
{
    const QString stored = publicationSetting.value();
    if (stored.isEmpty())
        return {};
    return fromJson(QJsonDocument::fromJson(stored.toUtf8()).object());
}

void Publication::saveToSettings() const
{
    publicationSetting.setValue(QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

QString Publication::settingsKey()
{
    return publicationSetting.key();
}

QString Publication::displayName(const Article &article) const
{
    return name.trimmed().isEmpty() ? article.byline.outlet : name.trimmed();
}

QString Publication::bodyOpening(const ArticleByline &byline) const
{
    return BylineText::opening(byline, reporterTitle);
}

QString Publication::desktopUrl(const Article &article) const
{
    return fillUrlPattern(desktopUrlPattern, siteUrl, article);
}

QString Publication::mobileUrl(const Article &article) const
{
    return fillUrlPattern(mobileUrlPattern, siteUrl, article);
}

QString Publication::shareUrl(const QString &pattern, const QString &url, const QString &title)
{
    QString filled = pattern;
    filled.replace(u"{url}"_s, QString::fromLatin1(QUrl::toPercentEncoding(url)));
    filled.replace(u"{title}"_s, QString::fromLatin1(QUrl::toPercentEncoding(title)));
    return filled;
}

QList<CaptionPiece> Publication::captionPieces(bool hasCaption, bool hasCredit) const
{
    if (!hasCaption && !hasCredit)
        return {};
    // The style as literal text and placeholders.
    QList<CaptionPiece> pieces;
    const QString captionTag = u"{caption}"_s;
    const QString creditTag = u"{credit}"_s;
    qsizetype at = 0;
    while (at < captionStyle.size()) {
        const qsizetype caption = captionStyle.indexOf(captionTag, at);
        const qsizetype credit = captionStyle.indexOf(creditTag, at);
        qsizetype next = caption < 0 ? credit : (credit < 0 ? caption : std::min(caption, credit));
        if (next < 0)
            next = captionStyle.size();
        if (next > at)
            pieces.append({CaptionPiece::Text, captionStyle.mid(at, next - at), false});
        if (next == captionStyle.size())
            break;
        const bool isCaption = next == caption;
        pieces.append({isCaption ? CaptionPiece::Caption : CaptionPiece::Credit, QString(), false});
        at = next + (isCaption ? captionTag.size() : creditTag.size());
    }

    // The credit's part: from the caption to the end when the credit
    // follows it, from the start to the caption when it comes first.
    qsizetype captionIndex = -1;
    qsizetype creditIndex = -1;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (pieces.at(i).kind == CaptionPiece::Caption && captionIndex < 0)
            captionIndex = i;
        else if (pieces.at(i).kind == CaptionPiece::Credit && creditIndex < 0)
            creditIndex = i;
    }
    if (creditIndex >= 0) {
        const bool after = captionIndex < 0 || creditIndex > captionIndex;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (after ? i > captionIndex : i < captionIndex)
                pieces[i].creditPart = true;
        }
    }
    if (!hasCredit)
        pieces.removeIf(
            [](const CaptionPiece &piece) { return piece.creditPart || piece.kind == CaptionPiece::Credit; });
    if (!hasCaption) {
        // Take the caption out with one of the spaces around it.
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (pieces.at(i).kind != CaptionPiece::Caption)
                continue;
            const bool spaceBefore =
                i > 0 && pieces.at(i - 1).kind == CaptionPiece::Text && pieces.at(i - 1).text.endsWith(u' ');
            const bool spaceAfter = i + 1 < pieces.size() && pieces.at(i + 1).kind == CaptionPiece::Text
                && pieces.at(i + 1).text.startsWith(u' ');
            if (spaceBefore && spaceAfter)
                pieces[i + 1].text.remove(0, 1);
            pieces.removeAt(i--);
        }
    }
    pieces.removeIf([](const CaptionPiece &piece) { return piece.kind == CaptionPiece::Text && piece.text.isEmpty(); });
    return pieces;
}

QString Publication::captionText(const QString &caption, const QString &credit) const
{
    const QString trimmedCaption = caption.trimmed();
    const QString trimmedCredit = credit.trimmed();
    QString text;
    const QList<CaptionPiece> pieces = captionPieces(!trimmedCaption.isEmpty(), !trimmedCredit.isEmpty());
    for (const CaptionPiece &piece : pieces) {
        switch (piece.kind) {
        case CaptionPiece::Text:
            text += piece.text;
            break;
        case CaptionPiece::Caption:
            text += trimmedCaption;
            break;
        case CaptionPiece::Credit:
            text += trimmedCredit;
            break;
        }
    }
    return text.trimmed();
}

} // namespace Byline
