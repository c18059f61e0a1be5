#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Byline {

class Article;

// What a newsroom configures for one site: how its article pages look and
// where they live. A plain value, kept as JSON in the settings and read by
// the command line (docs/templates.md, "The publication").
struct Publication
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Publication)

public:
    QString name; // the outlet as the masthead shows it; empty: the article's byline outlet
    QString siteUrl = QStringLiteral("https://www.example.kr");
    // {site}, {id}, {uuid}, {slug} and {section} are filled in per article.
    QString desktopUrlPattern = QStringLiteral("{site}/news/articleView.html?idxno={id}");
    QString mobileUrlPattern = QStringLiteral("{site}/m/news/articleView.html?idxno={id}");
    // {caption} and {credit}; the credit's part goes when the credit is empty.
    QString captionStyle = QStringLiteral("▲ {caption} (사진={credit})");
    QString timeZone = QStringLiteral("Asia/Seoul"); // IANA id, for the 입력/수정 times
    QString dateTimeFormat = QStringLiteral("yyyy.MM.dd HH:mm"); // QDateTime::toString format
    // Empty or "default": the built-in pack; otherwise a folder, or a pack's
    // name under the user's templates folder (TemplatePack::userPacksDirectory()).
    QString templatePack;
    int renditionMaxSize = 1600; // longest side of published photos, pixels
    int jpegQuality = 85;
    QString copyright; // footer line; empty: "Copyright © YEAR NAME. All rights reserved."
    QStringList sections {QStringLiteral("정치"), QStringLiteral("경제"), QStringLiteral("사회"),
        QStringLiteral("문화"), QStringLiteral("스포츠"), QStringLiteral("오피니언")};
    // Share links; {url} and {title} are filled in percent-encoded. KakaoTalk
    // has no share address that works without Kakao's script, so it is empty
    // (the page then links the article itself) until the newsroom sets one.
    QString shareFacebook = QStringLiteral("https://www.facebook.com/sharer/sharer.php?u={url}");
    QString shareX = QStringLiteral("https://twitter.com/intent/tweet?url={url}&text={title}");
    QString shareKakaoTalk;

    static constexpr int MinRenditionSize = 320;
    static constexpr int MaxRenditionSize = 8000;

    QJsonObject toJson() const;
    // Missing fields keep their defaults. A field of the wrong type or out of
    // range keeps its default too; *error (translated) names the first one.
    static Publication fromJson(const QJsonObject &json, QString *error = nullptr);

    // The publication stored in the settings (QSettings), defaults if none.
    static Publication fromSettings();
    void saveToSettings() const;

    // The masthead name: name, else the outlet of the article's byline.
    QString displayName(const Article &article) const;
    QString desktopUrl(const Article &article) const;
    QString mobileUrl(const Article &article) const;
    // The caption style applied to plain text (no HTML escaping).
    QString captionText(const QString &caption, const QString &credit) const;

    bool operator==(const Publication &) const = default;
};

} // namespace Byline
