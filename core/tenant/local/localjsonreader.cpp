// Reading what localjson.cpp writes.

#include "localjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ccbulk::localjson {

namespace {

// A reader of exactly the JSON the writers write: objects of strings, arrays
// of such objects, no white space. It declines (nullopt) anything else, which
// then goes to QJsonDocument, so that it is only ever a faster way to the
// same fields.
class FlatReader
{
public:
    explicit FlatReader(QByteArrayView json) : m_at(json.data()), m_end(json.data() + json.size())
    {}

    bool atEnd() const { return m_at == m_end; }
    bool consume(char c)
    {
        if (m_at < m_end && *m_at == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    std::optional<FieldMap> object()
    {
        if (!consume('{')) {
            return std::nullopt;
        }
        FieldMap fields;
        if (consume('}')) {
            return fields;
        }
        do {
            std::optional<QString> key = string();
            if (!key || !consume(':')) {
                return std::nullopt;
            }
            std::optional<QString> value = string();
            // A key twice is left to QJsonDocument's rules.
            if (!value || fields.contains(*key)) {
                return std::nullopt;
            }
            fields.insert(*key, *value);
        } while (consume(','));
        return consume('}') ? std::optional(fields) : std::nullopt;
    }

private:
    std::optional<QString> string()
    {
        if (!consume('"')) {
            return std::nullopt;
        }
        QString text;
        for (;;) {
            // A run of plain characters: a quote, backslash or control
            // character is never part of a longer UTF-8 sequence.
            const char *run = m_at;
            while (m_at < m_end && *m_at != '"' && *m_at != '\\' && uchar(*m_at) >= 0x20) {
                ++m_at;
            }
            const QString plain = QString::fromUtf8(run, m_at - run);
            text = text.isEmpty() ? plain : text + plain;
            if (m_at == m_end || uchar(*m_at) < 0x20) {
                return std::nullopt;
            }
            if (*m_at++ == '"') {
                return text;
            }
            if (!escape(&text)) {
                return std::nullopt;
            }
        }
    }

    // After a backslash.
    bool escape(QString *text)
    {
        if (m_at == m_end) {
            return false;
        }
        switch (*m_at++) {
        case '"':
            text->append(u'"');
            return true;
        case '\\':
            text->append(u'\\');
            return true;
        case '/':
            text->append(u'/');
            return true;
        case 'b':
            text->append(u'\b');
            return true;
        case 'f':
            text->append(u'\f');
            return true;
        case 'n':
            text->append(u'\n');
            return true;
        case 'r':
            text->append(u'\r');
            return true;
        case 't':
            text->append(u'\t');
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        const std::optional<char16_t> unit = hex4();
        // Surrogates are left to QJsonDocument.
        if (!unit || QChar::isSurrogate(*unit)) {
            return false;
        }
        text->append(QChar(*unit));
        return true;
    }

    std::optional<char16_t> hex4()
    {
        if (m_end - m_at < 4) {
            return std::nullopt;
        }
        char16_t unit = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_at++;
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0) {
                return std::nullopt;
            }
            unit = char16_t(unit << 4 | digit);
        }
        return unit;
    }

    const char *m_at;
    const char *m_end;
};

std::optional<FieldMap> decodeFieldObject(const QJsonObject &object)
{
    FieldMap fields;
    fields.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            return std::nullopt;
        }
        fields.insert(it.key(), it.value().toString());
    }
    return fields;
}

std::optional<FieldMap> documentFields(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return std::nullopt;
    }
    return decodeFieldObject(document.object());
}

std::optional<QList<FieldMap>> documentChildren(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isArray()) {
        return std::nullopt;
    }
    QList<FieldMap> children;
    const QJsonArray array = document.array();
    children.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            return std::nullopt;
        }
        std::optional<FieldMap> child = decodeFieldObject(value.toObject());
        if (!child) {
            return std::nullopt;
        }
        children << *child;
    }
    return children;
}

} // namespace

std::optional<FieldMap> decodeFields(QByteArrayView json)
{
    FlatReader reader(json);
    std::optional<FieldMap> fields = reader.object();
    if (fields && reader.atEnd()) {
        return fields;
    }
    return documentFields(json.toByteArray());
}

std::optional<QList<FieldMap>> decodeChildren(QByteArrayView json)
{
    FlatReader reader(json);
    QList<FieldMap> children;
    bool read = reader.consume('[');
    if (read && !reader.consume(']')) {
        do {
            std::optional<FieldMap> child = reader.object();
            read = child.has_value();
            if (read) {
                children << *child;
            }
        } while (read && reader.consume(','));
        read = read && reader.consume(']');
    }
    if (read && reader.atEnd()) {
        return children;
    }
    return documentChildren(json.toByteArray());
}

} // namespace ccbulk::localjson
