#include "textpattern.h"

#include "../csv/bytescan.h"

#include <QCoreApplication>

#include <algorithm>

namespace ccbulk {

namespace {
constexpr ushort kAsciiLimit = 128;
}

QString TextPattern::CharClass::describe() const
{
    QStringList parts;
    auto addRange = [&](char from, char to) {
        bool all = true;
        for (char c = from; c <= to; ++c) {
            all = all && ascii[static_cast<unsigned char>(c)];
        }
        if (all) {
            parts << QString(QLatin1Char(from) + QChar(0x2013) + QLatin1Char(to));
        }
        return all;
    };
    const bool upper = addRange('A', 'Z');
    const bool lower = addRange('a', 'z');
    const bool digits = addRange('0', '9');
    for (ushort u = 32; u < kAsciiLimit; ++u) {
        if (!ascii[u]) {
            continue;
        }
        const QChar c(u);
        if ((upper && c >= u'A' && c <= u'Z') || (lower && c >= u'a' && c <= u'z') ||
            (digits && c >= u'0' && c <= u'9')) {
            continue;
        }
        if (c == u' ') {
            parts << QCoreApplication::translate("ccbulk::TextPattern", "space");
        } else {
            // The same quotes as every value in a message (ValueChecker::quoted).
            parts << QCoreApplication::translate("ccbulk::ValueChecker", "“%1”").arg(c);
        }
    }
    const QString listed = parts.join(QStringLiteral(", "));
    return negated ? QCoreApplication::translate("ccbulk::TextPattern", "any character except %1")
                         .arg(listed)
                   : listed;
}

bool TextPattern::parseClass(QStringView text, qsizetype *pos, CharClass *out)
{
    qsizetype i = *pos;
    if (i >= text.size() || text[i] != u'[') {
        return false;
    }
    ++i;
    if (i < text.size() && text[i] == u'^') {
        out->negated = true;
        ++i;
    }
    bool first = true;
    while (i < text.size() && (text[i] != u']' || first)) {
        QChar c = text[i];
        if (c == u'\\') {
            if (i + 1 >= text.size()) {
                return false;
            }
            c = text[++i];
            // Escapes such as \s or \d stand for sets: leave those patterns
            // to the regular expression.
            if (c.isLetterOrNumber()) {
                return false;
            }
        }
        first = false;
        ++i;
        const bool isRange = i + 1 < text.size() && text[i] == u'-' && text[i + 1] != u']';
        QChar last = c;
        if (isRange) {
            last = text[i + 1];
            if (last == u'\\') {
                return false;
            }
            i += 2;
        }
        if (c.unicode() >= kAsciiLimit || last.unicode() >= kAsciiLimit || last < c) {
            return false;
        }
        for (ushort u = c.unicode(); u <= last.unicode(); ++u) {
            out->ascii[u] = true;
        }
    }
    if (i >= text.size()) {
        return false;
    }
    *pos = i + 1;
    return true;
}

TextPattern TextPattern::compile(const QString &expression, QString *error)
{
    TextPattern pattern;
    pattern.m_source = expression;
    if (expression.isEmpty()) {
        return pattern;
    }
    // ^[class]+$  or  ^[first][class]*$
    const QStringView text(expression);
    qsizetype pos = 1;
    CharClass first;
    CharClass rest;
    if (text.startsWith(u'^') && parseClass(text, &pos, &first)) {
        const QStringView tail = text.mid(pos);
        if (tail == u"+$") {
            pattern.m_isClass = true;
            pattern.m_rest = first;
        } else if (parseClass(text, &pos, &rest) && text.mid(pos) == u"*$") {
            pattern.m_isClass = true;
            pattern.m_hasFirst = true;
            pattern.m_first = first;
            pattern.m_rest = rest;
        }
    }
    if (pattern.m_isClass && pattern.m_rest.negated) {
        for (ushort u = 0; u < kAsciiLimit; ++u) {
            if (pattern.m_rest.ascii[u]) {
                pattern.m_excluded.append(QChar(u));
            }
        }
        if (pattern.m_excluded.size() > 3) {
            pattern.m_excluded.clear(); // then the table is quicker
        }
    }
    if (!pattern.m_isClass) {
        pattern.m_regex = QRegularExpression(expression);
        if (!pattern.m_regex.isValid()) {
            if (error) {
                *error = pattern.m_regex.errorString();
            }
            pattern.m_source.clear();
            return pattern;
        }
        pattern.m_regex.optimize();
    }
    return pattern;
}

bool TextPattern::matches(QStringView value) const
{
    if (isNull()) {
        return true;
    }
    if (!m_isClass) {
        return m_regex.match(value).hasMatch();
    }
    if (value.isEmpty()) {
        return false;
    }
    const QChar *c = value.data();
    const QChar *const end = c + value.size();
    if (m_hasFirst && !m_first.contains(*c++)) {
        return false;
    }
    if (!m_excluded.isEmpty()) {
        // "Anything but a few characters": searching for those few is
        // vectorised, unlike a test of every character.
        const auto *const from = reinterpret_cast<const char16_t *>(c);
        const auto *const to = reinterpret_cast<const char16_t *>(end);
        return std::none_of(m_excluded.cbegin(), m_excluded.cend(), [&](QChar excluded) {
            return bytescan::findUnit(from, to, excluded.unicode()) != to;
        });
    }
    if (!m_rest.negated) {
        // Four characters a step, with one branch for the four: names are
        // checked by the hundred thousand, and nearly all of them pass.
        const std::array<bool, 128> &allowed = m_rest.ascii;
        while (end - c >= 4) {
            const char16_t a = c[0].unicode();
            const char16_t b = c[1].unicode();
            const char16_t d = c[2].unicode();
            const char16_t e = c[3].unicode();
            if ((a | b | d | e) >= kAsciiLimit ||
                allowed[a] + allowed[b] + allowed[d] + allowed[e] != 4) {
                break; // the character at fault is found one at a time below
            }
            c += 4;
        }
    }
    while (c < end && m_rest.contains(*c)) {
        ++c;
    }
    return c == end;
}

QStringList TextPattern::disallowedCharacters(QStringView value) const
{
    QStringList result;
    if (!m_isClass) {
        return result;
    }
    for (qsizetype i = m_hasFirst ? 1 : 0; i < value.size(); ++i) {
        // Whole characters: a surrogate pair is one character to the reader.
        const qsizetype length =
            value[i].isHighSurrogate() && i + 1 < value.size() && value[i + 1].isLowSurrogate() ? 2
                                                                                                : 1;
        const QString character = value.mid(i, length).toString();
        if (!m_rest.contains(value[i]) && !result.contains(character)) {
            result << character;
        }
        i += length - 1;
    }
    return result;
}

bool TextPattern::failsFirstCharacterOnly(QStringView value) const
{
    return m_isClass && m_hasFirst && !value.isEmpty() && !m_first.contains(value[0]) &&
           disallowedCharacters(value).isEmpty();
}

QString TextPattern::describeAllowed() const
{
    return m_isClass ? m_rest.describe() : QString();
}

QString TextPattern::describeFirstAllowed() const
{
    return m_isClass && m_hasFirst ? m_first.describe() : QString();
}

} // namespace ccbulk
