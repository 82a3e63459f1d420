#include "importengine.h"

#include "../validation/filevalidator.h"
#include "importplanner.h"
#include "referenceresolver.h"

#include <algorithm>

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

ImportOutcome ImportEngine::run(QIODevice *device, bool dryRun)
{
    ImportOutcome outcome;
    const FileValidator validator(m_type, m_registry, m_limits);
    outcome.report = validator.validate(device);
    if (outcome.report.refused) {
        outcome.status = JobStatus::Failed;
        outcome.message = outcome.report.issues.value(0).message;
        return outcome;
    }

    ReferenceResolver references(m_registry, m_tenant);
    ImportPlanner planner(m_type, m_registry, references);
    QList<PlannedObject> objects;
    QString error;
    if (!planner.plan(device, outcome.report, &objects, &error)) {
        outcome.status = JobStatus::Failed;
        outcome.message = tr("The tenant could not be read: %1").arg(error);
        return outcome;
    }

    // What the tenant adds to the file's own issues, for a dry run to show.
    for (const PlannedObject &object : std::as_const(objects)) {
        // What the tenant adds; the file's own issues are in the report already.
        const auto addIssues = [&](const Findings &findings, Issue::Severity severity) {
            for (auto it = findings.cbegin(); it != findings.cend(); ++it) {
                for (const Finding &finding : it.value()) {
                    outcome.report.issues
                        << Issue{severity, it.key(), m_type.columnIndex(finding.column),
                                 finding.column, finding.message};
                }
            }
        };
        addIssues(object.errors, Issue::Severity::Error);
        addIssues(object.warnings, Issue::Severity::Warning);
        switch (object.action) {
        case PlannedObject::Action::Create:
            ++outcome.objectsToCreate;
            break;
        case PlannedObject::Action::Update:
            ++outcome.objectsToUpdate;
            break;
        case PlannedObject::Action::Unchanged:
            ++outcome.objectsUnchanged;
            break;
        case PlannedObject::Action::Fail:
            break;
        }
    }
    std::stable_sort(outcome.report.issues.begin(), outcome.report.issues.end(),
                     [](const Issue &a, const Issue &b) { return a.row < b.row; });

    auto record = [&](const QList<RowResult> &rows) {
        for (const RowResult &row : rows) {
            outcome.counts.add(row.outcome);
        }
        outcome.rows += rows;
    };
    if (dryRun) {
        for (const PlannedObject &object : std::as_const(objects)) {
            record(rowResults(object, outcomeOf(object.action)));
        }
        outcome.status =
            outcome.counts.failed > 0 ? JobStatus::CompletedWithErrors : JobStatus::Completed;
        return outcome;
    }

    const int total = int(objects.size());
    for (int start = 0; start < total; start += m_batchSize) {
        if (m_cancel && m_cancel->load()) {
            outcome.status = JobStatus::Failed;
            outcome.message = tr("Cancelled after %n row(s); the rows done so far are kept.",
                                 nullptr, outcome.counts.total);
            return outcome;
        }
        const int end = std::min(total, start + m_batchSize);
        QList<Tenant::Change> changes;
        QList<int> changed; // indexes into objects, in the order of changes
        for (int i = start; i < end; ++i) {
            const PlannedObject &object = objects.at(i);
            if (object.action == PlannedObject::Action::Create ||
                object.action == PlannedObject::Action::Update) {
                changes << Tenant::Change{object.action == PlannedObject::Action::Create
                                              ? Tenant::Change::Kind::Create
                                              : Tenant::Change::Kind::Update,
                                          object.object, QByteArray()};
                changed << i;
            }
        }
        QList<Tenant::ChangeResult> results;
        if (!changes.isEmpty() && !m_tenant.apply(m_type.id(), changes, &results, &error)) {
            outcome.status = JobStatus::Failed;
            outcome.message = tr("The tenant could not be written: %1").arg(error);
            return outcome;
        }
        QList<RowResult> batchRows;
        for (int i = start; i < end; ++i) {
            const PlannedObject &object = objects.at(i);
            const qsizetype at = changed.indexOf(i);
            if (at >= 0 && !results.value(at).ok) {
                batchRows +=
                    rowResults(object, RowResult::Outcome::Failed, results.value(at).error);
            } else {
                batchRows += rowResults(object, outcomeOf(object.action));
            }
        }
        record(batchRows);
        if (m_batchDone) {
            m_batchDone(batchRows, end, total);
        }
    }
    outcome.status =
        outcome.counts.failed > 0 ? JobStatus::CompletedWithErrors : JobStatus::Completed;
    return outcome;
}

} // namespace ccbulk
