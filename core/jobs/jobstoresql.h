#pragma once

// Internal to the job store's source files: small helpers over Qt SQL that
// keep every statement prepared and every write inside a transaction.

#include "jobrecord.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace ccbulk::jobstoresql {

// The columns of jobs, in the order readJob() expects them.
inline QString jobColumns()
{
    return QStringLiteral(
        "id, file_name, job_type, object_type, status, submitted_by, created_at, started_at, "
        "ended_at, count_total, count_created, count_updated, count_unchanged, count_failed, "
        "count_skipped, message, stored_file, progress");
}

// Times are stored as UTC milliseconds since the epoch: exact and sortable.
inline QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QString errorText(const QSqlQuery &query)
{
    return query.lastError().text();
}

// A query prepared on db. The statement text is always a constant of the
// store's own: values go through bindValue().
inline QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.prepare(sql);
    return query;
}

JobRecord readJob(const QSqlQuery &query);

// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed. IMMEDIATE takes
// the write lock at the start, so a transaction that reads before it writes
// waits for another process's writer (busy timeout) instead of failing.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit();
    QString error() const { return m_error; }

private:
    bool run(const QString &sql);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace ccbulk::jobstoresql
