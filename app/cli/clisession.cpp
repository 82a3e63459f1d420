#include "clisession.h"

#include "jobs/jobrunner.h"
#include "settings/submitter.h"

#include <QSettings>

namespace ccbulk::cli {

CliSession::CliSession(const CliArguments &arguments)
    : m_tenant(std::make_unique<LocalTenant>(
          arguments.tenantPath.isEmpty() ? LocalTenant::defaultPath() : arguments.tenantPath)),
      m_dataFolder(JobStore::defaultFolder())
{
    const QSettings settings;
    m_limits = Limits::fromSettings(settings);
    m_submitter = submitterName(arguments.user, settings);
}

bool CliSession::openTenant(QString *error)
{
    return m_tenant->isOpen() || m_tenant->open(error);
}

bool CliSession::openStore(QString *error)
{
    if (m_store && m_store->isOpen()) {
        return true;
    }
    m_store = std::make_unique<JobStore>(m_dataFolder);
    if (!m_store->open(error)) {
        return false;
    }
    // A job left running by a process that died is failed now, at start.
    JobRunner::recoverInterrupted(*m_store, m_dataFolder);
    return true;
}

} // namespace ccbulk::cli
