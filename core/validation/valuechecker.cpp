#include "valuechecker.h"

#include "../csv/bytescan.h"
#include "../i18n/language.h"
#include "valuenormalisation.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace ccbulk {

namespace {

constexpr qsizetype kQuoteLimit = 60;

// The same text but for the case of ASCII letters: what nearly every
// enumeration cell is, and a sure match under the fuller rules of
// enumValueEquals(), which it answers for quickly.
bool equalIgnoringLetterCase(QStringView value, QStringView canonical)
{
    if (value.size() != canonical.size()) {
        return false;
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t a = value[i].unicode();
        const char16_t b = canonical[i].unicode();
        const char16_t lower = a | 0x20;
        if (a != b && (lower != (b | 0x20) || lower < u'a' || lower > u'z')) {
            return false;
        }
    }
    return true;
}

} // namespace

ValueChecker::ValueChecker(const DefinitionRegistry &registry) : m_registry(registry) {}

QString ValueChecker::quoted(QStringView value)
{
    qsizetype cut = kQuoteLimit;
    if (cut < value.size() && value[cut].isLowSurrogate()) {
        --cut; // never split a pair
    }
    const QString shown =
        value.size() > kQuoteLimit ? value.left(cut).toString() + QChar(0x2026) : value.toString();
    return tr("“%1”").arg(shown);
}

namespace {

// Built once, on first use: asking the system for its zones is slow.
const QHash<QString, QString> &timeZonesByFoldedName()
{
    static const QHash<QString, QString> zones = [] {
        QHash<QString, QString> map;
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        for (const QByteArray &id : ids) {
            const QString name = QString::fromLatin1(id);
            map.insert(name.toCaseFolded(), name);
        }
        return map;
    }();
    return zones;
}

} // namespace

bool ValueChecker::isKnownTimeZone(QStringView name)
{
    // The list holds the main zones only; aliases such as Etc/UTC or
    // US/Eastern are known to the system too, in their exact spelling.
    return timeZonesByFoldedName().contains(name.toString().toCaseFolded()) ||
           (!name.isEmpty() && QTimeZone(name.toUtf8()).isValid());
}

QString ValueChecker::canonicalTimeZone(QStringView name)
{
    return timeZonesByFoldedName().value(name.toString().toCaseFolded(), name.toString());
}

QString ValueChecker::describePatternFailure(const TextPattern &pattern, QStringView value)
{
    if (pattern.failsFirstCharacterOnly(value)) {
        return tr("%1 must start with one of: %2.")
            .arg(quoted(value), pattern.describeFirstAllowed());
    }
    const QStringList bad = pattern.disallowedCharacters(value);
    if (!bad.isEmpty()) {
        QStringList shown;
        for (const QString &character : bad) {
            if (character == u" ") {
                shown << tr("space");
            } else if (character == u"\t") {
                shown << tr("tab");
            } else if (character == u"\r" || character == u"\n") {
                shown << tr("line break");
            } else {
                shown << tr("“%1”").arg(character);
            }
        }
        shown.removeDuplicates();
        QString message =
            tr("%1 contains characters that are not allowed here: %2. Allowed: %3.")
                .arg(quoted(value), shown.join(QStringLiteral(" ")), pattern.describeAllowed());
        if (!pattern.describeFirstAllowed().isEmpty()) {
            message +=
                QLatin1Char(' ') +
                tr("The first character must be one of: %1.").arg(pattern.describeFirstAllowed());
        }
        return message;
    }
    return tr("%1 does not have the required form (%2).").arg(quoted(value), pattern.source());
}

QString ValueChecker::checkText(const ColumnDefinition &column, QStringView value) const
{
    // Characters as people count them: a letter outside the basic plane
    // (an emoji) takes two UTF-16 units but is one character. Counted only
    // when the units alone are too many: there are never fewer units.
    if (column.maxLength >= 0 && value.size() > column.maxLength) {
        const qsizetype length =
            value.size() -
            std::count_if(value.begin(), value.end(), [](QChar c) { return c.isLowSurrogate(); });
        if (length > column.maxLength) {
            return tr("%1 is %n character(s) long; at most %2 are allowed.", nullptr, int(length))
                .arg(quoted(value))
                .arg(column.maxLength);
        }
    }
    if (!column.pattern.matches(value)) {
        switch (column.kind) {
        case ValueKind::Email:
            return tr("%1 is not an e-mail address (such as name@example.com).").arg(quoted(value));
        case ValueKind::DialNumber:
            return tr("%1 is not a dial number: an optional + followed by digits, dots and "
                      "dashes.")
                .arg(quoted(value));
        case ValueKind::Phone:
            return tr("%1 is not a phone number: use digits and the characters ( ) + -.")
                .arg(quoted(value));
        case ValueKind::PhoneOrSip:
            return tr("%1 is neither a phone number (an optional + and digits) nor a SIP "
                      "address (sip:…).")
                .arg(quoted(value));
        default:
            return describePatternFailure(column.pattern, value);
        }
    }
    return QString();
}

QString ValueChecker::checkReference(const ColumnDefinition &column, QStringView value) const
{
    if (!column.suffix.isEmpty() && !value.endsWith(column.suffix, Qt::CaseInsensitive)) {
        return tr("%1 must end in %2.").arg(quoted(value), column.suffix);
    }
    // A name that breaks the referenced type's own rules can never resolve.
    if (column.referencedType < 0) {
        return QString(); // an external type: its names have no rules here
    }
    const TypeDefinition *target = &m_registry.types().at(column.referencedType);
    const QString problem = checkText(target->keyDefinition(), value);
    if (problem.isEmpty()) {
        return problem;
    }
    return tr("This cannot be the name of an object of type “%1”: %2")
        .arg(target->name(uiLanguage()), problem);
}

QString ValueChecker::checkItem(const ColumnDefinition &column, QStringView item) const
{
    const bool numeric = column.kind == ValueKind::Integer ||
                         column.kind == ValueKind::DialNumber || column.kind == ValueKind::Phone ||
                         column.kind == ValueKind::PhoneOrSip;
    if (numeric && looksLikeScientificNotation(item)) {
        return tr("%1 looks like a number that a spreadsheet wrote in scientific notation, which "
                  "loses digits. Format the column as text in the spreadsheet and enter the "
                  "number again.")
            .arg(quoted(item));
    }
    switch (column.kind) {
    case ValueKind::Text:
    case ValueKind::Email:
    case ValueKind::DialNumber:
    case ValueKind::Phone:
    case ValueKind::PhoneOrSip:
        return checkText(column, item);
    case ValueKind::Integer: {
        const std::optional<qint64> number = parsePlainInteger(item);
        if (!number) {
            bool looksNumeric = false;
            static_cast<void>(item.toDouble(&looksNumeric));
            return looksNumeric ? tr("%1 is not a whole number in plain digits (no sign, "
                                     "decimals or spaces).")
                                      .arg(quoted(item))
                                : tr("%1 is not a whole number.").arg(quoted(item));
        }
        if (*number < column.min) {
            return tr("%1 is less than %2, the smallest value allowed.")
                .arg(quoted(item))
                .arg(column.min);
        }
        if (*number > column.max) {
            return tr("%1 is more than %2, the largest value allowed.")
                .arg(quoted(item))
                .arg(column.max);
        }
        return QString();
    }
    case ValueKind::Boolean:
        return parseBoolean(item) ? QString()
                                  : tr("%1 is not a yes/no value: use TRUE or FALSE (YES/NO, "
                                       "ON/OFF and 1/0 are accepted too).")
                                        .arg(quoted(item));
    case ValueKind::Enum: {
        // The quick test against every value before the full one against any.
        auto matches = [&](auto &&equal) {
            return std::any_of(column.values.cbegin(), column.values.cend(),
                               [&](const QString &value) { return equal(item, value); });
        };
        if (matches(equalIgnoringLetterCase) || matches(enumValueEquals)) {
            return QString();
        }
        if (column.valueAliases.contains(normaliseEnumValue(item))) {
            return QString();
        }
        return tr("%1 is not one of the allowed values: %2.")
            .arg(quoted(item), column.values.join(QStringLiteral(", ")));
    }
    case ValueKind::TimeZone:
        return isKnownTimeZone(item) ? QString()
                                     : tr("%1 is not a time zone known to this system: use an "
                                          "IANA name such as Europe/Stockholm.")
                                           .arg(quoted(item));
    case ValueKind::Reference:
        return checkReference(column, item);
    case ValueKind::SkillValue:
        // Its form depends on the skill's type, which only the tenant knows.
        return QString();
    }
    return QString();
}

bool ValueChecker::sameEnumValue(QStringView value, QStringView canonical)
{
    return equalIgnoringLetterCase(value, canonical) || enumValueEquals(value, canonical);
}

const ColumnDefinition *ValueChecker::nameRules(const ColumnDefinition &column) const
{
    if (column.kind != ValueKind::Reference || column.referencedType < 0 ||
        !column.suffix.isEmpty()) {
        return nullptr;
    }
    return &m_registry.types().at(column.referencedType).keyDefinition();
}

QString ValueChecker::check(const ColumnDefinition &column, QStringView value) const
{
    if (!column.list) {
        return checkItem(column, value);
    }
    // Most lists name objects of another type. An item that fits that type's
    // name rules at first sight (not too many units, the pattern matched), or
    // names an external type, which has no rules here, is fine; any other goes
    // through checkItem(), which words the problem.
    const bool anyName =
        column.kind == ValueKind::Reference && column.suffix.isEmpty() && column.referencedType < 0;
    const ColumnDefinition *const names = nameRules(column);
    // Items hold no "|", so a pattern that forbids only that holds for them.
    const bool patternHolds = names && names->pattern.allowsAllBut(u'|');
    auto fitsNameRules = [&](QStringView item) {
        return anyName || (names && (names->maxLength < 0 || item.size() <= names->maxLength) &&
                           (patternHolds || names->pattern.matches(item)));
    };
    int items = 0;
    // Split and trimmed by hand: lists are long and their items short, where
    // a general tokenizer's cost per item shows.
    const char16_t *const end = value.utf16() + value.size();
    for (const char16_t *start = value.utf16();;) {
        const char16_t *const bar = bytescan::findUnit(start, end, u'|');
        const char16_t *stop = bar;
        while (start < stop && QChar::isSpace(*start)) {
            ++start;
        }
        while (stop > start && QChar::isSpace(stop[-1])) {
            --stop;
        }
        const QStringView item(start, stop - start);
        if (!item.isEmpty()) {
            ++items;
            if (!fitsNameRules(item)) {
                const QString problem = checkItem(column, item);
                if (!problem.isEmpty()) {
                    return problem;
                }
            }
        }
        if (bar == end) {
            break;
        }
        start = bar + 1;
    }
    if (items < column.minItems) {
        return tr("The list needs at least %n item(s), separated by “|”.", nullptr,
                  column.minItems);
    }
    return QString();
}

} // namespace ccbulk
