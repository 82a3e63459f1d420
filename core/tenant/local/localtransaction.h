#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ccbulk {

// One write transaction on a local tenant's database, rolled back unless
// committed. It begins IMMEDIATE: the write lock is taken at the start, so a
// database that another connection is writing fails here, before any change,
// instead of in the middle of a batch (and a deferred transaction's read
// snapshot can never turn stale on the way to its first write).
class LocalTransaction
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::LocalTransaction)

public:
    explicit LocalTransaction(const QSqlDatabase &db) : m_db(db) {}
    ~LocalTransaction();
    Q_DISABLE_COPY_MOVE(LocalTransaction)

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    bool exec(const QString &sql, QString *error);

    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ccbulk
