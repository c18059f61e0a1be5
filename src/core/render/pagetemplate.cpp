#include "pagetemplate_p.h"

#include "templatemarkup.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

// A page template's source into its tree of nodes, checked; and what the
// tree holds. Rendering is in pagetemplate_render.cpp.
namespace Byline {

int PageTemplate::Node::lineAt(qsizetype offset) const
{
    int result = line;
    qsizetype from = 0;
    for (const auto &[start, startLine] : lineMarks) {
        if (start > offset)
            break;
        result = startLine;
        from = start;
    }
    return result + int(QStringView(text).mid(from, offset - from).count(u'\n'));
}

const PageTemplate::Node *findSlot(const std::vector<PageTemplate::Node> &nodes, const QString &name)
{
    for (const PageTemplate::Node &node : nodes) {
        if (node.kind == PageTemplate::Node::Slot && node.text == name)
            return &node;
    }
    return nullptr;
}

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

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^(\\.|[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)$"_s);
    return pattern.match(name).hasMatch();
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
    QList<qsizetype> newlines;
    for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
        newlines.append(i);
    auto lineAt = [&newlines](qsizetype position) {
        return int(std::lower_bound(newlines.cbegin(), newlines.cend(), position) - newlines.cbegin()) + 1;
    };
    // Each line's first and last character that is not a space, found once:
    // looking around every tag instead took minutes for a megabyte of tags.
    QList<qsizetype> firstNonBlank(newlines.size() + 1, -1);
    QList<qsizetype> lastNonBlank(newlines.size() + 1, -1);
    for (qsizetype i = 0, line = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            ++line;
        } else if (c != u' ' && c != u'\t' && c != u'\r') {
            if (firstNonBlank[line] < 0)
                firstNonBlank[line] = i;
            lastNonBlank[line] = i;
        }
    }
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
            const qsizetype firstLine = lineAt(open) - 1;
            const qsizetype lastLine = lineAt(tag.end) - 1;
            const qsizetype lineStart = firstLine == 0 ? 0 : newlines.at(firstLine - 1) + 1;
            const qsizetype lineEnd = lastLine < newlines.size() ? newlines.at(lastLine) : text.size();
            if (firstNonBlank.at(firstLine) >= open && lastNonBlank.at(lastLine) < tag.end) {
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
    // Text joins the text before it (comments and standalone lines leave
    // nothing), remembering the line each piece starts on.
    auto addText = [](std::vector<Node> &nodes, const QString &piece, int line) {
        if (!nodes.empty() && nodes.back().kind == Node::Text) {
            nodes.back().lineMarks.append({nodes.back().text.size(), line});
            nodes.back().text += piece;
            return;
        }
        Node node;
        node.kind = Node::Text;
        node.text = piece;
        node.line = line;
        node.lineMarks.append({0, line});
        nodes.push_back(std::move(node));
    };
    auto appendText = [&](QString piece, qsizetype start) {
        if (piece.isEmpty())
            return;
        std::vector<Node> &children = stack.last().node.children;
        if (slotJustClosed && !children.empty() && children.back().kind == Node::Slot) {
            qsizetype blank = 0;
            while (blank < piece.size() && piece.at(blank).isSpace())
                ++blank;
            if (blank > 0) {
                addText(children.back().children, piece.left(blank), lineAt(start));
                piece.remove(0, blank);
                start += blank;
            }
        }
        slotJustClosed = false;
        if (!piece.isEmpty())
            addText(children, piece, lineAt(start));
    };
    qsizetype textStart = 0;
    for (const Tag &tag : std::as_const(tags)) {
        const qsizetype textEnd = tag.standalone ? tag.lineStart : tag.start;
        if (textEnd > textStart)
            appendText(text.mid(textStart, textEnd - textStart), textStart);
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
            // Each level can multiply the work of rendering by a list's length.
            if (stack.size() > MaxSectionDepth)
                return fail(tag.line,
                    tr("{{%1%2}} is nested more than %3 sections deep.")
                        .arg(tag.type == Tag::Section ? u"#"_s : u"^"_s, tag.name)
                        .arg(MaxSectionDepth));
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
                    space.line = siblings.back().lineAt(blank);
                    space.lineMarks.append({0, space.line});
                    node.children.push_back(std::move(space));
                    before.truncate(blank);
                    siblings.back().lineMarks.removeIf([blank](const auto &mark) { return mark.first >= blank; });
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
                qsizetype after = tag.end;
                while (after < text.size() && text.at(after).isSpace())
                    ++after;
                if (!QStringView(text).mid(after).startsWith(u"</"_s))
                    return fail(tag.line,
                        tr("The slot {{$%1}} must end right before the end tag of its element.").arg(tag.name));
            }
            const bool wasSlot = open.node.kind == Node::Slot;
            Node closed = std::move(stack.last().node);
            closed.endLine = tag.line;
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
        appendText(text.mid(textStart), textStart);

    // What the template produces, not its source, is checked.
    if (const std::optional<Error> problem = TemplateMarkup::check(stack.first().node.children))
        return fail(problem->line, problem->message);

    PageTemplate result;
    result.m_nodes = std::make_shared<const std::vector<Node>>(std::move(stack.first().node.children));
    return result;
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
