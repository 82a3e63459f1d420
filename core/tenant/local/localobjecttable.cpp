#include "localobjecttable.h"

#include "../../definitions/definitionregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

namespace ccbulk {

namespace {

// JSON written by hand: building a QJsonObject per object and converting it
// took most of an import's time. Keys are sorted, so equal maps give equal
// text.
void appendJsonString(QString *out, const QString &text)
{
    out->append(u'"');
    // Runs of plain characters go in whole; only quotes, backslashes and
    // control characters are escaped one by one.
    const QChar *run = text.constData();
    const QChar *const end = run + text.size();
    for (const QChar *c = run; c < end; ++c) {
        const char16_t u = c->unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\') {
            continue;
        }
        out->append(QStringView(run, c - run));
        run = c + 1;
        switch (u) {
        case u'"':
            out->append(u"\\\"");
            break;
        case u'\\':
            out->append(u"\\\\");
            break;
        case u'\n':
            out->append(u"\\n");
            break;
        case u'\r':
            out->append(u"\\r");
            break;
        case u'\t':
            out->append(u"\\t");
            break;
        default:
            out->append(QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0')));
        }
    }
    out->append(QStringView(run, end - run));
    out->append(u'"');
}

void appendJsonObject(QString *out, const FieldMap &fields)
{
    QStringList keys = fields.keys();
    keys.sort();
    out->append(u'{');
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0) {
            out->append(u',');
        }
        appendJsonString(out, keys.at(i));
        out->append(u':');
        appendJsonString(out, fields.value(keys.at(i)));
    }
    out->append(u'}');
}

QString encodeFields(const FieldMap &fields)
{
    QString json;
    json.reserve(fields.size() * 32);
    appendJsonObject(&json, fields);
    return json;
}

QString encodeChildren(const QList<FieldMap> &children)
{
    QString json(u'[');
    for (qsizetype i = 0; i < children.size(); ++i) {
        if (i > 0) {
            json.append(u',');
        }
        appendJsonObject(&json, children.at(i));
    }
    json.append(u']');
    return json;
}

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

std::optional<FieldMap> decodeFields(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject()) {
        return std::nullopt;
    }
    return decodeFieldObject(document.object());
}

std::optional<QList<FieldMap>> decodeChildren(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
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

QDateTime parseTime(const QString &text)
{
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

bool LocalObjectTable::run(Statement *statement, QStringView sql, const QVariantList &values,
                           QString *error)
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
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
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

bool LocalObjectTable::insert(TenantObject *object, const QDateTime &now, QString *error)
{
    const QString time = formatTime(now);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = keyOf(object->typeId, *object);
    if (!run(&m_insert,
             u"INSERT INTO objects (id, type, key, display_key, fields, children, created, "
             u"updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
             {id, object->typeId, normaliseKey(object->typeId, key), key,
              encodeFields(object->fields), encodeChildren(object->children), time, time},
             error)) {
        return false;
    }
    object->id = id;
    object->key = key;
    object->created = parseTime(time);
    object->updated = object->created;
    return true;
}

bool LocalObjectTable::update(const TenantObject &object, const QDateTime &now, QString *error)
{
    const QString key = keyOf(object.typeId, object);
    return run(&m_update,
               u"UPDATE objects SET key = ?, display_key = ?, fields = ?, children = ?, "
               u"updated = ? WHERE id = ?",
               {normaliseKey(object.typeId, key), key, encodeFields(object.fields),
                encodeChildren(object.children), formatTime(now), object.id},
               error);
}

std::optional<QList<TenantObject>> LocalObjectTable::all(const QString &typeId, QString *error)
{
    if (!run(&m_all,
             u"SELECT id, display_key, fields, children, created, updated FROM objects "
             u"WHERE type = ? ORDER BY key",
             {typeId}, error)) {
        return std::nullopt;
    }
    QSqlQuery &query = m_all.query;
    QList<TenantObject> objects;
    while (query.next()) {
        TenantObject object;
        object.id = query.value(0).toString();
        object.typeId = typeId;
        object.key = query.value(1).toString();
        std::optional<FieldMap> fields = decodeFields(query.value(2).toString());
        std::optional<QList<FieldMap>> children = decodeChildren(query.value(3).toString());
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
