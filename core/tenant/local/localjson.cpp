#include "localjson.h"

#include <QVarLengthArray>

#include <algorithm>
#include <numeric>

namespace ccbulk::localjson {

namespace {

// The most bytes one UTF-16 code unit takes here: an escaped control
// character ("\u001f"); otherwise three bytes of UTF-8 at most.
constexpr qsizetype kMaxBytesPerUnit = 6;

// Whether four code units are all ASCII that JSON keeps as it is (no
// control character, quote or backslash), tested together in the four 16-bit
// lanes of w: once every lane is below 0x80, adding to each cannot carry
// into the next.
constexpr bool plainAscii(quint64 w)
{
    constexpr quint64 kLanes = 0x0001000100010001;
    constexpr quint64 kHigh = 0x0080 * kLanes;
    if (w & (0xff80 * kLanes)) {
        return false; // not ASCII
    }
    const auto zeroLane = [&](quint64 v) {
        return ~(v + 0x7f * kLanes) & kHigh;
    };
    const quint64 control = ~(w + 0x60 * kLanes) & kHigh; // a lane below 0x20
    return !(control | zeroLane(w ^ (u'"' * kLanes)) | zeroLane(w ^ (u'\\' * kLanes)));
}

char *appendString(char *out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    *out++ = '"';
    const char16_t *c = text.utf16();
    const char16_t *const end = c + text.size();
    while (c < end) {
        // Most text is plain ASCII: four characters a step.
        while (end - c >= 4) {
            const quint64 w =
                quint64(c[0]) | quint64(c[1]) << 16 | quint64(c[2]) << 32 | quint64(c[3]) << 48;
            if (!plainAscii(w)) {
                break;
            }
            out[0] = char(c[0]);
            out[1] = char(c[1]);
            out[2] = char(c[2]);
            out[3] = char(c[3]);
            out += 4;
            c += 4;
        }
        if (c == end) {
            break;
        }
        const char16_t u = *c++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *out++ = char(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case u'"':
                *out++ = '"';
                break;
            case u'\\':
                *out++ = '\\';
                break;
            case u'\n':
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = 'r';
                break;
            case u'\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = kHex[u >> 4];
                *out++ = kHex[u & 0xf];
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && c < end && QChar::isLowSurrogate(*c)) {
            const char32_t ucs = QChar::surrogateToUcs4(u, *c++);
            *out++ = char(0xf0 | (ucs >> 18));
            *out++ = char(0x80 | ((ucs >> 12) & 0x3f));
            *out++ = char(0x80 | ((ucs >> 6) & 0x3f));
            *out++ = char(0x80 | (ucs & 0x3f));
        } else {
            const char16_t v = QChar::isSurrogate(u) ? char16_t(QChar::ReplacementCharacter) : u;
            *out++ = char(0xe0 | (v >> 12));
            *out++ = char(0x80 | ((v >> 6) & 0x3f));
            *out++ = char(0x80 | (v & 0x3f));
        }
    }
    *out++ = '"';
    return out;
}

} // namespace

QByteArray encodeChildren(const QList<FieldMap> &children)
{
    QByteArray json(1, '[');
    FieldsWriter writer;
    for (qsizetype i = 0; i < children.size(); ++i) {
        if (i > 0) {
            json.append(',');
        }
        json.append(writer.write(children.at(i)));
    }
    json.append(']');
    return json;
}

QByteArray FieldsWriter::write(const FieldMap &fields)
{
    // A map built like the one before iterates its keys in the same order.
    QVarLengthArray<const QString *, 64> values;
    values.reserve(fields.size());
    bool same = fields.size() == m_keys.size();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        same = same && it.key() == m_keys.at(values.size());
        values.append(&it.value());
    }
    if (!same) {
        learn(fields);
    }
    if (values.isEmpty()) {
        return QByteArrayLiteral("{}");
    }
    qsizetype bytes = 1; // the closing brace
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        bytes += m_keyTexts.at(i).size() + 2 + kMaxBytesPerUnit * values.at(m_order.at(i))->size();
    }
    QByteArray json(bytes, Qt::Uninitialized);
    char *out = json.data();
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        const QByteArray &key = m_keyTexts.at(i);
        out = std::copy(key.cbegin(), key.cend(), out);
        out = appendString(out, *values.at(m_order.at(i)));
    }
    *out++ = '}';
    json.truncate(out - json.constData());
    return json;
}

void FieldsWriter::learn(const FieldMap &fields)
{
    m_keys = fields.keys();
    m_order.resize(m_keys.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::sort(m_order.begin(), m_order.end(),
              [&](qsizetype a, qsizetype b) { return m_keys.at(a) < m_keys.at(b); });
    m_keyTexts.clear();
    for (const qsizetype index : std::as_const(m_order)) {
        const QString &key = m_keys.at(index);
        // The separator, two quotes and a colon around the key.
        QByteArray text(4 + kMaxBytesPerUnit * key.size(), Qt::Uninitialized);
        char *out = text.data();
        *out++ = m_keyTexts.isEmpty() ? '{' : ',';
        out = appendString(out, key);
        *out++ = ':';
        text.truncate(out - text.constData());
        m_keyTexts << text;
    }
}

} // namespace ccbulk::localjson
