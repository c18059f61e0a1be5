#include "templatemarkup_p.h"

using namespace Qt::StringLiterals;

// The tokenizer of TemplateMarkup: the HTML Living Standard's tokenizer
// states, fed the template's text, with each Mustache tag handed to the
// checks (templatemarkup_checks.cpp) where it cuts the markup.
namespace Byline {

std::optional<PageTemplate::Error> MarkupScanner::run(std::vector<Node> &nodes)
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

void MarkupScanner::fail(int line, const QString &message)
{
    if (!m_error)
        m_error = Error {line, message};
}

void MarkupScanner::walk(std::vector<Node> &nodes)
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

void MarkupScanner::feedText(const Node &node)
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

MarkupScanner::Place MarkupScanner::place() const
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

void MarkupScanner::startTag(bool end)
{
    m_tag = Tag {QString(), end, m_line};
}

void MarkupScanner::startAttribute()
{
    m_attribute = Attribute {};
    m_attribute.line = m_line;
}

void MarkupScanner::emitTag()
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
void MarkupScanner::rawTextCharacter(QChar c)
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

void MarkupScanner::feed(QChar c)
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
                m_attribute.kind = MarkupRules::AttributeKind::Plain;
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

std::optional<PageTemplate::Error> TemplateMarkup::check(std::vector<PageTemplate::Node> &nodes)
{
    return MarkupScanner().run(nodes);
}

} // namespace Byline
