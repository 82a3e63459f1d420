#include "history.h"

#include "definitions/definitionregistry.h"
#include "jobs/jobrunner.h"
#include "settings/limits.h"
#include "tenant/peopleimport.h"

#include <QCryptographicHash>
#include <QFile>

namespace ccbulk::screenshots {

namespace {

const QString kAnna = QStringLiteral("anna.berg@nordicretail.example");
const QString kErik = QStringLiteral("erik.lund@nordicretail.example");

// Each reading of the clock moves it on: a job ends a few seconds after it
// starts.
constexpr int kSecondsPerTick = 4;

// The import order of the specification (csv-definitions.md, section 4), as
// examples/import-all.sh runs it; the audio ZIP comes first.
const char *const kImportOrder[] = {
    "work-type",   "auxiliary-code", "skill-definition",    "skill-profile",
    "site",        "team",           "entry-point",         "entry-point-mapping",
    "queue",       "outdial-queue",  "outdial-entry-point", "address-book",
    "outdial-ani", "agent-profile",  "user-profile",        "user"};

// A second team file: one team already there, two new ones, and one on a
// site the tenant does not have, which fails alone. The job ends Completed
// with errors, and its details show every outcome.
const char kTeamsWithErrors[] =
    "Name,Site,Type,Multimedia Profile,Skill Profile,DN,Capacity,Desktop Layout\r\n"
    "Kundtjänst Stockholm,Stockholm,AGENT,Default Multimedia Profile,Kundservice SE,,,"
    "Global Layout\r\n"
    "Reklamationer Stockholm,Stockholm,AGENT,Default Multimedia Profile,Kundservice SE,,,\r\n"
    "Kvällsjour Malmö,Malmo,AGENT,Default Multimedia Profile,Kundservice Nordic,,,\r\n"
    "Kundtjänst Oslo,Oslo,AGENT,Default Multimedia Profile,Kundservice Nordic,,,\r\n";

// Queues exported from another system: no column a queue file has, so the
// file is refused and the job Failed.
const char kRefusedQueues[] = "Queue,Channel,Max Wait\r\n"
                              "Support SE,telephony,600\r\n"
                              "Support Chat,chat,300\r\n";

QDateTime daysAgo(int days, int hour, int minute)
{
    return QDateTime(QDate::currentDate().addDays(-days), QTime(hour, minute), Qt::LocalTime);
}

} // namespace

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

History::History(const QString &jobFolder, const QString &tenantPath, const QDir &examples,
                 const QDir &documents)
    : m_jobFolder(jobFolder), m_store(jobFolder), m_tenant(tenantPath), m_examples(examples),
      m_documents(documents), m_now(daysAgo(4, 9, 0))
{
    m_store.setClock([this] {
        m_now = m_now.addSecs(kSecondsPerTick);
        return m_now.toUTC();
    });
    m_tenant.setClock([this] { return m_now.toUTC(); });
    m_store.setIdGenerator([this] {
        const QByteArray seed = "ccbulk screenshots " + QByteArray::number(++m_jobs);
        return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex());
    });
}

bool History::fill(QString *error)
{
    return m_store.open(error) && m_tenant.open(error) && importPeople(error) &&
           importExamples(error) && addLaterJobs(error);
}

// The identity service's people come first: the users of the examples name
// them. ccbulk-cli's "people import" does the same.
bool History::importPeople(QString *error)
{
    const PeopleImport::Result read =
        PeopleImport().readFile(m_examples.filePath(QStringLiteral("people.csv")));
    if (read.refused || read.people.isEmpty()) {
        *error =
            QStringLiteral("people.csv could not be read: %1").arg(read.issues.value(0).message);
        return false;
    }
    int added = 0;
    int updated = 0;
    return m_tenant.importPeople(read.people, &added, &updated, error);
}

std::optional<JobRecord> History::run(JobType type, const QString &typeId, const QString &file,
                                      const QString &submitter, QString *error)
{
    JobRunner runner(m_store, m_jobFolder, m_tenant, DefinitionRegistry::instance(), Limits());
    JobRunner::Request request;
    request.type = type;
    request.objectType = typeId;
    request.file = file;
    request.submittedBy = submitter;
    const JobRunner::Result result = runner.run(request);
    if (result.start != JobRunner::Result::Start::Started) {
        *error = QStringLiteral("the %1 job did not start: %2").arg(typeId, result.message);
        return std::nullopt;
    }
    return result.job;
}

// Four days ago, one job every two minutes from 09:12.
bool History::importExamples(QString *error)
{
    QStringList files{m_examples.filePath(QStringLiteral("audio-file.zip"))};
    QStringList types{QStringLiteral("audio-file")};
    for (const char *type : kImportOrder) {
        types << QString::fromLatin1(type);
        files << m_examples.filePath(types.last() + QStringLiteral(".csv"));
    }
    m_now = daysAgo(4, 9, 12);
    for (qsizetype i = 0; i < types.size(); ++i) {
        const auto job = run(JobType::Import, types.at(i), files.at(i), kAnna, error);
        if (!job) {
            return false;
        }
        if (job->status == JobStatus::Failed) {
            *error = QStringLiteral("importing %1 failed: %2").arg(files.at(i), job->message);
            return false;
        }
        m_now = m_now.addSecs(120);
    }
    return true;
}

bool History::addLaterJobs(QString *error)
{
    m_now = daysAgo(2, 14, 37);
    const auto exported = run(JobType::Export, QStringLiteral("queue"),
                              m_documents.filePath(QStringLiteral("queues.csv")), kErik, error);
    if (!exported || exported->status != JobStatus::Completed) {
        *error = exported ? QStringLiteral("the queue export did not complete") : *error;
        return false;
    }

    const QString teams = m_documents.filePath(QStringLiteral("teams-autumn.csv"));
    if (!writeFile(teams, kTeamsWithErrors, error)) {
        return false;
    }
    m_now = daysAgo(1, 10, 5);
    const auto teamJob = run(JobType::Import, QStringLiteral("team"), teams, kAnna, error);
    if (!teamJob || teamJob->status != JobStatus::CompletedWithErrors) {
        *error = teamJob ? QStringLiteral("the team import did not complete with errors") : *error;
        return false;
    }
    m_jobWithErrors = teamJob->id;

    const QString queues = m_documents.filePath(QStringLiteral("queues-old-system.csv"));
    if (!writeFile(queues, kRefusedQueues, error)) {
        return false;
    }
    m_now = daysAgo(1, 11, 48);
    const auto refused = run(JobType::Import, QStringLiteral("queue"), queues, kErik, error);
    if (!refused || refused->status != JobStatus::Failed) {
        *error = refused ? QStringLiteral("the refused queue file did not fail") : *error;
        return false;
    }
    return true;
}

} // namespace ccbulk::screenshots
