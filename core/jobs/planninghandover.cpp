#include "planninghandover.h"

#include <QMutexLocker>

namespace ccbulk {

void PlanningHandOver::freeDiscarded(QMutexLocker<QMutex> *lock)
{
    std::deque<PlannedBatch> discarded;
    discarded.swap(m_discarded);
    lock->unlock(); // the freeing takes time; the writer need not wait
    discarded.clear();
    lock->relock();
}

bool PlanningHandOver::push(PlannedBatch batch)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (!m_discarded.empty()) {
            freeDiscarded(&lock);
            continue;
        }
        if (qsizetype(m_batches.size()) < m_capacity || m_stopped) {
            break;
        }
        m_changed.wait(&m_mutex);
    }
    if (m_stopped) {
        return false;
    }
    m_batches.push_back(std::move(batch));
    m_changed.wakeAll();
    return true;
}

void PlanningHandOver::disposeUntilStopped()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (!m_discarded.empty()) {
            freeDiscarded(&lock);
            continue;
        }
        if (m_stopped) {
            return;
        }
        m_changed.wait(&m_mutex);
    }
}

void PlanningHandOver::discard(PlannedBatch batch)
{
    QMutexLocker lock(&m_mutex);
    if (!m_stopped) {
        m_discarded.push_back(std::move(batch));
        m_changed.wakeAll();
        return;
    }
    lock.unlock(); // no one to take it: freed here
}

bool PlanningHandOver::callOnWriter(const std::function<void()> &call)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopped) {
        return false;
    }
    m_call = &call;
    m_callMade = false;
    m_changed.wakeAll();
    while (!m_callMade && !m_stopped) {
        m_changed.wait(&m_mutex);
    }
    // The writer stops only from its own thread, never while it makes a
    // call: stopped without the call made means it was never started.
    m_call = nullptr;
    return m_callMade;
}

qsizetype PlanningHandOver::queued() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_batches.size());
}

void PlanningHandOver::finish()
{
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}

void PlanningHandOver::fail(const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_failed = true;
    m_failure = message;
    m_changed.wakeAll();
}

PlanningHandOver::Next PlanningHandOver::next(PlannedBatch *batch, QString *message)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (m_call && !m_callMade) {
            const std::function<void()> *call = m_call;
            lock.unlock();
            (*call)();
            lock.relock();
            m_callMade = true;
            m_changed.wakeAll();
            continue;
        }
        if (!m_batches.empty()) {
            *batch = std::move(m_batches.front());
            m_batches.pop_front();
            m_changed.wakeAll();
            return Next::Batch;
        }
        if (m_failed) {
            *message = m_failure;
            return Next::Failed;
        }
        if (m_finished) {
            return Next::End;
        }
        m_changed.wait(&m_mutex);
    }
}

QString PlanningHandOver::readAhead(Tenant &tenant, const QStringList &typeIds)
{
    for (const QString &typeId : typeIds) {
        ReadAhead read;
        read.objects = tenant.objects(typeId, &read.error);
        if (!read.objects) {
            return read.error;
        }
        read.known = !read.objects->isEmpty() || tenant.knowsType(typeId);
        QMutexLocker lock(&m_mutex);
        m_readAhead.insert(typeId, std::move(read));
    }
    return QString();
}

std::optional<PlanningHandOver::ReadAhead> PlanningHandOver::takeReadAhead(const QString &typeId)
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_readAhead.find(typeId);
    if (found == m_readAhead.end()) {
        return std::nullopt;
    }
    ReadAhead read = std::move(*found);
    m_readAhead.erase(found);
    return read;
}

void PlanningHandOver::stop()
{
    std::deque<PlannedBatch> dropped;
    std::deque<PlannedBatch> discarded;
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        dropped.swap(m_batches);
        discarded.swap(m_discarded);
        m_changed.wakeAll();
    }
}

QString HandedOverTenant::stoppedText()
{
    return tr("The import was stopped.");
}

QString HandedOverTenant::description() const
{
    QString text;
    m_handOver.callOnWriter([&] { text = m_tenant.description(); });
    return text;
}

Tenant::Capabilities HandedOverTenant::capabilities() const
{
    Capabilities capabilities;
    m_handOver.callOnWriter([&] { capabilities = m_tenant.capabilities(); });
    return capabilities;
}

std::optional<QList<TenantObject>> HandedOverTenant::objects(const QString &typeId, QString *error)
{
    // Read ahead already, or read now; looked for again on the writing
    // thread, which may have read it ahead meanwhile.
    std::optional<PlanningHandOver::ReadAhead> read = m_handOver.takeReadAhead(typeId);
    std::optional<QList<TenantObject>> objects;
    const auto take = [&] {
        m_known.insert(typeId, read->known);
        *error = read->error;
        objects = std::move(read->objects);
    };
    if (read) {
        take();
        return objects;
    }
    if (!m_handOver.callOnWriter([&] {
            read = m_handOver.takeReadAhead(typeId);
            if (read) {
                take();
            } else {
                objects = m_tenant.objects(typeId, error);
            }
        })) {
        *error = stoppedText();
        return std::nullopt;
    }
    return objects;
}

bool HandedOverTenant::knowsType(const QString &typeId)
{
    if (const auto found = m_known.constFind(typeId); found != m_known.cend()) {
        return *found;
    }
    bool known = false;
    m_handOver.callOnWriter([&] { known = m_tenant.knowsType(typeId); });
    return known;
}

bool HandedOverTenant::apply(const QString &typeId, const QList<Change> &changes,
                             QList<ChangeResult> *results, QString *error)
{
    bool applied = false;
    if (!m_handOver.callOnWriter(
            [&] { applied = m_tenant.apply(typeId, changes, results, error); })) {
        *error = stoppedText();
    }
    return applied;
}

std::optional<Person> HandedOverTenant::person(const QString &email)
{
    std::optional<Person> found;
    m_handOver.callOnWriter([&] { found = m_tenant.person(email); });
    return found;
}

std::optional<QByteArray> HandedOverTenant::audioContent(const QString &objectId, QString *error)
{
    std::optional<QByteArray> content;
    if (!m_handOver.callOnWriter([&] { content = m_tenant.audioContent(objectId, error); })) {
        *error = stoppedText();
    }
    return content;
}

} // namespace ccbulk
