#include "localtransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ccbulk {

LocalTransaction::~LocalTransaction()
{
    rollback();
}

bool LocalTransaction::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

bool LocalTransaction::begin(QString *error)
{
    m_active = exec(QStringLiteral("BEGIN IMMEDIATE"), error);
    return m_active;
}

bool LocalTransaction::commit(QString *error)
{
    if (!m_active) {
        *error = tr("No transaction is open.");
        return false;
    }
    if (!exec(QStringLiteral("COMMIT"), error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void LocalTransaction::rollback()
{
    if (m_active) {
        m_active = false;
        // Fails only when SQLite has already rolled the transaction back
        // itself, which leaves the same state.
        exec(QStringLiteral("ROLLBACK"), nullptr);
    }
}

} // namespace ccbulk
