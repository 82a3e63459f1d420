// The job store: connection, schema, clock and errors. The writes of a job's
// life are in jobstorewrites.cpp, reads in jobstorequeries.cpp, files and
// purging in jobstorefiles.cpp.

#include "jobstore.h"

#include "jobstoresql.h"

#include <QDir>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <atomic>

namespace ccbulk {

using namespace jobstoresql;

namespace {

// Each step brings the schema from the version before it to its own; a step
// is never changed once released, only followed by another.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: jobs and their row results.
        {QStringLiteral("CREATE TABLE jobs ("
                        "id TEXT PRIMARY KEY NOT NULL, file_name TEXT NOT NULL, "
                        "job_type TEXT NOT NULL, object_type TEXT NOT NULL, "
                        "status TEXT NOT NULL, submitted_by TEXT NOT NULL, "
                        "created_at INTEGER NOT NULL, started_at INTEGER, ended_at INTEGER, "
                        "count_total INTEGER NOT NULL DEFAULT 0, "
                        "count_created INTEGER NOT NULL DEFAULT 0, "
                        "count_updated INTEGER NOT NULL DEFAULT 0, "
                        "count_unchanged INTEGER NOT NULL DEFAULT 0, "
                        "count_failed INTEGER NOT NULL DEFAULT 0, "
                        "count_skipped INTEGER NOT NULL DEFAULT 0, "
                        "message TEXT NOT NULL DEFAULT '', stored_file TEXT NOT NULL DEFAULT '', "
                        "progress INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX jobs_created ON jobs (created_at)"),
         QStringLiteral("CREATE TABLE job_rows ("
                        "job_id TEXT NOT NULL, row INTEGER NOT NULL, key TEXT NOT NULL, "
                        "outcome TEXT NOT NULL, message TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX job_rows_job ON job_rows (job_id)")},
    };
    return steps;
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("ccbulk.jobstore.%1").arg(++counter);
}

} // namespace

JobStore::JobStore(const QString &folder)
    : m_folder(folder), m_connectionName(nextConnectionName()),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_idGenerator([] { return QUuid::createUuid().toString(QUuid::Id128); })
{}

JobStore::~JobStore()
{
    close();
}

QString JobStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool JobStore::isValidId(const QString &id)
{
    if (id.size() != kIdLength) {
        return false;
    }
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

bool JobStore::isPlainFileName(const QString &fileName)
{
    if (fileName.isEmpty() || fileName == u"." || fileName == u"..") {
        return false;
    }
    return std::none_of(fileName.cbegin(), fileName.cend(), [](QChar c) {
        return c == u'/' || c == u'\\' || c == u':' || c.unicode() < 0x20;
    });
}

QString JobStore::databasePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("jobs.sqlite"));
}

bool JobStore::open(QString *error)
{
    close();
    // The connection's handles all live inside this lambda, so that close()
    // after a failure removes a connection nothing uses any more.
    const QString reason = [this]() -> QString {
        if (!QDir().mkpath(m_folder)) {
            return tr("the folder cannot be created.");
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            return tr("Qt's SQLite driver (QSQLITE) is not installed.");
        }
        db.setDatabaseName(databasePath());
        // Another process may be writing (the GUI while the CLI reads): wait
        // for it rather than fail at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            return db.lastError().text();
        }
        bool ok = false;
        QSqlQuery wal = prepared(db, QStringLiteral("PRAGMA journal_mode = WAL"), &ok);
        if (!ok || !wal.exec() || !wal.next()) {
            return errorText(wal);
        }
        if (wal.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            return tr("write-ahead logging is not available here.");
        }
        // In WAL mode, NORMAL keeps the store consistent after a crash or a
        // power cut (the last commits may be lost, never half written) and
        // saves a sync of the disk on every commit: a job commits its rows
        // batch by batch.
        QSqlQuery synchronous = prepared(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &ok);
        if (!ok || !synchronous.exec()) {
            return errorText(synchronous);
        }
        return QString();
    }();
    if (reason.isNull() && migrate() && purgeExpired() >= 0) {
        return true;
    }
    m_lastError =
        tr("The job store %1 could not be opened: %2")
            .arg(QDir::toNativeSeparators(databasePath()), reason.isNull() ? m_lastError : reason);
    if (error) {
        *error = m_lastError;
    }
    close();
    return false;
}

bool JobStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void JobStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool JobStore::migrate()
{
    QSqlDatabase db;
    if (!database(&db)) {
        return false;
    }
    // The version is read inside the transaction: two processes opening a new
    // store at once must not both create the tables.
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failWith(transaction.error());
    }
    bool ok = false;
    QSqlQuery version = prepared(db, QStringLiteral("PRAGMA user_version"), &ok);
    if (!ok || !version.exec() || !version.next()) {
        return failQuery(version);
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current > kSchemaVersion) {
        return failWith(tr("it was written by a newer version of ccbulk (schema %1; this version "
                           "reads up to %2).")
                            .arg(current)
                            .arg(kSchemaVersion));
    }
    if (current == kSchemaVersion) {
        return true;
    }
    for (int step = current; step < kSchemaVersion; ++step) {
        for (const QString &sql : migrations().at(step)) {
            QSqlQuery query = prepared(db, sql, &ok);
            if (!ok || !query.exec()) {
                return failQuery(query);
            }
        }
    }
    // PRAGMA takes no bound values; the number is the store's own constant.
    QSqlQuery setVersion =
        prepared(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), &ok);
    if (!ok || !setVersion.exec()) {
        return failQuery(setVersion);
    }
    return transaction.commit() || failWith(transaction.error());
}

void JobStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime JobStore::now() const
{
    return m_clock().toUTC();
}

void JobStore::setIdGenerator(IdGenerator generator)
{
    m_idGenerator = std::move(generator);
}

bool JobStore::database(QSqlDatabase *db) const
{
    if (QSqlDatabase::contains(m_connectionName)) {
        *db = QSqlDatabase::database(m_connectionName, false);
        if (db->isOpen()) {
            return true;
        }
    }
    return failWith(tr("The job store is not open."));
}

bool JobStore::failWith(const QString &message) const
{
    m_lastError = message;
    return false;
}

bool JobStore::failQuery(const QSqlQuery &query) const
{
    return failWith(tr("The job store failed: %1").arg(errorText(query)));
}

bool JobStore::failNoJob(const QString &id) const
{
    return failWith(tr("No job has the id %1.").arg(id));
}

} // namespace ccbulk
