// Feeds arbitrary bytes to the audio ZIP path: AudioArchive (listing, path
// checks, size checks, reading with its cap), WavInfo on every entry read,
// and AudioImportEngine end to end against a tenant in memory, dry run and
// real. The limit is small so that the size checks are reached often.

#include "archive/audioarchive.h"
#include "archive/wavinfo.h"
#include "definitions/definitionregistry.h"
#include "jobs/audioimportengine.h"

#include <QBuffer>
#include <QHash>

#include <cstddef>
#include <cstdint>

namespace {

constexpr qint64 kMaxZipBytes = 256 * 1024;

// The least of a tenant: objects by id, content by id.
class MemoryTenant final : public ccbulk::Tenant
{
public:
    QString description() const override { return QStringLiteral("memory"); }
    Capabilities capabilities() const override
    {
        Capabilities capabilities;
        capabilities.audioContent = true;
        return capabilities;
    }
    std::optional<QList<ccbulk::TenantObject>> objects(const QString &, QString *) override
    {
        return m_objects.values();
    }
    bool knowsType(const QString &) override { return true; }
    bool apply(const QString &typeId, const QList<Change> &changes, QList<ChangeResult> *results,
               QString *) override
    {
        results->clear();
        for (const Change &change : changes) {
            ccbulk::TenantObject object = change.object;
            object.typeId = typeId;
            if (object.id.isEmpty()) {
                object.id = QString::number(m_objects.size() + 1);
            }
            m_objects.insert(object.id, object);
            m_content.insert(object.id, change.content);
            *results << ChangeResult{true, object.id, QString()};
        }
        return true;
    }
    std::optional<ccbulk::Person> person(const QString &) override { return std::nullopt; }

private:
    QHash<QString, ccbulk::TenantObject> m_objects;
    QHash<QString, QByteArray> m_content;
};

void readEveryEntry(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ccbulk::AudioArchive archive(kMaxZipBytes);
    QString error;
    if (!archive.open(&buffer, &error)) {
        if (error.isEmpty()) {
            __builtin_trap();
        }
        return;
    }
    for (const ccbulk::ArchiveEntry &entry : archive.entries()) {
        const ccbulk::AudioArchive::Content content = archive.read(entry);
        // The cap: never more than declared, never more than the budget.
        if (content.ok && content.bytes.size() != entry.uncompressedSize) {
            __builtin_trap();
        }
        if (archive.bytesRead() > archive.maxContentBytes()) {
            __builtin_trap();
        }
        if (content.ok) {
            QString wavError;
            static_cast<void>(ccbulk::WavInfo::parse(content.bytes, &wavError));
        }
    }
}

void importAll(const QByteArray &bytes, bool dryRun)
{
    const auto &registry = ccbulk::DefinitionRegistry::instance();
    const ccbulk::TypeDefinition *type = registry.find(QStringLiteral("audio-file"));
    ccbulk::Limits limits;
    limits.maxZipBytes = kMaxZipBytes;
    MemoryTenant tenant;
    ccbulk::AudioImportEngine engine(*type, registry, tenant, limits);
    engine.setBatchSize(3);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const ccbulk::ImportOutcome outcome = engine.run(&buffer, dryRun);
    // An outcome is consistent whatever the input.
    if (outcome.counts.total != outcome.rows.size()) {
        __builtin_trap();
    }
    if (outcome.status == ccbulk::JobStatus::Failed && outcome.message.isEmpty()) {
        __builtin_trap();
    }
    if (outcome.report.refused != (outcome.status == ccbulk::JobStatus::Failed)) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    readEveryEntry(bytes);
    importAll(bytes, true);
    importAll(bytes, false);
    return 0;
}
