#include "article.h"

#include "articlehtml.h"
#include "bylinetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// RFC 3339 in UTC to the second, as the connector stores it (byline_embargo).
QString embargoText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

struct StatusName
{
    ArticleStatus status;
    const char *key;
    const char *displayName;
};

constexpr StatusName statusNames[] = {
    {ArticleStatus::Draft, "draft", QT_TRANSLATE_NOOP("Byline::Article", "Draft")},
    {ArticleStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("Byline::Article", "Submitted")},
    {ArticleStatus::Approved, "approved", QT_TRANSLATE_NOOP("Byline::Article", "Approved")},
    {ArticleStatus::Published, "published", QT_TRANSLATE_NOOP("Byline::Article", "Published")},
};

} // namespace

QString ArticleByline::reporterNames() const
{
    return BylineText::names(reporters);
}

QString ArticleByline::bodyOpening() const
{
    return BylineText::opening(*this, QCoreApplication::translate("Byline::Article", " reporter"));
}

QString articleStatusKey(ArticleStatus status)
{
    for (const StatusName &name : statusNames) {
        if (name.status == status)
            return QString::fromLatin1(name.key);
    }
    return QStringLiteral("draft");
}

ArticleStatus articleStatusFromKey(const QString &key, bool *ok)
{
    for (const StatusName &name : statusNames) {
        if (key == QLatin1StringView(name.key)) {
            if (ok)
                *ok = true;
            return name.status;
        }
    }
    if (ok)
        *ok = false;
    return ArticleStatus::Draft;
}

QString articleStatusDisplayName(ArticleStatus status)
{
    for (const StatusName &name : statusNames) {
        if (name.status == status)
            return QCoreApplication::translate("Byline::Article", name.displayName);
    }
    return {};
}

Article Article::create()
{
    Article article;
    article.uuid = QUuid::createUuid();
    article.created = QDateTime::currentDateTimeUtc();
    article.modified = article.created;
    return article;
}

QJsonObject Article::toJson() const
{
    QJsonArray reporterArray;
    for (const Reporter &reporter : byline.reporters)
        reporterArray.append(QJsonObject {{u"name"_s, reporter.name}, {u"email"_s, reporter.email}});

    return QJsonObject {
        {u"format"_s, u"byline-article"_s},
        {u"version"_s, FormatVersion},
        {u"uuid"_s, uuid.toString(QUuid::WithoutBraces)},
        {u"headline"_s, headline},
        {u"deck"_s, deck},
        {u"byline"_s, QJsonObject {{u"outlet"_s, byline.outlet}, {u"reporters"_s, reporterArray}}},
        {u"section"_s, section},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"slug"_s, slug},
        {u"summary"_s, summary},
        {u"dateline"_s, dateline},
        {u"body"_s, body},
        {u"leadPhoto"_s, leadPhotoId},
        {u"created"_s, isoUtc(created)},
        {u"modified"_s, isoUtc(modified)},
        {u"embargo"_s, embargoText(embargo)},
        {u"status"_s, articleStatusKey(status)},
        {u"revision"_s, revision},
    };
}

Article Article::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Article();
    };

    if (json.value(u"format"_s).toString() != u"byline-article"_s)
        return fail(QCoreApplication::translate("Byline::Article", "This is not a Byline article file."));
    const int version = json.value(u"version"_s).toInt();
    if (version < 1)
        return fail(QCoreApplication::translate("Byline::Article", "The article file has no valid format version."));
    if (version > FormatVersion)
        return fail(QCoreApplication::translate("Byline::Article",
            "The article was written by a newer Byline (format %1; this version "
            "reads up to %2). Update Byline to open it.")
                .arg(version)
                .arg(FormatVersion));

    Article article;
    article.uuid = QUuid::fromString(json.value(u"uuid"_s).toString());
    if (article.uuid.isNull())
        article.uuid = QUuid::createUuid();
    article.headline = json.value(u"headline"_s).toString();
    article.deck = json.value(u"deck"_s).toString();
    const QJsonObject bylineObject = json.value(u"byline"_s).toObject();
    article.byline.outlet = bylineObject.value(u"outlet"_s).toString();
    const QJsonArray reporterArray = bylineObject.value(u"reporters"_s).toArray();
    for (const QJsonValue &value : reporterArray) {
        const QJsonObject reporter = value.toObject();
        article.byline.reporters.append({reporter.value(u"name"_s).toString(), reporter.value(u"email"_s).toString()});
    }
    article.section = json.value(u"section"_s).toString();
    const QJsonArray tagArray = json.value(u"tags"_s).toArray();
    for (const QJsonValue &tag : tagArray)
        article.tags << tag.toString();
    article.slug = json.value(u"slug"_s).toString();
    article.summary = json.value(u"summary"_s).toString();
    article.dateline = json.value(u"dateline"_s).toString();
    article.body = json.value(u"body"_s).toString();
    article.leadPhotoId = json.value(u"leadPhoto"_s).toString();
    article.created = fromIso(json.value(u"created"_s).toString());
    article.modified = fromIso(json.value(u"modified"_s).toString());
    // Older files have no embargo. One that cannot be read is refused rather
    // than dropped: a story would otherwise be free to publish early.
    const QJsonValue embargo = json.value(u"embargo"_s);
    if (!embargo.isUndefined() && !embargo.isNull() && !(embargo.isString() && embargo.toString().isEmpty())) {
        const QDateTime time = QDateTime::fromString(embargo.toString(), Qt::ISODateWithMs);
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
            return fail(QCoreApplication::translate("Byline::Article",
                "The article's embargo is not a time with its zone (such as 2026-12-01T09:00:00Z)."));
        article.embargo = QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), QTimeZone::UTC);
    }
    article.status = articleStatusFromKey(json.value(u"status"_s).toString());
    article.revision = json.value(u"revision"_s).toInt();
    return article;
}

Article Article::fromExternalJson(const QJsonObject &json, QString *error)
{
    QString problem;
    Article article = fromJson(json, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return article;
    }
    // A body beyond the HTML limits is refused, not silently emptied.
    QString refusal;
    article.body = ArticleHtml::sanitize(article.body, &refusal);
    if (!refusal.isEmpty() && error)
        *error = refusal;
    return article;
}

} // namespace Byline
