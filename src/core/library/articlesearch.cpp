#include "articlesearch.h"

#include "article/articlehtml.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

// Search finds text inside words. Trigrams (FTS5 `trigram`) find Korean words
// inside compounds (산업협력 in 산업협력위원회), which word tokenizers cannot;
// they need three characters, so one- and two-character words (수달, 속보) use
// an index of each word's character pairs; short words with punctuation
// ("3%") scan the stored plain text with LIKE. The tables are made by the
// articles' schema step 3 (articleschema.cpp).

namespace Byline::ArticleSearch {

namespace {

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// Every pair of neighbouring characters inside each word, and each word's
// last character alone: "수달이" gives 수달 달이 이. A two-character word is
// then one token, and a one-character word a prefix query.
QString characterPairs(const QString &text)
{
    QString pairs;
    const QList<uint> characters = text.toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        if (!isWordCharacter(characters.at(i)))
            continue;
        pairs += QString::fromUcs4(reinterpret_cast<const char32_t *>(&characters.at(i)), 1);
        if (i + 1 < characters.size() && isWordCharacter(characters.at(i + 1)))
            pairs += QString::fromUcs4(reinterpret_cast<const char32_t *>(&characters.at(i + 1)), 1);
        pairs += u' ';
    }
    return pairs;
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString ftsPhrase(const QString &word)
{
    return u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

QString summarySelect(const ArticleQuery &articleQuery, QVariantList *values)
{
    QString sql = u"SELECT id, uuid, headline, section, byline, status, created, modified, revision"
                  " FROM articles WHERE 1"_s;
    if (articleQuery.status) {
        sql += u" AND status = ?"_s;
        *values << articleStatusKey(*articleQuery.status);
    }
    QStringList phrases;
    QStringList pairs;
    const QStringList words = articleQuery.search.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QList<uint> characters = word.toUcs4();
        if (characters.size() >= 3) {
            phrases << ftsPhrase(word);
        } else if (std::all_of(characters.cbegin(), characters.cend(), isWordCharacter)) {
            pairs << (characters.size() == 2 ? ftsPhrase(word) : ftsPhrase(word) + u'*');
        } else {
            // Rare ("3%"): a scan of the indexed text.
            sql += u" AND id IN (SELECT id FROM article_text WHERE text LIKE ? ESCAPE '\\')"_s;
            *values << likePattern(word);
        }
    }
    if (!phrases.isEmpty()) {
        sql += u" AND id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)"_s;
        *values << phrases.join(u' ');
    }
    if (!pairs.isEmpty()) {
        sql += u" AND id IN (SELECT rowid FROM article_pairs WHERE article_pairs MATCH ?)"_s;
        *values << pairs.join(u' ');
    }
    const QString direction = articleQuery.descending ? u" DESC"_s : u" ASC"_s;
    switch (articleQuery.sort) {
    case ArticleQuery::LastEdited:
        sql += u" ORDER BY modified"_s + direction;
        break;
    case ArticleQuery::Created:
        sql += u" ORDER BY created"_s + direction;
        break;
    case ArticleQuery::Headline:
        sql += u" ORDER BY headline COLLATE NOCASE"_s + direction;
        break;
    }
    sql += u", id"_s + direction;
    if (articleQuery.limit >= 0)
        sql += u" LIMIT %1"_s.arg(articleQuery.limit);
    return sql;
}

bool deleteEntry(QSqlQuery &query, qint64 id)
{
    for (const QString &statement : {u"DELETE FROM article_search WHERE rowid = ?"_s,
             u"DELETE FROM article_pairs WHERE rowid = ?"_s, u"DELETE FROM article_text WHERE id = ?"_s}) {
        query.prepare(statement);
        query.addBindValue(id);
        if (!query.exec())
            return false;
    }
    return true;
}

bool writeEntry(QSqlQuery &query, qint64 id, const Article &article)
{
    if (!deleteEntry(query, id))
        return false;
    const QString tags = article.tags.join(u' ');
    const QString body = ArticleHtml::toPlainText(article.body);
    const QString text = QStringList {article.headline, article.deck, article.summary, tags, body}.join(u'\n');

    query.prepare(u"INSERT INTO article_text (id, text) VALUES (?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(text);
    if (!query.exec())
        return false;
    query.prepare(
        u"INSERT INTO article_search (rowid, headline, deck, summary, tags, body) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(id);
    for (const QString &field : {article.headline, article.deck, article.summary, tags, body})
        query.addBindValue(field.isNull() ? u""_s : field);
    if (!query.exec())
        return false;
    query.prepare(u"INSERT INTO article_pairs (rowid, pairs) VALUES (?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(characterPairs(text));
    return query.exec();
}

} // namespace Byline::ArticleSearch
