// The job store's reads: one job, its rows, the list and its search, ids.

#include "jobsearch.h"
#include "jobstore.h"
#include "jobstoresql.h"

namespace ccbulk {

using namespace jobstoresql;

std::optional<JobRecord> JobStore::job(const QString &id) const
{
    QSqlDatabase db;
    if (!database(&db)) {
        return std::nullopt;
    }
    bool ok = false;
    QSqlQuery query =
        prepared(db, QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(jobColumns()), &ok);
    query.addBindValue(id);
    if (!ok || !query.exec()) {
        failQuery(query);
        return std::nullopt;
    }
    if (!query.next()) {
        failNoJob(id);
        return std::nullopt;
    }
    return readJob(query);
}

QList<RowResult> JobStore::rows(const QString &id) const
{
    QList<RowResult> rows;
    QSqlDatabase db;
    if (!database(&db)) {
        return rows;
    }
    bool ok = false;
    QSqlQuery query = prepared(db,
                               QStringLiteral("SELECT row, key, outcome, message FROM job_rows "
                                              "WHERE job_id = ? ORDER BY rowid"),
                               &ok);
    query.addBindValue(id);
    query.setForwardOnly(true);
    if (!ok || !query.exec()) {
        failQuery(query);
        return rows;
    }
    while (query.next()) {
        RowResult row;
        row.row = query.value(0).toInt();
        row.key = query.value(1).toString();
        row.outcome =
            outcomeFromName(query.value(2).toString()).value_or(RowResult::Outcome::Failed);
        row.message = query.value(3).toString();
        rows << row;
    }
    return rows;
}

QList<JobRecord> JobStore::jobs(const QString &search) const
{
    QList<JobRecord> jobs;
    QSqlDatabase db;
    if (!database(&db)) {
        return jobs;
    }
    bool ok = false;
    // Jobs created in the same millisecond keep the order they were created in.
    QSqlQuery query =
        prepared(db,
                 QStringLiteral("SELECT %1 FROM jobs ORDER BY created_at DESC, rowid DESC")
                     .arg(jobColumns()),
                 &ok);
    query.setForwardOnly(true);
    if (!ok || !query.exec()) {
        failQuery(query);
        return jobs;
    }
    // Filtered here, not in SQL: SQLite's LIKE ignores the case of ASCII
    // letters only, and the translated names are not in the database.
    const QString needle = jobSearchNeedle(search);
    while (query.next()) {
        JobRecord job = readJob(query);
        if (needle.isEmpty() || jobMatches(jobSearchText(job), needle)) {
            jobs << std::move(job);
        }
    }
    return jobs;
}

QList<JobRecord> JobStore::jobsCreatedFrom(const QDateTime &from) const
{
    QList<JobRecord> jobs;
    QSqlDatabase db;
    if (!database(&db)) {
        return jobs;
    }
    bool ok = false;
    QSqlQuery query = prepared(db,
                               QStringLiteral("SELECT %1 FROM jobs WHERE created_at >= ? "
                                              "ORDER BY created_at DESC, rowid DESC")
                                   .arg(jobColumns()),
                               &ok);
    query.addBindValue(timeValue(from));
    query.setForwardOnly(true);
    if (!ok || !query.exec()) {
        failQuery(query);
        return jobs;
    }
    while (query.next()) {
        jobs << readJob(query);
    }
    return jobs;
}

qint64 JobStore::dataVersion() const
{
    QSqlDatabase db;
    if (!database(&db)) {
        return -1;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        failQuery(query);
        return -1;
    }
    return query.value(0).toLongLong();
}

JobStore::ResolveResult JobStore::resolveId(const QString &prefix) const
{
    ResolveResult result;
    const QString wanted = prefix.trimmed().toLower();
    if (wanted.size() < kMinPrefixLength) {
        result.message = tr("A job id needs at least %n character(s).", nullptr, kMinPrefixLength);
        return result;
    }
    result.message = tr("No job has an id that starts with “%1”.").arg(wanted);
    if (wanted.size() > kIdLength) {
        return result;
    }
    QSqlDatabase db;
    if (!database(&db)) {
        result.message = m_lastError;
        return result;
    }
    bool ok = false;
    QSqlQuery query = prepared(db,
                               QStringLiteral("SELECT id FROM jobs WHERE substr(id, 1, ?) = ? "
                                              "ORDER BY created_at DESC, rowid DESC"),
                               &ok);
    query.addBindValue(int(wanted.size()));
    query.addBindValue(wanted);
    if (!ok || !query.exec()) {
        failQuery(query);
        result.message = m_lastError;
        return result;
    }
    while (query.next()) {
        result.candidates << query.value(0).toString();
    }
    if (result.candidates.size() == 1) {
        result.outcome = ResolveResult::Outcome::Found;
        result.id = result.candidates.takeFirst();
        result.message.clear();
    } else if (result.candidates.size() > 1) {
        result.outcome = ResolveResult::Outcome::Ambiguous;
        result.message =
            tr("The id “%1” matches %n job(s): %2", nullptr, int(result.candidates.size()))
                .arg(wanted, result.candidates.join(QStringLiteral(", ")));
    }
    return result;
}

std::optional<bool> JobStore::jobExists(const QSqlDatabase &db, const QString &id) const
{
    bool ok = false;
    QSqlQuery query = prepared(db, QStringLiteral("SELECT 1 FROM jobs WHERE id = ?"), &ok);
    query.addBindValue(id);
    if (!ok || !query.exec()) {
        failQuery(query);
        return std::nullopt;
    }
    return query.next();
}

} // namespace ccbulk
