#pragma once

#include "../tenant/tenant.h"
#include "importplanner.h"
#include "jobrecord.h"

#include <QCoreApplication>
#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>

namespace ccbulk {

// Objects planned for writing, in file order, and how many the file has.
struct PlannedBatch
{
    QList<PlannedObject> objects;
    int total = 0; // objects in the whole file
    // The creates and updates among them, prepared for the tenant, and the
    // index in objects of each.
    QList<Tenant::Change> changes;
    QList<qsizetype> changed;
    // Worked out as it is planned: each object's row results as planned
    // (the writer redoes those of a change the tenant refuses), what the
    // tenant adds to the file's issues, and the objects by action.
    QList<QList<RowResult>> rows;
    QList<Issue> issues;
    int toCreate = 0;
    int toUpdate = 0;
    int unchanged = 0;
};

// Hands planned objects from the thread that plans them to the thread that
// writes them, so that an import plans the next batch while it writes one.
//
// The tenant stays with the writing thread (a database connection belongs
// to the thread that opened it), so when the planning thread needs to read
// the tenant it asks (callOnWriter) and the writing thread makes the call
// while it waits for the next batch. At most `capacity` batches wait, which
// bounds the memory planned ahead.
class PlanningHandOver
{
    Q_DISABLE_COPY_MOVE(PlanningHandOver)

public:
    explicit PlanningHandOver(int capacity = 2) : m_capacity(std::max(1, capacity)) {}

    // The planning thread's side. push waits while the queue is full; it
    // and callOnWriter return false once the writer has stopped (the call is
    // then not made).
    bool push(PlannedBatch batch);
    bool callOnWriter(const std::function<void()> &call);
    void finish();                     // every batch is pushed
    qsizetype queued() const;          // batches pushed, not yet taken
    void fail(const QString &message); // the job as a whole cannot go on
    // After finish or fail: frees the batches the writer is done with until
    // it stops, so that the writer does not spend its time freeing them.
    void disposeUntilStopped();

    // The writing thread's side. next waits for a batch, making the calls
    // asked for meanwhile; stop tells the planning thread to give up.
    enum class Next
    {
        Batch,
        End,
        Failed
    };
    Next next(PlannedBatch *batch, QString *message);
    // Reads the objects of these types for the planning thread before it
    // asks, while it checks the file (HandedOverTenant takes them). Returns
    // why the first that could not be read could not, or an empty string.
    QString readAhead(Tenant &tenant, const QStringList &typeIds);
    // A batch written, for the planning thread to free.
    void discard(PlannedBatch batch);
    void stop();

    // What was read ahead: a type's objects (or why they could not be
    // read) and whether the tenant knows the type; taken once.
    struct ReadAhead
    {
        std::optional<QList<TenantObject>> objects;
        QString error;
        bool known = false;
    };
    std::optional<ReadAhead> takeReadAhead(const QString &typeId);

private:
    void freeDiscarded(QMutexLocker<QMutex> *lock);

    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    QWaitCondition m_changed; // any of the below
    std::deque<PlannedBatch> m_batches;
    std::deque<PlannedBatch> m_discarded;
    const std::function<void()> *m_call = nullptr; // asked, not yet made
    bool m_callMade = false;
    bool m_finished = false;
    bool m_failed = false;
    bool m_stopped = false;
    QString m_failure;
    QHash<QString, ReadAhead> m_readAhead;
};

// The tenant as the planning thread sees it: every call is made by the
// writing thread, through the hand-over.
class HandedOverTenant final : public Tenant
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::HandedOverTenant)

public:
    HandedOverTenant(Tenant &tenant, PlanningHandOver &handOver)
        : m_tenant(tenant), m_handOver(handOver)
    {}

    QString description() const override;
    Capabilities capabilities() const override;
    // On the calling thread, as Tenant allows.
    void prepare(Change *change) const override { m_tenant.prepare(change); }
    std::optional<QList<TenantObject>> objects(const QString &typeId, QString *error) override;
    bool knowsType(const QString &typeId) override;
    bool apply(const QString &typeId, const QList<Change> &changes, QList<ChangeResult> *results,
               QString *error) override;
    std::optional<Person> person(const QString &email) override;
    std::optional<QByteArray> audioContent(const QString &objectId, QString *error) override;

private:
    static QString stoppedText();
    QHash<QString, bool> m_known; // types read ahead: whether the tenant knows them

    Tenant &m_tenant;
    PlanningHandOver &m_handOver;
};

} // namespace ccbulk
