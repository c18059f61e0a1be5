#pragma once

// A desk client with scripted answers, on top of the watcher and the window
// to inject what a site would say (offline, refused, a new list) and count
// requests. The WordPress client itself is tested against the real site
// (tst_deskclient, tst_deskconnector).

#include "desk/deskclient.h"
#include "desk/deskwatcher.h"

#include <QMutex>
#include <QSemaphore>

#include <deque>
#include <memory>

namespace Byline::Test {

inline DeskSupport fullSupport()
{
    DeskSupport support;
    support.connectorVersion = QStringLiteral("2.0.0");
    support.locks = support.notes = support.inbox = support.actions = support.embargo = support.story = true;
    return support;
}

// What the site answers, one inbox request at a time.
struct Script
{
    QMutex mutex;
    DeskSupport support = fullSupport();
    struct Answer
    {
        TargetOutcome outcome;
        bool changed = true;
        DeskInbox inbox;
    };
    std::deque<Answer> answers;
    QStringList sinceTokens;
    int supportCalls = 0;
    int inboxCalls = 0;
    QSemaphore *gate = nullptr; // when set, each inbox request waits for a release
};

class ScriptedDeskClient : public DeskClient
{
public:
    explicit ScriptedDeskClient(std::shared_ptr<Script> script)
        : m_script(std::move(script))
    { }
    TargetOutcome support(DeskSupport *support, const TargetProgress &) override
    {
        QMutexLocker lock(&m_script->mutex);
        ++m_script->supportCalls;
        *support = m_script->support;
        return TargetOutcome::success();
    }
    TargetOutcome inbox(const QString &since, DeskInbox *inbox, bool *changed, const TargetProgress &) override
    {
        if (m_script->gate)
            m_script->gate->acquire();
        QMutexLocker lock(&m_script->mutex);
        ++m_script->inboxCalls;
        m_script->sinceTokens.append(since);
        if (m_script->answers.empty())
            return TargetOutcome::make(TargetOutcome::Offline, QStringLiteral("The site cannot be reached."));
        Script::Answer answer = m_script->answers.front();
        m_script->answers.pop_front();
        *changed = answer.changed;
        if (answer.outcome.ok() && answer.changed)
            *inbox = answer.inbox;
        return answer.outcome;
    }
    TargetOutcome story(qint64, DeskFiledStory *, const TargetProgress &) override { return {}; }
    TargetOutcome download(const QUrl &, QIODevice *, qint64, const TargetProgress &) override { return {}; }
    TargetOutcome lock(qint64, bool, DeskLock *, std::optional<DeskLock> *, const TargetProgress &) override
    {
        return {};
    }
    TargetOutcome release(qint64, const TargetProgress &) override { return {}; }
    TargetOutcome notes(qint64, QList<DeskNote> *, const TargetProgress &) override { return {}; }
    TargetOutcome act(const DeskAction &, DeskActionResult *, const TargetProgress &) override { return {}; }

private:
    std::shared_ptr<Script> m_script;
};

inline DeskWatcher::ClientFactory factoryFor(const std::shared_ptr<Script> &script)
{
    return [script](QString *) { return std::make_unique<ScriptedDeskClient>(script); };
}

inline Script::Answer listAnswer(DeskInbox inbox, const QString &token)
{
    inbox.token = token;
    inbox.fetched = {};
    return {TargetOutcome::success(), true, inbox};
}

} // namespace Byline::Test
