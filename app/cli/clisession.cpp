#include "clisession.h"

#include "jobs/jobrunner.h"
#include "settings/appsettings.h"
#include "settings/submitter.h"

#include <QSettings>

namespace ccbulk::cli {

CliSession::CliSession(const CliArguments &arguments) : m_dataFolder(JobStore::defaultFolder())
{
    const QSettings settings;
    const AppSettings configured = AppSettings::load(settings);
    // --tenant, else the tenant chosen in the desktop app, else the default.
    m_tenant = std::make_unique<LocalTenant>(
        arguments.tenantPath.isEmpty() ? configured.effectiveTenantPath() : arguments.tenantPath);
    m_limits = configured.limits;
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
