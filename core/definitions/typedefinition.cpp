#include "typedefinition.h"

namespace ccbulk {

QString TypeDefinition::name(const QString &language) const
{
    return m_names.value(language, m_names.value(QStringLiteral("en")));
}

QString TypeDefinition::description(const QString &language) const
{
    return m_descriptions.value(language, m_descriptions.value(QStringLiteral("en")));
}

int TypeDefinition::columnIndexForHeader(QStringView header) const
{
    return m_headerIndex.value(normaliseHeader(header), -1);
}

int TypeDefinition::columnIndex(const QString &definedHeader) const
{
    for (const ColumnDefinition &column : m_columns) {
        if (column.header == definedHeader) {
            return column.index;
        }
    }
    return -1;
}

QStringList TypeDefinition::templateHeaders() const
{
    QStringList headers;
    headers.reserve(m_columns.size());
    for (const ColumnDefinition &column : m_columns) {
        headers << column.header;
    }
    return headers;
}

QString TypeDefinition::normaliseHeader(QStringView header)
{
    return header.trimmed().toString().simplified().toCaseFolded();
}

QString TypeDefinition::normaliseKey(QStringView key) const
{
    const QStringView trimmed = key.trimmed();
    switch (m_keyMatch) {
    case KeyMatch::Name:
    case KeyMatch::Email:
        return trimmed.toString().toCaseFolded();
    case KeyMatch::DialNumber: {
        QString digits;
        digits.reserve(trimmed.size());
        for (const QChar c : trimmed) {
            if (c != u'.' && c != u'-') {
                digits.append(c);
            }
        }
        return digits;
    }
    }
    return trimmed.toString();
}

} // namespace ccbulk
