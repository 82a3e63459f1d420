#include "localobjecttable.h"

#include "../../definitions/definitionregistry.h"
#include "localjson.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <array>
#include <utility>

namespace ccbulk {

namespace {

// Digits at [from, from + count) of text as a number, or -1.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int number = 0;
    for (const QChar c : text.sliced(from, count)) {
        if (c < u'0' || c > u'9') {
            return -1;
        }
        number = number * 10 + (c.unicode() - u'0');
    }
    return number;
}

// A random (version 4) UUID from Qt's global generator, which the system
// seeds once, rather than QUuid::createUuid(), which asks the system for
// every one: a system call an object that an import of thousands pays.
QString newObjectId()
{
    std::array<quint32, 4> words;
    QRandomGenerator::global()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray bytes(reinterpret_cast<const char *>(words.data()), 16);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4: random
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // the variant of RFC 4122
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QDateTime parseTime(const QString &text)
{
    // What formatTime() writes, "2024-03-01T08:15:30.123Z", is read without
    // QDateTime's general parser, which an export pays for twice an object.
    static constexpr std::pair<qsizetype, char16_t> kMarks[] = {
        {4, u'-'}, {7, u'-'}, {10, u'T'}, {13, u':'}, {16, u':'}, {19, u'.'}, {23, u'Z'}};
    const bool marked = text.size() == 24 &&
                        std::all_of(std::begin(kMarks), std::end(kMarks), [&](const auto &mark) {
                            return text.at(mark.first) == mark.second;
                        });
    if (marked) {
        const int parts[] = {digits(text, 0, 4),  digits(text, 5, 2),  digits(text, 8, 2),
                             digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2),
                             digits(text, 20, 3)};
        const QDate date(parts[0], parts[1], parts[2]);
        const QTime time(parts[3], parts[4], parts[5], parts[6]);
        if (std::none_of(std::begin(parts), std::end(parts), [](int part) { return part < 0; }) &&
            date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace

LocalObjectTable::LocalObjectTable(const QSqlDatabase &db) : m_db(db)
{
    for (Statement *statement : {&m_findByKey, &m_exists, &m_insert, &m_update, &m_all, &m_hasType,
                                 &m_putContent, &m_content}) {
        statement->query = QSqlQuery(m_db);
    }
}

bool LocalObjectTable::prepare(Statement *statement, QStringView sql, QString *error)
{
    QSqlQuery &query = statement->query;
    if (!statement->prepared) {
        query.setForwardOnly(true);
        if (!query.prepare(sql.toString())) {
            *error = query.lastError().text();
            return false;
        }
        statement->prepared = true;
    }
    return true;
}

bool LocalObjectTable::exec(Statement *statement, QString *error)
{
    if (!statement->query.exec()) {
        *error = statement->query.lastError().text();
        return false;
    }
    return true;
}

bool LocalObjectTable::run(Statement *statement, QStringView sql, const QVariantList &values,
                           QString *error)
{
    if (!prepare(statement, sql, error)) {
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        statement->query.bindValue(int(i), values.at(i));
    }
    return exec(statement, error);
}

QString LocalObjectTable::damaged(const QString &typeId, const QString &id) const
{
    return tr("The stored object %1 of type “%2” is damaged: its fields cannot be read.")
        .arg(id, typeId);
}

bool LocalObjectTable::findByKey(const QString &typeId, QStringView key, QString *id,
                                 QString *displayKey, QString *error)
{
    id->clear();
    displayKey->clear();
    if (!run(&m_findByKey, u"SELECT id, display_key FROM objects WHERE type = ? AND key = ?",
             {typeId, normaliseKey(typeId, key)}, error)) {
        return false;
    }
    QSqlQuery &query = m_findByKey.query;
    if (query.next()) {
        *id = query.value(0).toString();
        *displayKey = query.value(1).toString();
    }
    query.finish();
    return true;
}

bool LocalObjectTable::exists(const QString &typeId, const QString &id, bool *found, QString *error)
{
    if (!run(&m_exists, u"SELECT 1 FROM objects WHERE id = ? AND type = ?", {id, typeId}, error)) {
        return false;
    }
    *found = m_exists.query.next();
    m_exists.query.finish();
    return true;
}

const LocalObjectTable::Stamp &LocalObjectTable::stampOf(const QDateTime &now)
{
    // A batch writes all its objects at one time: formatted once.
    if (!m_stamp || m_stamp->time != now) {
        const QString text = formatTime(now);
        m_stamp = Stamp{now, text, parseTime(text)};
    }
    return *m_stamp;
}

bool LocalObjectTable::checkEncoding(QString *error)
{
    if (!m_utf8Database) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA encoding")) || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        m_utf8Database = query.value(0).toString() == u"UTF-8";
    }
    return true;
}

QVariant LocalObjectTable::textValue(const QByteArray &utf8) const
{
    return *m_utf8Database ? QVariant(utf8) : QVariant(QString::fromUtf8(utf8));
}

QVariant LocalObjectTable::textValue(const QString &text) const
{
    return *m_utf8Database ? QVariant(text.toUtf8()) : QVariant(text);
}

QList<QByteArray> LocalObjectTable::encode(const TenantObject &object)
{
    // A writer learns the order of the keys it sees: one a thread.
    thread_local localjson::FieldsWriter writer;
    return {writer.write(object.fields), localjson::encodeChildren(object.children)};
}

bool LocalObjectTable::insert(TenantObject *object, const QList<QByteArray> &encoded,
                              const QDateTime &now, bool *keyTaken, QString *error)
{
    // Every value binds through textValue(), and a key already taken writes
    // nothing, which the caller learns without a lookup of its own first.
    if (!checkEncoding(error) ||
        !prepare(&m_insert,
                 u"INSERT INTO objects (id, type, key, display_key, fields, children, created, "
                 u"updated) VALUES (CAST(:id AS TEXT), CAST(:type AS TEXT), CAST(:key AS TEXT), "
                 u"CAST(:display AS TEXT), CAST(:fields AS TEXT), CAST(:children AS TEXT), "
                 u"CAST(:created AS TEXT), CAST(:updated AS TEXT)) "
                 u"ON CONFLICT (type, key) DO NOTHING",
                 error)) {
        return false;
    }
    const Stamp &stamp = stampOf(now);
    const QString id = newObjectId();
    const QString key = keyOf(object->typeId, *object);
    QSqlQuery &query = m_insert.query;
    // Bound values stay bound from one insert to the next: the batch's type
    // and time are bound when they change. Values are bound by name, which
    // costs Qt a hash lookup, where a position costs it a formatted name too.
    if (m_insertType != object->typeId || m_insertTime != stamp.text) {
        query.bindValue(QStringLiteral(":type"), textValue(object->typeId));
        query.bindValue(QStringLiteral(":created"), textValue(stamp.text));
        query.bindValue(QStringLiteral(":updated"), textValue(stamp.text));
        m_insertType = object->typeId;
        m_insertTime = stamp.text;
    }
    query.bindValue(QStringLiteral(":id"), textValue(id));
    query.bindValue(QStringLiteral(":key"), textValue(normaliseKey(object->typeId, key)));
    query.bindValue(QStringLiteral(":display"), textValue(key));
    const bool prepared = encoded.size() == 2;
    query.bindValue(QStringLiteral(":fields"),
                    textValue(prepared ? encoded.at(0) : m_fieldsWriter.write(object->fields)));
    query.bindValue(
        QStringLiteral(":children"),
        textValue(prepared ? encoded.at(1) : localjson::encodeChildren(object->children)));
    if (!exec(&m_insert, error)) {
        return false;
    }
    *keyTaken = query.numRowsAffected() == 0;
    if (*keyTaken) {
        return true;
    }
    object->id = id;
    object->key = key;
    object->created = stamp.stored;
    object->updated = stamp.stored;
    return true;
}

bool LocalObjectTable::update(const TenantObject &object, const QList<QByteArray> &encoded,
                              const QDateTime &now, QString *error)
{
    const QString key = keyOf(object.typeId, object);
    const bool prepared = encoded.size() == 2;
    return checkEncoding(error) &&
           run(&m_update,
               u"UPDATE objects SET key = ?, display_key = ?, fields = CAST(? AS TEXT), "
               u"children = CAST(? AS TEXT), updated = ? WHERE id = ?",
               {normaliseKey(object.typeId, key), key,
                textValue(prepared ? encoded.at(0) : m_fieldsWriter.write(object.fields)),
                textValue(prepared ? encoded.at(1) : localjson::encodeChildren(object.children)),
                stampOf(now).text, object.id},
               error);
}

std::optional<QList<TenantObject>> LocalObjectTable::all(const QString &typeId, QString *error)
{
    // In a UTF-8 database the JSON comes as the bytes stored (see textValue()).
    if (!checkEncoding(error) ||
        !run(&m_all,
             *m_utf8Database
                 ? u"SELECT id, display_key, CAST(fields AS BLOB), CAST(children AS BLOB), "
                   u"created, updated FROM objects WHERE type = ? ORDER BY key"
                 : u"SELECT id, display_key, fields, children, created, updated FROM objects "
                   u"WHERE type = ? ORDER BY key",
             {typeId}, error)) {
        return std::nullopt;
    }
    const auto utf8 = [this](const QVariant &value) {
        return *m_utf8Database ? value.toByteArray() : value.toString().toUtf8();
    };
    QSqlQuery &query = m_all.query;
    QList<TenantObject> objects;
    while (query.next()) {
        TenantObject object;
        object.id = query.value(0).toString();
        object.typeId = typeId;
        object.key = query.value(1).toString();
        std::optional<FieldMap> fields = localjson::decodeFields(utf8(query.value(2)));
        std::optional<QList<FieldMap>> children = localjson::decodeChildren(utf8(query.value(3)));
        if (!fields || !children) {
            *error = damaged(typeId, object.id);
            query.finish();
            return std::nullopt;
        }
        object.fields = std::move(*fields);
        object.children = std::move(*children);
        object.created = parseTime(query.value(4).toString());
        object.updated = parseTime(query.value(5).toString());
        objects << object;
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    query.finish();
    return objects;
}

bool LocalObjectTable::putContent(const QString &id, const QByteArray &content, QString *error)
{
    return run(&m_putContent,
               u"INSERT INTO audio_content (object_id, content) VALUES (?, ?) "
               u"ON CONFLICT (object_id) DO UPDATE SET content = excluded.content",
               {id, content}, error);
}

bool LocalObjectTable::content(const QString &id, QByteArray *content, bool *found, QString *error)
{
    if (!run(&m_content, u"SELECT content FROM audio_content WHERE object_id = ?", {id}, error)) {
        return false;
    }
    QSqlQuery &query = m_content.query;
    *found = query.next();
    *content = *found ? query.value(0).toByteArray() : QByteArray();
    query.finish();
    return true;
}

bool LocalObjectTable::hasType(const QString &typeId, bool *found, QString *error)
{
    if (!run(&m_hasType, u"SELECT 1 FROM objects WHERE type = ? LIMIT 1", {typeId}, error)) {
        return false;
    }
    *found = m_hasType.query.next();
    m_hasType.query.finish();
    return true;
}

QString LocalObjectTable::normaliseKey(const QString &typeId, QStringView key)
{
    if (const TypeDefinition *type = DefinitionRegistry::instance().find(typeId)) {
        return type->normaliseKey(key);
    }
    return key.trimmed().toString().toCaseFolded();
}

FieldMap LocalObjectTable::blankFields(const QString &typeId)
{
    FieldMap fields;
    if (const TypeDefinition *type = DefinitionRegistry::instance().find(typeId)) {
        for (const ColumnDefinition &column : type->columns()) {
            if (!column.child && column.stored) {
                fields.insert(column.header, QString());
            }
        }
    } else {
        fields.insert(QStringLiteral("Name"), QString());
    }
    return fields;
}

QString LocalObjectTable::keyOf(const QString &typeId, const TenantObject &object)
{
    if (!object.key.trimmed().isEmpty()) {
        return object.key.trimmed();
    }
    const TypeDefinition *type = DefinitionRegistry::instance().find(typeId);
    const QString header = type ? type->column(type->keyColumn()).header : QStringLiteral("Name");
    return object.fields.value(header).trimmed();
}

QString LocalObjectTable::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace ccbulk
