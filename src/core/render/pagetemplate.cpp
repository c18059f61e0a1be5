#include "pagetemplate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Byline {

struct PageTemplate::Node
{
    enum Kind
    {
        Text,
        Escaped,
        Raw,
        Section,
        Inverted,
        Slot,
    };
    Kind kind = Text;
    QString text; // Text: the text; otherwise the name as written
    QStringList path; // the name split at dots; {"."} for the current item
    std::vector<Node> children;
    int line = 0;
};

namespace {

using Node = PageTemplate::Node;

struct Tag
{
    enum Type
    {
        Variable,
        Raw,
        Section,
        Inverted,
        Close,
        Comment,
        Slot,
    };
    Type type = Variable;
    QString name;
    qsizetype start = 0; // of "{{"
    qsizetype end = 0; // after "}}"
    int line = 0;
    bool standalone = false;
    qsizetype lineStart = 0; // standalone: the line to remove, newline included
    qsizetype lineEnd = 0;
};

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c == u' ' || c == u'\t' || c == u'\r'; });
}

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^(\\.|[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)$"_s);
    return pattern.match(name).hasMatch();
}

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        case u'\'':
            out += u"&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

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

private:
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
        switch (node.kind) {
        case Node::Text:
            out += node.text;
            return;
        case Node::Escaped:
            out += escapeHtml(text(lookup(node.path)));
            return;
        case Node::Raw: {
            const QVariant value = lookup(node.path);
            out += isTrustedHtml(value) ? value.value<TrustedHtml>().html : escapeHtml(text(value));
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
};

const Node *findSlot(const std::vector<Node> &nodes, const QString &name)
{
    for (const Node &node : nodes) {
        if (node.kind == Node::Slot && node.text == name)
            return &node;
    }
    return nullptr;
}

} // namespace

std::optional<PageTemplate> PageTemplate::parse(const QString &text, Error *error)
{
    auto fail = [error](int line, const QString &message) {
        if (error) {
            error->line = line;
            error->message = message;
        }
        return std::nullopt;
    };

    // Tags first, with their lines.
    QList<Tag> tags;
    int line = 1;
    qsizetype lineCounted = 0;
    auto lineAt = [&](qsizetype position) {
        line += int(QStringView(text).mid(lineCounted, position - lineCounted).count(u'\n'));
        lineCounted = position;
        return line;
    };
    qsizetype at = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"{{"_s, at);
        if (open < 0)
            break;
        Tag tag;
        tag.start = open;
        tag.line = lineAt(open);
        qsizetype close = -1;
        QString content;
        if (text.mid(open, 3) == u"{{{"_s) {
            close = text.indexOf(u"}}}"_s, open + 3);
            const qsizetype plainClose = text.indexOf(u"}}"_s, open + 3);
            if (close < 0 || (plainClose >= 0 && plainClose < close)) {
                if (plainClose >= 0)
                    return fail(tag.line,
                        tr("{{{%1}} has three opening braces but only two closing ones.")
                            .arg(text.mid(open + 3, plainClose - open - 3).trimmed()));
                return fail(tag.line, tr("A tag opened with {{{ is never closed with }}}."));
            }
            tag.type = Tag::Raw;
            content = text.mid(open + 3, close - open - 3).trimmed();
            tag.end = close + 3;
        } else {
            close = text.indexOf(u"}}"_s, open + 2);
            if (close < 0)
                return fail(tag.line, tr("A tag opened with {{ is never closed with }}."));
            content = text.mid(open + 2, close - open - 2).trimmed();
            tag.end = close + 2;
            const QChar sigil = content.isEmpty() ? QChar() : content.at(0);
            if (sigil == u'#')
                tag.type = Tag::Section;
            else if (sigil == u'^')
                tag.type = Tag::Inverted;
            else if (sigil == u'/')
                tag.type = Tag::Close;
            else if (sigil == u'!')
                tag.type = Tag::Comment;
            else if (sigil == u'$')
                tag.type = Tag::Slot;
            else if (sigil == u'&')
                tag.type = Tag::Raw;
            else if (sigil == u'>')
                return fail(tag.line, tr("Partials ({{>%1}}) are not supported.").arg(content.mid(1).trimmed()));
            else if (sigil == u'=')
                return fail(tag.line, tr("Changing the delimiters ({{=…=}}) is not supported."));
            if (tag.type != Tag::Variable)
                content = content.mid(1).trimmed();
        }
        tag.name = content;
        if (tag.type != Tag::Comment) {
            if (content.isEmpty())
                return fail(tag.line, tr("A tag has no name."));
            if (!isValidName(content))
                return fail(tag.line,
                    tr("\"%1\" is not a valid name: use letters, digits, _ and -, parts joined by dots.").arg(content));
            if (tag.type == Tag::Slot && content.contains(u'.'))
                return fail(tag.line, tr("The slot name \"%1\" cannot contain dots.").arg(content));
        }
        // A section, comment or slot tag alone on its line takes the line
        // with it, as in Mustache.
        if (tag.type != Tag::Variable && tag.type != Tag::Raw) {
            const qsizetype lineStart = open == 0 ? 0 : text.lastIndexOf(u'\n', open - 1) + 1;
            qsizetype lineEnd = text.indexOf(u'\n', tag.end);
            if (lineEnd < 0)
                lineEnd = text.size();
            if (isBlank(QStringView(text).mid(lineStart, open - lineStart))
                && isBlank(QStringView(text).mid(tag.end, lineEnd - tag.end))) {
                tag.standalone = true;
                tag.lineStart = lineStart;
                tag.lineEnd = std::min(lineEnd + 1, text.size());
            }
        }
        tags.append(tag);
        at = tag.end;
    }

    // Two standalone tags on one line are not standalone.
    for (qsizetype i = 0; i + 1 < tags.size(); ++i) {
        if (tags.at(i).standalone && tags.at(i + 1).start < tags.at(i).lineEnd) {
            tags[i].standalone = false;
            tags[i + 1].standalone = false;
        }
    }

    // The tree.
    struct Open
    {
        Node node;
        int line;
    };
    QList<Open> stack;
    stack.append({Node(), 0});
    QHash<QString, int> slotLines;
    // White space between a slot's element and its tags belongs to the
    // slot, so a slot's content is exactly its element's innerHTML.
    bool slotJustClosed = false;
    auto appendText = [&stack, &slotJustClosed](QString piece) {
        if (piece.isEmpty())
            return;
        std::vector<Node> &children = stack.last().node.children;
        if (slotJustClosed && !children.empty() && children.back().kind == Node::Slot) {
            qsizetype blank = 0;
            while (blank < piece.size() && piece.at(blank).isSpace())
                ++blank;
            if (blank > 0) {
                std::vector<Node> &inside = children.back().children;
                if (!inside.empty() && inside.back().kind == Node::Text) {
                    inside.back().text += piece.left(blank);
                } else {
                    Node space;
                    space.kind = Node::Text;
                    space.text = piece.left(blank);
                    inside.push_back(std::move(space));
                }
                piece.remove(0, blank);
            }
        }
        slotJustClosed = false;
        if (piece.isEmpty())
            return;
        if (!children.empty() && children.back().kind == Node::Text) {
            children.back().text += piece;
            return;
        }
        Node node;
        node.kind = Node::Text;
        node.text = piece;
        children.push_back(std::move(node));
    };
    qsizetype textStart = 0;
    for (const Tag &tag : std::as_const(tags)) {
        const qsizetype textEnd = tag.standalone ? tag.lineStart : tag.start;
        if (textEnd > textStart)
            appendText(text.mid(textStart, textEnd - textStart));
        textStart = tag.standalone ? tag.lineEnd : tag.end;

        Node node;
        node.text = tag.name;
        node.path = tag.name.split(u'.');
        if (tag.name == u".")
            node.path = QStringList {u"."_s};
        node.line = tag.line;
        switch (tag.type) {
        case Tag::Comment:
            break;
        case Tag::Variable:
            node.kind = Node::Escaped;
            stack.last().node.children.push_back(std::move(node));
            break;
        case Tag::Raw:
            node.kind = Node::Raw;
            stack.last().node.children.push_back(std::move(node));
            break;
        case Tag::Section:
        case Tag::Inverted:
            node.kind = tag.type == Tag::Section ? Node::Section : Node::Inverted;
            stack.append({std::move(node), tag.line});
            break;
        case Tag::Slot: {
            if (stack.size() > 1)
                return fail(tag.line,
                    tr("The slot {{$%1}} is inside {{#%2}}: slots must be outside sections, so the element is "
                       "always on the page.")
                        .arg(tag.name, stack.last().node.text));
            if (slotLines.contains(tag.name))
                return fail(tag.line,
                    tr("The slot {{$%1}} is already defined on line %2.").arg(tag.name).arg(slotLines.value(tag.name)));
            slotLines.insert(tag.name, tag.line);
            // The slot's content must be exactly the element's content, so
            // replacing the element's innerHTML gives the same page.
            const qsizetype elementStart = tag.start == 0 ? -1 : text.lastIndexOf(u'<', tag.start - 1);
            const QRegularExpression element(u"^<[A-Za-z][A-Za-z0-9-]*\\s[^<>]*\\bdata-byline-slot\\s*=\\s*\""_s
                + QRegularExpression::escape(tag.name) + u"\"[^<>]*>\\s*$"_s);
            if (elementStart < 0 || !element.match(text.mid(elementStart, tag.start - elementStart)).hasMatch())
                return fail(tag.line,
                    tr("The slot {{$%1}} must directly follow the start tag of an element with "
                       "data-byline-slot=\"%1\".")
                        .arg(tag.name));
            node.kind = Node::Slot;
            std::vector<Node> &siblings = stack.last().node.children;
            if (!siblings.empty() && siblings.back().kind == Node::Text) {
                QString &before = siblings.back().text;
                qsizetype blank = before.size();
                while (blank > 0 && before.at(blank - 1).isSpace())
                    --blank;
                if (blank < before.size()) {
                    Node space;
                    space.kind = Node::Text;
                    space.text = before.mid(blank);
                    node.children.push_back(std::move(space));
                    before.truncate(blank);
                }
            }
            stack.append({std::move(node), tag.line});
            break;
        }
        case Tag::Close: {
            if (stack.size() == 1)
                return fail(tag.line, tr("{{/%1}} closes nothing.").arg(tag.name));
            const Open &open = stack.last();
            if (open.node.text != tag.name) {
                const QString opened = (open.node.kind == Node::Slot              ? u"{{$"_s
                                               : open.node.kind == Node::Inverted ? u"{{^"_s
                                                                                  : u"{{#"_s)
                    + open.node.text + u"}}"_s;
                return fail(
                    tag.line, tr("{{/%1}} does not match %2 opened on line %3.").arg(tag.name, opened).arg(open.line));
            }
            if (open.node.kind == Node::Slot) {
                const QString after = text.mid(tag.end).trimmed();
                if (!after.startsWith(u"</"_s))
                    return fail(tag.line,
                        tr("The slot {{$%1}} must end right before the end tag of its element.").arg(tag.name));
            }
            const bool wasSlot = open.node.kind == Node::Slot;
            Node closed = std::move(stack.last().node);
            stack.removeLast();
            stack.last().node.children.push_back(std::move(closed));
            slotJustClosed = wasSlot;
            break;
        }
        }
    }
    if (stack.size() > 1) {
        const Open &open = stack.last();
        const QString opened = (open.node.kind == Node::Slot              ? u"{{$"_s
                                       : open.node.kind == Node::Inverted ? u"{{^"_s
                                                                          : u"{{#"_s)
            + open.node.text + u"}}"_s;
        return fail(open.line, tr("%1 is never closed with {{/%2}}.").arg(opened, open.node.text));
    }
    if (textStart < text.size())
        appendText(text.mid(textStart));

    PageTemplate result;
    result.m_nodes = std::make_shared<const std::vector<Node>>(std::move(stack.first().node.children));
    return result;
}

QString PageTemplate::render(const QVariantHash &context) const
{
    QString out;
    if (m_nodes)
        Renderer(context, Renderer::Slots::Render).render(*m_nodes, out);
    return out;
}

QString PageTemplate::renderFrame(const QVariantHash &context) const
{
    QString out;
    if (m_nodes)
        Renderer(context, Renderer::Slots::Empty).render(*m_nodes, out);
    return out;
}

QString PageTemplate::renderSlot(const QString &name, const QVariantHash &context) const
{
    QString out;
    if (!m_nodes)
        return out;
    if (const Node *slot = findSlot(*m_nodes, name))
        Renderer(context, Renderer::Slots::Render).render(slot->children, out);
    return out;
}

QStringList PageTemplate::slotNames() const
{
    QStringList names;
    if (!m_nodes)
        return names;
    for (const Node &node : *m_nodes) {
        if (node.kind == Node::Slot)
            names << node.text;
    }
    return names;
}

bool PageTemplate::hasSlot(const QString &name) const
{
    return m_nodes && findSlot(*m_nodes, name);
}

bool PageTemplate::hasTopLevelRaw(const QString &variable) const
{
    return m_nodes && std::any_of(m_nodes->cbegin(), m_nodes->cend(), [&variable](const Node &node) {
        return node.kind == Node::Raw && node.text == variable;
    });
}

bool PageTemplate::slotHoldsOnly(const QString &slot, const QString &variable) const
{
    const Node *node = m_nodes ? findSlot(*m_nodes, slot) : nullptr;
    if (!node)
        return false;
    int raws = 0;
    for (const Node &child : node->children) {
        if (child.kind == Node::Text && child.text.trimmed().isEmpty())
            continue;
        if (child.kind != Node::Raw || child.text != variable)
            return false;
        ++raws;
    }
    return raws == 1;
}

} // namespace Byline
