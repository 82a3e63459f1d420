#pragma once

#include "columndefinition.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ccbulk {

enum class FileFormat
{
    Csv,
    Zip
};
enum class KeyMatch
{
    Name,
    Email,
    DialNumber
};

// What makes a type parent/child: which columns carry the child and the
// object-level rules over the children.
struct ChildRules
{
    QList<int> columns; // column indexes
    int uniqueColumn = -1;
    int sequenceColumn = -1;
    int atMostOneTrueColumn = -1;
    int minChildren = 0;
    QList<Condition> minChildrenWhen;
    // Whether the file's children merge with the stored ones (each row adds
    // or changes one, a TRUE in deleteColumn removes it) or replace them.
    bool merge = false;
    int deleteColumn = -1;
    // A column whose value is not stored and that exports fill with the
    // prefix and the child's sequence number ("Group1", "Group2", ...).
    int labelColumn = -1;
    QString labelPrefix;
};

// One object type, as read from its definition file. Immutable once the
// registry has built it.
class TypeDefinition
{
public:
    const QString &id() const { return m_id; }
    FileFormat format() const { return m_format; }
    // The display name in the given language ("en" or "sv"); English when the
    // language has none.
    QString name(const QString &language) const;
    QString description(const QString &language) const;

    const QList<ColumnDefinition> &columns() const { return m_columns; }
    const ColumnDefinition &column(int index) const { return m_columns.at(index); }
    // The column whose header or alias matches header (see normaliseHeader),
    // or -1.
    int columnIndexForHeader(QStringView header) const;
    int columnIndex(const QString &definedHeader) const;

    int keyColumn() const { return m_keyColumn; }
    const ColumnDefinition &keyDefinition() const { return m_columns.at(m_keyColumn); }
    // False for users: they come from the identity service, and an import
    // only updates them.
    bool isCreatable() const { return m_creatable; }
    // Another type whose objects share this type's names (entry points and
    // outdial entry points), or empty.
    QString sharesNamesWith() const { return m_sharesNamesWith; }
    KeyMatch keyMatch() const { return m_keyMatch; }
    bool isParentChild() const { return m_children.has_value(); }
    const ChildRules &childRules() const { return *m_children; }

    QStringList templateHeaders() const;

    // Header matching ignores letter case, surrounding spaces and repeated
    // inner spaces.
    static QString normaliseHeader(QStringView header);
    // The form under which two keys of this type are the same key.
    QString normaliseKey(QStringView key) const;

private:
    friend class DefinitionParser;
    friend class DefinitionRegistry;

    QString m_id;
    FileFormat m_format = FileFormat::Csv;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_descriptions;
    QList<ColumnDefinition> m_columns;
    QHash<QString, int> m_headerIndex; // normalised header/alias -> column
    int m_keyColumn = 0;
    KeyMatch m_keyMatch = KeyMatch::Name;
    bool m_creatable = true;
    QString m_sharesNamesWith;
    std::optional<ChildRules> m_children;
};

} // namespace ccbulk
