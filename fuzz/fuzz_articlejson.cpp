// The article JSON reader as `byline import story.json` reaches it.

#include "fuzzsupport.h"

#include "article/articlehtml.h"
#include "package/articlefiles.h"

#include <QJsonDocument>

using namespace Byline;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    // Only JSON here: a zip or a page is for the package and HTML harnesses.
    if (ArticlePackage::looksLikePackage(input))
        return -1;
    QString error;
    const std::optional<Article> article = ArticleFiles::read(Fuzz::writeScratch(u"story.json"_s, input), &error);
    if (!article)
        return 0;
    // Every way in goes through the one sanitizer, and the article writes
    // back as JSON it reads again.
    if (ArticleHtml::sanitize(article->body) != article->body)
        Fuzz::fail("an imported body is not sanitized");
    const QByteArray written = QJsonDocument(article->toJson()).toJson();
    QString again;
    Article::fromJson(QJsonDocument::fromJson(written).object(), &again);
    if (!again.isEmpty())
        Fuzz::fail("an article read from JSON does not read back from its own JSON");
    return 0;
}
