#pragma once

#include "../tenantobject.h"
#include "localjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringView>

#include <optional>

namespace ccbulk {

// The objects table of a local tenant: how a TenantObject becomes a row (fields
// and children as JSON, times as ISO 8601 UTC with milliseconds, a normalised
// lookup key beside the stored spelling) and the statements on it. Each
// statement is prepared once per table object, so a batch pays for it once.
// Internal to the local tenant; every failure here is a failure of the
// database, reported through *error.
class LocalObjectTable
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::LocalObjectTable)

public:
    explicit LocalObjectTable(const QSqlDatabase &db);

    // The id of the object of typeId whose key matches key (see
    // normaliseKey) into *id and its stored spelling into *displayKey; both
    // emptied when there is none.
    bool findByKey(const QString &typeId, QStringView key, QString *id, QString *displayKey,
                   QString *error);
    // Whether an object of typeId has this id.
    bool exists(const QString &typeId, const QString &id, bool *found, QString *error);
    // Writes a new row for object under a new id, created = updated = now;
    // sets object->id, created and updated. *keyTaken says whether an object
    // of its type has its key already; then nothing is written.
    // encoded: what encode() made of the object, or empty to encode it here.
    bool insert(TenantObject *object, const QList<QByteArray> &encoded, const QDateTime &now,
                bool *keyTaken, QString *error);
    // Replaces the key, fields and children of the row object.id names;
    // updated = now. The id and created time stay.
    bool update(const TenantObject &object, const QList<QByteArray> &encoded, const QDateTime &now,
                QString *error);
    // The object's fields and children as they are stored (UTF-8 JSON), on
    // any thread.
    static QList<QByteArray> encode(const TenantObject &object);
    std::optional<QList<TenantObject>> all(const QString &typeId, QString *error);
    // Stores the bytes of the audio file id names, replacing any before.
    bool putContent(const QString &id, const QByteArray &content, QString *error);
    // The stored bytes of id into *content; *found false when there are none.
    bool content(const QString &id, QByteArray *content, bool *found, QString *error);
    bool hasType(const QString &typeId, bool *found, QString *error);

    // The form under which two keys of a type are one key: the definition's
    // rule where typeId has a definition, else trimmed and case-folded.
    static QString normaliseKey(const QString &typeId, QStringView key);
    // Every stored parent column of typeId's definition with an empty value; for a
    // type without a definition (an external type), just {"Name": ""}.
    static FieldMap blankFields(const QString &typeId);
    // The key of an object about to be written: object.key, or else the key
    // column of its fields; trimmed.
    static QString keyOf(const QString &typeId, const TenantObject &object);

    static QString formatTime(const QDateTime &time);

private:
    struct Statement
    {
        QSqlQuery query;
        bool prepared = false;
    };
    // A write's time, as stored and as read back (to the millisecond).
    struct Stamp
    {
        QDateTime time;
        QString text;
        QDateTime stored;
    };
    const Stamp &stampOf(const QDateTime &now);
    // Learns the database's text encoding, once.
    bool checkEncoding(QString *error);
    // The value to bind for text that the statement CASTs to TEXT (after
    // checkEncoding()). In a UTF-8 database, UTF-8 bytes: a BLOB, which the
    // CAST stores as it is; text bound from a QString would be converted out
    // of UTF-16 by SQLite, value by value, at a cost above that of the whole
    // JSON written here. In any other encoding, the text.
    QVariant textValue(const QByteArray &utf8) const;
    QVariant textValue(const QString &text) const;
    bool prepare(Statement *statement, QStringView sql, QString *error);
    bool exec(Statement *statement, QString *error);
    // prepare, bind values in order, exec.
    bool run(Statement *statement, QStringView sql, const QVariantList &values, QString *error);
    QString damaged(const QString &typeId, const QString &id) const;

    QSqlDatabase m_db;
    Statement m_findByKey;
    Statement m_exists;
    Statement m_insert;
    Statement m_update;
    Statement m_all;
    Statement m_hasType;
    Statement m_putContent;
    Statement m_content;
    QString m_insertType; // bound to m_insert now
    QString m_insertTime;
    localjson::FieldsWriter m_fieldsWriter;
    std::optional<Stamp> m_stamp;
    std::optional<bool> m_utf8Database; // see checkEncoding()
};

} // namespace ccbulk
