#include "valuenormalisation.h"

#include <limits>
#include <string_view>

namespace ccbulk {

namespace {

char16_t foldEnumChar(QChar c)
{
    if (c == u'_') {
        return u' ';
    }
    const char16_t u = c.unicode();
    if (u >= u'a' && u <= u'z') {
        return char16_t(u - (u'a' - u'A'));
    }
    return u < 0x80 ? u : c.toUpper().unicode();
}

bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'_' || (u < 0x80 ? (u >= u'\t' && u <= u'\r') : c.isSpace());
}

} // namespace

QString normaliseEnumValue(QStringView value)
{
    QString result;
    result.reserve(value.size());
    bool pendingSpace = false;
    for (const QChar c : value) {
        if (isBlank(c)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(u' ');
            pendingSpace = false;
        }
        result.append(QChar(foldEnumChar(c)));
    }
    return result;
}

bool enumValueEquals(QStringView value, QStringView canonical)
{
    // Fast paths for what nearly every cell is: the same spelling in another
    // letter case, or a different value from its first letter on.
    if (value.size() == canonical.size()) {
        qsizetype i = 0;
        while (i < value.size() && foldEnumChar(value[i]) == foldEnumChar(canonical[i])) {
            ++i;
        }
        if (i == value.size()) {
            return true;
        }
    }
    if (!value.isEmpty() && !canonical.isEmpty() && !isBlank(value.front()) &&
        !isBlank(canonical.front()) &&
        foldEnumChar(value.front()) != foldEnumChar(canonical.front())) {
        return false;
    }
    // Walk both, collapsing runs of blanks, without building strings.
    qsizetype i = 0;
    qsizetype j = 0;
    auto skipBlanks = [](QStringView s, qsizetype &k) {
        while (k < s.size() && isBlank(s[k])) {
            ++k;
        }
    };
    skipBlanks(value, i);
    skipBlanks(canonical, j);
    while (i < value.size() && j < canonical.size()) {
        const bool blankA = isBlank(value[i]);
        const bool blankB = isBlank(canonical[j]);
        if (blankA || blankB) {
            if (!(blankA && blankB)) {
                return false;
            }
            skipBlanks(value, i);
            skipBlanks(canonical, j);
            // A trailing run of blanks on one side only is still equal.
            continue;
        }
        if (foldEnumChar(value[i]) != foldEnumChar(canonical[j])) {
            return false;
        }
        ++i;
        ++j;
    }
    skipBlanks(value, i);
    skipBlanks(canonical, j);
    return i == value.size() && j == canonical.size();
}

std::optional<bool> parseBoolean(QStringView value)
{
    // Runs for every boolean cell: compare ASCII upper case by hand, without
    // building strings. SANT and FALSKT are what a Swedish Excel writes for a
    // cell it has taken as a truth value, whatever was typed.
    char upper[7];
    if (value.isEmpty() || value.size() > 6) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c >= 0x80) {
            return std::nullopt;
        }
        upper[i] = char(c >= u'a' && c <= u'z' ? c - (u'a' - u'A') : c);
    }
    const std::string_view word(upper, size_t(value.size()));
    if (word == "TRUE" || word == "YES" || word == "ON" || word == "1" || word == "SANT") {
        return true;
    }
    if (word == "FALSE" || word == "NO" || word == "OFF" || word == "0" || word == "FALSKT") {
        return false;
    }
    return std::nullopt;
}

bool looksLikeScientificNotation(QStringView value)
{
    // 4.68123E+10 or 4,68123E+10: how a spreadsheet shows a long number it
    // has taken for a quantity, and writes it to CSV, digits lost.
    qsizetype i = 0;
    auto digits = [&] {
        const qsizetype start = i;
        while (i < value.size() && value[i] >= u'0' && value[i] <= u'9') {
            ++i;
        }
        return i > start;
    };
    if (!digits()) {
        return false;
    }
    if (i < value.size() && (value[i] == u'.' || value[i] == u',')) {
        ++i;
        if (!digits()) {
            return false;
        }
    }
    if (i + 1 >= value.size() || (value[i] != u'E' && value[i] != u'e') || value[i + 1] != u'+') {
        return false;
    }
    i += 2;
    return digits() && i == value.size();
}

std::optional<qint64> parsePlainInteger(QStringView value)
{
    if (value.isEmpty()) {
        return std::nullopt;
    }
    qint64 result = 0;
    for (const QChar c : value) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        const int digit = c.unicode() - u'0';
        if (result > (std::numeric_limits<qint64>::max() - digit) / 10) {
            return std::nullopt;
        }
        result = result * 10 + digit;
    }
    return result;
}

} // namespace ccbulk
