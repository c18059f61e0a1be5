#include "deskactioncommands.h"

#include "commands.h"
#include "desk/deskclient.h"
#include "library/library.h"
#include "publish/embargo.h"
#include "publish/outbox.h"
#include "publish/publishenvironment.h"
#include "publish/publishservice.h"
#include "publish/targetaccount.h"
#include "publishcli.h"
#include "render/publication.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Byline::Cli {

using namespace PublishCli;

namespace {

// The story and the target whose post the command acts on: --target, or the
// one site that has the story.
struct DeskSubject
{
    Article article;
    TargetAccount account;
    RemotePost post;
};

std::optional<DeskSubject> deskSubject(
    Library &library, qint64 articleId, const QString &targetName, Context &context, int *code)
{
    *code = Failure;
    const std::optional<Article> article = loadArticle(library, articleId, context);
    if (!article)
        return std::nullopt;
    const Outbox outbox(library);
    const QList<std::pair<QString, RemotePost>> posts = outbox.remotePostsOf(article->uuid);
    std::optional<std::pair<QString, RemotePost>> chosen;
    for (const auto &post : posts) {
        if (targetName.isEmpty() ? posts.size() == 1 : post.first == targetName)
            chosen = post;
    }
    if (!chosen) {
        if (!targetName.isEmpty() || posts.isEmpty()) {
            context.err << QCoreApplication::translate("Byline::Cli",
                "Article %1 is not on %2: send it there first (byline publish), or open it "
                "from the desk (byline desk open).")
                               .arg(articleId)
                               .arg(targetName.isEmpty() ? QCoreApplication::translate("Byline::Cli", "any site")
                                                         : targetName)
                        << Qt::endl;
            return std::nullopt;
        }
        QStringList names;
        for (const auto &post : posts)
            names << post.first;
        context.err << u"byline "_s << context.arguments.value(0) << u": "_s
                    << QCoreApplication::translate("Byline::Cli", "article %1 is on %2; say which with --target.")
                           .arg(articleId)
                           .arg(names.join(u", "_s))
                    << Qt::endl;
        *code = UsageError;
        return std::nullopt;
    }
    const std::optional<TargetAccount> account = TargetAccounts::find(chosen->first);
    if (!account) {
        context.err << QCoreApplication::translate(
            "Byline::Cli", "There is no target called %1; \"byline targets list\" shows them.")
                           .arg(chosen->first)
                    << Qt::endl;
        return std::nullopt;
    }
    return DeskSubject {*article, *account, chosen->second};
}

QCommandLineOption targetOption()
{
    return QCommandLineOption(u"target"_s,
        QCoreApplication::translate("Byline::Cli", "The site the story is on, when it is on more than one"),
        QCoreApplication::translate("Byline::Cli", "NAME"));
}

// Queues the action and runs it until it is done or waits for a person.
// Prints "POST STATUS" on success.
int runDeskAction(qint64 articleId, const QString &targetName, PublishAction action, const QDateTime &at,
    const QString &note, Context &context)
{
    Library library;
    if (!openLibrary(library, context))
        return Failure;
    int code = Failure;
    const std::optional<DeskSubject> subject = deskSubject(library, articleId, targetName, context, &code);
    if (!subject)
        return code;
    PublishService service(library);
    const std::optional<PublishJob> queued = service.enqueue(articleId, subject->account.name, action, at, note);
    if (!queued) {
        context.err << service.errorString() << Qt::endl;
        return Failure;
    }
    context.err << QCoreApplication::translate("Byline::Cli", "job %1: queued: %2 on %3.")
                       .arg(queued->id)
                       .arg(PublishNames::actionDisplayName(action), subject->account.description())
                << Qt::endl;
    const std::optional<PublishJob> job = runJob(service, queued->id, context);
    if (!job)
        return Failure;
    if (job->state != PublishState::Done) {
        reportUnfinished(*job, context);
        return Failure;
    }
    context.err << job->message << Qt::endl;
    const std::optional<RemotePost> post = Outbox(library).remotePost(subject->account.name, subject->article.uuid);
    context.out << job->remoteId << u' ' << (post ? post->status : QString()) << Qt::endl;
    return Success;
}

int deskReturn(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Returns a filed story to its reporter (반려) with a note saying why: the post goes back to "
        "draft on the site and the reporter sees the note. The action goes through the publish queue: "
        "offline, it waits and is sent once when the network is back. On success it prints the post's "
        "id and status."));
    addArticleIdArgument(parser);
    const QCommandLineOption noteOption(u"note"_s,
        QCoreApplication::translate("Byline::Cli", "Why the story goes back (required)"),
        QCoreApplication::translate("Byline::Cli", "TEXT"));
    const QCommandLineOption target = targetOption();
    parser.addOptions({noteOption, target});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    const std::optional<qint64> id = articleIdArgument(parser, context);
    if (!id)
        return UsageError;
    if (parser.value(noteOption).trimmed().isEmpty()) {
        context.err << u"byline desk return: "_s
                    << QCoreApplication::translate("Byline::Cli", "say why the story goes back with --note TEXT.")
                    << Qt::endl;
        return UsageError;
    }
    return runDeskAction(*id, parser.value(target), PublishAction::Return, {}, parser.value(noteOption), context);
}

int deskApprove(Context &context)
{
    const QString zone = Publication::fromSettings().timeZone;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Approves a filed story (출고): it is published now, or at --at. --at takes an ISO 8601 date "
        "and time such as 2026-12-01T09:00, read in the publication's time zone (%1) unless it carries "
        "Z or an offset. A story under embargo is not approved for a time before it. The action goes "
        "through the publish queue; on success it prints the post's id and status.")
            .arg(zone));
    addArticleIdArgument(parser);
    const QCommandLineOption atOption(u"at"_s,
        QCoreApplication::translate("Byline::Cli", "When the story goes live (ISO 8601)"),
        QCoreApplication::translate("Byline::Cli", "TIME"));
    const QCommandLineOption target = targetOption();
    parser.addOptions({atOption, target});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    const std::optional<qint64> id = articleIdArgument(parser, context);
    if (!id)
        return UsageError;
    QDateTime at;
    if (parser.isSet(atOption)) {
        at = scheduleTime(parser.value(atOption), zone);
        if (!at.isValid()) {
            context.err << u"byline desk approve: "_s
                        << QCoreApplication::translate("Byline::Cli",
                               "cannot read the time \"%1\"; write it as ISO 8601, such as 2025-06-02T09:00 or "
                               "2025-06-02T09:00+09:00.")
                               .arg(parser.value(atOption).left(100))
                        << Qt::endl;
            return UsageError;
        }
        if (at <= QDateTime::currentDateTimeUtc()) {
            context.err << u"byline desk approve: "_s
                        << QCoreApplication::translate(
                               "Byline::Cli", "the time %1 has passed; a scheduled story needs a time in the future.")
                               .arg(parser.value(atOption).left(100))
                        << Qt::endl;
            return UsageError;
        }
    }
    return runDeskAction(*id, parser.value(target), PublishAction::Approve, at, {}, context);
}

QString noteKindName(DeskNoteKind kind)
{
    switch (kind) {
    case DeskNoteKind::Return:
        return QCoreApplication::translate("Byline::Cli", "returned");
    case DeskNoteKind::Approve:
        return QCoreApplication::translate("Byline::Cli", "approved");
    case DeskNoteKind::Comment:
        break;
    }
    return QCoreApplication::translate("Byline::Cli", "note");
}

int deskNotes(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Prints the desk's notes on a story the site has, oldest first: who wrote each, when, and whether it "
        "returned or approved the story. Only accounts that may edit the story can read them."));
    addArticleIdArgument(parser);
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("Byline::Cli", "Print JSON instead of text"));
    const QCommandLineOption target = targetOption();
    parser.addOptions({jsonOption, target});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    const std::optional<qint64> id = articleIdArgument(parser, context);
    if (!id)
        return UsageError;
    Library library;
    if (!openLibrary(library, context))
        return Failure;
    const std::optional<DeskSubject> subject = deskSubject(library, *id, parser.value(target), context, &code);
    if (!subject)
        return code;

    const PublishEnvironment environment = PublishEnvironment::fromSettings();
    QString error;
    QString password;
    if (subject->account.needsPassword()) {
        const std::optional<QString> stored = environment.password(subject->account, &error);
        if (!stored) {
            context.err << (error.isEmpty() ? QCoreApplication::translate("Byline::Cli", "There is no password for %1.")
                                                  .arg(subject->account.description())
                                            : error)
                        << Qt::endl;
            return Failure;
        }
        password = *stored;
    }
    const std::unique_ptr<DeskClient> desk = DeskClient::create(subject->account, password, &error);
    if (!desk) {
        context.err << error << Qt::endl;
        return Failure;
    }
    QList<DeskNote> notes;
    TargetProgress progress;
    progress.cancelled = InterruptGuard::flag();
    InterruptGuard guard;
    if (const TargetOutcome outcome = desk->notes(subject->post.id, &notes, progress); !outcome.ok()) {
        context.err << outcome.message << Qt::endl;
        return Failure;
    }
    const QTimeZone zone = Embargo::zone(Publication::fromSettings().timeZone);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const DeskNote &note : std::as_const(notes))
            array.append(QJsonObject {{u"id"_s, note.id},
                {u"author"_s, QJsonObject {{u"id"_s, note.author.id}, {u"name"_s, note.author.name}}},
                {u"time"_s, note.time.toUTC().toString(Qt::ISODate)}, {u"kind"_s, deskNoteKindKey(note.kind)},
                {u"text"_s, note.text}});
        context.out << prettyJson(array) << Qt::flush;
        return Success;
    }
    if (notes.isEmpty()) {
        context.out << QCoreApplication::translate("Byline::Cli", "The story has no notes.") << Qt::endl;
        return Success;
    }
    for (const DeskNote &note : std::as_const(notes))
        context.out << Embargo::timeText(note.time, zone) << u"  "_s << note.author.name << u" ("_s
                    << noteKindName(note.kind) << u")\n    "_s << QString(note.text).replace(u'\n', u"\n    "_s)
                    << u'\n';
    context.out.flush();
    return Success;
}

} // namespace

void addDeskActionCommands(Dispatcher &dispatcher)
{
    dispatcher.add({u"desk return"_s,
        QT_TRANSLATE_NOOP("Byline::Cli", "Return a filed story to its reporter with a note"), false, deskReturn});
    dispatcher.add({u"desk approve"_s,
        QT_TRANSLATE_NOOP("Byline::Cli", "Approve a filed story: publish now or at a time"), false, deskApprove});
    dispatcher.add(
        {u"desk notes"_s, QT_TRANSLATE_NOOP("Byline::Cli", "Show the desk's notes on a story"), false, deskNotes});
}

} // namespace Byline::Cli
