#include "jobstoresql.h"

namespace ccbulk::jobstoresql {

JobRecord readJob(const QSqlQuery &query)
{
    JobRecord job;
    job.id = query.value(0).toString();
    job.fileName = query.value(1).toString();
    // A name this version does not know (written by a newer one) reads as the
    // default rather than dropping the job from the list.
    job.type = jobTypeFromName(query.value(2).toString()).value_or(JobType::Import);
    job.objectType = query.value(3).toString();
    job.status = jobStatusFromName(query.value(4).toString()).value_or(JobStatus::Failed);
    job.submittedBy = query.value(5).toString();
    job.created = timeFrom(query.value(6));
    job.started = timeFrom(query.value(7));
    job.ended = timeFrom(query.value(8));
    job.counts.total = query.value(9).toInt();
    job.counts.created = query.value(10).toInt();
    job.counts.updated = query.value(11).toInt();
    job.counts.unchanged = query.value(12).toInt();
    job.counts.failed = query.value(13).toInt();
    job.counts.skipped = query.value(14).toInt();
    job.message = query.value(15).toString();
    job.storedFile = query.value(16).toString();
    job.progress = query.value(17).toInt();
    return job;
}

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    m_active = run(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_active) {
        run(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = false;
    if (run(QStringLiteral("COMMIT"))) {
        return true;
    }
    run(QStringLiteral("ROLLBACK"));
    return false;
}

bool Transaction::run(const QString &sql)
{
    bool ok = false;
    QSqlQuery query = prepared(m_db, sql, &ok);
    if (!ok || !query.exec()) {
        m_error = errorText(query);
        return false;
    }
    return true;
}

} // namespace ccbulk::jobstoresql
