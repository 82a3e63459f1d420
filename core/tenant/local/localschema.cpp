#include "localschema.h"

#include "localobjecttable.h"
#include "localtransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <span>

namespace ccbulk {

namespace {

bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// Version 1: the tables, and the objects that a tenant has from its start
// (csv-definitions.md 3.9 for the work types; multimedia profiles and desktop
// layouts are external types, 2.9, that a real tenant always holds one of).
bool createTables(const QSqlDatabase &db, const QDateTime &now, QString *error)
{
    // UNIQUE(type, key) also serves lookups by type alone (version 3 drops
    // objects_type for that reason).
    const QStringList ddl{
        QStringLiteral("CREATE TABLE objects ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " type TEXT NOT NULL,"
                       " key TEXT NOT NULL,"
                       " display_key TEXT NOT NULL,"
                       " fields TEXT NOT NULL DEFAULT '{}',"
                       " children TEXT NOT NULL DEFAULT '[]',"
                       " created TEXT NOT NULL,"
                       " updated TEXT NOT NULL,"
                       " UNIQUE (type, key))"),
        QStringLiteral("CREATE INDEX objects_type ON objects (type)"),
        QStringLiteral("CREATE TABLE people ("
                       " email TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,"
                       " first_name TEXT NOT NULL DEFAULT '',"
                       " last_name TEXT NOT NULL DEFAULT '')"),
    };
    if (!execAll(db, ddl, error)) {
        return false;
    }

    struct Default
    {
        QString typeId;
        QString name;
        QString workType; // the Type column of a work type
    };
    const QList<Default> defaults{
        {QStringLiteral("work-type"), QStringLiteral("Default Idle Work Type"),
         QStringLiteral("IDLE_CODE")},
        {QStringLiteral("work-type"), QStringLiteral("Default Wrapup Work Type"),
         QStringLiteral("WRAP_UP_CODE")},
        {QStringLiteral("multimedia-profile"), QStringLiteral("Default Multimedia Profile"), {}},
        {QStringLiteral("desktop-layout"), QStringLiteral("Global Layout"), {}},
    };
    LocalObjectTable objects(db);
    for (const Default &entry : defaults) {
        TenantObject object;
        object.typeId = entry.typeId;
        object.key = entry.name;
        object.fields = LocalObjectTable::blankFields(entry.typeId);
        object.fields.insert(QStringLiteral("Name"), entry.name);
        if (!entry.workType.isEmpty()) {
            object.fields.insert(QStringLiteral("Type"), entry.workType);
        }
        bool taken = false; // never, in a table just made
        if (!objects.insert(&object, {}, now, &taken, error)) {
            return false;
        }
    }
    return true;
}

// Version 2: the bytes of audio files, one row per audio-file object, gone
// with the object.
bool addAudioContent(const QSqlDatabase &db, const QDateTime &now, QString *error)
{
    Q_UNUSED(now);
    return execAll(db,
                   {QStringLiteral("CREATE TABLE audio_content ("
                                   " object_id TEXT PRIMARY KEY NOT NULL"
                                   " REFERENCES objects (id) ON DELETE CASCADE,"
                                   " content BLOB NOT NULL)")},
                   error);
}

// Version 3: without the index on objects (type), which UNIQUE (type, key)
// serves as well; every object written kept it up to date for nothing.
bool dropTypeIndex(const QSqlDatabase &db, const QDateTime &, QString *error)
{
    return execAll(db, {QStringLiteral("DROP INDEX IF EXISTS objects_type")}, error);
}

struct Migration
{
    int version;
    bool (*apply)(const QSqlDatabase &db, const QDateTime &now, QString *error);
};

// In order; version n is the schema after the n-th entry.
constexpr Migration kMigrations[] = {
    {1, &createTables},
    {2, &addAudioContent},
    {3, &dropTypeIndex},
};

bool applyMigration(const QSqlDatabase &db, const Migration &migration, const QDateTime &now,
                    QString *error)
{
    LocalTransaction transaction(db);
    if (!transaction.begin(error) || !migration.apply(db, now, error)) {
        return false;
    }
    // PRAGMA takes no bound values; the version is this build's own constant.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
        *error = query.lastError().text();
        return false;
    }
    return transaction.commit(error);
}

} // namespace

int LocalSchema::latestVersion()
{
    return std::span(kMigrations).back().version;
}

std::optional<int> LocalSchema::version(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool LocalSchema::migrate(const QSqlDatabase &db, const QDateTime &now, QString *error)
{
    QString detail;
    const std::optional<int> current = version(db, &detail);
    if (!current) {
        *error = tr("The tenant database cannot be read: %1").arg(detail);
        return false;
    }
    if (*current > latestVersion()) {
        *error = tr("The tenant database was written by a newer version of ccbulk (schema "
                    "version %1; this version knows versions up to %2). Update ccbulk to open "
                    "it.")
                     .arg(*current)
                     .arg(latestVersion());
        return false;
    }
    for (const Migration &migration : kMigrations) {
        if (migration.version <= *current) {
            continue;
        }
        if (!applyMigration(db, migration, now, &detail)) {
            *error = tr("The tenant database could not be upgraded to schema version %1: %2")
                         .arg(migration.version)
                         .arg(detail);
            return false;
        }
    }
    return true;
}

} // namespace ccbulk
