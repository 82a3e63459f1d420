#pragma once

#include <QtGlobal>

class QSettings;

namespace ccbulk {

// The file limits of the specification (bulk-operations.md section 2). They
// are settings, because the vendor has raised them before; these are the
// defaults.
struct Limits
{
    static constexpr qint64 kDefaultMaxCsvRows = 5000;
    static constexpr qint64 kDefaultMaxCsvBytes = 5LL * 1024 * 1024;
    static constexpr qint64 kDefaultMaxZipBytes = 50LL * 1024 * 1024;

    qint64 maxCsvRows = kDefaultMaxCsvRows;
    qint64 maxCsvBytes = kDefaultMaxCsvBytes;
    qint64 maxZipBytes = kDefaultMaxZipBytes;

    // Reads limits/maxCsvRows, limits/maxCsvBytes and limits/maxZipBytes;
    // a missing or non-positive value keeps the default.
    static Limits fromSettings(const QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace ccbulk
