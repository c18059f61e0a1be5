#pragma once

#include "templatemarkup.h"
#include "templatemarkuprules.h"

namespace Byline {

// TemplateMarkup's reader: a template's markup read as an HTML tokenizer
// reads it (templatemarkup.cpp), with what it finds checked
// (templatemarkup_checks.cpp): where each Mustache tag cuts the markup, and
// each element and attribute.
class MarkupScanner
{
public:
    using Node = PageTemplate::Node;
    using Error = PageTemplate::Error;

    std::optional<Error> run(std::vector<Node> &nodes);

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
        MarkupRules::AttributeKind kind = MarkupRules::AttributeKind::Plain;
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

    static bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
    static bool isSpace(QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f'; }

    // The tokenizer (templatemarkup.cpp).
    void fail(int line, const QString &message);
    void walk(std::vector<Node> &nodes);
    void feedText(const Node &node);
    Place place() const;
    void startTag(bool end);
    void startAttribute();
    void emitTag();
    void rawTextCharacter(QChar c);
    void feed(QChar c);

    // The checks (templatemarkup_checks.cpp).
    void section(Node &node);
    bool cut(const QString &tag, Cut kind, Node *value);
    bool cutInValue(const QString &tag, Cut kind, Node *value);
    void refuseAddress(UrlUse use);
    bool partialEndTag() const;
    void tagNameDone();
    void attributeNameDone();
    void attributeDone();
    void checkCss(const QString &css, int line);

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

} // namespace Byline
