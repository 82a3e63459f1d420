#pragma once

#include "jobrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace ccbulk {

// Jobs and their per-row results, kept in an SQLite database (WAL, so that a
// second process can read while one writes) in a folder, beside a files/
// folder that holds each job's submitted file or export file:
//
//   <folder>/jobs.sqlite
//   <folder>/files/<job id>/<file name>
//
// Each instance has its own connection; use it from the thread that opened it.
// Several processes (the GUI and the CLI) may open the same folder at once;
// ActiveJobLock decides which of them may run a job.
//
// Functions that can fail return false, an empty string or -1 and leave the
// reason, in the user's language, in lastError().
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::JobStore)

public:
    using Clock = std::function<QDateTime()>;
    using IdGenerator = std::function<QString()>;

    // A job id typed by a person: the whole id or a unique prefix.
    struct ResolveResult
    {
        enum class Outcome
        {
            Found,
            NotFound, // no job, or a prefix shorter than kMinPrefixLength
            Ambiguous
        };
        Outcome outcome = Outcome::NotFound;
        QString id;             // Found: the whole id
        QStringList candidates; // Ambiguous: every matching id, newest first
        QString message;        // NotFound, Ambiguous: why, in the user's language
    };

    static constexpr int kSchemaVersion = 1;
    static constexpr int kIdLength = 32;
    static constexpr int kMinPrefixLength = 8;

    explicit JobStore(const QString &folder);
    ~JobStore();
    Q_DISABLE_COPY_MOVE(JobStore)

    // The user's application data folder (QStandardPaths::AppDataLocation).
    static QString defaultFolder();
    // 32 lower-case hexadecimal characters.
    static bool isValidId(const QString &id);
    // A name without a folder part, usable inside a job's files folder.
    static bool isPlainFileName(const QString &fileName);

    // Creates the folder and database as needed, brings an older schema up to
    // date and purges expired jobs (purgeExpired()).
    bool open(QString *error = nullptr);
    bool isOpen() const;
    void close();
    QString folder() const { return m_folder; }
    QString databasePath() const;
    QString lastError() const { return m_lastError; }

    // The time source for created, started and ended times and for purging;
    // tests fix it. Default: the current UTC time.
    void setClock(Clock clock);
    QDateTime now() const;
    // Where new ids come from; tests fix it to make ids that share a prefix.
    // Default: a random UUID as 32 lower-case hexadecimal characters.
    void setIdGenerator(IdGenerator generator);

    // Stores a new job with a fresh id, created = now and status New; returns
    // the id, or an empty string.
    QString createJob(JobRecord job);
    // Writes every field of job (found by its id), storedFile included.
    bool update(const JobRecord &job);
    // New -> In progress, started = now. False for a job that is not New.
    bool markStarted(const QString &id);
    bool setProgress(const QString &id, int progress);
    // Appends results after the job's earlier ones, in one transaction.
    bool appendRows(const QString &id, const QList<RowResult> &rows);
    // Sets the final status (Completed, CompletedWithErrors or Failed), the
    // counts, the message, ended = now and progress 100.
    bool finish(const QString &id, JobStatus status, const JobCounts &counts,
                const QString &message = QString());

    std::optional<JobRecord> job(const QString &id) const;
    // In the order they were appended.
    QList<RowResult> rows(const QString &id) const;
    // Newest first. A non-empty search keeps the jobs of which some field
    // contains it, ignoring letter case: id, file name, job type (stable and
    // translated name), object type (id and display names), status (stable
    // and translated name), submitter.
    QList<JobRecord> jobs(const QString &search = QString()) const;
    // The jobs created at or after from, newest first: what a dashboard that
    // already holds the older ones needs to add.
    QList<JobRecord> jobsCreatedFrom(const QDateTime &from) const;
    ResolveResult resolveId(const QString &prefix) const;
    // A number that changes whenever another connection (another JobStore,
    // in this process or another) has committed a change since the last
    // call; the dashboard polls it to notice jobs it did not run. -1 on error.
    qint64 dataVersion() const;

    // Copies the submitted file into the job's files folder as fileName and
    // records it as the job's storedFile. Returns the copy's path, or an
    // empty string.
    QString storeFile(const QString &id, const QString &sourcePath, const QString &fileName);
    QString storeFile(const QString &id, QIODevice *source, const QString &fileName);
    // <folder>/files/<id>/<fileName>, the place for an export file; creates
    // the job's folder. Empty for an invalid id or file name.
    QString filePathFor(const QString &id, const QString &fileName);
    QString filesFolder(const QString &id) const;

    // Deletes the jobs created more than one year before now, with their rows
    // and files; returns how many, or -1.
    int purge(const QDateTime &now);
    int purgeExpired() { return purge(this->now()); }

    // Marks every job left New or In progress as Failed, ended = now, with
    // message. Only for whoever holds the ActiveJobLock (no live process runs
    // a job then). Returns how many, or -1.
    int failInterrupted(const QString &message);

private:
    // The open connection, or false with lastError() set.
    bool database(QSqlDatabase *db) const;
    bool migrate();
    std::optional<bool> jobExists(const QSqlDatabase &db, const QString &id) const;
    std::optional<int> deleteJobsCreatedBefore(const QSqlDatabase &db, const QDateTime &cutoff);
    bool removeOrphanFolders(const QSqlDatabase &db);
    bool failWith(const QString &message) const;
    bool failQuery(const QSqlQuery &query) const;
    bool failNoJob(const QString &id) const;

    QString m_folder;
    QString m_connectionName;
    Clock m_clock;
    IdGenerator m_idGenerator;
    mutable QString m_lastError;
};

} // namespace ccbulk
