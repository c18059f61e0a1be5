#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Byline {

class Article;
struct ArticleByline;

// One piece of a caption as the publication's caption style lays it out.
struct CaptionPiece
{
    enum Kind
    {
        Text, // literal text of the style, e.g. "▲ " or " (사진="
        Caption,
        Credit,
    };
    Kind kind = Text;
    QString text; // Text only
    bool creditPart = false; // belongs to the credit's part of the style

    bool operator==(const CaptionPiece &) const = default;
};

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
    // {caption} and {credit}. Without a credit, the credit's part is left out:
    // everything after {caption} when {credit} follows it, everything before
    // {caption} when {credit} comes first.
    QString captionStyle = QStringLiteral("▲ {caption} (사진={credit})");
    QString timeZone = QStringLiteral("Asia/Seoul"); // IANA id, for the 입력/수정 times
    QString dateTimeFormat = QStringLiteral("yyyy.MM.dd HH:mm"); // QDateTime::toString format
    // Empty or "default": the built-in pack; otherwise a folder, or the name
    // of a pack in TemplatePack::userPacksDirectory().
    QString templatePack;
    int renditionMaxSize = 1600; // longest side of published photos, pixels
    int jpegQuality = 85;
    // After the reporters' names in the byline and its opening in the body
    // ("[강원일보] 김민지 기자 ="): the site's language, not the person's.
    QString reporterTitle = QStringLiteral("기자");
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
    // Missing fields keep their defaults. A field of the wrong type or an
    // unusable value keeps its default too; *error (translated) names the
    // first such field.
    static Publication fromJson(const QJsonObject &json, QString *error = nullptr);

    // The publication kept in the settings (QSettings), defaults if none.
    static Publication fromSettings();
    // Announced through SettingsNotifier with settingsKey() when it changes.
    void saveToSettings() const;
    static QString settingsKey();

    // The masthead name: name, else the outlet of the article's byline.
    QString displayName(const Article &article) const;
    // "[강원일보] 김민지·박서준 기자 =" (ArticleByline::bodyOpening's form,
    // with reporterTitle); empty without outlet and reporters.
    QString bodyOpening(const ArticleByline &byline) const;
    QString desktopUrl(const Article &article) const;
    QString mobileUrl(const Article &article) const;
    // A share pattern with the article's URL and headline filled in.
    static QString shareUrl(const QString &pattern, const QString &url, const QString &title);

    // The caption style for a caption and credit, in order; the credit's
    // part is already left out when there is no credit. Empty when both are.
    QList<CaptionPiece> captionPieces(bool hasCaption, bool hasCredit) const;
    // The caption style applied to plain text.
    QString captionText(const QString &caption, const QString &credit) const;

    bool operator==(const Publication &) const = default;
};

} // namespace Byline
