#pragma once

#include "limits.h"

#include <QString>

class QSettings;

namespace ccbulk {

// The settings the desktop app edits and every ccbulk program reads (one
// QSettings store, organisation and application "ccbulk"), so that the GUI
// and ccbulk-cli work on the same tenant, in the same language, under the
// same submitter and limits.
struct AppSettings
{
    static constexpr auto kSubmitterKey = "user/email";
    static constexpr auto kLanguageKey = "ui/language";
    static constexpr auto kTenantPathKey = "tenant/path";

    QString submitterEmail; // empty: the system user name
    QString language;       // "en", "sv", or empty for the system's
    QString tenantPath;     // empty: LocalTenant::defaultPath()
    Limits limits;

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // tenantPath, or the default local tenant when none is set.
    QString effectiveTenantPath() const;
};

} // namespace ccbulk
