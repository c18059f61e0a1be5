#include "samplearticle.h"

#include "common/logging.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Byline {

Article sampleArticle()
{
    QFile file(u":/byline/sample/sample-article.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcLibrary) << "sample article missing from resources";
        return Article::create();
    }
    QString error;
    Article article = Article::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
    if (!error.isEmpty())
        qCWarning(lcLibrary) << "sample article unreadable:" << error;
    // A fresh identity each time: two libraries must never share a client UUID.
    const Article fresh = Article::create();
    article.uuid = fresh.uuid;
    article.created = fresh.created;
    article.modified = fresh.modified;
    return article;
}

} // namespace Byline
