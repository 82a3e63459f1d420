#include "localcheckpointer.h"

#include <QAtomicInteger>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace ccbulk {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ccbulk-local-checkpointer-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

LocalCheckpointer::LocalCheckpointer(const QString &path, const QString &connectOptions)
    : m_path(path), m_connectOptions(connectOptions)
{}

LocalCheckpointer::~LocalCheckpointer()
{
    if (!m_thread) {
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_changed.wakeAll();
    }
    m_thread->wait();
}

bool LocalCheckpointer::start(QString *error)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ccbulk checkpointer"));
    m_thread->start(QThread::LowPriority);
    QMutexLocker lock(&m_mutex);
    while (!m_started) {
        m_changed.wait(&m_mutex);
    }
    if (!m_startError.isEmpty()) {
        *error = m_startError;
        lock.unlock();
        m_thread->wait();
        m_thread.reset();
        return false;
    }
    return true;
}

void LocalCheckpointer::committed()
{
    QMutexLocker lock(&m_mutex);
    m_pending = true;
    m_changed.wakeAll();
}

void LocalCheckpointer::waitUntilIdle()
{
    QMutexLocker lock(&m_mutex);
    while (m_thread && (m_pending || m_running) && !m_stopping) {
        m_changed.wait(&m_mutex);
    }
}

int LocalCheckpointer::checkpoints() const
{
    QMutexLocker lock(&m_mutex);
    return m_checkpoints;
}

bool LocalCheckpointer::failing() const
{
    QMutexLocker lock(&m_mutex);
    return m_failures >= kFailuresToGiveUp;
}

bool LocalCheckpointer::checkpoint(const QString &connection)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    // PASSIVE: copies what no reader still needs, without waiting for
    // anyone; what it leaves is taken by the next checkpoint, or at close.
    return query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

void LocalCheckpointer::run()
{
    const QString connection = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(m_connectOptions);
        const bool opened = db.open();
        QMutexLocker lock(&m_mutex);
        m_started = true;
        if (!opened) {
            m_startError = db.lastError().text();
        }
        m_changed.wakeAll();
        if (!opened) {
            lock.unlock();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return;
        }
    }
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (m_stopping) {
            break;
        }
        if (!m_pending) {
            m_changed.wait(&m_mutex);
            continue;
        }
        m_pending = false;
        m_running = true;
        lock.unlock();
        // A checkpoint that fails (the disk, a lock held too long) leaves
        // the log as it is; the next one, or the close, copies it.
        const bool done = checkpoint(connection);
        lock.relock();
        m_running = false;
        ++m_checkpoints;
        m_failures = done ? 0 : m_failures + 1;
        m_changed.wakeAll();
    }
    lock.unlock();
    QSqlDatabase::database(connection, false).close();
    QSqlDatabase::removeDatabase(connection);
}

} // namespace ccbulk
