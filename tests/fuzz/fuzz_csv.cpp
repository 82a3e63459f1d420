// Feeds arbitrary bytes to the CSV reader and the validator. The first byte
// picks the object type, so every definition's rules are exercised; the rest is
// the file. Both a seekable and a sequential device are used, because they
// decide the encoding differently.

#include "csv/csvreader.h"
#include "definitions/definitionregistry.h"
#include "sequentialdevice.h"
#include "validation/filevalidator.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

namespace {

void readAll(QIODevice *device)
{
    ccbulk::CsvReader reader(device);
    reader.setMaxBytes(1024 * 1024);
    ccbulk::CsvRecord record;
    while (reader.readRecord(&record)) {
        for (qsizetype i = 0; i < record.size(); ++i) {
            // Touch every cell so a bad span shows up under ASan.
            volatile qsizetype size = record.cell(i).trimmed().size();
            static_cast<void>(size);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const auto &registry = ccbulk::DefinitionRegistry::instance();
    const auto &types = registry.types();
    const ccbulk::TypeDefinition &type = types.at(data[0] % types.size());
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    ccbulk::Limits limits;
    limits.maxCsvRows = 200;
    limits.maxCsvBytes = 1024 * 1024;
    const ccbulk::FileValidator validator(type, registry, limits);

    QBuffer seekable;
    seekable.setData(bytes);
    seekable.open(QIODevice::ReadOnly);
    const ccbulk::ValidationReport report = validator.validate(&seekable);
    // A report is consistent whatever the input.
    if (report.refused && report.issues.isEmpty()) {
        __builtin_trap();
    }
    if (report.errorRows > report.rows) {
        __builtin_trap();
    }

    // Small reads, so records straddle the reader's refills.
    ccbulk::test::SequentialDevice sequential(bytes, 7);
    readAll(&sequential);
    return 0;
}
