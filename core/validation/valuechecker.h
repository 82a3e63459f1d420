#pragma once

#include "../definitions/definitionregistry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace ccbulk {

// Checks one non-empty, trimmed cell against its column's value kind, length,
// pattern and range. Offline only: a reference is checked for form (could it
// name an object of that type at all?), not for existence.
class ValueChecker
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::ValueChecker)

public:
    explicit ValueChecker(const DefinitionRegistry &registry);

    // An empty string when value fits column, else what is wrong, for the user.
    QString check(const ColumnDefinition &column, QStringView value) const;

    // value quoted for a message, shortened when long.
    static QString quoted(QStringView value);
    // True when a time zone of this name is known to the system (any case).
    static bool isKnownTimeZone(QStringView name);
    // The system's spelling of a known time zone (name itself if unknown).
    static QString canonicalTimeZone(QStringView name);
    // enumValueEquals(), with a quick answer for the common case.
    static bool sameEnumValue(QStringView value, QStringView canonical);

private:
    QString checkItem(const ColumnDefinition &column, QStringView item) const;
    QString checkText(const ColumnDefinition &column, QStringView value) const;
    QString checkReference(const ColumnDefinition &column, QStringView value) const;
    // The name rules (the key column) of the type a reference column names,
    // when they are all there is to check; else null.
    const ColumnDefinition *nameRules(const ColumnDefinition &column) const;
    static QString describePatternFailure(const TextPattern &pattern, QStringView value);

    const DefinitionRegistry &m_registry;
};

} // namespace ccbulk
