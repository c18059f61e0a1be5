#pragma once

#include "deskclient.h"
#include "publish/retrypolicy.h"
#include "publish/wordpressclient.h"

namespace Byline {

// The desk on a WordPress site with the Byline connector 2.0
// (docs/desk-protocol.md), through the same exchange as publishing
// (WordPressClient): sign-in, retries of reads in place, limits, and the
// server's words made safe.
class WordPressDesk : public DeskClient
{
    Q_DECLARE_TR_FUNCTIONS(Byline::WordPressDesk)

public:
    WordPressDesk(const TargetAccount &account, const QString &password);
    ~WordPressDesk() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

    TargetOutcome support(DeskSupport *support, const TargetProgress &progress) override;
    TargetOutcome inbox(const QString &since, DeskInbox *inbox, bool *changed, const TargetProgress &progress) override;
    TargetOutcome story(qint64 post, DeskFiledStory *story, const TargetProgress &progress) override;
    TargetOutcome download(const QUrl &url, QIODevice *out, qint64 maxBytes, const TargetProgress &progress) override;
    TargetOutcome lock(qint64 post, bool takeover, DeskLock *lock, std::optional<DeskLock> *heldBy,
        const TargetProgress &progress) override;
    TargetOutcome release(qint64 post, const TargetProgress &progress) override;
    TargetOutcome notes(qint64 post, QList<DeskNote> *notes, const TargetProgress &progress) override;
    TargetOutcome act(const DeskAction &action, DeskActionResult *result, const TargetProgress &progress) override;

private:
    using Reply = WordPressClient::Reply;

    // Where the site's REST API is (/wp-json/ or ?rest_route=), found once
    // before the first write: a write is never sent twice to find out.
    TargetOutcome locate(const TargetProgress &progress);
    Reply read(const QString &route, const QUrlQuery &query, const QString &what, const TargetProgress &progress);
    // The outcome of an answer to a desk route, with the desk's own refusals
    // said in words; ok and *json set when it is an object within limits.
    TargetOutcome answer(const Reply &reply, const QString &what, qint64 post, QJsonObject *json) const;
    static QString code(const Reply &reply);

    RetryPolicy m_policy;
    WordPressClient m_client;
    bool m_located = false;
};

} // namespace Byline
