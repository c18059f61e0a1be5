#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantHash>

#include <memory>
#include <optional>
#include <vector>

namespace Byline {

// HTML the renderer built itself from checked parts (the body, figures, the
// page head). Only such values are inserted unescaped by {{{name}}}; any
// other value is escaped there too, so a pack cannot paste article text raw.
struct TrustedHtml
{
    QString html;
};

// The page templates of a template pack: a subset of Mustache
// (docs/templates.md, "Templates"):
//   {{name}}              the value, HTML-escaped; dotted names walk maps
//   {{{name}}} {{&name}}  a TrustedHtml value as it is (anything else escaped)
//   {{#name}}…{{/name}}   once per item of a list, once for any other truthy
//                         value (pushed as the context), never for false,
//                         missing, an empty string or an empty list
//   {{^name}}…{{/name}}   only when the value is falsy
//   {{! comment }}        left out
//   {{$slot}}…{{/slot}}   a slot: the whole content of the element carrying
//                         data-byline-slot="slot", rendered alone by renderSlot()
// A tag alone on its line (sections, comments, slots) takes its line with it.
// Partials and delimiter changes are not supported and are errors.
//
// The markup every rendering can produce is checked at parse
// (TemplateMarkup): no scripts, frames, event handlers, refreshes or
// javascript: links, however comments and sections cut the source. Rendering
// is bounded: sections nest at most MaxSectionDepth deep, and a render that
// takes more than MaxRenderSteps steps or grows past its size limit stops and
// gives a short page saying so instead.
class PageTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PageTemplate)

public:
    static constexpr int MaxSectionDepth = 8;
    static constexpr qint64 MaxRenderSteps = 1'000'000;
    // Characters a render may add beyond twice the renderer's own HTML
    // (the body, the head, figures), which may be large with photos inline.
    static constexpr qsizetype MaxTemplateOutput = 16 * 1024 * 1024;

    struct Error
    {
        int line = 0; // 1-based
        QString message; // translated, without the file name
    };

    static std::optional<PageTemplate> parse(const QString &text, Error *error);

    // A render that went past the limits gives a page that says so (a slot:
    // nothing) and sets *error.
    QString render(const QVariantHash &context, Error *error = nullptr) const;
    // The page with every slot left empty: when it is unchanged, patching the
    // slots of the previous page gives the new page.
    QString renderFrame(const QVariantHash &context, Error *error = nullptr) const;
    // The content of one slot; empty for a slot the template does not have.
    QString renderSlot(const QString &name, const QVariantHash &context, Error *error = nullptr) const;

    QStringList slotNames() const; // in template order
    bool hasSlot(const QString &name) const;
    // Whether {{{variable}}} appears outside any section or slot.
    bool hasTopLevelRaw(const QString &variable) const;
    // Whether the slot holds nothing but {{{variable}}} (and white space).
    bool slotHoldsOnly(const QString &slot, const QString &variable) const;

    struct Node;

private:
    std::shared_ptr<const std::vector<Node>> m_nodes;
};

} // namespace Byline

Q_DECLARE_METATYPE(Byline::TrustedHtml)
