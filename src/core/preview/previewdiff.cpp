#include "previewdiff.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// A block's HTML without its data-byline-block="N" marker: inserting a
// paragraph renumbers every block after it, which is no change to show.
QString comparable(const QString &block)
{
    static const QString marker = u" data-byline-block=\""_s;
    const qsizetype at = block.indexOf(marker);
    if (at < 0)
        return block;
    const qsizetype end = block.indexOf(u'"', at + marker.size());
    return end < 0 ? block : block.left(at) + QStringView(block).mid(end + 1);
}

} // namespace

PreviewChange PreviewDiff::update(const RenderedParts &parts)
{
    PreviewChange change;
    QStringList blocks;
    blocks.reserve(parts.bodyBlocks.size());
    for (const QString &block : parts.bodyBlocks)
        blocks << comparable(block);

    if (!m_shown || parts.frame != m_last.frame) {
        change.reload = true;
        change.page = parts.page;
    } else {
        QJsonObject slots;
        for (auto it = parts.slots.cbegin(); it != parts.slots.cend(); ++it) {
            if (it.key() != u"body"_s && m_last.slots.value(it.key()) != it.value())
                slots.insert(it.key(), it.value());
        }
        if (!slots.isEmpty())
            change.patch.insert(u"slots"_s, slots);

        // The changed run of blocks: what lies between the common beginning
        // and the common end.
        const QStringList &before = m_lastComparable;
        qsizetype start = 0;
        const qsizetype shorter = std::min(before.size(), blocks.size());
        while (start < shorter && before.at(start) == blocks.at(start))
            ++start;
        qsizetype tail = 0;
        while (tail < shorter - start && before.at(before.size() - 1 - tail) == blocks.at(blocks.size() - 1 - tail))
            ++tail;
        const qsizetype removed = before.size() - start - tail;
        const qsizetype inserted = blocks.size() - start - tail;
        if (removed > 0 || inserted > 0) {
            QJsonArray insert;
            for (qsizetype i = start; i < start + inserted; ++i)
                insert.append(parts.bodyBlocks.at(i));
            change.patch.insert(u"body"_s,
                QJsonObject {{u"start"_s, qint64(start)}, {u"remove"_s, qint64(removed)}, {u"insert"_s, insert}});
            change.focusBlock = int(start);
        }
    }
    m_last = parts;
    m_lastComparable = blocks;
    m_shown = true;
    return change;
}

} // namespace Byline
