#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ccbulk {

// The comparison rules of the specification's global rules (2.4, 2.5), as
// functions that allocate nothing on the common path.

// Upper case, "_" read as a space, runs of spaces as one, trimmed.
QString normaliseEnumValue(QStringView value);
// Whether value names canonical (an enumeration value as the definition spells
// it) under those rules.
bool enumValueEquals(QStringView value, QStringView canonical);

// TRUE/FALSE, YES/NO, ON/OFF, 1/0 (and Swedish Excel's SANT/FALSKT) in any
// letter case; nullopt for anything
// else. An empty cell is not a boolean here; callers decide what it means.
std::optional<bool> parseBoolean(QStringView value);

// Whether value is a number in a spreadsheet's scientific notation, such as
// 4.68123E+10.
bool looksLikeScientificNotation(QStringView value);

// A whole number in plain digits: no sign, decimal point, grouping or spaces.
// Returns nullopt if value is not that, or does not fit in 64 bits.
std::optional<qint64> parsePlainInteger(QStringView value);

} // namespace ccbulk
