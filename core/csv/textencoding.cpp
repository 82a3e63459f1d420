#include "textencoding.h"

#include <cstring>

namespace ccbulk {

bool Utf8Validator::feed(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (m_valid && p < end) {
        if (m_pending == 0) {
            // Fast path: eight ASCII bytes at a time.
            while (end - p >= 8) {
                quint64 word;
                std::memcpy(&word, p, sizeof word);
                if (word & 0x8080808080808080ULL) {
                    break;
                }
                p += 8;
            }
            if (p == end) {
                break;
            }
            const unsigned c = *p++;
            m_lower = 0x80;
            m_upper = 0xBF;
            if (c < 0x80) {
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                m_pending = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                m_pending = 2;
                if (c == 0xE0) {
                    m_lower = 0xA0; // no overlong forms
                } else if (c == 0xED) {
                    m_upper = 0x9F; // no surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                m_pending = 3;
                if (c == 0xF0) {
                    m_lower = 0x90;
                } else if (c == 0xF4) {
                    m_upper = 0x8F; // nothing above U+10FFFF
                }
            } else {
                m_valid = false;
            }
        } else {
            const unsigned c = *p++;
            if (c < m_lower || c > m_upper) {
                m_valid = false;
            }
            m_lower = 0x80;
            m_upper = 0xBF;
            --m_pending;
        }
    }
    return m_valid;
}

bool isValidUtf8(QByteArrayView bytes)
{
    Utf8Validator validator;
    validator.feed(bytes);
    return validator.finish();
}

bool isAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    quint64 any = 0;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        any |= word;
    }
    for (; p < end; ++p) {
        any |= static_cast<unsigned char>(*p);
    }
    return (any & 0x8080808080808080ULL) == 0;
}

QChar *appendUtf8(QChar *out, QByteArrayView bytes)
{
    // Qt's decoder carries a fixed cost per call that dominates on short
    // cells; this one is a plain loop with the checks of Utf8Validator.
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    auto continuation = [&](int at, unsigned lower, unsigned upper) {
        return p + at < end && p[at] >= lower && p[at] <= upper;
    };
    while (p < end) {
        // Runs of ASCII, eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL) {
                break;
            }
            for (int k = 0; k < 8; ++k) {
                out[k] = QChar(char16_t(p[k]));
            }
            out += 8;
            p += 8;
        }
        if (p == end) {
            break;
        }
        const unsigned c = *p;
        if (c < 0x80) {
            *out++ = QChar(char16_t(c));
            ++p;
        } else if (c >= 0xC2 && c <= 0xDF && continuation(1, 0x80, 0xBF)) {
            *out++ = QChar(char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F)));
            p += 2;
        } else if (c >= 0xE0 && c <= 0xEF &&
                   continuation(1, c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF) &&
                   continuation(2, 0x80, 0xBF)) {
            *out++ = QChar(char16_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)));
            p += 3;
        } else if (c >= 0xF0 && c <= 0xF4 &&
                   continuation(1, c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF) &&
                   continuation(2, 0x80, 0xBF) && continuation(3, 0x80, 0xBF)) {
            const char32_t code =
                ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
            *out++ = QChar(QChar::highSurrogate(code));
            *out++ = QChar(QChar::lowSurrogate(code));
            p += 4;
        } else {
            *out++ = QChar(QChar::ReplacementCharacter);
            ++p;
        }
    }
    return out;
}

QChar *appendWindows1252(QChar *out, QByteArrayView bytes)
{
    // 0x80-0x9F differ from Latin-1; five of them are undefined and map to
    // themselves, as Windows does.
    static constexpr char16_t kHigh[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        *out++ = (c >= 0x80 && c < 0xA0) ? QChar(kHigh[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

} // namespace ccbulk
