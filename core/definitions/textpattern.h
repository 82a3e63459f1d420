#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>

namespace ccbulk {

// A compiled value pattern from a definition file. Most patterns in the
// specification are a character class ("^[A-Za-z0-9_\- ]+$", optionally with
// a different class for the first character); those are compiled to bitsets,
// which is both much faster than a regular expression and lets messages name
// the exact characters that are not allowed. Anything else falls back to
// QRegularExpression.
class TextPattern
{
public:
    TextPattern() = default;
    // Sets *error and returns a null pattern if the expression does not
    // compile; callers must check the error, a null pattern matches anything.
    static TextPattern compile(const QString &expression, QString *error);

    bool isNull() const { return m_source.isEmpty(); }
    bool matches(QStringView value) const;
    QString source() const { return m_source; }

    // For character-class patterns: the distinct characters of value that are
    // not allowed, each a whole character (a surrogate pair stays together);
    // empty when all are allowed, or for a regular expression.
    QStringList disallowedCharacters(QStringView value) const;
    // For character-class patterns with a separate first-character class:
    // whether value's first character breaks only that rule.
    bool failsFirstCharacterOnly(QStringView value) const;
    // A human-readable list of the allowed characters (“A–Z, a–z, 0–9, space,
    // “&”, “-”, “_”), or empty for a regular expression.
    QString describeAllowed() const;
    QString describeFirstAllowed() const;
    bool isCharacterClass() const { return m_isClass; }
    // Whether the pattern allows anything but c ("^[^|]+$"): then text cut
    // at every c, and not empty, matches without a look.
    bool allowsAllBut(QChar c) const
    {
        return m_isClass && !m_hasFirst && m_excluded.size() == 1 && m_excluded.front() == c;
    }

private:
    struct CharClass
    {
        std::array<bool, 128> ascii{}; // a plain table: this runs for every character
        bool negated = false;
        bool contains(QChar c) const
        {
            const char16_t u = c.unicode();
            return (u < 128 && ascii[u]) != negated;
        }
        QString describe() const;
    };
    static bool parseClass(QStringView text, qsizetype *pos, CharClass *out);

    QString m_source;
    bool m_isClass = false;
    bool m_hasFirst = false;
    CharClass m_first;
    CharClass m_rest;
    QRegularExpression m_regex;
    QString m_excluded; // a negated class of a few characters: just those
};

} // namespace ccbulk
