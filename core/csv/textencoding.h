#pragma once

#include <QByteArrayView>
#include <QString>

namespace ccbulk {

// The encodings the CSV reader recognises. Excel on Windows writes
// Windows-1252 for "CSV (comma delimited)" and UTF-8 with a byte-order mark
// for "CSV UTF-8"; UTF-16 ("Unicode Text") is recognised only to be refused
// with a clear message.
enum class TextEncoding
{
    Utf8,
    Utf8WithBom,
    Windows1252,
    Utf16
};

// Checks UTF-8 incrementally, across buffer boundaries, rejecting overlong
// forms, surrogates and code points above U+10FFFF as the standard requires.
class Utf8Validator
{
public:
    // Returns false once the bytes seen so far cannot be UTF-8.
    bool feed(QByteArrayView bytes);
    // True when everything fed was valid and no sequence is left unfinished.
    bool finish() const { return m_valid && m_pending == 0; }
    bool isValid() const { return m_valid; }

private:
    bool m_valid = true;
    int m_pending = 0;       // continuation bytes still expected
    unsigned m_lower = 0x80; // bounds of the next continuation byte
    unsigned m_upper = 0xBF;
};

bool isValidUtf8(QByteArrayView bytes);

// Decodes the UTF-8 character that starts at p, a byte of 0x80 or above, to
// out and returns the position after it; end bounds the sequence. Bytes that
// do not form a character become one U+FFFD for the first byte alone, as Qt's
// decoder does, and set *invalid. An ASCII byte is never part of a longer
// sequence, so text cut at ASCII bytes decodes piece by piece exactly as it
// does whole.
inline const char *decodeUtf8Character(const char *p, const char *end, char16_t *&out,
                                       bool *invalid)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    const qsizetype left = end - p;
    const unsigned c = u[0];
    auto inRange = [&](qsizetype at, unsigned lower, unsigned upper) {
        return at < left && u[at] >= lower && u[at] <= upper;
    };
    if (c >= 0xC2 && c <= 0xDF && inRange(1, 0x80, 0xBF)) {
        *out++ = char16_t(((c & 0x1F) << 6) | (u[1] & 0x3F));
        return p + 2;
    }
    // The bounds of the second byte rule out overlong forms (E0, F0),
    // surrogates (ED) and code points above U+10FFFF (F4).
    if (c >= 0xE0 && c <= 0xEF && inRange(1, c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF) &&
        inRange(2, 0x80, 0xBF)) {
        *out++ = char16_t(((c & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F));
        return p + 3;
    }
    if (c >= 0xF0 && c <= 0xF4 && inRange(1, c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF) &&
        inRange(2, 0x80, 0xBF) && inRange(3, 0x80, 0xBF)) {
        const char32_t code =
            ((c & 0x07) << 18) | ((u[1] & 0x3F) << 12) | ((u[2] & 0x3F) << 6) | (u[3] & 0x3F);
        *out++ = QChar::highSurrogate(code);
        *out++ = QChar::lowSurrogate(code);
        return p + 4;
    }
    *out++ = char16_t(QChar::ReplacementCharacter);
    *invalid = true;
    return p + 1;
}

// Appends the UTF-8 text in bytes to out as UTF-16 and returns the position
// after the last written character; at most one unit per byte is written. An
// invalid sequence becomes U+FFFD, one per byte, as Qt's decoder does.
QChar *appendUtf8(QChar *out, QByteArrayView bytes);

// The character a Windows-1252 byte stands for.
inline char16_t fromWindows1252(unsigned char c)
{
    // 0x80-0x9F differ from Latin-1; five of them are undefined and map to
    // themselves, as Windows does.
    static constexpr char16_t kHigh[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    return (c >= 0x80 && c < 0xA0) ? kHigh[c - 0x80] : char16_t(c);
}

// Appends the Windows-1252 text in bytes to out as UTF-16 and returns the
// position after the last written character.
QChar *appendWindows1252(QChar *out, QByteArrayView bytes);

} // namespace ccbulk
