#pragma once

#include "article/articlehtml_p.h"
#include "articlerenderer.h"

#include <QSet>

// What the renderer's two halves share: the page (articlerenderer.cpp: the
// values a template gets, the page's security policy) and the body
// (articlerenderer_body.cpp: blocks, figures, the byline opening, the
// reporters' emails).
namespace Byline::RendererDetail {

using ArticleHtml::Detail::Block;

// One top-level element of the body; the slot marker goes in at markerAt
// (right after the tag name), so cached HTML serves any position.
struct Element
{
    QString html;
    qsizetype markerAt = 0;
};

bool isFigure(const Block &block);
// Text blocks (no figures) as top-level elements; `opening` starts the
// first paragraph.
QList<Element> textElements(const QList<Block> &blocks, const QString &opening = {});

// The size of the published rendition: crop and rotation applied, longest
// side at most maxLongSide (Rendition::make's arithmetic).
QSize renditionSize(const Photo &photo, int maxLongSide);
bool looksLikeEmail(const QString &email);

} // namespace Byline::RendererDetail

namespace Byline {

// Rendered text blocks by their source: a keystroke changes one unit, and
// every other unit comes from here.
class ArticleRenderer::BlockCache
{
public:
    struct Entry
    {
        QList<ArticleHtml::Detail::Block> blocks;
        QList<RendererDetail::Element> elements; // text units only
        bool hasFigure = false;
        bool canonical = true; // the unit is the canonical form of its blocks
    };

    Entry entry(const QString &unit)
    {
        auto it = m_entries.find(unit);
        if (it == m_entries.end()) {
            Entry entry;
            entry.blocks = ArticleHtml::Detail::parse(unit);
            entry.canonical = ArticleHtml::Detail::serialize(entry.blocks) == unit;
            entry.hasFigure = std::any_of(entry.blocks.cbegin(), entry.blocks.cend(), RendererDetail::isFigure);
            if (!entry.hasFigure)
                entry.elements = RendererDetail::textElements(entry.blocks);
            it = m_entries.insert(unit, {entry, m_generation});
        } else {
            it->used = m_generation;
        }
        return it->entry;
    }

    // A body that is not in the canonical form (an imported file, an old
    // library) is put in it once, then cut into units like any other.
    QString canonical(const QString &body)
    {
        if (body != m_rawBody) {
            m_rawBody = body;
            m_canonicalBody = ArticleHtml::Detail::serialize(ArticleHtml::Detail::parse(body));
        }
        return m_canonicalBody;
    }

    void beginRender() { ++m_generation; }

    // Keeps what the last render used, and anything while the cache is small.
    void endRender(qsizetype used)
    {
        if (m_entries.size() <= used * 2 + 256)
            return;
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->used != m_generation)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }

    qsizetype size() const { return m_entries.size(); }

private:
    struct Stored
    {
        Entry entry;
        quint64 used = 0;
    };
    QHash<QString, Stored> m_entries;
    quint64 m_generation = 0;
    QString m_rawBody;
    QString m_canonicalBody;
};

struct ArticleRenderer::Body
{
    QStringList blocks;
    QString html;
    QSet<QString> photoIds; // photos placed in the body
};

} // namespace Byline
