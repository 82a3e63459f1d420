#pragma once

#include "../tenant.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QSqlDatabase;
class QThread;

namespace ccbulk {

class LocalCheckpointer;
class LocalObjectTable;

// The local tenant: a copy of a tenant's objects in one SQLite file on the
// user's machine, where files are prepared and checked offline.
//
// The file is opened in WAL mode (readers never block the writer), with
// synchronous=NORMAL and foreign keys on; its schema is brought up to date on
// open (see LocalSchema), and a new file starts with the objects every real
// tenant has. Every statement is prepared with bound values.
//
// Threads: the database connection belongs to the thread that calls open();
// use and destroy the tenant on that thread only (a job worker opens its
// own). Several tenants, in one process or in several, may share a file:
// each has its own connection, and SQLite's locks order their writes.
class LocalTenant final : public Tenant
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::LocalTenant)

public:
    explicit LocalTenant(const QString &path = defaultPath());
    ~LocalTenant() override;
    Q_DISABLE_COPY_MOVE(LocalTenant)

    // <AppDataLocation>/tenant.sqlite.
    static QString defaultPath();
    // The schema version (SQLite's user_version) that open() brings a file to.
    static int latestSchemaVersion();

    // Opens (creating the file and its folder if need be) and migrates the
    // database. False and *error when it cannot be opened, is not a tenant
    // database, or comes from a newer version of ccbulk.
    bool open(QString *error);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    // The clock that stamps created and updated times (UTC); for tests.
    // Set it before open() for the objects a new file starts with.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // How long to wait for another connection's write lock before a write
    // fails (SQLite's busy timeout). Takes effect at open(); 5 s by default.
    void setBusyTimeout(std::chrono::milliseconds timeout) { m_busyTimeout = timeout; }

    QString description() const override { return m_path; }
    void prepare(Change *change) const override;
    Capabilities capabilities() const override;
    std::optional<QList<TenantObject>> objects(const QString &typeId, QString *error) override;
    bool knowsType(const QString &typeId) override;
    // One transaction for the whole batch. An object's key is object.key, or
    // else its key column's field, trimmed; keys match by the definition's
    // rule (TypeDefinition::normaliseKey), and for a type without one
    // (external types) trimmed and in any letter case. A Create whose key
    // exists, an Update of an id the tenant does not hold for this type or
    // onto another object's key, a change without a key or of another type
    // fail alone (ok = false, no id); *results holds one result per change,
    // in order. When the database fails (locked, disk full), the whole batch
    // is rolled back, *results is emptied and *error says why.
    bool apply(const QString &typeId, const QList<Change> &changes, QList<ChangeResult> *results,
               QString *error) override;
    std::optional<Person> person(const QString &email) override;
    // A change's content (audio files) is written in the same transaction as
    // its object, and replaces the stored one; it goes with the object.
    std::optional<QByteArray> audioContent(const QString &objectId, QString *error) override;

    // Adds or updates people of the identity service, in one transaction. A
    // person the tenant has no user object for also gets one, keyed by the
    // e-mail and not yet enabled for the contact center, because users come
    // from the identity service and an import can only update them; existing
    // user objects are left as they are. *added and *updated count people
    // (a person whose names and spelling are unchanged counts as neither).
    bool importPeople(const QList<Person> &people, int *added, int *updated, QString *error);

    // How many checkpoints the background thread has made, once it has
    // caught up with every commit; -1 when none runs: nothing written yet,
    // or the tenant makes its own (its file system keeps no write-ahead log,
    // or the thread could not start or kept failing).
    int backgroundCheckpoints() const;

private:
    QSqlDatabase database() const;
    bool checkOpen(QString *error) const;
    bool applyOne(LocalObjectTable *table, const QString &typeId, const Change &change,
                  const QDateTime &now, ChangeResult *result, QString *error);
    void startCheckpointer();
    void committed(); // a write transaction was committed

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    const QThread *m_thread = nullptr; // the thread that opened the connection
    std::chrono::milliseconds m_busyTimeout{5000};
    std::function<QDateTime()> m_clock = &QDateTime::currentDateTimeUtc;
    std::unique_ptr<LocalCheckpointer> m_checkpointer;
    bool m_checkpointerDue = false; // a write-ahead log, and no checkpointer tried yet
};

} // namespace ccbulk
