#include "valuenormalisation.h"

#include <limits>

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
    return c == u' ' || c == u'_';
}

} // namespace

QString normaliseEnumValue(QStringView value)
{
    QString result;
    result.reserve(value.size());
    bool pendingSpace = false;
    for (const QChar c : value) {
        if (isBlank(c) || c.isSpace()) {
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
    // Walk both, collapsing runs of blanks, without building strings.
    qsizetype i = 0;
    qsizetype j = 0;
    auto skipBlanks = [](QStringView s, qsizetype &k) {
        while (k < s.size() && (isBlank(s[k]) || s[k].isSpace())) {
            ++k;
        }
    };
    skipBlanks(value, i);
    skipBlanks(canonical, j);
    while (i < value.size() && j < canonical.size()) {
        const bool blankA = isBlank(value[i]) || value[i].isSpace();
        const bool blankB = isBlank(canonical[j]) || canonical[j].isSpace();
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
    // SANT and FALSKT are what a Swedish Excel writes for a cell it has taken
    // as a truth value, whatever was typed.
    static constexpr const char16_t *kTrue[] = {u"TRUE", u"YES", u"ON", u"1", u"SANT"};
    static constexpr const char16_t *kFalse[] = {u"FALSE", u"NO", u"OFF", u"0", u"FALSKT"};
    for (const char16_t *word : kTrue) {
        if (value.compare(QStringView(word), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    for (const char16_t *word : kFalse) {
        if (value.compare(QStringView(word), Qt::CaseInsensitive) == 0) {
            return false;
        }
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
