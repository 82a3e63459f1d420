#include "clijson.h"

#include <QJsonArray>

namespace ccbulk::cli {

namespace {

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject jobJson(const JobRecord &job)
{
    const JobCounts &counts = job.counts;
    return QJsonObject{
        {QStringLiteral("id"), job.id},
        {QStringLiteral("fileName"), job.fileName},
        {QStringLiteral("jobType"), jobTypeName(job.type)},
        {QStringLiteral("objectType"), job.objectType},
        {QStringLiteral("status"), jobStatusName(job.status)},
        {QStringLiteral("submittedBy"), job.submittedBy},
        {QStringLiteral("startTime"), time(job.started)},
        {QStringLiteral("endTime"), time(job.ended)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("total"), counts.total},
                                               {QStringLiteral("created"), counts.created},
                                               {QStringLiteral("updated"), counts.updated},
                                               {QStringLiteral("unchanged"), counts.unchanged},
                                               {QStringLiteral("failed"), counts.failed},
                                               {QStringLiteral("skipped"), counts.skipped}}},
        {QStringLiteral("message"),
         job.status == JobStatus::Failed ? nullable(job.message) : QJsonValue()},
        {QStringLiteral("exportFile"),
         job.type == JobType::Export ? nullable(job.storedFile) : QJsonValue()},
    };
}

QJsonObject jobJsonWithRows(const JobRecord &job, const QList<RowResult> &rows)
{
    QJsonObject object = jobJson(job);
    QJsonArray list;
    for (const RowResult &row : rows) {
        list.append(QJsonObject{{QStringLiteral("row"), row.row},
                                {QStringLiteral("key"), row.key},
                                {QStringLiteral("result"), outcomeName(row.outcome)},
                                {QStringLiteral("message"), nullable(row.message)}});
    }
    object.insert(QStringLiteral("rows"), list);
    return object;
}

} // namespace ccbulk::cli
