#pragma once

#include "../archive/audioarchive.h"
#include "../definitions/definitionregistry.h"
#include "../settings/limits.h"
#include "../tenant/tenant.h"
#include "importengine.h"
#include "jobrecord.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <atomic>

namespace ccbulk {

// Imports a ZIP of WAV files as audio-file objects (csv-definitions.md 3.17):
// each .wav entry, at any folder depth, whose path is safe and whose content
// really is RIFF/WAVE becomes an audio file named by its file name; a name the
// tenant holds is replaced ("updated"), or left "unchanged" when the content
// is the same. Everything else is reported by its position and path: non-WAV
// files and links are skipped; unsafe paths, encrypted entries, names that do
// not fit the definition, broken WAV files and names found twice in the ZIP
// fail, alone. A ZIP refused by AudioArchive, or damaged, fails the job before
// anything is written.
//
// Every entry is read and checked first; then the objects are written in
// batches, each one Tenant::apply (one transaction in the local tenant) with
// the files' bytes as Change::content.
class AudioImportEngine
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::AudioImportEngine)

public:
    // The fields of an audio-file object besides Name, all taken from the
    // file, in forms that do not depend on the language.
    static const QString kSizeField; // bytes, "48044"
    // BLAKE2b-256 (RFC 7693), lower-case hex, as `b2sum -l 256` prints it:
    // as strong as SHA-256 and four times as fast here, which matters at
    // 50 MB within a second.
    static const QString kHashField;
    static const QString kFormatField;   // WavInfo::encodingName(), "PCM"
    static const QString kRateField;     // "Sample Rate": frames per second
    static const QString kChannelsField; // "Channels"
    static const QString kBitsField;     // "Bits Per Sample"
    static const QString kDurationField; // seconds with milliseconds, "3.000"

    AudioImportEngine(const TypeDefinition &type, const DefinitionRegistry &registry,
                      Tenant &tenant, const Limits &limits);

    // As ImportEngine's: the rows a batch finished, and entries done of all.
    void setBatchDone(ImportEngine::BatchDone callback) { m_batchDone = std::move(callback); }
    // Checked between batches; when set, the job stops there, Failed.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // A batch ends at this many objects or this many bytes of content.
    void setBatchSize(int objects) { m_batchSize = std::max(1, objects); }
    void setBatchBytes(qint64 bytes) { m_batchBytes = std::max<qint64>(1, bytes); }

    // device must be random access. With dryRun, nothing is written: the
    // outcome says what would happen, with an issue for every failed (error)
    // and skipped (warning) entry, at its position. One row per reported
    // entry, in ZIP order; folders are not reported.
    ImportOutcome run(QIODevice *device, bool dryRun);
    // The ZIP against its type alone (validate --offline): a dry run that
    // never reads the tenant, so every good WAV counts as one to create.
    ImportOutcome checkWithoutTenant(QIODevice *device);

private:
    struct Item;
    QList<Item> classify(const AudioArchive &archive) const;
    void markDuplicates(QList<Item> *items) const;
    bool readAndPlan(AudioArchive *archive, QList<Item> *items, ImportOutcome *outcome);
    void write(QList<Item> *items, ImportOutcome *outcome);

    const TypeDefinition &m_type;
    const DefinitionRegistry &m_registry;
    Tenant &m_tenant;
    Limits m_limits;
    ImportEngine::BatchDone m_batchDone;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_withoutTenant = false;
    int m_batchSize = 250;
    qint64 m_batchBytes = 64LL * 1024 * 1024;
};

} // namespace ccbulk
