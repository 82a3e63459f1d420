#include "localtenant.h"

#include "localcheckpointer.h"
#include "localobjecttable.h"
#include "localschema.h"
#include "localtransaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

namespace ccbulk {

namespace {

const QString kDriver = QStringLiteral("QSQLITE");

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ccbulk-local-tenant-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Writes a change's content, when it has any, for the object id names.
bool putContent(LocalObjectTable *table, const QString &id, const Tenant::Change &change,
                QString *error)
{
    return change.content.isEmpty() || table->putContent(id, change.content, error);
}

bool configure(const QSqlDatabase &db, bool *wal, QString *error)
{
    QSqlQuery query(db);
    // page_size applies to a new file only: objects are stored as JSON of a
    // kilobyte or two, and an import writes megabytes of them, which 16 KiB
    // pages write with a quarter of the system calls that 4 KiB ones take.
    // journal_mode answers with the mode now in force; a file system without
    // shared memory keeps the rollback journal, which is slower but correct.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA page_size = 16384"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (!query.exec(pragma)) {
            *error = query.lastError().text();
            return false;
        }
        if (pragma.contains(u"journal_mode")) {
            *wal =
                query.next() && query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0;
        }
        query.finish();
    }
    return true;
}

} // namespace

LocalTenant::LocalTenant(const QString &path) : m_path(path), m_connectionName(newConnectionName())
{}

LocalTenant::~LocalTenant()
{
    // Its connection closes first: the last one to close copies what is
    // left of the log into the database file and removes the log.
    m_checkpointer.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString LocalTenant::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("tenant.sqlite"));
}

int LocalTenant::latestSchemaVersion()
{
    return LocalSchema::latestVersion();
}

bool LocalTenant::open(QString *error)
{
    if (m_open) {
        return true;
    }
    const QString shownPath = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1 for the tenant database.")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        *error = tr("Qt's SQLite driver (QSQLITE) is not installed, so the local tenant cannot "
                    "be opened.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(kDriver, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qint64(m_busyTimeout.count())));
    if (!db.open()) {
        *error = tr("Cannot open the tenant database %1: %2").arg(shownPath, db.lastError().text());
        return false;
    }
    QString detail;
    bool wal = false;
    if (!configure(db, &wal, &detail)) {
        db.close();
        *error = tr("Cannot open the tenant database %1: %2").arg(shownPath, detail);
        return false;
    }
    if (!LocalSchema::migrate(db, m_clock(), &detail)) {
        db.close();
        *error = tr("Cannot open the tenant database %1: %2").arg(shownPath, detail);
        return false;
    }
    // The checkpointer starts with the first write: a tenant opened only to
    // be read needs no second connection and thread.
    m_checkpointerDue = wal;
    m_open = true;
    m_thread = QThread::currentThread();
    return true;
}

void LocalTenant::startCheckpointer()
{
    m_checkpointerDue = false;
    auto checkpointer = std::make_unique<LocalCheckpointer>(
        m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qint64(m_busyTimeout.count())));
    QString ignored; // without it, this connection checkpoints, as SQLite does by default
    if (!checkpointer->start(&ignored)) {
        return;
    }
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"))) {
        m_checkpointer = std::move(checkpointer);
    }
}

void LocalTenant::committed()
{
    if (m_checkpointerDue) {
        startCheckpointer();
    }
    if (!m_checkpointer) {
        return;
    }
    if (m_checkpointer->failing()) {
        // Its connection cannot checkpoint: this one does again, as SQLite
        // does by default, rather than let the log grow until close.
        QSqlQuery query(database());
        if (query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"))) {
            m_checkpointer.reset();
            return;
        }
    }
    m_checkpointer->committed();
}

int LocalTenant::backgroundCheckpoints() const
{
    if (!m_checkpointer) {
        return -1;
    }
    m_checkpointer->waitUntilIdle();
    return m_checkpointer->checkpoints();
}

QSqlDatabase LocalTenant::database() const
{
    Q_ASSERT_X(m_thread == QThread::currentThread(), "LocalTenant",
               "used from a thread other than the one that opened it");
    return QSqlDatabase::database(m_connectionName, false);
}

bool LocalTenant::checkOpen(QString *error) const
{
    if (!m_open) {
        *error = tr("The tenant database %1 is not open.").arg(QDir::toNativeSeparators(m_path));
    }
    return m_open;
}

void LocalTenant::prepare(Change *change) const
{
    change->prepared = LocalObjectTable::encode(change->object);
}

Tenant::Capabilities LocalTenant::capabilities() const
{
    Capabilities capabilities;
    capabilities.audioContent = true;
    capabilities.peopleDirectory = true;
    return capabilities;
}

std::optional<QList<TenantObject>> LocalTenant::objects(const QString &typeId, QString *error)
{
    if (!checkOpen(error)) {
        return std::nullopt;
    }
    QString detail;
    std::optional<QList<TenantObject>> objects = LocalObjectTable(database()).all(typeId, &detail);
    if (!objects) {
        *error = tr("The tenant database could not be read: %1").arg(detail);
    }
    return objects;
}

bool LocalTenant::knowsType(const QString &typeId)
{
    QString error;
    bool found = false;
    return checkOpen(&error) && LocalObjectTable(database()).hasType(typeId, &found, &error) &&
           found;
}

bool LocalTenant::apply(const QString &typeId, const QList<Change> &changes,
                        QList<ChangeResult> *results, QString *error)
{
    results->clear();
    if (!checkOpen(error)) {
        return false;
    }
    const QSqlDatabase db = database();
    LocalTransaction transaction(db);
    QString detail;
    auto fail = [&] {
        *error = tr("The tenant database could not be written, so nothing of this batch was "
                    "saved: %1")
                     .arg(detail);
        return false;
    };
    if (!transaction.begin(&detail)) {
        return fail();
    }
    QList<ChangeResult> done;
    done.reserve(changes.size());
    {
        // Its statements end before the transaction does.
        LocalObjectTable table(db);
        const QDateTime now = m_clock();
        for (const Change &change : changes) {
            ChangeResult result;
            if (!applyOne(&table, typeId, change, now, &result, &detail)) {
                return fail();
            }
            done << result;
        }
    }
    if (!transaction.commit(&detail)) {
        return fail();
    }
    committed();
    *results = std::move(done);
    return true;
}

// False only when the database fails; a change refused on its own is a
// result with ok = false.
bool LocalTenant::applyOne(LocalObjectTable *table, const QString &typeId, const Change &change,
                           const QDateTime &now, ChangeResult *result, QString *error)
{
    TenantObject object = change.object;
    if (!object.typeId.isEmpty() && object.typeId != typeId) {
        result->error = tr("The object is of type “%1”, not “%2”.").arg(object.typeId, typeId);
        return true;
    }
    object.typeId = typeId;
    const QString key = LocalObjectTable::keyOf(typeId, object);
    if (key.isEmpty()) {
        result->error = tr("The object has no key.");
        return true;
    }
    object.key = key;
    QString existingId;
    QString existingKey;
    auto alreadyExists = [&] {
        return existingKey == key ? tr("“%1” already exists.").arg(key)
                                  : tr("“%1” already exists, spelt “%2”.").arg(key, existingKey);
    };

    if (change.kind == Change::Kind::Create) {
        // The insert itself says whether the key is taken; only then is the
        // stored spelling looked up, for the message.
        bool taken = false;
        if (!table->insert(&object, change.prepared, now, &taken, error)) {
            return false;
        }
        if (taken) {
            if (!table->findByKey(typeId, key, &existingId, &existingKey, error)) {
                return false;
            }
            result->error = alreadyExists();
            return true;
        }
        if (!putContent(table, object.id, change, error)) {
            return false;
        }
        result->ok = true;
        result->id = object.id;
        return true;
    }

    if (!table->findByKey(typeId, key, &existingId, &existingKey, error)) {
        return false;
    }
    bool found = false;
    if (!object.id.isEmpty() && !table->exists(typeId, object.id, &found, error)) {
        return false;
    }
    if (!found) {
        result->error = object.id.isEmpty()
                            ? tr("The update does not name a stored object.")
                            : tr("The tenant holds no object of this type with the id %1; it may "
                                 "have been removed.")
                                  .arg(object.id);
        return true;
    }
    if (!existingId.isEmpty() && existingId != object.id) {
        result->error = alreadyExists();
        return true;
    }
    if (!table->update(object, change.prepared, now, error) ||
        !putContent(table, object.id, change, error)) {
        return false;
    }
    result->ok = true;
    result->id = object.id;
    return true;
}

std::optional<QByteArray> LocalTenant::audioContent(const QString &objectId, QString *error)
{
    if (!checkOpen(error)) {
        return std::nullopt;
    }
    QByteArray content;
    bool found = false;
    QString detail;
    if (!LocalObjectTable(database()).content(objectId, &content, &found, &detail)) {
        *error = tr("The tenant database could not be read: %1").arg(detail);
        return std::nullopt;
    }
    if (!found) {
        *error = tr("The tenant holds no audio content for the object %1.").arg(objectId);
        return std::nullopt;
    }
    return content;
}

} // namespace ccbulk
