#include "definitionparser.h"

#include "../validation/valuenormalisation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ccbulk {

namespace {

const QSet<QString> kTypeKeys{QStringLiteral("id"),        QStringLiteral("format"),
                              QStringLiteral("name"),      QStringLiteral("description"),
                              QStringLiteral("key"),       QStringLiteral("keyMatch"),
                              QStringLiteral("children"),  QStringLiteral("columns"),
                              QStringLiteral("creatable"), QStringLiteral("sharesNamesWith")};

const QSet<QString> kColumnKeys{QStringLiteral("header"),
                                QStringLiteral("aliases"),
                                QStringLiteral("required"),
                                QStringLiteral("when"),
                                QStringLiteral("inapplicableAllowed"),
                                QStringLiteral("fixed"),
                                QStringLiteral("kind"),
                                QStringLiteral("list"),
                                QStringLiteral("minItems"),
                                QStringLiteral("maxLength"),
                                QStringLiteral("pattern"),
                                QStringLiteral("min"),
                                QStringLiteral("max"),
                                QStringLiteral("values"),
                                QStringLiteral("valueAliases"),
                                QStringLiteral("refersTo"),
                                QStringLiteral("suffix"),
                                QStringLiteral("requiresTrue"),
                                QStringLiteral("stored")};

const QHash<QString, ValueKind> kKinds{
    {QStringLiteral("text"), ValueKind::Text},
    {QStringLiteral("integer"), ValueKind::Integer},
    {QStringLiteral("boolean"), ValueKind::Boolean},
    {QStringLiteral("enum"), ValueKind::Enum},
    {QStringLiteral("timezone"), ValueKind::TimeZone},
    {QStringLiteral("email"), ValueKind::Email},
    {QStringLiteral("dialNumber"), ValueKind::DialNumber},
    {QStringLiteral("phone"), ValueKind::Phone},
    {QStringLiteral("phoneOrSip"), ValueKind::PhoneOrSip},
    {QStringLiteral("reference"), ValueKind::Reference},
    {QStringLiteral("skillValue"), ValueKind::SkillValue},
};

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        list << item.toString();
    }
    return list;
}

} // namespace

bool DefinitionParser::fail(const QString &message)
{
    if (m_error) {
        *m_error = m_context.isEmpty() ? message : m_context + QStringLiteral(": ") + message;
    }
    return false;
}

std::optional<TypeDefinition> DefinitionParser::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    DefinitionParser parser(error);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        parser.fail(QStringLiteral("not a JSON object: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
        return std::nullopt;
    }
    return parser.parseType(document.object());
}

std::optional<TypeDefinition> DefinitionParser::parseType(const QJsonObject &object)
{
    TypeDefinition type;
    type.m_id = object.value(QStringLiteral("id")).toString();
    m_context = type.m_id;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kTypeKeys.contains(it.key())) {
            fail(QStringLiteral("unknown key \"%1\"").arg(it.key()));
            return std::nullopt;
        }
    }
    if (type.m_id.isEmpty()) {
        fail(QStringLiteral("no id"));
        return std::nullopt;
    }
    const QString format = object.value(QStringLiteral("format")).toString();
    if (format != QLatin1String("csv") && format != QLatin1String("zip")) {
        fail(QStringLiteral("format must be csv or zip"));
        return std::nullopt;
    }
    type.m_format = format == QLatin1String("zip") ? FileFormat::Zip : FileFormat::Csv;
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("description")}) {
        const QJsonObject texts = object.value(field).toObject();
        if (texts.value(QStringLiteral("en")).toString().isEmpty() ||
            texts.value(QStringLiteral("sv")).toString().isEmpty()) {
            fail(QStringLiteral("%1 needs \"en\" and \"sv\"").arg(field));
            return std::nullopt;
        }
        auto &target = field == QLatin1String("name") ? type.m_names : type.m_descriptions;
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            target.insert(it.key(), it.value().toString());
        }
    }
    type.m_creatable = object.value(QStringLiteral("creatable")).toBool(true);
    type.m_sharesNamesWith = object.value(QStringLiteral("sharesNamesWith")).toString();
    const QString keyMatch = object.value(QStringLiteral("keyMatch")).toString();
    if (keyMatch == QLatin1String("name")) {
        type.m_keyMatch = KeyMatch::Name;
    } else if (keyMatch == QLatin1String("email")) {
        type.m_keyMatch = KeyMatch::Email;
    } else if (keyMatch == QLatin1String("dialNumber")) {
        type.m_keyMatch = KeyMatch::DialNumber;
    } else {
        fail(QStringLiteral("keyMatch must be name, email or dialNumber"));
        return std::nullopt;
    }

    const QJsonArray columns = object.value(QStringLiteral("columns")).toArray();
    if (columns.isEmpty()) {
        fail(QStringLiteral("no columns"));
        return std::nullopt;
    }
    for (const QJsonValue &value : columns) {
        ColumnDefinition column;
        column.index = int(type.m_columns.size());
        if (!parseColumn(value.toObject(), &column)) {
            return std::nullopt;
        }
        const QStringList headers = QStringList(column.aliases) << column.header;
        for (const QString &header : headers) {
            const QString normalised = TypeDefinition::normaliseHeader(header);
            if (type.m_headerIndex.contains(normalised)) {
                fail(QStringLiteral("header or alias \"%1\" used twice").arg(header));
                return std::nullopt;
            }
            type.m_headerIndex.insert(normalised, column.index);
        }
        type.m_columns.append(column);
    }
    type.m_keyColumn = type.columnIndex(object.value(QStringLiteral("key")).toString());
    if (type.m_keyColumn < 0 || !type.m_columns.at(type.m_keyColumn).isRequiredAlways()) {
        fail(QStringLiteral("key must name a required column"));
        return std::nullopt;
    }

    if (object.contains(QStringLiteral("children"))) {
        const QJsonObject children = object.value(QStringLiteral("children")).toObject();
        ChildRules rules;
        for (const QString &header : toStringList(children.value(QStringLiteral("columns")))) {
            const int index = type.columnIndex(header);
            if (index < 0) {
                fail(QStringLiteral("child column \"%1\" is not a column").arg(header));
                return std::nullopt;
            }
            type.m_columns[index].child = true;
            rules.columns << index;
        }
        auto childColumn = [&](const char *key, int *target) {
            const QString header = children.value(QLatin1String(key)).toString();
            if (header.isEmpty()) {
                return true;
            }
            *target = type.columnIndex(header);
            return *target >= 0 && type.m_columns.at(*target).child
                       ? true
                       : fail(QStringLiteral("%1 \"%2\" is not a child column")
                                  .arg(QLatin1String(key), header));
        };
        if (rules.columns.isEmpty() || !childColumn("uniqueColumn", &rules.uniqueColumn) ||
            !childColumn("sequenceColumn", &rules.sequenceColumn) ||
            !childColumn("atMostOneTrue", &rules.atMostOneTrueColumn) ||
            !childColumn("deleteColumn", &rules.deleteColumn) ||
            !childColumn("labelColumn", &rules.labelColumn) ||
            !parseConditions(children.value(QStringLiteral("minChildrenWhen")),
                             &rules.minChildrenWhen)) {
            if (rules.columns.isEmpty()) {
                fail(QStringLiteral("children without columns"));
            }
            return std::nullopt;
        }
        rules.minChildren = children.value(QStringLiteral("minChildren")).toInt(0);
        rules.merge = children.value(QStringLiteral("merge")).toBool(false);
        rules.labelPrefix = children.value(QStringLiteral("labelPrefix")).toString();
        type.m_children = rules;
    }
    if (!resolveColumnReferences(&type)) {
        return std::nullopt;
    }
    return type;
}

bool DefinitionParser::parseColumn(const QJsonObject &object, ColumnDefinition *column)
{
    column->header = object.value(QStringLiteral("header")).toString();
    const QString outer = m_context;
    m_context = outer + QStringLiteral(", column \"%1\"").arg(column->header);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kColumnKeys.contains(it.key())) {
            return fail(QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }
    }
    if (column->header.isEmpty()) {
        return fail(QStringLiteral("no header"));
    }
    column->aliases = toStringList(object.value(QStringLiteral("aliases")));
    const QString required = object.value(QStringLiteral("required")).toString();
    if (required == QLatin1String("yes")) {
        column->requirement = Requirement::Required;
    } else if (required == QLatin1String("no")) {
        column->requirement = Requirement::Optional;
    } else if (required == QLatin1String("if")) {
        column->requirement = Requirement::Conditional;
    } else {
        return fail(QStringLiteral("required must be yes, no or if"));
    }
    if (!parseConditions(object.value(QStringLiteral("when")), &column->when)) {
        return false;
    }
    if (column->requirement == Requirement::Conditional && column->when.isEmpty()) {
        return fail(QStringLiteral("required \"if\" needs a \"when\""));
    }
    column->inapplicableAllowed = toStringList(object.value(QStringLiteral("inapplicableAllowed")));
    column->fixed = object.value(QStringLiteral("fixed")).toBool(false);
    column->stored = object.value(QStringLiteral("stored")).toBool(true);
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (!kKinds.contains(kind)) {
        return fail(QStringLiteral("unknown kind \"%1\"").arg(kind));
    }
    column->kind = kKinds.value(kind);
    column->list = object.value(QStringLiteral("list")).toBool(false);
    column->minItems = object.value(QStringLiteral("minItems")).toInt(0);
    column->maxLength = object.value(QStringLiteral("maxLength")).toInt(-1);
    QString patternError;
    column->pattern =
        TextPattern::compile(object.value(QStringLiteral("pattern")).toString(), &patternError);
    if (!patternError.isEmpty()) {
        return fail(QStringLiteral("bad pattern: %1").arg(patternError));
    }
    column->min = object.value(QStringLiteral("min")).toInteger(0);
    column->max = object.value(QStringLiteral("max")).toInteger(column->max);
    column->values = toStringList(object.value(QStringLiteral("values")));
    if ((column->kind == ValueKind::Enum) == column->values.isEmpty()) {
        return fail(QStringLiteral("values go with kind enum, and only there"));
    }
    const QJsonObject aliases = object.value(QStringLiteral("valueAliases")).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        if (!column->values.contains(it.value().toString())) {
            return fail(QStringLiteral("value alias \"%1\" names no value").arg(it.key()));
        }
        column->valueAliases.insert(normaliseEnumValue(it.key()), it.value().toString());
    }
    column->refersTo = object.value(QStringLiteral("refersTo")).toString();
    if ((column->kind == ValueKind::Reference) == column->refersTo.isEmpty()) {
        return fail(QStringLiteral("refersTo goes with kind reference, and only there"));
    }
    column->suffix = object.value(QStringLiteral("suffix")).toString();
    column->requiresTrue = object.value(QStringLiteral("requiresTrue")).toString();
    m_context = outer;
    return true;
}

bool DefinitionParser::parseConditions(const QJsonValue &value, QList<Condition> *conditions)
{
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        Condition condition;
        condition.column = object.value(QStringLiteral("column")).toString();
        if (object.value(QStringLiteral("childRow")).toBool(false)) {
            condition.test = Condition::Test::ChildRow;
        } else if (object.contains(QStringLiteral("in"))) {
            condition.test = Condition::Test::In;
            condition.values = toStringList(object.value(QStringLiteral("in")));
        } else if (object.contains(QStringLiteral("notIn"))) {
            condition.test = Condition::Test::NotIn;
            condition.values = toStringList(object.value(QStringLiteral("notIn")));
        } else if (object.contains(QStringLiteral("atLeast"))) {
            condition.test = Condition::Test::AtLeast;
            condition.atLeast = object.value(QStringLiteral("atLeast")).toInteger();
        } else {
            return fail(QStringLiteral("a condition needs childRow, in, notIn or atLeast"));
        }
        if (condition.test != Condition::Test::ChildRow && condition.column.isEmpty()) {
            return fail(QStringLiteral("a condition needs a column"));
        }
        conditions->append(condition);
    }
    return true;
}

bool DefinitionParser::resolveColumnReferences(TypeDefinition *type)
{
    auto resolve = [&](QList<Condition> &conditions) {
        for (Condition &condition : conditions) {
            if (condition.test == Condition::Test::ChildRow) {
                if (!type->m_children) {
                    return fail(QStringLiteral("a childRow condition in a type without children"));
                }
                continue;
            }
            condition.columnIndex = type->columnIndex(condition.column);
            if (condition.columnIndex < 0) {
                return fail(
                    QStringLiteral("condition names unknown column \"%1\"").arg(condition.column));
            }
        }
        return true;
    };
    for (ColumnDefinition &column : type->m_columns) {
        if (!resolve(column.when)) {
            return false;
        }
        if (!column.requiresTrue.isEmpty()) {
            column.requiresTrueIndex = type->columnIndex(column.requiresTrue);
            if (column.requiresTrueIndex < 0 || column.kind != ValueKind::Boolean) {
                return fail(QStringLiteral("requiresTrue \"%1\" is not usable on \"%2\"")
                                .arg(column.requiresTrue, column.header));
            }
        }
    }
    return !type->m_children || resolve(type->m_children->minChildrenWhen);
}

} // namespace ccbulk
