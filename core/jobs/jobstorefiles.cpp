// The job store's files (a job's submitted file or export file) and the
// purge of expired jobs with their files.

#include "jobstore.h"
#include "jobstoresql.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace ccbulk {

using namespace jobstoresql;

QString JobStore::filesFolder(const QString &id) const
{
    if (!isValidId(id)) {
        return QString();
    }
    return QDir(m_folder).filePath(QStringLiteral("files/") + id);
}

QString JobStore::filePathFor(const QString &id, const QString &fileName)
{
    const QString folder = filesFolder(id);
    if (folder.isEmpty()) {
        failWith(tr("%1 is not a job id.").arg(id));
        return QString();
    }
    if (!isPlainFileName(fileName)) {
        failWith(tr("“%1” cannot be a file name in the job's folder.").arg(fileName));
        return QString();
    }
    if (!QDir().mkpath(folder)) {
        failWith(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        return QString();
    }
    return QDir(folder).filePath(fileName);
}

QString JobStore::storeFile(const QString &id, const QString &sourcePath, const QString &fileName)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        failWith(tr("%1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(sourcePath), source.errorString()));
        return QString();
    }
    return storeFile(id, &source, fileName);
}

QString JobStore::storeFile(const QString &id, QIODevice *source, const QString &fileName)
{
    QSqlDatabase db;
    if (!database(&db)) {
        return QString();
    }
    const std::optional<bool> exists = jobExists(db, id);
    if (!exists.has_value()) {
        return QString();
    }
    if (!*exists) {
        failNoJob(id);
        return QString();
    }
    const QString path = filePathFor(id, fileName);
    if (path.isEmpty()) {
        return QString();
    }
    // Written under a temporary name and renamed at the end: a copy cut short
    // never passes for the submitted file.
    QSaveFile copy(path);
    if (!copy.open(QIODevice::WriteOnly)) {
        failWith(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), copy.errorString()));
        return QString();
    }
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 count = source->read(buffer.data(), buffer.size());
        if (count < 0) {
            failWith(tr("The file to store cannot be read: %1").arg(source->errorString()));
            return QString();
        }
        if (count == 0 && (source->atEnd() || !source->waitForReadyRead(30000))) {
            break;
        }
        if (copy.write(buffer.constData(), count) != count) {
            failWith(tr("%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), copy.errorString()));
            return QString();
        }
    }
    if (!copy.commit()) {
        failWith(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), copy.errorString()));
        return QString();
    }
    bool ok = false;
    QSqlQuery query =
        prepared(db, QStringLiteral("UPDATE jobs SET stored_file = ? WHERE id = ?"), &ok);
    query.addBindValue(path);
    query.addBindValue(id);
    if (!ok || !query.exec()) {
        failQuery(query);
        return QString();
    }
    return path;
}

int JobStore::purge(const QDateTime &now)
{
    QSqlDatabase db;
    if (!database(&db)) {
        return -1;
    }
    const std::optional<int> deleted = deleteJobsCreatedBefore(db, now.toUTC().addYears(-1));
    // The folders go after the rows, outside the transaction: a folder left
    // behind by a failure here is an orphan that the next purge removes.
    if (!deleted || !removeOrphanFolders(db)) {
        return -1;
    }
    return *deleted;
}

std::optional<int> JobStore::deleteJobsCreatedBefore(const QSqlDatabase &db,
                                                     const QDateTime &cutoff)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        failWith(transaction.error());
        return std::nullopt;
    }
    bool ok = false;
    QSqlQuery rows = prepared(db,
                              QStringLiteral("DELETE FROM job_rows WHERE job_id IN "
                                             "(SELECT id FROM jobs WHERE created_at < ?)"),
                              &ok);
    rows.addBindValue(timeValue(cutoff));
    if (!ok || !rows.exec()) {
        failQuery(rows);
        return std::nullopt;
    }
    QSqlQuery jobs = prepared(db, QStringLiteral("DELETE FROM jobs WHERE created_at < ?"), &ok);
    jobs.addBindValue(timeValue(cutoff));
    if (!ok || !jobs.exec()) {
        failQuery(jobs);
        return std::nullopt;
    }
    const int deleted = jobs.numRowsAffected();
    if (!transaction.commit()) {
        failWith(transaction.error());
        return std::nullopt;
    }
    return deleted;
}

// Removes every job folder whose job is gone. A job's row is written before
// its folder is made, so a folder without a row is never one in the making.
bool JobStore::removeOrphanFolders(const QSqlDatabase &db)
{
    const QDir files(QDir(m_folder).filePath(QStringLiteral("files")));
    if (!files.exists()) {
        return true;
    }
    const QStringList folders = files.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        if (!isValidId(name)) {
            continue;
        }
        const std::optional<bool> exists = jobExists(db, name);
        if (!exists.has_value()) {
            return false;
        }
        if (!*exists && !QDir(files.filePath(name)).removeRecursively()) {
            return failWith(tr("The folder %1 cannot be removed.")
                                .arg(QDir::toNativeSeparators(files.filePath(name))));
        }
    }
    return true;
}

} // namespace ccbulk
