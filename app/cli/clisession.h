#pragma once

#include "cliarguments.h"
#include "jobs/jobstore.h"
#include "settings/limits.h"
#include "tenant/local/localtenant.h"

#include <QCoreApplication>

#include <memory>

namespace ccbulk::cli {

// What the job commands work on: the local tenant (--tenant or the default
// one), the job store and the lock in the application data folder, the
// limits and the submitter from the settings.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::cli::CliSession)

public:
    explicit CliSession(const CliArguments &arguments);

    bool openTenant(QString *error);
    bool openStore(QString *error);

    LocalTenant &tenant() { return *m_tenant; }
    JobStore &store() { return *m_store; }
    QString dataFolder() const { return m_dataFolder; }
    const Limits &limits() const { return m_limits; }
    QString submitter() const { return m_submitter; }

private:
    std::unique_ptr<LocalTenant> m_tenant;
    std::unique_ptr<JobStore> m_store;
    QString m_dataFolder;
    Limits m_limits;
    QString m_submitter;
};

} // namespace ccbulk::cli
