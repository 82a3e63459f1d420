// The job store's writes over a job's life: create, start, progress, rows,
// finish, and failing the jobs that a dead process left behind.

#include "jobstore.h"
#include "jobstoresql.h"
#include "jobtext.h"

#include <algorithm>
#include <optional>

namespace ccbulk {

using namespace jobstoresql;

namespace {

bool isFinalStatus(JobStatus status)
{
    return status == JobStatus::Completed || status == JobStatus::CompletedWithErrors ||
           status == JobStatus::Failed;
}

} // namespace

QString JobStore::createJob(JobRecord job)
{
    QSqlDatabase db;
    if (!database(&db)) {
        return QString();
    }
    job.id = m_idGenerator();
    job.created = now();
    job.status = JobStatus::New;
    if (!isValidId(job.id)) {
        failWith(tr("The new job's id %1 is not 32 hexadecimal characters.").arg(job.id));
        return QString();
    }
    bool ok = false;
    QSqlQuery query = prepared(
        db,
        QStringLiteral("INSERT INTO jobs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)")
            .arg(jobColumns()),
        &ok);
    const QVariantList values = {job.id,
                                 text(job.fileName),
                                 jobTypeName(job.type),
                                 text(job.objectType),
                                 jobStatusName(job.status),
                                 text(job.submittedBy),
                                 timeValue(job.created),
                                 timeValue(job.started),
                                 timeValue(job.ended),
                                 job.counts.total,
                                 job.counts.created,
                                 job.counts.updated,
                                 job.counts.unchanged,
                                 job.counts.failed,
                                 job.counts.skipped,
                                 text(job.message),
                                 text(job.storedFile),
                                 job.progress};
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!ok || !query.exec()) {
        failQuery(query);
        return QString();
    }
    return job.id;
}

bool JobStore::update(const JobRecord &job)
{
    QSqlDatabase db;
    if (!database(&db)) {
        return false;
    }
    bool ok = false;
    QSqlQuery query = prepared(
        db,
        QStringLiteral("UPDATE jobs SET file_name = ?, job_type = ?, object_type = ?, status = ?, "
                       "submitted_by = ?, created_at = ?, started_at = ?, ended_at = ?, "
                       "count_total = ?, count_created = ?, count_updated = ?, "
                       "count_unchanged = ?, count_failed = ?, count_skipped = ?, message = ?, "
                       "stored_file = ?, progress = ? WHERE id = ?"),
        &ok);
    const QVariantList values = {
        text(job.fileName),        jobTypeName(job.type), text(job.objectType),
        jobStatusName(job.status), text(job.submittedBy), timeValue(job.created),
        timeValue(job.started),    timeValue(job.ended),  job.counts.total,
        job.counts.created,        job.counts.updated,    job.counts.unchanged,
        job.counts.failed,         job.counts.skipped,    text(job.message),
        text(job.storedFile),      job.progress,          job.id};
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!ok || !query.exec()) {
        return failQuery(query);
    }
    return query.numRowsAffected() == 1 || failNoJob(job.id);
}

bool JobStore::markStarted(const QString &id)
{
    QSqlDatabase db;
    if (!database(&db)) {
        return false;
    }
    bool ok = false;
    QSqlQuery query = prepared(db,
                               QStringLiteral("UPDATE jobs SET status = ?, started_at = ?, "
                                              "progress = 0 WHERE id = ? AND status = ?"),
                               &ok);
    query.addBindValue(jobStatusName(JobStatus::InProgress));
    query.addBindValue(timeValue(now()));
    query.addBindValue(id);
    query.addBindValue(jobStatusName(JobStatus::New));
    if (!ok || !query.exec()) {
        return failQuery(query);
    }
    if (query.numRowsAffected() == 1) {
        return true;
    }
    const std::optional<bool> exists = jobExists(db, id);
    if (exists == true) {
        return failWith(tr("Job %1 has already started.").arg(id));
    }
    return exists.has_value() && failNoJob(id);
}

bool JobStore::setProgress(const QString &id, int progress)
{
    QSqlDatabase db;
    if (!database(&db)) {
        return false;
    }
    bool ok = false;
    QSqlQuery query =
        prepared(db, QStringLiteral("UPDATE jobs SET progress = ? WHERE id = ?"), &ok);
    query.addBindValue(std::clamp(progress, 0, 100));
    query.addBindValue(id);
    if (!ok || !query.exec()) {
        return failQuery(query);
    }
    return query.numRowsAffected() == 1 || failNoJob(id);
}

bool JobStore::appendRows(const QString &id, const QList<RowResult> &rows)
{
    QSqlDatabase db;
    if (!database(&db)) {
        return false;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failWith(transaction.error());
    }
    const std::optional<bool> exists = jobExists(db, id);
    if (!exists.has_value()) {
        return false;
    }
    if (!*exists) {
        return failNoJob(id);
    }
    bool ok = false;
    QSqlQuery query = prepared(db,
                               QStringLiteral("INSERT INTO job_rows (job_id, row, key, outcome, "
                                              "message) VALUES (:job, :row, :key, :outcome, "
                                              ":message)"),
                               &ok);
    if (!ok) {
        return failQuery(query);
    }
    // Bound values stay bound from one row to the next: the job is bound
    // once, the outcome and the message when they change. Values are bound
    // by name, which costs Qt a hash lookup, where a position costs it a
    // formatted name too.
    query.bindValue(QStringLiteral(":job"), id);
    std::optional<RowResult::Outcome> boundOutcome;
    std::optional<QString> boundMessage;
    for (const RowResult &row : rows) {
        query.bindValue(QStringLiteral(":row"), row.row);
        query.bindValue(QStringLiteral(":key"), text(row.key));
        if (boundOutcome != row.outcome) {
            query.bindValue(QStringLiteral(":outcome"), outcomeName(row.outcome));
            boundOutcome = row.outcome;
        }
        if (boundMessage != row.message) {
            query.bindValue(QStringLiteral(":message"), text(row.message));
            boundMessage = row.message;
        }
        if (!query.exec()) {
            return failQuery(query);
        }
    }
    return transaction.commit() || failWith(transaction.error());
}

bool JobStore::finish(const QString &id, JobStatus status, const JobCounts &counts,
                      const QString &message)
{
    if (!isFinalStatus(status)) {
        return failWith(tr("A job cannot finish as “%1”.").arg(JobText::statusName(status)));
    }
    QSqlDatabase db;
    if (!database(&db)) {
        return false;
    }
    bool ok = false;
    QSqlQuery query =
        prepared(db,
                 QStringLiteral("UPDATE jobs SET status = ?, count_total = ?, count_created = ?, "
                                "count_updated = ?, count_unchanged = ?, count_failed = ?, "
                                "count_skipped = ?, message = ?, ended_at = ?, progress = 100 "
                                "WHERE id = ?"),
                 &ok);
    const QVariantList values = {
        jobStatusName(status), counts.total,   counts.created, counts.updated,   counts.unchanged,
        counts.failed,         counts.skipped, text(message),  timeValue(now()), id};
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!ok || !query.exec()) {
        return failQuery(query);
    }
    return query.numRowsAffected() == 1 || failNoJob(id);
}

int JobStore::failInterrupted(const QString &message)
{
    QSqlDatabase db;
    if (!database(&db)) {
        return -1;
    }
    bool ok = false;
    QSqlQuery query = prepared(db,
                               QStringLiteral("UPDATE jobs SET status = ?, ended_at = ?, "
                                              "message = ? WHERE status IN (?, ?)"),
                               &ok);
    query.addBindValue(jobStatusName(JobStatus::Failed));
    query.addBindValue(timeValue(now()));
    query.addBindValue(text(message));
    query.addBindValue(jobStatusName(JobStatus::New));
    query.addBindValue(jobStatusName(JobStatus::InProgress));
    if (!ok || !query.exec()) {
        failQuery(query);
        return -1;
    }
    return query.numRowsAffected();
}

} // namespace ccbulk
