// The one sanitizer (ArticleHtml) as paste and import reach it: any bytes as
// HTML, and the same bytes as a saved web page (charset, Open Graph, the
// largest block of paragraphs).

#include "fuzzsupport.h"

#include "article/articlehtml.h"
#include "package/htmlimport.h"

using namespace Byline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const QString html = QString::fromUtf8(input);

    const QString clean = ArticleHtml::sanitize(html);
    ArticleHtml::validate(html);
    ArticleHtml::toPlainText(clean);
    // Profile HTML is a fixed point: what the sanitizer wrote comes back
    // unchanged (the editor and the renderer rely on it).
    if (ArticleHtml::sanitize(clean) != clean)
        Fuzz::fail("sanitize() is not idempotent");

    QString error;
    importHtmlArticle(input, &error);
    return 0;
}
