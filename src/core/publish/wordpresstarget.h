#pragma once

#include "publishtarget.h"
#include "wordpressclient.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrlQuery>

#include <chrono>
#include <memory>

namespace Byline {

// WordPress through its REST API (/wp-json/wp/v2) with an Application
// Password (docs/wordpress.md). With the Byline connector on the site,
// every post and media item carries its Byline UUID, so an answer lost to
// the network or a crash is found again instead of created twice; without
// it, duplicates are avoided whenever an answer came back.
class WordPressTarget : public PublishTarget
{
    // Its own context: PublishTarget's tr() would look in PublishTarget's.
    Q_DECLARE_TR_FUNCTIONS(Byline::WordPressTarget)

public:
    WordPressTarget(const TargetAccount &account, const QString &password);
    ~WordPressTarget() override;

    TargetOutcome signIn(TargetCapabilities *capabilities, const TargetProgress &progress) override;
    bool uploadsPhotosSeparately() const override { return true; }
    // WordPress image blocks pointing at the uploaded copies (wp-image-ID).
    std::unique_ptr<CmsBodyMarkup> bodyMarkup(const QHash<QString, RemoteMedia> &media) const override;
    TargetOutcome putPhoto(const PhotoUpload &upload, RemoteMedia *media, const TargetProgress &progress) override;
    TargetOutcome putArticle(const ArticleUpload &upload, RemotePost *post, PublishConflict *conflict,
        const TargetProgress &progress) override;

    // The story structure written with a post (`byline_story`,
    // docs/desk-protocol.md): the article and every attached photo in order
    // with its copy on the site, so another Byline gets the story back
    // exactly. DeskAnswers::filedStory reads it.
    static QJsonObject storyStructure(
        const Article &article, const QList<Photo> &photos, const QHash<QString, RemoteMedia> &media);
    // The connector refuses a larger structure.
    static constexpr qsizetype MaxStoryStructureBytes = 2 * 1024 * 1024;

private:
    using Reply = WordPressClient::Reply;

    TargetOutcome ensureCapabilities(const TargetProgress &progress);
    void readUser(const QJsonObject &user, const QJsonObject &can, TargetCapabilities *caps) const;
    std::optional<qint64> lookUpByUuid(
        const QString &route, const QString &uuid, const TargetProgress &progress, TargetOutcome *outcome);
    TargetOutcome termIds(const QString &taxonomy, const QStringList &names, bool mayCreate, QList<qint64> *ids,
        QStringList *missing, const TargetProgress &progress);
    TargetOutcome fetchPost(qint64 id, QJsonObject *post, const TargetProgress &progress);
    static RemotePost remotePostFrom(const QJsonObject &json);

    WordPressClient m_client;
    std::optional<TargetCapabilities> m_capabilities;
    bool m_storyStructure = false; // the connector 2.0 keeps byline_story with each post
    QHash<QString, qint64> m_termIds; // "taxonomy/name" → id, for this run
};

} // namespace Byline
