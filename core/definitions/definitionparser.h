#pragma once

#include "typedefinition.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ccbulk {

// Turns one definition file's JSON into a TypeDefinition, checking that every
// key is known and every cross-reference (condition columns, child columns)
// names a column of the type. See docs/DEFINITIONS.md.
class DefinitionParser
{
public:
    static std::optional<TypeDefinition> parse(const QByteArray &json, QString *error);

private:
    explicit DefinitionParser(QString *error) : m_error(error) {}
    std::optional<TypeDefinition> parseType(const QJsonObject &object);
    bool parseColumn(const QJsonObject &object, ColumnDefinition *column);
    bool parseConditions(const QJsonValue &value, QList<Condition> *conditions);
    bool resolveColumnReferences(TypeDefinition *type);
    bool fail(const QString &message);

    QString *m_error;
    QString m_context;
};

} // namespace ccbulk
