#include "importengine.h"

#include "../validation/filevalidator.h"
#include "importplanner.h"
#include "planninghandover.h"
#include "referenceresolver.h"
#include "typerules.h"

#include <QThread>

#include <algorithm>
#include <memory>

namespace ccbulk {

namespace {

RowResult::Outcome outcomeOf(PlannedObject::Action action)
{
    switch (action) {
    case PlannedObject::Action::Create:
        return RowResult::Outcome::Created;
    case PlannedObject::Action::Update:
        return RowResult::Outcome::Updated;
    case PlannedObject::Action::Unchanged:
        return RowResult::Outcome::Unchanged;
    case PlannedObject::Action::Fail:
        break;
    }
    return RowResult::Outcome::Failed;
}

} // namespace

ImportEngine::ImportEngine(const TypeDefinition &type, const DefinitionRegistry &registry,
                           Tenant &tenant, const Limits &limits)
    : m_type(type), m_registry(registry), m_tenant(tenant), m_limits(limits)
{}

// The results of an object's rows: each failing row says why; the other rows
// of a failed parent/child object say that another row failed.
static QList<RowResult> rowResults(const PlannedObject &object, RowResult::Outcome outcome,
                                   const QString &failure = QString())
{
    QList<RowResult> results;
    const bool failed = outcome == RowResult::Outcome::Failed;
    QHash<int, QStringList> errors = object.fileErrors;
    for (auto it = object.errors.cbegin(); it != object.errors.cend(); ++it) {
        for (const Finding &finding : it.value()) {
            errors[it.key()] << finding.message;
        }
    }
    const int firstFailing =
        errors.isEmpty() ? 0 : *std::min_element(errors.keyBegin(), errors.keyEnd());
    for (const int row : object.rows) {
        RowResult result;
        result.row = row;
        result.key = object.key;
        result.outcome = outcome;
        QStringList parts;
        if (failed) {
            parts = errors.value(row);
            if (parts.isEmpty() && !failure.isEmpty()) {
                parts << failure;
            } else if (parts.isEmpty()) {
                parts << ImportEngine::tr("Another row of the same object failed (row %1).")
                             .arg(firstFailing);
            }
        }
        parts += object.fileWarnings.value(row);
        for (const Finding &finding : object.warnings.value(row)) {
            parts << finding.message;
        }
        result.message = parts.join(QStringLiteral(" "));
        results << result;
    }
    return results;
}

void ImportEngine::plan(QIODevice *device, bool dryRun, PlanningHandOver *handOver,
                        ValidationReport *report) const
{
    HandedOverTenant tenant(m_tenant, *handOver);
    ReferenceResolver references(m_registry, tenant);
    ImportPlanner planner(m_type, m_registry, references);
    FileValidator validator(m_type, m_registry, m_limits);
    validator.setRowVisitor([&](const HeaderMapping &mapping, const CsvRecord &record) {
        planner.addRow(mapping, record);
    });
    *report = validator.validate(device);
    if (report->refused) {
        handOver->finish(); // no batch: run() says why, from the report
        return;
    }
    planner.start(*report);
    QString error;
    const int total = int(planner.objectCount());
    qsizetype handed = 0;
    const auto nextSize = [&] {
        return handed == 0 ? std::min(m_batchSize, kFirstBatchSize) : m_batchSize;
    };
    // False when the writer has stopped.
    const auto hand = [&](QList<PlannedObject> objects) {
        handed += objects.size();
        PlannedBatch batch;
        batch.objects = std::move(objects);
        batch.total = total;
        summarise(&batch);
        if (!dryRun) {
            // The tenant's share of the changes (prepare()) is done here
            // while the writer has batches in hand; when it waits for this
            // one, it does that share itself, sooner.
            prepareChanges(&batch, handOver->queued() > 0);
        }
        return handOver->push(std::move(batch));
    };
    if (planner.hasFileRules()) {
        // Rules over the whole file: every object is planned before any is
        // written, and handed over in batches all the same.
        QList<PlannedObject> objects;
        if (!planner.planNext(total, &objects, &error) || !planner.checkFile(&objects, &error)) {
            handOver->fail(tr("The tenant could not be read: %1").arg(error));
            return;
        }
        while (handed < objects.size()) {
            if (!hand(objects.mid(handed, nextSize()))) {
                return;
            }
        }
    }
    while (!planner.atEnd()) {
        QList<PlannedObject> objects;
        if (!planner.planNext(nextSize(), &objects, &error)) {
            handOver->fail(tr("The tenant could not be read: %1").arg(error));
            return;
        }
        if (!hand(std::move(objects))) {
            return;
        }
    }
    handOver->finish();
    handOver->disposeUntilStopped();
}

void ImportEngine::prepareChanges(PlannedBatch *batch, bool forTenant) const
{
    for (qsizetype i = 0; i < batch->objects.size(); ++i) {
        const PlannedObject &object = batch->objects.at(i);
        if (object.action != PlannedObject::Action::Create &&
            object.action != PlannedObject::Action::Update) {
            continue;
        }
        Tenant::Change change(object.action == PlannedObject::Action::Create
                                  ? Tenant::Change::Kind::Create
                                  : Tenant::Change::Kind::Update,
                              object.object);
        if (forTenant) {
            m_tenant.prepare(&change);
        }
        batch->changes << std::move(change);
        batch->changed << i;
    }
}

ImportOutcome ImportEngine::run(QIODevice *device, bool dryRun)
{
    // The file is checked and planned on a thread of its own, batch by
    // batch, while this thread writes the batches planned before.
    PlanningHandOver handOver;
    ValidationReport report; // the planning thread's until it has ended
    std::unique_ptr<QThread> planning(
        QThread::create([&] { plan(device, dryRun, &handOver, &report); }));
    planning->start();
    if (!planning->isRunning() && !planning->isFinished()) {
        ImportOutcome outcome; // the system would not start another thread
        outcome.message = tr("The import could not start: no thread is left for it.");
        return outcome;
    }
    ImportOutcome outcome = write(&handOver, dryRun);
    handOver.stop(); // when write() ended early, planning ends too
    planning->wait();

    QList<Issue> tenantIssues = std::move(outcome.report.issues);
    outcome.report = std::move(report);
    if (outcome.report.refused) {
        outcome.status = JobStatus::Failed;
        outcome.message = outcome.report.issues.value(0).message;
        return outcome;
    }
    // What the tenant adds to the file's own issues, in row order.
    outcome.report.issues += tenantIssues;
    std::stable_sort(outcome.report.issues.begin(), outcome.report.issues.end(),
                     [](const Issue &a, const Issue &b) { return a.row < b.row; });
    return outcome;
}

void ImportEngine::summarise(PlannedBatch *batch) const
{
    // What the tenant adds; the file's own issues are in the report.
    const auto addIssues = [&](const Findings &findings, Issue::Severity severity) {
        for (auto it = findings.cbegin(); it != findings.cend(); ++it) {
            for (const Finding &finding : it.value()) {
                batch->issues << Issue{severity, it.key(), m_type.columnIndex(finding.column),
                                       finding.column, finding.message};
            }
        }
    };
    batch->rows.reserve(batch->objects.size());
    for (const PlannedObject &object : std::as_const(batch->objects)) {
        addIssues(object.errors, Issue::Severity::Error);
        addIssues(object.warnings, Issue::Severity::Warning);
        switch (object.action) {
        case PlannedObject::Action::Create:
            ++batch->toCreate;
            break;
        case PlannedObject::Action::Update:
            ++batch->toUpdate;
            break;
        case PlannedObject::Action::Unchanged:
            ++batch->unchanged;
            break;
        case PlannedObject::Action::Fail:
            break;
        }
        batch->rows << rowResults(object, outcomeOf(object.action));
    }
}

QStringList ImportEngine::typesRead() const
{
    // Its own, every type a column names, and those its rules look at.
    QStringList types{m_type.id()};
    for (const ColumnDefinition &column : m_type.columns()) {
        types << column.refersTo;
    }
    types << TypeRules::typesRead(m_type) << m_type.sharesNamesWith();
    types.removeAll(QString());
    types.removeDuplicates();
    return types;
}

ImportOutcome ImportEngine::write(PlanningHandOver *handOver, bool dryRun)
{
    // outcome.report.issues collects what the tenant adds; run() puts the
    // file's own with them.
    ImportOutcome outcome;
    const auto record = [&](const QList<RowResult> &rows) {
        for (const RowResult &row : rows) {
            outcome.counts.add(row.outcome);
        }
        outcome.rows += rows;
    };
    int done = 0;
    // While the planning thread checks the file, this one has time: it
    // keeps the file, and reads the objects the planning will look up.
    QString beforeError;
    if (!dryRun && m_beforeWriting && !m_beforeWriting(&beforeError)) {
        outcome.status = JobStatus::Failed;
        outcome.message = beforeError;
        return outcome;
    }
    if (const QString unread = handOver->readAhead(m_tenant, typesRead()); !unread.isEmpty()) {
        outcome.status = JobStatus::Failed;
        outcome.message = tr("The tenant could not be read: %1").arg(unread);
        return outcome;
    }
    for (;;) {
        PlannedBatch batch;
        QString error;
        const PlanningHandOver::Next next = handOver->next(&batch, &error);
        if (next == PlanningHandOver::Next::Failed) {
            outcome.status = JobStatus::Failed;
            outcome.message = error;
            return outcome;
        }
        if (next == PlanningHandOver::Next::End) {
            break;
        }
        const QList<PlannedObject> &objects = batch.objects;
        outcome.report.issues += batch.issues;
        outcome.objectsToCreate += batch.toCreate;
        outcome.objectsToUpdate += batch.toUpdate;
        outcome.objectsUnchanged += batch.unchanged;
        if (dryRun) {
            for (const QList<RowResult> &rows : std::as_const(batch.rows)) {
                record(rows);
            }
            handOver->discard(std::move(batch));
            continue;
        }
        if (m_cancel && m_cancel->load()) {
            outcome.status = JobStatus::Failed;
            outcome.message = tr("Cancelled after %n row(s); the rows done so far are kept.",
                                 nullptr, outcome.counts.total);
            return outcome;
        }
        const QList<Tenant::Change> &changes = batch.changes;
        const QList<qsizetype> &changed = batch.changed;
        QList<Tenant::ChangeResult> results;
        if (!changes.isEmpty() && !m_tenant.apply(m_type.id(), changes, &results, &error)) {
            outcome.status = JobStatus::Failed;
            outcome.message = tr("The tenant could not be written: %1").arg(error);
            return outcome;
        }
        QList<RowResult> batchRows;
        qsizetype nextChange = 0;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const PlannedObject &object = objects.at(i);
            const bool isChange = nextChange < changed.size() && changed.at(nextChange) == i;
            if (isChange && !results.value(nextChange).ok) {
                batchRows +=
                    rowResults(object, RowResult::Outcome::Failed, results.value(nextChange).error);
            } else {
                batchRows += batch.rows.at(i);
            }
            nextChange += isChange ? 1 : 0;
        }
        record(batchRows);
        done += int(objects.size());
        const int total = batch.total;
        handOver->discard(std::move(batch));
        if (m_batchDone) {
            m_batchDone(batchRows, done, total);
        }
    }
    outcome.status =
        outcome.counts.failed > 0 ? JobStatus::CompletedWithErrors : JobStatus::Completed;
    return outcome;
}

} // namespace ccbulk
