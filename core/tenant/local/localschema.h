#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ccbulk {

// The local tenant's schema: its version (SQLite's user_version) and the
// migrations that lead to it. Each migration runs in a transaction of its
// own, which also sets the version, so a failed one leaves the database at
// the version before it. The first migration creates the tables and the
// objects that every real tenant starts with.
//
// A migration, once released, never changes: a later change to the schema is
// a new migration at the end of the list.
class LocalSchema
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::LocalSchema)

public:
    // The version this build writes.
    static int latestVersion();

    // The database's version (0 for a new, empty file).
    static std::optional<int> version(const QSqlDatabase &db, QString *error);

    // Brings the database to latestVersion(). Refuses a database of a newer
    // version, which this build cannot know how to read. now stamps the
    // objects that a migration creates.
    static bool migrate(const QSqlDatabase &db, const QDateTime &now, QString *error);
};

} // namespace ccbulk
