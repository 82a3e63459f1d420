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
// True when every byte is below 0x80.
bool isAscii(QByteArrayView bytes);

// Appends the UTF-8 text in bytes to out as UTF-16 and returns the position
// after the last written character; at most one unit per byte is written. An
// invalid sequence becomes U+FFFD, one per byte, as Qt's decoder does.
QChar *appendUtf8(QChar *out, QByteArrayView bytes);

// Appends the Windows-1252 text in bytes to out as UTF-16 and returns the
// position after the last written character.
QChar *appendWindows1252(QChar *out, QByteArrayView bytes);

} // namespace ccbulk
