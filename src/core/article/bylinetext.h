#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Byline {

// The byline as people write it, read and written in this one place
// (docs/article-format.md, "The byline as text"): the editor's Reporters
// field, `byline new --byline`, a saved page's author and the
// "[매체] 이름 기자 =" opening of its story all go through here.
class BylineText
{
    Q_DECLARE_TR_FUNCTIONS(Byline::BylineText)

public:
    // A byline of more is refused: no desk writes one, and a hostile page's
    // author tag must not become thousands of reporters.
    static constexpr qsizetype MaxLength = 2000; // UTF-16 characters
    static constexpr qsizetype MaxReporters = 100;

    // "[한빛일보] 김민지ㆍ박서준 기자 <minji@example.kr>" or
    // "한빛일보 김민지, 박서준" into the outlet and the reporters. Text beyond
    // the limits gives an empty byline and *refusal says why (translated).
    static ArticleByline parse(QStringView text, QString *refusal = nullptr);

    // "[OUTLET] NAME <EMAIL>, NAME": parse() reads it back to the same byline.
    static QString format(const ArticleByline &byline);
    // The reporters alone, as the editor's Reporters field shows them.
    static QString formatReporters(const QList<Reporter> &reporters);

    // The names joined as Korean bylines join them: "김민지·박서준".
    static QString names(const QList<Reporter> &reporters);
    // The opening of a Korean story, "[강원일보] 김민지·박서준 기자 =", with the
    // given title after the names (none when empty); empty for a byline with
    // neither outlet nor reporters.
    static QString opening(const ArticleByline &byline, const QString &title);

    struct Opening
    {
        ArticleByline byline;
        qsizetype length = 0; // of the opening in the text, "=" included
    };
    // Such an opening at the start of a story's text: a bracketed outlet,
    // the names, a title (기자, 특파원, …) and "=".
    static std::optional<Opening> parseOpening(QStringView text);
    // Whether a paragraph starts like an opening already, whatever its names
    // ("(춘천=연합뉴스) 김민지 기자 =", "[속보] ="): the renderer writes none then.
    static bool startsLikeOpening(QStringView text);
};

} // namespace Byline
