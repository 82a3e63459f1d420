#include "appsettings.h"

#include "i18n/language.h"
#include "tenant/local/localtenant.h"

#include <QSettings>

namespace ccbulk {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings loaded;
    loaded.submitterEmail = settings.value(key(kSubmitterKey)).toString().trimmed();
    const QString language = settings.value(key(kLanguageKey)).toString();
    loaded.language = isSupportedLanguage(language) ? language : QString();
    loaded.tenantPath = settings.value(key(kTenantPathKey)).toString().trimmed();
    loaded.limits = Limits::fromSettings(settings);
    return loaded;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(key(kSubmitterKey), submitterEmail.trimmed());
    settings.setValue(key(kLanguageKey), language);
    settings.setValue(key(kTenantPathKey), tenantPath.trimmed());
    limits.save(settings);
}

QString AppSettings::effectiveTenantPath() const
{
    return tenantPath.isEmpty() ? LocalTenant::defaultPath() : tenantPath;
}

} // namespace ccbulk
