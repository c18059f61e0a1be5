#pragma once

#include "article/article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Byline {

class Library;

// A named snapshot of an article (Ctrl+S in the editor).
struct RevisionInfo
{
    int number = 0;
    QString name;
    QDateTime created;
};

// The named revisions of the library's articles: a full article JSON
// snapshot each, numbered per article. Failures are reported through the
// library (Library::errorString()).
class RevisionStore
{
    Q_DECLARE_TR_FUNCTIONS(Byline::RevisionStore)

public:
    explicit RevisionStore(Library &library);

    // Snapshots the stored article as revision number article.revision + 1
    // and returns that number, or -1 on failure. Inside a transaction the
    // caller holds it joins it (the publish queue queues a job with it).
    int addRevision(qint64 articleId, const QString &name);
    QList<RevisionInfo> revisions(qint64 articleId) const;
    std::optional<Article> revision(qint64 articleId, int number) const;

private:
    Library &m_library;
};

} // namespace Byline
