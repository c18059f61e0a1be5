#pragma once

#include <QDateTime>
#include <QString>

namespace Byline {

// Marks a library as being edited by a running Byline. The marker is removed
// on a clean exit, so finding one at start (with the instance lock free)
// means the last session ended in a crash or power loss, and the editor can
// say that it recovered the autosaved text.
class EditingSession
{
public:
    explicit EditingSession(const QString &libraryDirectory);
    ~EditingSession();

    // Reads what a previous session left, then marks this one as running.
    bool begin();
    void setArticle(qint64 articleId);
    // Clean exit: the marker goes.
    void end();

    bool previousEndedUncleanly() const { return m_previousUnclean; }
    qint64 previousArticleId() const { return m_previousArticleId; }
    QDateTime previousStarted() const { return m_previousStarted; }

private:
    void write();

    QString m_path;
    qint64 m_articleId = 0;
    bool m_previousUnclean = false;
    qint64 m_previousArticleId = 0;
    QDateTime m_previousStarted;
    QDateTime m_started;
    bool m_active = false;
};

} // namespace Byline
