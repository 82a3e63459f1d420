#pragma once

#include "../definitions/definitionregistry.h"
#include "../settings/limits.h"
#include "../tenant/tenant.h"
#include "../validation/issue.h"
#include "jobrecord.h"

#include <QCoreApplication>
#include <QIODevice>

#include <atomic>
#include <functional>

namespace ccbulk {

class PlanningHandOver;
struct PlannedObject;
struct PlannedBatch;

// What an import did, or (dry run) would do.
struct ImportOutcome
{
    JobStatus status = JobStatus::Failed;
    QString message;         // why the job as a whole failed (refused, unreadable, cancelled)
    ValidationReport report; // the file's issues, with those found against the tenant
    QList<RowResult> rows;   // one per data row, in file order
    JobCounts counts;        // by row
    // By object; for a job that ends early, of the objects planned by then.
    int objectsToCreate = 0;
    int objectsToUpdate = 0;
    int objectsUnchanged = 0;
};

// Imports one CSV file into a tenant: checks it (limits, headers, every row),
// plans every object against the tenant, and writes the objects in batches,
// each batch one transaction, so that a crash leaves every object either
// written whole or untouched. A failed row never stops the others.
//
// Checking and planning run on a thread of the engine's own, a batch or two
// ahead of the calling thread, which writes; the tenant is only ever used on
// the calling thread (see PlanningHandOver). The callbacks are called there.
class ImportEngine
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::ImportEngine)

public:
    ImportEngine(const TypeDefinition &type, const DefinitionRegistry &registry, Tenant &tenant,
                 const Limits &limits);

    // Called after each batch: the rows it finished, and objects done of all.
    using BatchDone = std::function<void(const QList<RowResult> &rows, int done, int total)>;
    void setBatchDone(BatchDone callback) { m_batchDone = std::move(callback); }
    // Checked between batches; when set, the job stops there, Failed.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Objects a batch (one transaction). The first batch is smaller, at most
    // kFirstBatchSize, so that writing starts while the rest is planned.
    void setBatchSize(int objects) { m_batchSize = std::max(1, objects); }
    static constexpr int kFirstBatchSize = 25;
    // Called on the calling thread as the job starts, while the file is
    // checked; when it returns false, the job fails with its *error and
    // nothing is written. (A job runner keeps the submitted file here.)
    using BeforeWriting = std::function<bool(QString *error)>;
    void setBeforeWriting(BeforeWriting step) { m_beforeWriting = std::move(step); }

    // device is read once, on a thread of the engine's own, while run()
    // lasts. With dryRun, nothing is written:
    // the outcome says what would happen.
    ImportOutcome run(QIODevice *device, bool dryRun);

private:
    // On the planning thread: checks the file, plans its objects and hands
    // them over in batches.
    void plan(QIODevice *device, bool dryRun, PlanningHandOver *handOver,
              ValidationReport *report) const;
    // The batch's creates and updates, prepared by the tenant if forTenant.
    void prepareChanges(PlannedBatch *batch, bool forTenant) const;
    // On the calling thread: writes the batches as they come.
    ImportOutcome write(PlanningHandOver *handOver, bool dryRun);
    void summarise(PlannedBatch *batch) const;
    // The types whose stored objects planning may look at.
    QStringList typesRead() const;

    const TypeDefinition &m_type;
    const DefinitionRegistry &m_registry;
    Tenant &m_tenant;
    Limits m_limits;
    BatchDone m_batchDone;
    BeforeWriting m_beforeWriting;
    const std::atomic_bool *m_cancel = nullptr;
    int m_batchSize = 250;
};

} // namespace ccbulk
