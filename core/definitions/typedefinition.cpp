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

namespace {

// Case folding by character: QString::toCaseFolded() costs thousands of
// instructions on a short string with one non-ASCII letter, and every key of
// every row goes through here.
QString foldCase(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            *out++ = QChar(char16_t(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c));
        } else if (QChar::isSurrogate(c)) {
            // Rare: letters outside the basic plane fold as whole strings.
            return text.toString().toCaseFolded();
        } else {
            *out++ = QChar(char16_t(QChar::toCaseFolded(char32_t(c))));
        }
    }
    return folded;
}

} // namespace

QString TypeDefinition::normaliseKey(QStringView key) const
{
    const QStringView trimmed = key.trimmed();
    switch (m_keyMatch) {
    case KeyMatch::Name:
    case KeyMatch::Email:
        return foldCase(trimmed);
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
