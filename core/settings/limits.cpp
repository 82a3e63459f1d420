#include "limits.h"

#include <QSettings>

namespace ccbulk {

namespace {

qint64 positiveOr(const QSettings &settings, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

Limits Limits::fromSettings(const QSettings &settings)
{
    Limits limits;
    limits.maxCsvRows =
        positiveOr(settings, QStringLiteral("limits/maxCsvRows"), kDefaultMaxCsvRows);
    limits.maxCsvBytes =
        positiveOr(settings, QStringLiteral("limits/maxCsvBytes"), kDefaultMaxCsvBytes);
    limits.maxZipBytes =
        positiveOr(settings, QStringLiteral("limits/maxZipBytes"), kDefaultMaxZipBytes);
    return limits;
}

void Limits::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("limits/maxCsvRows"), maxCsvRows);
    settings.setValue(QStringLiteral("limits/maxCsvBytes"), maxCsvBytes);
    settings.setValue(QStringLiteral("limits/maxZipBytes"), maxZipBytes);
}

} // namespace ccbulk
