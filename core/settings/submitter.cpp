#include "submitter.h"

#include "appsettings.h"

#include <QSettings>

namespace ccbulk {

QString submitterName(const QString &given, const QSettings &settings)
{
    if (!given.trimmed().isEmpty()) {
        return given.trimmed();
    }
    const QString configured =
        settings.value(QString::fromLatin1(AppSettings::kSubmitterKey)).toString().trimmed();
    if (!configured.isEmpty()) {
        return configured;
    }
    // USER on Unix-like systems, USERNAME on Windows.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace ccbulk
