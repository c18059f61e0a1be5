#include "articleedit.h"

#include "article/articlehtml.h"
#include "article/bylinetext.h"
#include "commands.h"
#include "library/library.h"
#include "publish/embargo.h"
#include "publishcli.h"
#include "render/publication.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Byline::Cli {

namespace {

// The body from a file: HTML cleaned to the profile, anything else plain
// text. nullopt with the reason printed when it cannot be used.
std::optional<QString> readBody(const QString &path, Context &context)
{
    const QString shown = PublishCli::shown(path);
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        context.err << QCoreApplication::translate("Byline::Cli", "%1: there is no such file.").arg(shown) << Qt::endl;
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        context.err
            << QCoreApplication::translate("Byline::Cli", "%1 cannot be read: %2").arg(shown, file.errorString())
            << Qt::endl;
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(file.readAll());
    if (utf8.hasError()) {
        context.err << QCoreApplication::translate(
            "Byline::Cli", "%1 is not UTF-8 text. Save it as UTF-8 and try again.")
                           .arg(shown)
                    << Qt::endl;
        return std::nullopt;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"html"_s && suffix != u"htm"_s)
        return ArticleHtml::fromPlainText(text);
    QString refusal;
    QString body = ArticleHtml::sanitize(text, &refusal);
    if (!refusal.isEmpty()) {
        context.err << QCoreApplication::translate("Byline::Cli", "%1 was not read: %2").arg(shown, refusal)
                    << Qt::endl;
        return std::nullopt;
    }
    return body;
}

QStringList tagList(const QString &text)
{
    QStringList tags;
    for (QString tag : text.split(QRegularExpression(u"[,，、]"_s))) {
        tag = tag.simplified();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

int editArticle(Context &context)
{
    const ArticleFieldOptions fields(false);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Byline::Cli",
        "Changes the fields given of an article in the library, as the editor would, and leaves the others as "
        "they are. Nothing is changed when a value is refused.\n\n"
        "--embargo takes an ISO 8601 date and time such as 2026-12-01T09:00, read in the publication's time "
        "zone (%1) unless it carries Z or an offset such as +09:00; \"none\" lifts the embargo. Byline does not "
        "publish or schedule the story for a time before it.")
            .arg(Publication::fromSettings().timeZone));
    addArticleIdArgument(parser);
    fields.addTo(parser);
    int code = Success;
    if (!parseCommand(parser, context, &code))
        return code;
    const std::optional<qint64> id = articleIdArgument(parser, context);
    if (!id)
        return UsageError;
    if (!fields.anySet(parser)) {
        context.err << u"byline edit: "_s
                    << QCoreApplication::translate("Byline::Cli",
                           "say what to change: --headline, --deck, --byline, --section, --tags, --body or --embargo.")
                    << Qt::endl;
        return UsageError;
    }
    Library library;
    if (!openLibrary(library, context))
        return Failure;
    std::optional<Article> article = loadArticle(library, *id, context);
    if (!article)
        return Failure;
    if (!fields.apply(parser, &*article, context, &code))
        return code;
    article->modified = QDateTime::currentDateTimeUtc();
    if (!library.articleStore().updateArticle(*article)) {
        context.err << library.errorString() << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace

ArticleFieldOptions::ArticleFieldOptions(bool forNewArticle)
    : m_headline(u"headline"_s,
          forNewArticle ? QCoreApplication::translate("Byline::Cli", "The headline (required)")
                        : QCoreApplication::translate("Byline::Cli", "The headline"),
          QCoreApplication::translate("Byline::Cli", "TEXT"))
    , m_deck(u"deck"_s, QCoreApplication::translate("Byline::Cli", "The deck under the headline"),
          QCoreApplication::translate("Byline::Cli", "TEXT"))
    , m_byline(u"byline"_s, QCoreApplication::translate("Byline::Cli", "Outlet and reporters (see above)"),
          QCoreApplication::translate("Byline::Cli", "BYLINE"))
    , m_section(u"section"_s, QCoreApplication::translate("Byline::Cli", "The section"),
          QCoreApplication::translate("Byline::Cli", "NAME"))
    , m_tags(u"tags"_s,
          QCoreApplication::translate("Byline::Cli", "The tags, separated by commas (an empty list removes them)"),
          QCoreApplication::translate("Byline::Cli", "TAGS"))
    , m_body(u"body"_s,
          QCoreApplication::translate("Byline::Cli",
              "The body from FILE (UTF-8): .html/.htm is cleaned to the article format, anything else is plain "
              "text with blank lines between paragraphs"),
          QCoreApplication::translate("Byline::Cli", "FILE"))
    , m_embargo(u"embargo"_s,
          forNewArticle
              ? QCoreApplication::translate("Byline::Cli", "Not to be published before TIME (ISO 8601)")
              : QCoreApplication::translate("Byline::Cli", "Not to be published before TIME (ISO 8601), or none"),
          QCoreApplication::translate("Byline::Cli", "TIME"))
{ }

void ArticleFieldOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_headline, m_deck, m_byline, m_section, m_tags, m_body, m_embargo});
}

bool ArticleFieldOptions::anySet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option : {&m_headline, &m_deck, &m_byline, &m_section, &m_tags, &m_body, &m_embargo})
        if (parser.isSet(*option))
            return true;
    return false;
}

bool ArticleFieldOptions::apply(const QCommandLineParser &parser, Article *article, Context &context, int *code) const
{
    const QString command = u"byline "_s + context.arguments.value(0) + u": "_s;
    auto refuse = [&](const QString &why) {
        context.err << command << why << Qt::endl;
        *code = UsageError;
        return false;
    };
    // Every value is read before anything changes.
    Article changed = *article;
    if (parser.isSet(m_headline)) {
        changed.headline = parser.value(m_headline).trimmed();
        if (changed.headline.isEmpty())
            return refuse(
                QCoreApplication::translate("Byline::Cli", "a story needs a headline; --headline cannot be empty."));
    }
    if (parser.isSet(m_deck))
        changed.deck = parser.value(m_deck).trimmed();
    if (parser.isSet(m_section))
        changed.section = parser.value(m_section).trimmed();
    if (parser.isSet(m_tags))
        changed.tags = tagList(parser.value(m_tags));
    if (parser.isSet(m_byline)) {
        QString refusal;
        changed.byline = BylineText::parse(parser.value(m_byline), &refusal);
        if (!refusal.isEmpty())
            return refuse(refusal);
        if (changed.byline.reporters.isEmpty() && changed.byline.outlet.isEmpty())
            return refuse(
                QCoreApplication::translate("Byline::Cli", "the byline \"%1\" names no outlet and no reporter.")
                    .arg(parser.value(m_byline).left(200)));
    }
    if (parser.isSet(m_embargo)) {
        const QString text = parser.value(m_embargo).trimmed();
        if (text.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            changed.embargo = {};
        } else {
            const QString zone = Publication::fromSettings().timeZone;
            const QDateTime time = PublishCli::scheduleTime(text, zone);
            if (!time.isValid())
                return refuse(QCoreApplication::translate("Byline::Cli",
                    "cannot read the embargo \"%1\"; write it as ISO 8601, such as 2026-12-01T09:00 (in "
                    "the publication's time zone, %2) or 2026-12-01T09:00+09:00, or none.")
                        .arg(text.left(100), zone));
            changed.embargo = QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), QTimeZone::UTC);
        }
    }
    if (parser.isSet(m_body)) {
        const std::optional<QString> body = readBody(parser.value(m_body), context);
        if (!body) {
            *code = Failure;
            return false;
        }
        changed.body = *body;
    }
    *article = changed;
    return true;
}

void addEditCommand(Dispatcher &dispatcher)
{
    dispatcher.add({u"edit"_s,
        QT_TRANSLATE_NOOP("Byline::Cli", "Change the headline, byline, embargo or other fields of an article"), false,
        editArticle});
}

} // namespace Byline::Cli
