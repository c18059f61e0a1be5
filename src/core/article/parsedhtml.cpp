#include "parsedhtml.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <csetjmp>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace Byline::ArticleHtml {

// gumbo's memory, taken from large chunks and given back all at once: what
// gumbo allocates in total (not only what it holds) is bounded, which bounds
// its work too; the tree is freed without gumbo's recursive free, which a
// deep tree overflows; and an exhausted budget ends the parse by a jump back
// out of gumbo. It also saves malloc's own overhead on millions of small
// blocks.
struct ParsedHtml::Arena
{
    static constexpr size_t ChunkSize = 1024 * 1024;
    // gumbo's structures hold pointers, sizes and ints, nothing wider.
    static constexpr size_t Alignment = alignof(void *);

    std::vector<char *> chunks;
    char *next = nullptr;
    size_t left = 0; // in the current chunk
    size_t allocated = 0;
    size_t budget = 0;
    std::jmp_buf escape;

    ~Arena()
    {
        for (char *chunk : chunks)
            std::free(chunk);
    }

    [[noreturn]] void exhausted() { std::longjmp(escape, 1); }

    // Nothing may throw inside gumbo: the list of chunks has room for as
    // many as the budget allows (large blocks get chunks of their own, a
    // chunk is left for a new one at least three quarters full).
    void setBudget(size_t bytes)
    {
        budget = bytes;
        chunks.reserve(bytes / (ChunkSize / 4) + bytes / (ChunkSize * 3 / 4) + 2);
    }

    char *newChunk(size_t size)
    {
        auto *chunk = static_cast<char *>(std::malloc(size));
        if (!chunk || chunks.size() == chunks.capacity())
            exhausted();
        chunks.push_back(chunk);
        return chunk;
    }

    static void *allocate(void *userdata, size_t size)
    {
        auto *arena = static_cast<Arena *>(userdata);
        size = (std::max<size_t>(size, 1) + Alignment - 1) & ~(Alignment - 1);
        if (size > arena->budget - arena->allocated)
            arena->exhausted();
        arena->allocated += size;
        if (size > ChunkSize / 4)
            return arena->newChunk(size);
        if (size > arena->left) {
            arena->next = arena->newChunk(ChunkSize);
            arena->left = ChunkSize;
        }
        void *block = arena->next;
        arena->next += size;
        arena->left -= size;
        return block;
    }

    static void deallocate(void *, void *) { }
};

namespace {

// Nothing here may need destroying: a failed allocation jumps back to the
// setjmp over gumbo's frames.
GumboOutput *parseOrEscape(const GumboOptions *options, const char *data, size_t size, std::jmp_buf *escape)
{
    if (setjmp(*escape) != 0)
        return nullptr;
    return gumbo_parse_with_options(options, data, size);
}

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

// The line of the first element deeper than MaxNestingDepth; 0 when none.
int lineTooDeep(const GumboNode *document)
{
    struct Frame
    {
        const GumboVector *children;
        unsigned int next;
    };
    QVarLengthArray<Frame, 64> stack;
    stack.append({childrenOf(document), 0});
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        if (frame.next >= frame.children->length) {
            stack.removeLast();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(frame.children->data[frame.next++]);
        const GumboVector *children = childrenOf(child);
        if (!children)
            continue;
        if (stack.size() > MaxNestingDepth)
            return int(child->v.element.start_pos.line);
        stack.append({children, 0});
    }
    return 0;
}

} // namespace

size_t ParsedHtml::memoryBudget(qsizetype bytes)
{
    // Saved news pages take gumbo up to 7 times their size, a page of
    // nothing but table cells 33 times.
    return size_t(64) * 1024 * 1024 + size_t(bytes) * 40;
}

ParsedHtml::ParsedHtml(const QByteArray &utf8)
    : m_utf8(utf8)
{
    m_refusal = checkLimits(m_utf8, &m_refusalLine);
    if (!m_refusal.isEmpty())
        return;
    m_arena = std::make_unique<Arena>();
    m_arena->setBudget(memoryBudget(m_utf8.size()));
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::deallocate;
    options.userdata = m_arena.get();
    // Each recorded error copies the stack of open elements.
    options.max_errors = 0;
    m_output = parseOrEscape(&options, m_utf8.constData(), size_t(m_utf8.size()), &m_arena->escape);
    if (!m_output) {
        m_refusal = QCoreApplication::translate(
            "Byline::ArticleHtml", "The HTML is too complex to read: it would take more than %1 MB of memory.")
                        .arg(m_arena->budget / (1024 * 1024));
        m_arena.reset();
        return;
    }
    if (const int line = lineTooDeep(m_output->document)) {
        m_refusal = nestedTooDeep(line);
        m_refusalLine = line;
        m_output = nullptr;
        m_arena.reset();
    }
}

ParsedHtml::~ParsedHtml() = default; // the arena frees gumbo's output

const GumboNode *ParsedHtml::document() const
{
    return m_output ? m_output->document : nullptr;
}

namespace Detail {

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool hasAttribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

} // namespace Detail

} // namespace Byline::ArticleHtml
