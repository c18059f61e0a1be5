#include "deskcommands.h"

#include "commands.h"
#include "desk/deskclient.h"
#include "desk/deskinboxmodel.h"
#include "desk/deskopener.h"
#include "desk/deskstore.h"
#include "library/library.h"
#include "publish/embargo.h"
#include "publish/publishenvironment.h"
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

QCommandLineOption deskTargetOption()
{
    return QCommandLineOption(u"target"_s,
        QCoreApplication::translate("Byline::Cli", "The site whose desk it is (byline targets list)"),
        QCoreApplication::translate("Byline::Cli", "NAME"));
}

// The account's desk client, or nullptr with the reason printed.
std::unique_ptr<DeskClient> deskClient(const QString &targetName, Context &context, TargetAccount *account)
{
    const std::optional<TargetAccount> found = TargetAccounts::find(targetName);
    if (!found) {
        context.err << QCoreApplication::translate(
            "Byline::Cli", "There is no target called %1; \"byline targets list\" shows them.")
                           .arg(targetName)
                    << Qt::endl;
        return nullptr;
    }
    *account = *found;
    QString error;
    QString password;
    if (found->needsPassword()) {
        const std::optional<QString> stored = PublishEnvironment::fromSettings().password(*found, &error);
        if (!stored) {
            context.err << (error.isEmpty() ? QCoreApplication::translate("Byline::Cli", "There is no password for %1.")
                                                  .arg(found->description())
                                            : error)
                        << Qt::endl;
            return nullptr;
        }
        password = *stored;
    }
    std::unique_ptr<DeskClient> client = DeskClient::create(*found, password, &error);
    if (!client)
        context.err << error << Qt::endl;
    return client;
}

std::optional<std::optional<DeskState>> stateFromKey(const QString &key)
{
    if (key.isEmpty() || key == u"all"_s)
        return std::optional<DeskState>();
    const std::optional<DeskState> state = deskStateFromKey(key);
    if (!state || *state == DeskState::Draft)
        return std::nullopt; // --status names the desk's tabs only
    return std::optional<DeskState>(*state);
}

QJsonValue utcOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject storyRow(const DeskStory &story, const std::optional<DeskLink> &link)
{
    return {{u"post"_s, story.post},
        {u"uuid"_s, story.uuid.isNull() ? QJsonValue(QJsonValue::Null) : story.uuid.toString(QUuid::WithoutBraces)},
        {u"headline"_s, story.headline}, {u"status"_s, story.status}, {u"state"_s, deskStateKey(story.state())},
        {u"author"_s, story.author.name}, {u"modified"_s, utcOrNull(story.modified)}, {u"section"_s, story.section},
        {u"lockedBy"_s, story.lock ? QJsonValue(story.lock->user.name) : QJsonValue(QJsonValue::Null)},
        {u"lockedSince"_s, story.lock ? utcOrNull(story.lock->since) : QJsonValue(QJsonValue::Null)},
        {u"scheduled"_s, utcOrNull(story.scheduled)}, {u"embargo"_s, utcOrNull(story.embargo)},
        {u"notes"_s, story.notes}, {u"returned"_s, story.returned},
        {u"article"_s, link ? QJsonValue(link->articleId) : QJsonValue(QJsonValue::Null)}};
}

int deskList(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Lists the stories on a site's desk: filed (송고), in editing (데스킹 중), returned (반려), scheduled (예약) "
        "and published in the last 24 hours (출고), with who holds each. Offline, it shows the last list it read, "
        "saying when that was."));
    const QCommandLineOption target = deskTargetOption();
    const QCommandLineOption statusOption(u"status"_s,
        QCoreApplication::translate(
            "Byline::Cli", "Only these stories: filed, editing, returned, scheduled, published or all (the default)"),
        QCoreApplication::translate("Byline::Cli", "STATUS"));
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("Byline::Cli", "Print the stories as JSON"));
    parser.addOptions({target, statusOption, jsonOption});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    if (parser.value(target).isEmpty()) {
        context.err << u"byline desk list: "_s
                    << QCoreApplication::translate("Byline::Cli", "say whose desk with --target NAME.") << Qt::endl;
        return UsageError;
    }
    const std::optional<std::optional<DeskState>> wanted = stateFromKey(parser.value(statusOption));
    if (!wanted) {
        context.err << u"byline desk list: "_s
                    << QCoreApplication::translate(
                           "Byline::Cli", "--status takes filed, editing, returned, scheduled, published or all.")
                    << Qt::endl;
        return UsageError;
    }
    Library library;
    if (!openLibrary(library, context))
        return Failure;
    TargetAccount account;
    const std::unique_ptr<DeskClient> client = deskClient(parser.value(target), context, &account);
    if (!client)
        return Failure;

    InterruptGuard guard;
    TargetProgress progress;
    progress.cancelled = InterruptGuard::flag();
    DeskInbox inbox;
    bool changed = true;
    const TargetOutcome outcome = client->inbox({}, &inbox, &changed, progress);
    if (outcome.ok()) {
        if (!inbox.fetched.isValid())
            inbox.fetched = QDateTime::currentDateTimeUtc();
        if (!library.deskStore().saveInbox(account.name, inbox))
            context.err << library.errorString() << Qt::endl;
    } else {
        const std::optional<DeskInbox> cached = library.deskStore().loadInbox(account.name);
        const bool unreachable = outcome.kind == TargetOutcome::Offline || outcome.kind == TargetOutcome::Retry;
        if (!cached || !unreachable) {
            context.err << outcome.message << Qt::endl;
            return Failure;
        }
        const QTimeZone zone = Embargo::zone(Publication::fromSettings().timeZone);
        context.err << outcome.message << Qt::endl
                    << QCoreApplication::translate("Byline::Cli", "The list as it was at %1:")
                           .arg(Embargo::timeText(cached->fetched, zone))
                    << Qt::endl;
        inbox = *cached;
    }

    QList<DeskStory> stories;
    for (const DeskStory &story : std::as_const(inbox.stories)) {
        if (*wanted ? story.state() == **wanted : story.state() != DeskState::Draft)
            stories << story;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const DeskStory &story : std::as_const(stories))
            rows.append(storyRow(story, library.deskStore().linkForPost(account.name, story.post)));
        context.out << prettyJson(rows) << Qt::flush;
        return Success;
    }
    if (stories.isEmpty()) {
        context.out << QCoreApplication::translate("Byline::Cli", "No stories.") << Qt::endl;
        return Success;
    }
    const QTimeZone zone = Embargo::zone(Publication::fromSettings().timeZone);
    for (const DeskStory &story : std::as_const(stories)) {
        context.out << story.post << u'\t' << DeskInboxModel::stateName(story.state()) << u'\t' << story.headline
                    << u'\t' << story.author.name << u'\t' << Embargo::timeText(story.modified, zone);
        if (story.lock)
            context.out << u'\t'
                        << QCoreApplication::translate("Byline::Cli", "%1 is editing").arg(story.lock->user.name);
        if (story.notes > 0)
            context.out << u'\t' << QCoreApplication::translate("Byline::Cli", "%n note(s)", nullptr, story.notes);
        context.out << u'\n';
    }
    context.out.flush();
    return Success;
}

int deskOpen(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Opens a story from a site's desk into the library with every attached photo, takes its lock and "
        "prints the local article's id. When someone else is editing it, the story comes in read-only and "
        "the command says who holds it (exit 1); --take-over takes the lock from them. Opening the same "
        "story again updates the same article, keeping the text it had as a revision. The lock lasts "
        "WordPress's 150 seconds unless the window's editor keeps it; \"byline desk release ID\" lets it "
        "go."));
    parser.addPositionalArgument(
        u"POST_ID"_s, QCoreApplication::translate("Byline::Cli", "The story's post id on the site (byline desk list)"));
    const QCommandLineOption target = deskTargetOption();
    const QCommandLineOption takeOver(u"take-over"_s,
        QCoreApplication::translate("Byline::Cli", "Take the lock from whoever is editing the story (ask them first)"));
    parser.addOptions({target, takeOver});
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    const std::optional<qint64> post =
        parser.positionalArguments().size() == 1 ? idFrom(parser.positionalArguments().first()) : std::nullopt;
    if (!post) {
        context.err << u"byline desk open: "_s
                    << QCoreApplication::translate("Byline::Cli", "give one post id, as byline desk list shows it.")
                    << Qt::endl;
        return UsageError;
    }
    if (parser.value(target).isEmpty()) {
        context.err << u"byline desk open: "_s
                    << QCoreApplication::translate("Byline::Cli", "say whose desk with --target NAME.") << Qt::endl;
        return UsageError;
    }
    Library library;
    if (!openLibrary(library, context))
        return Failure;
    TargetAccount account;
    const std::unique_ptr<DeskClient> client = deskClient(parser.value(target), context, &account);
    if (!client)
        return Failure;

    InterruptGuard guard;
    TargetProgress progress;
    progress.cancelled = InterruptGuard::flag();
    DeskOpener::Options options;
    options.takeover = parser.isSet(takeOver);
    const DeskOpener::Result result = DeskOpener(library, *client, account.name).open(*post, options, progress);
    for (const QString &note : result.notes)
        context.err << note << Qt::endl;
    switch (result.kind) {
    case DeskOpener::Result::Opened:
        context.out << result.articleId << Qt::endl;
        return Success;
    case DeskOpener::Result::ReadOnly:
        context.err << result.message << u' '
                    << QCoreApplication::translate("Byline::Cli",
                           "The story is in the library read-only; add --take-over to take it from them.")
                    << Qt::endl;
        context.out << result.articleId << Qt::endl;
        return Failure;
    case DeskOpener::Result::Failed:
    case DeskOpener::Result::Cancelled:
        break;
    }
    context.err << result.message << Qt::endl;
    return Failure;
}

int deskRelease(Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Lets go of the lock on a story opened from the desk (byline desk open), so others can edit it."));
    addArticleIdArgument(parser);
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    const std::optional<qint64> id = articleIdArgument(parser, context);
    if (!id)
        return UsageError;
    Library library;
    if (!openLibrary(library, context))
        return Failure;
    if (!loadArticle(library, *id, context))
        return Failure;
    const std::optional<DeskLink> link = library.deskStore().link(*id);
    if (!link) {
        context.err << QCoreApplication::translate(
            "Byline::Cli", "Article %1 was not opened from a desk; there is no lock to let go.")
                           .arg(*id)
                    << Qt::endl;
        return Failure;
    }
    TargetAccount account;
    const std::unique_ptr<DeskClient> client = deskClient(link->target, context, &account);
    if (!client)
        return Failure;
    InterruptGuard guard;
    TargetProgress progress;
    progress.cancelled = InterruptGuard::flag();
    if (const TargetOutcome outcome = client->release(link->post, progress); !outcome.ok()) {
        context.err << outcome.message << Qt::endl;
        return Failure;
    }
    if (!library.deskStore().setLock(*id, false, {}, link->heldBy)) {
        context.err << library.errorString() << Qt::endl;
        return Failure;
    }
    context.err << QCoreApplication::translate("Byline::Cli", "The story (post %1 on %2) is free for others to edit.")
                       .arg(link->post)
                       .arg(link->target)
                << Qt::endl;
    return Success;
}

} // namespace

void addDeskCommands(Dispatcher &dispatcher)
{
    dispatcher.add(
        {u"desk list"_s, QT_TRANSLATE_NOOP("Byline::Cli", "List the stories on a site's desk"), false, deskList});
    dispatcher.add({u"desk open"_s,
        QT_TRANSLATE_NOOP("Byline::Cli", "Open a story from the desk into the library and take its lock"), false,
        deskOpen});
    dispatcher.add({u"desk release"_s, QT_TRANSLATE_NOOP("Byline::Cli", "Let go of the lock on a story from the desk"),
        false, deskRelease});
}

} // namespace Byline::Cli
