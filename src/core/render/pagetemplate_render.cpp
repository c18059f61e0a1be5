#include "pagetemplate_p.h"

#include "common/htmlescape.h"
#include "common/logging.h"

using namespace Qt::StringLiterals;

// Rendering a parsed page template with a context, within its limits
// (pagetemplate.h): values escaped, addresses checked, sections bounded.
namespace Byline {

namespace {

using Node = PageTemplate::Node;

bool isTrustedHtml(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<TrustedHtml>();
}

QVariant child(const QVariant &value, const QString &key)
{
    switch (value.typeId()) {
    case QMetaType::QVariantHash: {
        const auto &hash = *static_cast<const QVariantHash *>(value.constData());
        return hash.value(key);
    }
    case QMetaType::QVariantMap: {
        const auto &map = *static_cast<const QVariantMap *>(value.constData());
        return map.value(key);
    }
    default:
        return {};
    }
}

bool hasChild(const QVariant &value, const QString &key)
{
    switch (value.typeId()) {
    case QMetaType::QVariantHash:
        return static_cast<const QVariantHash *>(value.constData())->contains(key);
    case QMetaType::QVariantMap:
        return static_cast<const QVariantMap *>(value.constData())->contains(key);
    default:
        return false;
    }
}

// Everything TrustedHtml in the context, which a page legitimately carries
// once (the body with its photos inline may be many megabytes).
qsizetype trustedSize(const QVariant &value, int depth = 0)
{
    if (depth > 16)
        return 0;
    switch (value.typeId()) {
    case QMetaType::QVariantHash: {
        qsizetype size = 0;
        for (const QVariant &item : *static_cast<const QVariantHash *>(value.constData()))
            size += trustedSize(item, depth + 1);
        return size;
    }
    case QMetaType::QVariantMap: {
        qsizetype size = 0;
        for (const QVariant &item : *static_cast<const QVariantMap *>(value.constData()))
            size += trustedSize(item, depth + 1);
        return size;
    }
    case QMetaType::QVariantList: {
        qsizetype size = 0;
        for (const QVariant &item : *static_cast<const QVariantList *>(value.constData()))
            size += trustedSize(item, depth + 1);
        return size;
    }
    default:
        return isTrustedHtml(value) ? value.value<TrustedHtml>().html.size() : 0;
    }
}

class Renderer
{
public:
    enum class Slots
    {
        Render,
        Empty,
    };

    Renderer(const QVariantHash &root, Slots slots)
        : m_root(root)
        , m_slots(slots)
    {
        m_stack.append(m_root);
    }

    void render(const std::vector<Node> &nodes, QString &out)
    {
        for (const Node &node : nodes)
            render(node, out);
    }

    // Where rendering stopped at the limits; 0 when it did not.
    int stoppedAt() const { return m_stoppedAt; }
    qsizetype outputLimit() const
    {
        // Counted only for a page this large, so others do not pay for it.
        if (m_outputLimit < 0)
            m_outputLimit = PageTemplate::MaxTemplateOutput + 2 * trustedSize(m_root);
        return m_outputLimit;
    }

private:
    // One step of work; false once the limits are reached, and from then on.
    bool step(const Node &node, const QString &out)
    {
        if (m_stoppedAt > 0)
            return false;
        if (++m_steps <= PageTemplate::MaxRenderSteps
            && (out.size() <= PageTemplate::MaxTemplateOutput || out.size() <= outputLimit()))
            return true;
        m_stoppedAt = std::max(node.line, 1);
        return false;
    }

    QVariant lookup(const QStringList &path) const
    {
        if (path.size() == 1 && path.first() == u".")
            return m_stack.last();
        // The first part is looked up from the innermost context outwards,
        // the rest inside what it found (Mustache's dotted names).
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (!hasChild(m_stack.at(i), path.first()))
                continue;
            QVariant value = child(m_stack.at(i), path.first());
            for (qsizetype part = 1; part < path.size() && value.isValid(); ++part)
                value = child(value, path.at(part));
            return value;
        }
        return {};
    }

    static bool isTruthy(const QVariant &value)
    {
        if (!value.isValid() || value.isNull())
            return false;
        switch (value.typeId()) {
        case QMetaType::Bool:
            return value.toBool();
        case QMetaType::QString:
            return !value.toString().isEmpty();
        case QMetaType::QVariantList:
            return !static_cast<const QVariantList *>(value.constData())->isEmpty();
        case QMetaType::QStringList:
            return !static_cast<const QStringList *>(value.constData())->isEmpty();
        default:
            if (isTrustedHtml(value))
                return !value.value<TrustedHtml>().html.isEmpty();
            return true;
        }
    }

    static QString text(const QVariant &value)
    {
        if (isTrustedHtml(value))
            return value.value<TrustedHtml>().html;
        switch (value.typeId()) {
        case QMetaType::QString:
            return *static_cast<const QString *>(value.constData());
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Double:
            return value.toString();
        default:
            return {};
        }
    }

    void render(const Node &node, QString &out)
    {
        if (!step(node, out))
            return;
        switch (node.kind) {
        case Node::Text:
            out += node.text;
            return;
        case Node::Escaped: {
            QString value = text(lookup(node.path));
            // A value that starts an address may not bring its own scheme:
            // href="{{…}}" never becomes javascript:, src never the network.
            if (node.urlStart && !TemplateUrls::isAllowed(value, *node.urlStart))
                value.clear();
            out += HtmlEscape::anywhere(value);
            return;
        }
        case Node::Raw: {
            const QVariant value = lookup(node.path);
            out += isTrustedHtml(value) ? value.value<TrustedHtml>().html : HtmlEscape::anywhere(text(value));
            return;
        }
        case Node::Section: {
            const QVariant value = lookup(node.path);
            if (!isTruthy(value))
                return;
            QVariantList items;
            if (value.typeId() == QMetaType::QVariantList) {
                items = value.toList();
            } else if (value.typeId() == QMetaType::QStringList) {
                const QStringList strings = value.toStringList();
                for (const QString &string : strings)
                    items.append(string);
            } else {
                items.append(value);
            }
            for (const QVariant &item : std::as_const(items)) {
                if (!step(node, out))
                    return;
                m_stack.append(item);
                render(node.children, out);
                m_stack.removeLast();
            }
            return;
        }
        case Node::Inverted:
            if (!isTruthy(lookup(node.path)))
                render(node.children, out);
            return;
        case Node::Slot:
            if (m_slots == Slots::Render)
                render(node.children, out);
            return;
        }
    }

    QVariant m_root;
    Slots m_slots;
    QList<QVariant> m_stack;
    mutable qsizetype m_outputLimit = -1;
    qint64 m_steps = 0;
    int m_stoppedAt = 0;
};

// After a render stopped at the limits: why, for *error and the log.
QString stoppedMessage(const Renderer &renderer)
{
    return PageTemplate::tr("The template makes too large a page: its sections repeat too often (more than %1 "
                            "steps or %2 million characters), so the page was not made.")
        .arg(PageTemplate::MaxRenderSteps)
        .arg(renderer.outputLimit() / 1'000'000);
}

bool stopped(const Renderer &renderer, PageTemplate::Error *error)
{
    if (renderer.stoppedAt() == 0) {
        if (error)
            *error = {};
        return false;
    }
    const QString message = stoppedMessage(renderer);
    qCWarning(lcRender) << "template render stopped at line" << renderer.stoppedAt() << "at its limits";
    if (error)
        *error = {renderer.stoppedAt(), message};
    return true;
}

// The page shown instead of one that went past the limits.
QString stoppedPage(const Renderer &renderer)
{
    return u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n<p>"_s
        + HtmlEscape::anywhere(stoppedMessage(renderer)) + u"</p>\n</body>\n</html>\n"_s;
}

} // namespace

QString PageTemplate::render(const QVariantHash &context, Error *error) const
{
    QString out;
    Renderer renderer(context, Renderer::Slots::Render);
    if (m_nodes)
        renderer.render(*m_nodes, out);
    return stopped(renderer, error) ? stoppedPage(renderer) : out;
}

QString PageTemplate::renderFrame(const QVariantHash &context, Error *error) const
{
    QString out;
    Renderer renderer(context, Renderer::Slots::Empty);
    if (m_nodes)
        renderer.render(*m_nodes, out);
    return stopped(renderer, error) ? stoppedPage(renderer) : out;
}

QString PageTemplate::renderSlot(const QString &name, const QVariantHash &context, Error *error) const
{
    QString out;
    Renderer renderer(context, Renderer::Slots::Render);
    if (const Node *slot = m_nodes ? findSlot(*m_nodes, name) : nullptr)
        renderer.render(slot->children, out);
    return stopped(renderer, error) ? QString() : out;
}

} // namespace Byline
