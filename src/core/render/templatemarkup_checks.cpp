#include "templatemarkup_p.h"

#include "stylesheetcheck.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

// What TemplateMarkup refuses: a Mustache tag where it could change the
// markup, a section that ends elsewhere than it starts, and elements,
// attributes, addresses and CSS a pack may not have (templatemarkuprules.h).
namespace Byline {

using namespace MarkupRules;

void MarkupScanner::section(Node &node)
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

// A Mustache tag cuts the markup here: whether it may, and what it means
// for what follows.
bool MarkupScanner::cut(const QString &tag, Cut kind, Node *value)
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

bool MarkupScanner::cutInValue(const QString &tag, Cut kind, Node *value)
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

void MarkupScanner::refuseAddress(UrlUse use)
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

bool MarkupScanner::partialEndTag() const
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

void MarkupScanner::tagNameDone()
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

void MarkupScanner::attributeNameDone()
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

void MarkupScanner::attributeDone()
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

void MarkupScanner::checkCss(const QString &css, int line)
{
    if (const std::optional<StyleSheetCheck::Problem> problem = StyleSheetCheck::check(css))
        fail(line + int(QStringView(css).left(problem->offset).count(u'\n')), problem->message);
}

} // namespace Byline
