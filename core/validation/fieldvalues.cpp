#include "fieldvalues.h"

#include "valuechecker.h"
#include "valuenormalisation.h"

#include <QTimeZone>

#include <algorithm>

namespace ccbulk {

namespace {

QString canonicalItem(const ColumnDefinition &column, QStringView item)
{
    switch (column.kind) {
    case ValueKind::Boolean:
        return parseBoolean(item).value_or(false) ? QStringLiteral("TRUE")
                                                  : QStringLiteral("FALSE");
    case ValueKind::Integer:
        if (const auto number = parsePlainInteger(item)) {
            return QString::number(*number);
        }
        break;
    case ValueKind::Enum:
        for (const QString &value : column.values) {
            if (enumValueEquals(item, value)) {
                return value;
            }
        }
        if (const auto alias = column.valueAliases.constFind(normaliseEnumValue(item));
            alias != column.valueAliases.cend()) {
            return *alias;
        }
        break;
    case ValueKind::TimeZone:
        return ValueChecker::canonicalTimeZone(item);
    default:
        break;
    }
    return item.toString();
}

} // namespace

bool nameLessThan(const QString &a, const QString &b)
{
    const int folded = QString::compare(a, b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

QStringList listItems(QStringView value)
{
    QStringList items;
    forEachListItem(value, [&](QStringView item) {
        items << item.toString();
        return true;
    });
    return items;
}

QString canonicalValue(const ColumnDefinition &column, QStringView value)
{
    if (value.isEmpty()) {
        return column.kind == ValueKind::Boolean ? QStringLiteral("FALSE") : QString();
    }
    if (!column.list) {
        return canonicalItem(column, value);
    }
    QStringList items;
    for (const QString &item : listItems(value)) {
        const QString canonical = canonicalItem(column, item);
        const bool seen = std::any_of(items.cbegin(), items.cend(), [&](const QString &other) {
            return QString::compare(other, canonical, Qt::CaseInsensitive) == 0;
        });
        if (!seen) {
            items << canonical;
        }
    }
    std::sort(items.begin(), items.end(), nameLessThan);
    return items.join(u'|');
}

} // namespace ccbulk
