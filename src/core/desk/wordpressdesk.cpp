#include "wordpressdesk.h"

#include "deskanswers.h"

#include <QIODevice>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString route(qint64 post, QStringView what)
{
    return u"/byline/v1/posts/%1/%2"_s.arg(post).arg(what);
}

QString kindWord(DeskAction::Kind kind)
{
    switch (kind) {
    case DeskAction::Kind::Submit:
        return u"submit"_s;
    case DeskAction::Kind::Return:
        return u"return"_s;
    case DeskAction::Kind::Approve:
        return u"approve"_s;
    case DeskAction::Kind::Note:
        return u"note"_s;
    }
    return u"note"_s;
}

QString shownTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

WordPressDesk::WordPressDesk(const TargetAccount &account, const QString &password)
    : m_policy(RetryPolicy::fromEnvironment())
    , m_client(account, password, &m_policy)
{ }

WordPressDesk::~WordPressDesk() = default;

QString WordPressDesk::code(const Reply &reply)
{
    return reply.json.object().value(u"code"_s).toString();
}

TargetOutcome WordPressDesk::locate(const TargetProgress &progress)
{
    if (m_located)
        return TargetOutcome::success();
    DeskSupport support;
    return this->support(&support, progress);
}

WordPressDesk::Reply WordPressDesk::read(
    const QString &route, const QUrlQuery &query, const QString &what, const TargetProgress &progress)
{
    Reply reply = m_client.read(route, progress, query, what);
    // Not located yet and a page came instead of JSON: the site may have
    // plain permalinks. A read may be asked again once it is found.
    if (!m_located && !WordPressClient::isTransient(reply) && !reply.json.isObject() && !reply.cancelled
        && !(reply.status >= 300 && reply.status < 400)) {
        if (locate(progress).ok())
            reply = m_client.read(route, progress, query, what);
    }
    return reply;
}

TargetOutcome WordPressDesk::answer(const Reply &reply, const QString &what, qint64 post, QJsonObject *json) const
{
    const QString reason = code(reply);
    if (reply.status == 404 && reason == u"rest_no_route"_s)
        return TargetOutcome::make(
            TargetOutcome::Hold, DeskSupport().missing(), reply.status, WordPressClient::serverText(reply));
    if (reply.status == 404 && reason == u"byline_no_post"_s)
        return TargetOutcome::make(TargetOutcome::Hold,
            tr("%1: the story (post %2) is no longer on the site: it was deleted or moved to the trash.")
                .arg(what)
                .arg(post),
            reply.status, WordPressClient::serverText(reply));
    TargetOutcome outcome = m_client.outcomeOf(reply, what);
    if (!outcome.ok())
        return outcome;
    if (reply.body.size() > DeskAnswers::MaxAnswerBytes)
        return m_client.damaged(
            reply, what, tr("it is larger than Byline reads (%1 MB)").arg(DeskAnswers::MaxAnswerBytes / (1024 * 1024)));
    if (!reply.json.isObject())
        return m_client.damaged(reply, what, tr("it is not what was asked for"));
    *json = reply.json.object();
    return outcome;
}

TargetOutcome WordPressDesk::support(DeskSupport *support, const TargetProgress &progress)
{
    const QString what = tr("Asking the site what its desk offers");
    const Reply reply = m_client.readInfo(progress, what);
    if (reply.status == 404) {
        // No connector: publishing works; the desk says what is missing.
        m_located = true;
        *support = DeskSupport();
        return TargetOutcome::success();
    }
    TargetOutcome outcome = m_client.outcomeOf(reply, what);
    if (!outcome.ok())
        return outcome;
    if (!reply.json.isObject())
        return m_client.damaged(reply, what, tr("it is not what was asked for"));
    m_located = true;
    *support = DeskAnswers::support(reply.json.object());
    return outcome;
}

TargetOutcome WordPressDesk::inbox(
    const QString &since, DeskInbox *inbox, bool *changed, const TargetProgress &progress)
{
    const QString what = tr("Reading the desk's list");
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem(u"since"_s, QString::fromLatin1(QUrl::toPercentEncoding(since)));
    const Reply reply = read(u"/byline/v1/inbox"_s, query, what, progress);
    QJsonObject json;
    if (TargetOutcome outcome = answer(reply, what, 0, &json); !outcome.ok())
        return outcome;
    DeskInbox read;
    bool readChanged = false;
    QString problem;
    if (!DeskAnswers::inbox(json, &read, &readChanged, &problem))
        return m_client.damaged(reply, what, problem);
    *changed = readChanged;
    if (!readChanged)
        return TargetOutcome::success();
    TargetOutcome outcome = TargetOutcome::success();
    if (read.skipped > 0)
        outcome.notes.append(
            tr("%n stories in the site's list could not be read and are not shown.", "", read.skipped));
    *inbox = std::move(read);
    return outcome;
}

TargetOutcome WordPressDesk::story(qint64 post, DeskFiledStory *story, const TargetProgress &progress)
{
    const QString what = tr("Reading the story (post %1)").arg(post);
    const Reply reply = read(route(post, u"story"), QUrlQuery(), what, progress);
    QJsonObject json;
    if (TargetOutcome outcome = answer(reply, what, post, &json); !outcome.ok())
        return outcome;
    DeskFiledStory read;
    QString problem;
    if (!DeskAnswers::filedStory(json, &read, &problem))
        return m_client.damaged(reply, what, problem);
    if (read.summary.post != post)
        return m_client.damaged(reply, what, tr("it names the item %1").arg(read.summary.post));
    *story = std::move(read);
    return TargetOutcome::success();
}

TargetOutcome WordPressDesk::download(const QUrl &url, QIODevice *out, qint64 maxBytes, const TargetProgress &progress)
{
    const QString what = tr("Downloading a photo");
    if (const QString problem = WordPressClient::itemProblem(1, url, true); !problem.isEmpty())
        return TargetOutcome::make(TargetOutcome::Hold, tr("%1: the site named no photo file: %2.").arg(what, problem));
    qint64 written = 0;
    bool tooLarge = false;
    bool writeFailed = false;
    const Reply reply = m_client.download(
        url,
        [&](QByteArrayView data) {
            if (written + data.size() > maxBytes) {
                tooLarge = true;
                return false;
            }
            if (out->write(data.data(), data.size()) != data.size()) {
                writeFailed = true;
                return false;
            }
            written += data.size();
            return true;
        },
        progress);
    if (tooLarge)
        return TargetOutcome::make(TargetOutcome::Hold,
            tr("%1: the photo is larger than %2 MB, more than Byline takes from a site.")
                .arg(what)
                .arg(maxBytes / (1024 * 1024)));
    if (writeFailed)
        return TargetOutcome::make(TargetOutcome::Hold,
            tr("%1: the photo could not be written on this computer (%2).").arg(what, out->errorString()));
    return m_client.outcomeOf(reply, what);
}

TargetOutcome WordPressDesk::lock(
    qint64 post, bool takeover, DeskLock *lock, std::optional<DeskLock> *heldBy, const TargetProgress &progress)
{
    if (TargetOutcome outcome = locate(progress); !outcome.ok())
        return outcome;
    const QString what = tr("Taking the story (post %1)").arg(post);
    const Reply reply =
        m_client.sendJson("POST", route(post, u"lock"), QJsonObject {{u"takeover"_s, takeover}}, progress);
    if (reply.status == 409 && code(reply) == u"byline_locked"_s) {
        const std::optional<DeskLock> holder =
            DeskAnswers::lock(reply.json.object().value(u"data"_s).toObject().value(u"lock"_s));
        *heldBy = holder;
        const QString name = holder && !holder->user.name.isEmpty() ? holder->user.name : tr("Someone else");
        const QString message = holder && holder->since.isValid()
            ? tr("%1 is editing this story since %2.").arg(name, shownTime(holder->since))
            : tr("%1 is editing this story.").arg(name);
        return TargetOutcome::make(TargetOutcome::Hold, message, reply.status);
    }
    QJsonObject json;
    if (TargetOutcome outcome = answer(reply, what, post, &json); !outcome.ok())
        return outcome;
    const std::optional<DeskLock> held = DeskAnswers::lock(json.value(u"lock"_s));
    if (!held)
        return m_client.damaged(reply, what, tr("it does not say who holds the story"));
    *lock = *held;
    heldBy->reset();
    return TargetOutcome::success();
}

TargetOutcome WordPressDesk::release(qint64 post, const TargetProgress &progress)
{
    if (TargetOutcome outcome = locate(progress); !outcome.ok())
        return outcome;
    const QString what = tr("Letting go of the story (post %1)").arg(post);
    const Reply reply = m_client.sendJson("DELETE", route(post, u"lock"), {}, progress);
    // Someone else holds it now, or it is gone: there is nothing of ours to let go.
    if ((reply.status == 409 && code(reply) == u"byline_locked"_s)
        || (reply.status == 404 && code(reply) == u"byline_no_post"_s))
        return TargetOutcome::success();
    QJsonObject json;
    return answer(reply, what, post, &json);
}

TargetOutcome WordPressDesk::notes(qint64 post, QList<DeskNote> *notes, const TargetProgress &progress)
{
    const QString what = tr("Reading the notes (post %1)").arg(post);
    const Reply reply = read(route(post, u"notes"), QUrlQuery(), what, progress);
    QJsonObject json;
    if (TargetOutcome outcome = answer(reply, what, post, &json); !outcome.ok())
        return outcome;
    QList<DeskNote> read;
    int skipped = 0;
    QString problem;
    if (!DeskAnswers::notes(json, &read, &skipped, &problem))
        return m_client.damaged(reply, what, problem);
    *notes = std::move(read);
    TargetOutcome outcome = TargetOutcome::success();
    if (skipped > 0)
        outcome.notes.append(tr("%n notes could not be read and are not shown.", "", skipped));
    return outcome;
}

TargetOutcome WordPressDesk::act(const DeskAction &action, DeskActionResult *result, const TargetProgress &progress)
{
    QString what;
    switch (action.kind) {
    case DeskAction::Kind::Submit:
        what = tr("Sending the story (post %1) to the desk").arg(action.post);
        break;
    case DeskAction::Kind::Return:
        what = tr("Returning the story (post %1)").arg(action.post);
        break;
    case DeskAction::Kind::Approve:
        what = tr("Approving the story (post %1)").arg(action.post);
        break;
    case DeskAction::Kind::Note:
        what = tr("Adding a note to the story (post %1)").arg(action.post);
        break;
    }
    if (action.kind == DeskAction::Kind::Return && action.note.trimmed().isEmpty())
        return TargetOutcome::make(
            TargetOutcome::Hold, tr("%1: a return needs a note telling the reporter what to change.").arg(what));
    if (TargetOutcome outcome = locate(progress); !outcome.ok())
        return outcome;
    QJsonObject body {{u"action"_s, action.id.toString(QUuid::WithoutBraces)}, {u"kind"_s, kindWord(action.kind)},
        {u"note"_s, action.note}};
    if (action.at.isValid())
        body.insert(u"at"_s, action.at.toUTC().toString(Qt::ISODate));
    const Reply reply = m_client.sendJson("POST", route(action.post, u"actions"), body, progress);
    if (reply.status == 400 && code(reply) == u"byline_note_required"_s)
        return TargetOutcome::make(TargetOutcome::Hold,
            tr("%1: a return needs a note telling the reporter what to change.").arg(what), reply.status,
            WordPressClient::serverText(reply));
    if (reply.status == 409 && code(reply) == u"byline_embargo"_s) {
        const QDateTime embargo =
            DeskAnswers::time(reply.json.object().value(u"data"_s).toObject().value(u"embargo"_s));
        const QString message = embargo.isValid()
            ? tr("%1: the story is under embargo until %2; it cannot go out before then. Schedule it for that "
                 "time instead.")
                  .arg(what, shownTime(embargo))
            : tr("%1: the story is under embargo; it cannot go out yet.").arg(what);
        return TargetOutcome::make(TargetOutcome::Hold, message, reply.status, WordPressClient::serverText(reply));
    }
    QJsonObject json;
    if (TargetOutcome outcome = answer(reply, what, action.post, &json); !outcome.ok())
        return outcome;
    DeskActionResult read;
    QString problem;
    if (!DeskAnswers::actionResult(json, &read, &problem))
        return m_client.damaged(reply, what, problem);
    if (read.post != action.post)
        return m_client.damaged(reply, what, tr("it names the item %1").arg(read.post));
    *result = std::move(read);
    return TargetOutcome::success();
}

} // namespace Byline
