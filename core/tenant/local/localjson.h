#pragma once

#include "../tenantobject.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ccbulk::localjson {

// The text of the objects table's fields and children columns: a JSON
// object of strings, and a JSON array of such objects, with the keys sorted
// (QString order) so that equal maps give equal text, and nothing escaped but
// quotes, backslashes and control characters.
//
// Written straight into UTF-8, the database's encoding: building a QString
// and binding it made SQLite convert every object's text from UTF-16 again,
// which cost more than writing the JSON. A lone surrogate, which is not
// text, becomes U+FFFD.
//
// FieldsWriter writes the fields of one batch's objects, one after another:
// they have the same keys, so these are sorted and written once, not for
// every object.
class FieldsWriter
{
public:
    QByteArray write(const FieldMap &fields);

private:
    void learn(const FieldMap &fields);

    QStringList m_keys;           // of the map last learnt, in its iteration order
    QList<qsizetype> m_order;     // indexes into m_keys, in sorted order
    QList<QByteArray> m_keyTexts; // in sorted order: {"key": or ,"key":
};
QByteArray encodeChildren(const QList<FieldMap> &children);

// The fields and children from their UTF-8 text; nullopt when it is not JSON
// of that shape (or a value is not a string). What the writers write is read
// directly; anything else that is JSON (white space, other escapes) through
// QJsonDocument.
std::optional<FieldMap> decodeFields(QByteArrayView json);
std::optional<QList<FieldMap>> decodeChildren(QByteArrayView json);

} // namespace ccbulk::localjson
