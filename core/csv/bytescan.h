#pragma once

#include <QtGlobal>

#include <bit>
#include <cstring>

// The one place in the engine that knows about the processor: the CSV reader
// and the UTF-8 check look at a block of bytes at a time, and the checks of
// "|" lists and patterns search decoded text, with SSE2 where the compiler
// targets it (every x86-64 processor has it) and with 64-bit integers or one
// unit at a time elsewhere (ARM, or a build with CCBULK_NO_SIMD defined, which
// is how the portable path is tested on x86-64). Both give the same answers.
#if (defined(__SSE2__) || defined(_M_X64)) && !defined(CCBULK_NO_SIMD)
#include <emmintrin.h>
#define CCBULK_BYTESCAN_SSE2 1
#endif

namespace ccbulk::bytescan {

// The bytes that end a run of cell content: a and b (the delimiter and the
// quote, or the quote alone), NUL, and with lineEnds CR and LF. A block is
// searched for candidates, a cheap superset: a, b, every byte below 0x20 (or
// NUL alone without lineEnds) and every byte of 0x80 and above, which the
// reader decodes on its own; contains() tells the stops among them.
struct StopBytes
{
    char a;
    char b;
    bool lineEnds;

    bool contains(char c) const
    {
        return c == a || c == b || c == 0 || (lineEnds && (c == '\r' || c == '\n'));
    }
};

#ifdef CCBULK_BYTESCAN_SSE2

// Bytes looked at in one step.
constexpr qsizetype kBlock = 16;

namespace detail {

inline __m128i load(const char *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}

inline int firstSet(unsigned mask)
{
    return mask ? std::countr_zero(mask) : int(kBlock);
}

} // namespace detail

class Stops
{
public:
    explicit Stops(StopBytes bytes)
        : m_bytes(bytes), m_a(_mm_set1_epi8(bytes.a)), m_b(_mm_set1_epi8(bytes.b)),
          m_below(_mm_set1_epi8(bytes.lineEnds ? 0x20 : 0x01))
    {}

    bool contains(char c) const { return m_bytes.contains(c); }

    // The offset of the first candidate in the block at p, or kBlock.
    int firstCandidate(const char *p) const
    {
        const __m128i v = detail::load(p);
        // A signed comparison: bytes of 0x80 and above are negative, so
        // "below" takes them too.
        const __m128i hits =
            _mm_or_si128(_mm_cmplt_epi8(v, m_below),
                         _mm_or_si128(_mm_cmpeq_epi8(v, m_a), _mm_cmpeq_epi8(v, m_b)));
        return detail::firstSet(unsigned(_mm_movemask_epi8(hits)));
    }

private:
    StopBytes m_bytes;
    __m128i m_a, m_b, m_below;
};

// The offset of the first byte of the block at p that is 0x80 or above, or
// kBlock.
inline int firstNonAscii(const char *p)
{
    return detail::firstSet(unsigned(_mm_movemask_epi8(detail::load(p))));
}

// Whether the block at p holds only ASCII and two-byte UTF-8 characters (a
// lead byte C2-DF before each continuation byte 80-BF), which is most of a
// file in a European language. *lead carries a lead byte across blocks: on
// entry whether the block before ended with one (then this one must start
// with a continuation byte), on return whether this one does. Anything else
// (longer characters, invalid bytes) returns false for a closer look.
inline bool isAsciiOrTwoByteUtf8(const char *p, bool *lead)
{
    const __m128i v = detail::load(p);
    const unsigned high = unsigned(_mm_movemask_epi8(v));
    if (high == 0) {
        return !*lead; // all ASCII: right unless a continuation was due
    }
    // Signed: 80-BF are -128..-65, C2-DF are -62..-33.
    const unsigned continuation =
        unsigned(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(char(0xC0)))));
    const unsigned leads =
        unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(char(0xC1))),
                                                 _mm_cmplt_epi8(v, _mm_set1_epi8(char(0xE0))))));
    const unsigned expected = ((leads << 1) | (*lead ? 1U : 0U)) & 0xFFFFU;
    if (continuation != expected || (continuation | leads) != high) {
        return false;
    }
    *lead = (leads >> 15) != 0;
    return true;
}

// Writes the block at p to out as UTF-16, one unit a byte (right for ASCII;
// callers use only the units before the first byte that is not).
inline void widen(const char *p, char16_t *out)
{
    const __m128i v = detail::load(p);
    const __m128i zero = _mm_setzero_si128();
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(v, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 8), _mm_unpackhi_epi8(v, zero));
}

// The first unit at or after p that is unit, or end: for splitting text
// that has been decoded already (lists of names).
inline const char16_t *findUnit(const char16_t *p, const char16_t *end, char16_t unit)
{
    const __m128i wanted = _mm_set1_epi16(short(unit));
    for (; end - p >= 8; p += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(units, wanted)));
        if (mask) {
            return p + std::countr_zero(mask) / 2;
        }
    }
    while (p < end && *p != unit) {
        ++p;
    }
    return p;
}

#else

constexpr qsizetype kBlock = 8;

namespace detail {

constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHighs = 0x8080808080808080ULL;
constexpr bool kLittle = std::endian::native == std::endian::little;

inline quint64 load(const char *p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

// The high bit of each byte of word below n (n at most 0x80). Exact for the
// lowest such byte (a borrow can only mark bytes above it), which is all
// callers look at.
inline quint64 bytesBelow(quint64 word, unsigned char n)
{
    return (word - kOnes * n) & ~word & kHighs;
}

inline quint64 bytesEqual(quint64 word, quint64 spread)
{
    return bytesBelow(word ^ spread, 1);
}

// The offset of the lowest marked byte, in memory order.
inline int firstMarked(quint64 marks)
{
    if (marks == 0) {
        return int(kBlock);
    }
    return (kLittle ? std::countr_zero(marks) : std::countl_zero(marks)) / 8;
}

// marks moved one byte on, in memory order.
inline quint64 nextByte(quint64 marks)
{
    return kLittle ? marks << 8 : marks >> 8;
}

} // namespace detail

class Stops
{
public:
    explicit Stops(StopBytes bytes)
        : m_bytes(bytes), m_a(detail::kOnes * static_cast<unsigned char>(bytes.a)),
          m_b(detail::kOnes * static_cast<unsigned char>(bytes.b)),
          m_below(bytes.lineEnds ? 0x20 : 0x01)
    {}

    bool contains(char c) const { return m_bytes.contains(c); }

    int firstCandidate(const char *p) const
    {
        using namespace detail;
        const quint64 word = load(p);
        return firstMarked(bytesBelow(word, m_below) | bytesEqual(word, m_a) |
                           bytesEqual(word, m_b) | (word & kHighs));
    }

private:
    StopBytes m_bytes;
    quint64 m_a, m_b;
    unsigned char m_below;
};

inline int firstNonAscii(const char *p)
{
    return detail::firstMarked(detail::load(p) & detail::kHighs);
}

inline bool isAsciiOrTwoByteUtf8(const char *p, bool *lead)
{
    using namespace detail;
    const quint64 word = load(p);
    const quint64 high = word & kHighs;
    if (high == 0) {
        return !*lead;
    }
    // Per byte: 10xxxxxx continues, 110xxxxx leads unless it is C0 or C1
    // (bits 4-1 all zero; adding 0x7F to them carries into the top bit
    // otherwise, and never into the next byte).
    const quint64 continuation = word & ~(word << 1) & kHighs;
    const quint64 notC0C1 = ((word & (kOnes * 0x1E)) + kOnes * 0x7F) & kHighs;
    const quint64 leads = word & (word << 1) & ~(word << 2) & notC0C1 & kHighs;
    const quint64 carry = *lead ? (kLittle ? 0x80ULL : 0x80ULL << 56) : 0;
    if (continuation != (nextByte(leads) | carry) || (continuation | leads) != high) {
        return false;
    }
    *lead = (leads & (kLittle ? 0x80ULL << 56 : 0x80ULL)) != 0;
    return true;
}

inline void widen(const char *p, char16_t *out)
{
    for (qsizetype k = 0; k < kBlock; ++k) {
        out[k] = char16_t(static_cast<unsigned char>(p[k]));
    }
}

inline const char16_t *findUnit(const char16_t *p, const char16_t *end, char16_t unit)
{
    while (p < end && *p != unit) {
        ++p;
    }
    return p;
}

#endif

} // namespace ccbulk::bytescan
