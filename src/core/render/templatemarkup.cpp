#include "templatemarkup.h"

#include "stylesheetcheck.h"
#include "templatemarkuprules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

using namespace MarkupRules;
using Node = PageTemplate::Node;
using Error = PageTemplate::Error;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

class Scanner
{
public:
    std::optional<Error> run(std::vector<Node> &nodes)
    {
        walk(nodes);
        if (!m_error && m_state != State::Data) {
            if (m_state == State::RawText || m_state == State::RcData)
                fail(m_line, TemplateMarkup::tr("The template ends inside <%1>: close it.").arg(m_rawElement));
            else
                fail(m_line, TemplateMarkup::tr("The template ends inside a tag or a comment: close it."));
        }
        return m_error;
    }

private:
    // The HTML tokenizer's states (HTML Living Standard, 13.2.5), and one of
    // ours: inside a tag right after a Mustache tag.
    enum class State
    {
        Data,
        TagOpen,
        EndTagOpen,
        TagName,
        BeforeAttributeName,
        AttributeName,
        AfterAttributeName,
        BeforeAttributeValue,
        AttributeValueDouble,
        AttributeValueSingle,
        AttributeValueUnquoted,
        AfterAttributeValueQuoted,
        SelfClosingStartTag,
        AfterMustacheInTag,
        MarkupDeclaration,
        CommentStart,
        CommentStartDash,
        Comment,
        CommentEndDash,
        CommentEnd,
        CommentEndBang,
        BogusComment,
        RawText, // <style>
        RcData, // <title>, <textarea>
    };

    // What a Mustache tag is, for where it may stand.
    enum class Cut
    {
        Value,
        Raw,
        Section,
    };

    struct Tag
    {
        QString name;
        bool end = false;
        int line = 0;
    };

    struct Attribute
    {
        QString name;
        QString value; // as written, a value as Hole
        AttributeKind kind = AttributeKind::Plain;
        int line = 0;
        bool settled = false; // an address whose scheme and start are known
    };

    // Where in the markup a section starts or ends.
    struct Place
    {
        State state = State::Data;
        QString element;
        bool endTag = false;
        QString attribute;
        bool operator==(const Place &) const = default;
    };

    void fail(int line, const QString &message)
    {
        if (!m_error)
            m_error = Error {line, message};
    }

    void walk(std::vector<Node> &nodes)
    {
        for (Node &node : nodes) {
            if (m_error)
                return;
            switch (node.kind) {
            case Node::Text:
                feedText(node);
                break;
            case Node::Escaped:
                m_line = node.line;
                cut(u"{{"_s + node.text + u"}}"_s, Cut::Value, &node);
                break;
            case Node::Raw:
                m_line = node.line;
                cut(u"{{{"_s + node.text + u"}}}"_s, Cut::Raw, &node);
                break;
            case Node::Section:
            case Node::Inverted:
            case Node::Slot:
                section(node);
                break;
            }
        }
    }

    void section(Node &node)
    {
        const QString sigil = node.kind == Node::Slot ? u"$"_s : node.kind == Node::Inverted ? u"^"_s : u"#"_s;
        const QString opening = u"{{"_s + sigil + node.text + u"}}"_s;
        const QString closing = u"{{/"_s + node.text + u"}}"_s;
        m_line = node.line;
        if (!cut(opening, Cut::Section, nullptr))
            return;
        const Place before = place();
        walk(node.children);
        if (m_error)
            return;
        m_line = node.endLine;
        if (!cut(closing, Cut::Section, nullptr))
            return;
        if (place() != before)
            fail(node.line,
                TemplateMarkup::tr("%1 on line %2 and %3 on line %4 are in different places of the markup (such as "
                                   "one inside a tag and one outside): a section must end where it starts.")
                    .arg(opening)
                    .arg(node.line)
                    .arg(closing)
                    .arg(node.endLine));
    }

    void feedText(const Node &node)
    {
        qsizetype mark = 0;
        m_line = node.line;
        for (qsizetype i = 0; i < node.text.size() && !m_error; ++i) {
            while (mark < node.lineMarks.size() && node.lineMarks.at(mark).first <= i)
                m_line = node.lineMarks.at(mark++).second;
            const QChar c = node.text.at(i);
            feed(c);
            if (c == u'\n')
                ++m_line;
        }
    }

    Place place() const
    {
        switch (m_state) {
        case State::RawText:
        case State::RcData:
            return {m_state, m_rawElement, false, {}};
        case State::AttributeValueDouble:
        case State::AttributeValueSingle:
            return {m_state, m_tag.name, m_tag.end, m_attribute.name};
        case State::AfterMustacheInTag:
            return {m_state, m_tag.name, m_tag.end, {}};
        default:
            return {m_state, {}, false, {}};
        }
    }

    // A Mustache tag cuts the markup here: whether it may, and what it means
    // for what follows.
    bool cut(const QString &tag, Cut kind, Node *value)
    {
        auto refuse = [this](const QString &message) {
            fail(m_line, message);
            return false;
        };
        const QString rawOnlyInText = TemplateMarkup::tr(
            "%1 can only stand in the page's text, not inside a tag, an attribute, a comment, <title> or <style>.")
                                          .arg(tag);
        switch (m_state) {
        case State::Data:
            return true;
        case State::RcData:
            if (kind == Cut::Raw)
                return refuse(rawOnlyInText);
            if (partialEndTag())
                return refuse(TemplateMarkup::tr("%1 cannot stand inside the end tag </%2>.").arg(tag, m_rawElement));
            if (kind == Cut::Value)
                m_rawText += QChar(Hole);
            return true;
        case State::TagName:
        case State::BeforeAttributeName:
        case State::AfterAttributeName:
        case State::AfterAttributeValueQuoted:
        case State::AfterMustacheInTag:
            if (kind == Cut::Raw)
                return refuse(rawOnlyInText);
            if (kind == Cut::Value && m_state == State::TagName)
                break;
            if (kind == Cut::Value)
                return refuse(TemplateMarkup::tr("%1 cannot stand between the attributes of <%2>: put it in a quoted "
                                                 "attribute value.")
                        .arg(tag, m_tag.name));
            if (m_state == State::TagName) {
                tagNameDone();
            } else if (m_state == State::AfterAttributeName && !m_noAttribute) {
                attributeDone();
                m_noAttribute = true;
            }
            m_state = State::AfterMustacheInTag;
            return !m_error;
        case State::AttributeValueDouble:
        case State::AttributeValueSingle:
            if (kind == Cut::Raw)
                return refuse(rawOnlyInText);
            return cutInValue(tag, kind, value);
        case State::BeforeAttributeValue:
        case State::AttributeValueUnquoted:
            return refuse(TemplateMarkup::tr("%1 is in the unquoted value of %2: put the value in quotes.")
                    .arg(tag, m_attribute.name));
        case State::CommentStart:
        case State::CommentStartDash:
        case State::Comment:
        case State::CommentEndDash:
        case State::CommentEnd:
        case State::CommentEndBang:
            return refuse(TemplateMarkup::tr("%1 cannot stand inside an HTML comment.").arg(tag));
        case State::RawText:
            return refuse(TemplateMarkup::tr("%1 cannot stand inside <style>: style sheets hold no values.").arg(tag));
        case State::TagOpen:
        case State::EndTagOpen:
        case State::AttributeName:
        case State::SelfClosingStartTag:
        case State::MarkupDeclaration:
        case State::BogusComment:
            break;
        }
        return refuse(TemplateMarkup::tr("%1 cannot stand inside the name of a tag or an attribute, or in <!…>: the "
                                         "markup would change with it.")
                .arg(tag));
    }

    bool cutInValue(const QString &tag, Cut kind, Node *value)
    {
        switch (m_attribute.kind) {
        case AttributeKind::Plain:
        case AttributeKind::Handler:
        case AttributeKind::Forbidden:
            break;
        case AttributeKind::Style:
            fail(m_line,
                TemplateMarkup::tr("%1 cannot stand inside a style attribute: style sheets hold no values.").arg(tag));
            return false;
        case AttributeKind::Fixed:
        case AttributeKind::ResourceList:
            fail(m_line,
                TemplateMarkup::tr("%1 cannot stand in the %2 attribute: its value must be written out.")
                    .arg(tag, m_attribute.name));
            return false;
        case AttributeKind::Link:
        case AttributeKind::Resource: {
            if (m_attribute.settled)
                break; // what follows cannot change it; not read again
            const UrlUse use = m_attribute.kind == AttributeKind::Link ? UrlUse::Link : UrlUse::Resource;
            const Address state = address(m_attribute.value, use, true);
            m_attribute.settled = state == Address::Settled;
            if (state == Address::Refused) {
                refuseAddress(use);
                return false;
            }
            if (kind == Cut::Value && state == Address::Blank) {
                // The value is the address's start: rendering checks its scheme.
                value->urlStart = use;
            } else if (state != Address::Settled) {
                fail(m_line,
                    TemplateMarkup::tr("%1 in %2=\"…\" must be the whole start of the address or follow its scheme "
                                       "(https:), a /, ? or #.")
                        .arg(tag, m_attribute.name));
                return false;
            }
            break;
        }
        }
        if (kind == Cut::Value)
            m_attribute.value += QChar(Hole);
        return true;
    }

    void refuseAddress(UrlUse use)
    {
        const QString shown = shortened(decodeReferences(m_attribute.value).replace(QChar(Hole), u"{{…}}"_s));
        if (use == UrlUse::Link)
            fail(m_attribute.line,
                TemplateMarkup::tr("%1=\"%2\" is not allowed: links may use http:, https:, mailto: and tel: only.")
                    .arg(m_attribute.name, shown));
        else
            fail(m_attribute.line,
                TemplateMarkup::tr("%1=\"%2\" in <%3> is outside the pack: a page may load only the pack's own files "
                                   "and data: pictures.")
                    .arg(m_attribute.name, shown, m_tag.name));
    }

    bool partialEndTag() const
    {
        const qsizetype less = m_rawTextLess;
        if (less < 0)
            return false;
        const QStringView tail = QStringView(m_rawText).mid(less + 1);
        if (tail.isEmpty())
            return true;
        if (tail.at(0) != u'/')
            return false;
        return std::all_of(tail.begin() + 1, tail.end(), isAsciiLetter);
    }

    void startTag(bool end) { m_tag = Tag {QString(), end, m_line}; }

    void tagNameDone()
    {
        if (m_tag.end)
            return;
        if (m_tag.name == u"svg" || m_tag.name == u"math")
            fail(m_tag.line,
                TemplateMarkup::tr("Inline <%1> is not allowed in a template pack: show a picture from the pack's "
                                   "assets instead.")
                    .arg(m_tag.name));
        else if (isForbiddenElement(m_tag.name))
            fail(m_tag.line, TemplateMarkup::tr("<%1> is not allowed in a template pack.").arg(m_tag.name));
    }

    void startAttribute()
    {
        m_attribute = Attribute {};
        m_attribute.line = m_line;
    }

    void attributeNameDone()
    {
        m_attribute.kind = attributeKind(m_tag.name, m_attribute.name);
        if (m_attribute.kind == AttributeKind::Handler)
            fail(m_attribute.line,
                TemplateMarkup::tr("Event handler attributes (%1) are not allowed: pages run no scripts.")
                    .arg(m_attribute.name));
        else if (m_attribute.name == u"http-equiv")
            fail(m_attribute.line,
                TemplateMarkup::tr("<meta http-equiv> is not allowed: {{{page.head}}} sets the page's security "
                                   "policy."));
        else if (m_attribute.kind == AttributeKind::Forbidden)
            fail(m_attribute.line,
                TemplateMarkup::tr("The %1 attribute is not allowed in a template pack.").arg(m_attribute.name));
    }

    void attributeDone()
    {
        if (m_error)
            return;
        const QString value = decodeReferences(m_attribute.value);
        // A script address is refused in any attribute, not only where a
        // browser is known to follow it.
        const QString scheme = TemplateUrls::scheme(value);
        if (scheme == u"javascript" || scheme == u"vbscript") {
            refuseAddress(UrlUse::Link);
            return;
        }
        switch (m_attribute.kind) {
        case AttributeKind::Plain:
        case AttributeKind::Handler:
        case AttributeKind::Forbidden:
            break;
        case AttributeKind::Fixed:
            if (m_tag.name == u"link" && m_attribute.name == u"rel") {
                static const QSet<QString> allowed {u"canonical"_s, u"alternate"_s, u"author"_s, u"license"_s};
                const QStringList kinds = value.toLower().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
                for (const QString &kind : kinds) {
                    if (!allowed.contains(kind))
                        fail(m_attribute.line,
                            TemplateMarkup::tr("<link rel=\"%1\"> is not allowed: a template may only have "
                                               "canonical, alternate, author and license links.")
                                .arg(shortened(value)));
                }
            }
            break;
        case AttributeKind::Style:
            checkCss(value, m_attribute.line);
            break;
        case AttributeKind::Link:
        case AttributeKind::Resource: {
            const UrlUse use = m_attribute.kind == AttributeKind::Link ? UrlUse::Link : UrlUse::Resource;
            const Address state = address(m_attribute.value, use, false);
            const bool literal = !m_attribute.value.contains(QChar(Hole));
            if (state == Address::Refused || (literal && !TemplateUrls::isAllowed(value, use)))
                refuseAddress(use);
            else if (state == Address::Mixed)
                fail(m_attribute.line,
                    TemplateMarkup::tr("The address in %1=\"…\" mixes values and text before its path: a value must "
                                       "be the whole start of the address or follow its scheme (https:), a /, ? or #.")
                        .arg(m_attribute.name));
            break;
        }
        case AttributeKind::ResourceList: {
            const QStringList parts = value.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                if (!TemplateUrls::isAllowed(part, UrlUse::Resource)) {
                    refuseAddress(UrlUse::Resource);
                    break;
                }
            }
            break;
        }
        }
    }

    void checkCss(const QString &css, int line)
    {
        if (const std::optional<StyleSheetCheck::Problem> problem = StyleSheetCheck::check(css))
            fail(line + int(QStringView(css).left(problem->offset).count(u'\n')), problem->message);
    }

    void emitTag()
    {
        if (m_error)
            return;
        m_state = State::Data;
        if (m_tag.end)
            return;
        if (m_tag.name == u"style") {
            m_state = State::RawText;
        } else if (m_tag.name == u"title" || m_tag.name == u"textarea") {
            m_state = State::RcData;
        } else {
            return;
        }
        m_rawElement = m_tag.name;
        m_rawText.clear();
        m_rawTextLess = -1;
        m_rawTextLine = m_line;
    }

    // In <style>, <title> or <textarea>: only its own end tag ends it.
    void rawTextCharacter(QChar c)
    {
        if (isSpace(c) || c == u'/' || c == u'>') {
            const QString end = u"</"_s + m_rawElement;
            const qsizetype at = m_rawText.size() - end.size();
            if (at >= 0 && QStringView(m_rawText).mid(at).compare(end, Qt::CaseInsensitive) == 0) {
                if (m_state == State::RawText)
                    checkCss(m_rawText.left(at), m_rawTextLine);
                m_rawText.clear();
                m_rawTextLess = -1;
                startTag(true);
                m_tag.name = m_rawElement;
                if (c == u'>')
                    emitTag();
                else
                    m_state = c == u'/' ? State::SelfClosingStartTag : State::BeforeAttributeName;
                return;
            }
        }
        if (c == u'<')
            m_rawTextLess = m_rawText.size();
        m_rawText += c;
    }

    void feed(QChar c)
    {
        bool again = true;
        while (again && !m_error) {
            again = false;
            switch (m_state) {
            case State::Data:
                if (c == u'<')
                    m_state = State::TagOpen;
                break;
            case State::TagOpen:
                if (isAsciiLetter(c)) {
                    startTag(false);
                    m_state = State::TagName;
                    again = true;
                } else if (c == u'!') {
                    m_markup.clear();
                    m_state = State::MarkupDeclaration;
                } else if (c == u'/') {
                    m_state = State::EndTagOpen;
                } else if (c == u'?') {
                    m_state = State::BogusComment;
                } else {
                    m_state = State::Data;
                    again = true;
                }
                break;
            case State::EndTagOpen:
                if (isAsciiLetter(c)) {
                    startTag(true);
                    m_state = State::TagName;
                    again = true;
                } else {
                    m_state = c == u'>' ? State::Data : State::BogusComment;
                }
                break;
            case State::TagName:
                if (isSpace(c) || c == u'/' || c == u'>') {
                    tagNameDone();
                    m_state = State::BeforeAttributeName;
                    again = true;
                } else {
                    m_tag.name += c.toLower();
                }
                break;
            case State::AfterMustacheInTag:
                if (!isSpace(c) && c != u'/' && c != u'>') {
                    fail(m_line,
                        TemplateMarkup::tr("After a Mustache tag inside <%1>, put a space before the next attribute.")
                            .arg(m_tag.name));
                    break;
                }
                m_state = State::BeforeAttributeName;
                again = true;
                break;
            case State::BeforeAttributeName:
                if (isSpace(c))
                    break;
                if (c == u'/' || c == u'>') {
                    m_state = State::AfterAttributeName;
                    again = true;
                    m_attribute = Attribute {};
                    m_attribute.kind = AttributeKind::Plain;
                    m_noAttribute = true;
                    break;
                }
                startAttribute();
                m_noAttribute = false;
                m_state = State::AttributeName;
                if (c == u'=')
                    m_attribute.name += c;
                else
                    again = true;
                break;
            case State::AttributeName:
                if (isSpace(c) || c == u'/' || c == u'>') {
                    attributeNameDone();
                    m_state = State::AfterAttributeName;
                    again = true;
                } else if (c == u'=') {
                    attributeNameDone();
                    m_state = State::BeforeAttributeValue;
                } else {
                    m_attribute.name += c.toLower();
                }
                break;
            case State::AfterAttributeName:
                if (isSpace(c))
                    break;
                if (c == u'=' && !m_noAttribute) {
                    m_state = State::BeforeAttributeValue;
                    break;
                }
                if (!m_noAttribute)
                    attributeDone();
                m_noAttribute = true;
                if (c == u'/') {
                    m_state = State::SelfClosingStartTag;
                } else if (c == u'>') {
                    emitTag();
                } else {
                    m_state = State::BeforeAttributeName;
                    again = true;
                }
                break;
            case State::BeforeAttributeValue:
                if (isSpace(c))
                    break;
                if (c == u'"') {
                    m_state = State::AttributeValueDouble;
                } else if (c == u'\'') {
                    m_state = State::AttributeValueSingle;
                } else if (c == u'>') {
                    attributeDone();
                    m_noAttribute = true;
                    emitTag();
                } else {
                    m_state = State::AttributeValueUnquoted;
                    again = true;
                }
                break;
            case State::AttributeValueDouble:
            case State::AttributeValueSingle:
                if (c == (m_state == State::AttributeValueDouble ? u'"' : u'\'')) {
                    attributeDone();
                    m_noAttribute = true;
                    m_state = State::AfterAttributeValueQuoted;
                } else {
                    m_attribute.value += c;
                }
                break;
            case State::AttributeValueUnquoted:
                if (isSpace(c) || c == u'>') {
                    attributeDone();
                    m_noAttribute = true;
                    if (c == u'>')
                        emitTag();
                    else
                        m_state = State::BeforeAttributeName;
                } else {
                    m_attribute.value += c;
                }
                break;
            case State::AfterAttributeValueQuoted:
            case State::SelfClosingStartTag:
                if (c == u'>') {
                    emitTag();
                } else if (m_state == State::AfterAttributeValueQuoted && isSpace(c)) {
                    m_state = State::BeforeAttributeName;
                } else if (m_state == State::AfterAttributeValueQuoted && c == u'/') {
                    m_state = State::SelfClosingStartTag;
                } else {
                    m_state = State::BeforeAttributeName;
                    again = true;
                }
                break;
            case State::MarkupDeclaration:
                m_markup += c;
                if (m_markup == u"--")
                    m_state = State::CommentStart;
                else if (m_markup != u"-")
                    m_state = c == u'>' ? State::Data : State::BogusComment;
                break;
            case State::BogusComment:
                if (c == u'>')
                    m_state = State::Data;
                break;
            case State::CommentStart:
            case State::CommentStartDash:
                if (c == u'>') {
                    m_state = State::Data; // <!--> and <!---> are whole comments
                } else if (c == u'-') {
                    m_state = m_state == State::CommentStart ? State::CommentStartDash : State::CommentEnd;
                } else {
                    m_state = State::Comment;
                }
                break;
            case State::Comment:
                if (c == u'-')
                    m_state = State::CommentEndDash;
                break;
            case State::CommentEndDash:
                m_state = c == u'-' ? State::CommentEnd : State::Comment;
                break;
            case State::CommentEnd:
                if (c == u'>')
                    m_state = State::Data;
                else if (c == u'!')
                    m_state = State::CommentEndBang;
                else if (c != u'-')
                    m_state = State::Comment;
                break;
            case State::CommentEndBang:
                if (c == u'>')
                    m_state = State::Data;
                else
                    m_state = c == u'-' ? State::CommentEndDash : State::Comment;
                break;
            case State::RawText:
            case State::RcData:
                rawTextCharacter(c);
                break;
            }
        }
    }

    State m_state = State::Data;
    Tag m_tag;
    Attribute m_attribute;
    bool m_noAttribute = true; // after a tag's attribute was finished
    QString m_markup; // after "<!"
    QString m_rawElement; // style, title or textarea
    QString m_rawText;
    qsizetype m_rawTextLess = -1; // the last "<" in m_rawText
    int m_rawTextLine = 0;
    int m_line = 1;
    std::optional<Error> m_error;
};

} // namespace

std::optional<PageTemplate::Error> TemplateMarkup::check(std::vector<PageTemplate::Node> &nodes)
{
    return Scanner().run(nodes);
}

} // namespace Byline
