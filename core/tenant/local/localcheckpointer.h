#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace ccbulk {

// Copies a local tenant's write-ahead log into its database file on a
// thread and connection of its own. SQLite would otherwise do it on the
// writing connection, in the middle of an import, at every thousandth page
// committed; a passive checkpoint runs beside a writer without blocking it,
// so the import goes on meanwhile. The writer says when it has committed;
// commits made while a checkpoint runs are taken by the next one.
class LocalCheckpointer
{
public:
    // connectOptions: Qt's QSQLITE options for the connection.
    LocalCheckpointer(const QString &path, const QString &connectOptions);
    ~LocalCheckpointer(); // stops, after the checkpoint under way
    Q_DISABLE_COPY_MOVE(LocalCheckpointer)

    // Opens the second connection. False with *error when it cannot: the
    // writer then keeps checkpointing itself.
    bool start(QString *error);
    void committed();
    // Waits until every commit said so far is checkpointed (for tests and
    // for callers that want the database file complete).
    void waitUntilIdle();
    // How many checkpoints have run.
    int checkpoints() const;
    // Whether the last few checkpoints all failed: the writer had better
    // checkpoint itself again (the log would otherwise grow until close).
    bool failing() const;
    static constexpr int kFailuresToGiveUp = 3;

private:
    void run();
    bool checkpoint(const QString &connection);

    const QString m_path;
    const QString m_connectOptions;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    bool m_started = false; // the thread has opened its connection, or failed to
    QString m_startError;
    bool m_pending = false; // a commit not yet checkpointed
    bool m_running = false; // a checkpoint under way
    bool m_stopping = false;
    int m_checkpoints = 0;
    int m_failures = 0; // in a row
};

} // namespace ccbulk
