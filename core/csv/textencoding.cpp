#include "textencoding.h"

#include "bytescan.h"

namespace ccbulk {

bool Utf8Validator::feed(QByteArrayView bytes)
{
    // The state lives in locals while the loop runs: through the byte pointer
    // the compiler would otherwise store it back to memory after every byte.
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    bool valid = m_valid;
    int pending = m_pending;
    unsigned lower = m_lower;
    unsigned upper = m_upper;
    // One character, or one continuation byte, at a time.
    auto step = [&] {
        const auto c = static_cast<unsigned char>(*p++);
        if (pending > 0) {
            valid = c >= lower && c <= upper;
            lower = 0x80;
            upper = 0xBF;
            --pending;
        } else if (c < 0x80) {
            return; // ASCII
        } else if (c >= 0xC2 && c <= 0xDF) {
            pending = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            pending = 2;
            if (c == 0xE0) {
                lower = 0xA0; // no overlong forms
            } else if (c == 0xED) {
                upper = 0x9F; // no surrogates
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            pending = 3;
            if (c == 0xF0) {
                lower = 0x90;
            } else if (c == 0xF4) {
                upper = 0x8F; // nothing above U+10FFFF
            }
        } else {
            valid = false;
        }
    };
    while (valid && p < end) {
        // Most blocks are ASCII and two-byte characters, checked whole. That
        // needs no character begun but a two-byte one (or the last byte of a
        // longer one), whose continuation the block must start with.
        if (pending == 0 || (pending == 1 && lower == 0x80 && upper == 0xBF)) {
            bool lead = pending == 1;
            while (end - p >= bytescan::kBlock && bytescan::isAsciiOrTwoByteUtf8(p, &lead)) {
                p += bytescan::kBlock;
            }
            pending = lead ? 1 : 0;
            if (end - p >= bytescan::kBlock) {
                // Something else in this block: byte by byte to its end.
                const char *const blockEnd = p + bytescan::kBlock;
                while (valid && p < blockEnd) {
                    step();
                }
                continue;
            }
        }
        if (p < end) {
            step();
        }
    }
    m_valid = valid;
    m_pending = pending;
    m_lower = lower;
    m_upper = upper;
    return m_valid;
}

bool isValidUtf8(QByteArrayView bytes)
{
    Utf8Validator validator;
    validator.feed(bytes);
    return validator.finish();
}

QChar *appendUtf8(QChar *out, QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    auto *units = reinterpret_cast<char16_t *>(out);
    bool invalid = false;
    while (p < end) {
        // ASCII a block at a time; the units past the first other byte are
        // overwritten by what follows.
        if (end - p >= bytescan::kBlock) {
            const int ascii = bytescan::firstNonAscii(p);
            bytescan::widen(p, units);
            p += ascii;
            units += ascii;
            if (ascii == bytescan::kBlock) {
                continue;
            }
        } else if (static_cast<unsigned char>(*p) < 0x80) {
            *units++ = char16_t(*p++);
            continue;
        }
        p = decodeUtf8Character(p, end, units, &invalid);
    }
    return reinterpret_cast<QChar *>(units);
}

QChar *appendWindows1252(QChar *out, QByteArrayView bytes)
{
    for (const char byte : bytes) {
        *out++ = QChar(fromWindows1252(static_cast<unsigned char>(byte)));
    }
    return out;
}

} // namespace ccbulk
