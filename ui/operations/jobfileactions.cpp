#include "jobfileactions.h"

#include "common/prompts.h"
#include "jobs/errorcsv.h"
#include "jobs/jobstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace ccbulk::ui {

namespace {

QString documentsPath(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(fileName);
}

} // namespace

bool JobFileActions::canDownload(const JobRecord &job)
{
    return job.type == JobType::Export && job.status == JobStatus::Completed &&
           !job.storedFile.isEmpty();
}

bool JobFileActions::canExportErrors(const JobRecord &job)
{
    return job.type == JobType::Import && job.status == JobStatus::CompletedWithErrors &&
           !job.storedFile.isEmpty() &&
           !job.storedFile.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

bool JobFileActions::saveExportFile(const JobRecord &job, const QString &target, QString *error)
{
    QFile source(job.storedFile);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the export file %1: %2")
                     .arg(QDir::toNativeSeparators(job.storedFile), source.errorString());
        return false;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
        return false;
    }
    constexpr qint64 kChunk = 1 << 20;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
            return false;
        }
    }
    if (!out.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
        return false;
    }
    return true;
}

bool JobFileActions::saveErrorCsv(const JobStore &store, const JobRecord &job,
                                  const QString &target, QString *error)
{
    return ErrorCsv::writeFile(job.storedFile, ErrorCsv::failedRowMessages(store.rows(job.id)),
                               target, error);
}

bool JobFileActions::downloadExportFile(QWidget *parent, const JobRecord &job)
{
    if (!canDownload(job)) {
        return false;
    }
    const QString suffix = QFileInfo(job.storedFile).suffix();
    const QString filter = suffix.compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0
                               ? tr("ZIP files (*.zip)")
                               : tr("CSV files (*.csv)");
    const QString target = Prompts::saveFileName(parent, tr("Download export file"),
                                                 documentsPath(job.fileName), filter);
    if (target.isEmpty()) {
        return false;
    }
    QString error;
    if (!saveExportFile(job, target, &error)) {
        Prompts::tell(parent, QMessageBox::Warning, tr("Download export file"), error);
        return false;
    }
    return true;
}

bool JobFileActions::exportErrors(QWidget *parent, const JobStore &store, const JobRecord &job)
{
    if (!canExportErrors(job)) {
        return false;
    }
    const QString suggested =
        tr("%1_errors.csv", "file name of an error CSV").arg(QFileInfo(job.fileName).baseName());
    const QString target = Prompts::saveFileName(parent, tr("Export errors to CSV"),
                                                 documentsPath(suggested), tr("CSV files (*.csv)"));
    if (target.isEmpty()) {
        return false;
    }
    QString error;
    if (!saveErrorCsv(store, job, target, &error)) {
        Prompts::tell(parent, QMessageBox::Warning, tr("Export errors to CSV"), error);
        return false;
    }
    return true;
}

} // namespace ccbulk::ui
