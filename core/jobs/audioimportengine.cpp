#include "audioimportengine.h"

#include "../archive/wavinfo.h"
#include "../validation/valuechecker.h"

#include <QCryptographicHash>
#include <QFuture>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace ccbulk {

using namespace Qt::StringLiterals;

const QString AudioImportEngine::kSizeField = u"Size"_s;
const QString AudioImportEngine::kHashField = u"BLAKE2b-256"_s;
const QString AudioImportEngine::kFormatField = u"Format"_s;
const QString AudioImportEngine::kRateField = u"Sample Rate"_s;
const QString AudioImportEngine::kChannelsField = u"Channels"_s;
const QString AudioImportEngine::kBitsField = u"Bits Per Sample"_s;
const QString AudioImportEngine::kDurationField = u"Duration"_s;

// One reported entry of the ZIP and what becomes of it.
struct AudioImportEngine::Item
{
    ArchiveEntry entry;
    RowResult result;     // row = position, key = path; the planned outcome
    QString name;         // the audio file's name: the entry's file name
    bool named = false;   // a .wav with a safe path, not a link: it claims its name
    bool pending = false; // still to be read and planned
    bool hasChange = false;
    Tenant::Change change;
};

namespace {

// What the content of a .wav entry turned out to be.
struct Checked
{
    std::optional<WavInfo> info;
    QString error;
    QString hash; // kHashField
};

Checked check(const QByteArray &content)
{
    Checked checked;
    checked.info = WavInfo::parse(content, &checked.error);
    if (checked.info) {
        checked.hash = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Blake2b_256).toHex());
    }
    return checked;
}

} // namespace

AudioImportEngine::AudioImportEngine(const TypeDefinition &type, const DefinitionRegistry &registry,
                                     Tenant &tenant, const Limits &limits)
    : m_type(type), m_registry(registry), m_tenant(tenant), m_limits(limits)
{}

QList<AudioImportEngine::Item> AudioImportEngine::classify(const AudioArchive &archive) const
{
    const ValueChecker checker(m_registry);
    const ColumnDefinition &nameColumn = m_type.keyDefinition();
    QList<Item> items;
    items.reserve(archive.entries().size());
    for (const ArchiveEntry &entry : archive.entries()) {
        if (entry.directory && entry.unsafePath.isEmpty()) {
            continue; // a folder is walked, not reported
        }
        Item item;
        item.entry = entry;
        item.result.row = entry.position;
        item.result.key = entry.path;
        auto finish = [&](RowResult::Outcome outcome, const QString &message) {
            item.result.outcome = outcome;
            item.result.message = message;
        };
        if (!entry.unsafePath.isEmpty()) {
            finish(RowResult::Outcome::Failed,
                   tr("Refused: %1 Nothing of it is read or written.").arg(entry.unsafePath));
        } else if (entry.symlink) {
            finish(RowResult::Outcome::Skipped,
                   tr("A symbolic link: links are skipped, never followed."));
        } else if (!entry.fileName.endsWith(u".wav"_s, Qt::CaseInsensitive)) {
            finish(RowResult::Outcome::Skipped,
                   tr("Not a WAV file: only files whose names end in .wav are imported."));
        } else {
            item.name = entry.fileName.trimmed();
            item.named = true;
            const QString nameProblem = checker.check(nameColumn, item.name);
            if (!nameProblem.isEmpty()) {
                // Reported and skipped, as csv-definitions.md 3.17 says of names.
                finish(RowResult::Outcome::Skipped,
                       tr("The file name cannot name an audio file: %1").arg(nameProblem));
            } else if (entry.encrypted) {
                finish(RowResult::Outcome::Failed,
                       tr("The file is encrypted (protected by a password), which ccbulk cannot "
                          "read. Add it to the ZIP without a password."));
            } else if (!entry.isSupportedMethod()) {
                finish(RowResult::Outcome::Failed,
                       tr("The file is compressed with method %1; ccbulk reads only stored and "
                          "deflated entries. Make the ZIP again with the usual settings.")
                           .arg(entry.method));
            } else {
                item.pending = true;
            }
        }
        items << item;
    }
    return items;
}

void AudioImportEngine::markDuplicates(QList<Item> *items) const
{
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (items->at(i).named) {
            byName[m_type.normaliseKey(items->at(i).name)] << i;
        }
    }
    for (const QList<qsizetype> &group : std::as_const(byName)) {
        if (group.size() < 2) {
            continue;
        }
        for (const qsizetype i : group) {
            QStringList others;
            for (const qsizetype j : group) {
                if (j != i) {
                    others << u"“%1”"_s.arg(items->at(j).entry.path);
                }
            }
            Item &item = (*items)[i];
            const QString message =
                tr("The name “%1” is also in this ZIP, at %2; none of them is imported.")
                    .arg(item.name, others.join(u", "_s));
            // A name that failed on its own says so too.
            item.result.message = item.pending ? message : message + u' ' + item.result.message;
            item.result.outcome = RowResult::Outcome::Failed;
            item.pending = false;
        }
    }
}

bool AudioImportEngine::readAndPlan(AudioArchive *archive, QList<Item> *items,
                                    ImportOutcome *outcome)
{
    QString error;
    const std::optional<QList<TenantObject>> stored =
        m_withoutTenant ? QList<TenantObject>() : m_tenant.objects(m_type.id(), &error);
    if (!stored) {
        outcome->message = tr("The tenant could not be read: %1").arg(error);
        return false;
    }
    QHash<QString, qsizetype> storedByName;
    for (qsizetype i = 0; i < stored->size(); ++i) {
        storedByName.insert(m_type.normaliseKey(stored->at(i).key), i);
    }
    const QString nameHeader = m_type.keyDefinition().header;

    // Entries are inflated one after the other (one ZIP handle); each is
    // checked and hashed on the pool meanwhile.
    QThreadPool pool;
    QList<std::pair<Item *, QFuture<Checked>>> checks;
    for (Item &item : *items) {
        if (!item.pending) {
            continue;
        }
        item.pending = false;
        item.result.outcome = RowResult::Outcome::Failed;
        AudioArchive::Content content = archive->read(item.entry);
        if (content.damaged) {
            outcome->message = content.error + u' ' + tr("Nothing was imported.");
            return false;
        }
        if (!content.ok) {
            item.result.message = content.error;
            continue;
        }
        item.change.content = std::move(content.bytes);
        checks.append({&item, QtConcurrent::run(&pool, &check, item.change.content)});
    }

    for (auto &[itemPointer, future] : checks) {
        Item &item = *itemPointer;
        const Checked checked = future.result();
        if (!checked.info) {
            item.change.content.clear();
            item.result.message = tr("Not a valid WAV file: %1").arg(checked.error);
            continue;
        }
        const std::optional<WavInfo> &info = checked.info;
        FieldMap fields{
            {nameHeader, item.name},
            {kSizeField, QString::number(item.change.content.size())},
            {kHashField, checked.hash},
            {kFormatField, info->encodingName()},
            {kRateField, QString::number(info->sampleRate)},
            {kChannelsField, QString::number(info->channels)},
            {kBitsField, QString::number(info->bitsPerSample)},
            {kDurationField, info->durationText()},
        };
        item.result.message = info->describe();
        TenantObject object;
        object.typeId = m_type.id();
        const auto found = storedByName.constFind(m_type.normaliseKey(item.name));
        if (found == storedByName.cend()) {
            object.key = item.name;
            object.fields = std::move(fields);
            item.result.outcome = RowResult::Outcome::Created;
            item.change.kind = Tenant::Change::Kind::Create;
        } else {
            // The stored spelling of the name stays; fields this engine does
            // not fill stay as they are.
            object = stored->at(*found);
            const QString storedName = object.fields.value(nameHeader).isEmpty()
                                           ? object.key
                                           : object.fields.value(nameHeader);
            fields.insert(nameHeader, storedName);
            FieldMap merged = object.fields;
            for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                merged.insert(it.key(), it.value());
            }
            if (storedName != item.name) {
                item.result.message += u' ' + tr("The stored name “%1” is kept.").arg(storedName);
            }
            if (merged == object.fields) {
                item.result.outcome = RowResult::Outcome::Unchanged;
                item.change.content.clear();
                continue;
            }
            object.fields = std::move(merged);
            item.result.outcome = RowResult::Outcome::Updated;
            item.change.kind = Tenant::Change::Kind::Update;
        }
        item.change.object = std::move(object);
        item.hasChange = true;
    }
    return true;
}

void AudioImportEngine::write(QList<Item> *items, ImportOutcome *outcome)
{
    const int total = int(items->size());
    QList<Tenant::Change> changes;
    QList<qsizetype> changed; // the items of changes, in order
    qint64 bytes = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < total; ++i) {
        Item &item = (*items)[i];
        if (item.hasChange) {
            bytes += item.change.content.size();
            changes << std::move(item.change);
            item.change = Tenant::Change();
            changed << i;
        }
        if (changes.size() < m_batchSize && bytes < m_batchBytes && i + 1 < total) {
            continue;
        }
        if (m_cancel && m_cancel->load()) {
            outcome->status = JobStatus::Failed;
            outcome->message = tr("Cancelled after %n entry(s); the entries done so far are kept.",
                                  nullptr, outcome->counts.total);
            return;
        }
        QList<Tenant::ChangeResult> results;
        QString error;
        if (!changes.isEmpty() && !m_tenant.apply(m_type.id(), changes, &results, &error)) {
            outcome->status = JobStatus::Failed;
            outcome->message = tr("The tenant could not be written: %1").arg(error);
            return;
        }
        QList<RowResult> rows;
        for (qsizetype j = start; j <= i; ++j) {
            RowResult row = items->at(j).result;
            const qsizetype at = changed.indexOf(j);
            if (at >= 0 && !results.value(at).ok) {
                row.outcome = RowResult::Outcome::Failed;
                row.message = results.value(at).error;
            }
            outcome->counts.add(row.outcome);
            rows << row;
        }
        outcome->rows += rows;
        if (m_batchDone) {
            m_batchDone(rows, int(i + 1), total);
        }
        changes.clear();
        changed.clear();
        bytes = 0;
        start = i + 1;
    }
    outcome->status =
        outcome->counts.failed > 0 ? JobStatus::CompletedWithErrors : JobStatus::Completed;
}

ImportOutcome AudioImportEngine::checkWithoutTenant(QIODevice *device)
{
    m_withoutTenant = true;
    ImportOutcome outcome = run(device, true);
    m_withoutTenant = false;
    return outcome;
}

ImportOutcome AudioImportEngine::run(QIODevice *device, bool dryRun)
{
    ImportOutcome outcome;
    outcome.status = JobStatus::Failed;
    auto refuse = [&](const QString &message) {
        outcome.message = message;
        outcome.report.refused = true;
        outcome.report.issues = {Issue{Issue::Severity::Error, 0, -1, QString(), message}};
        return outcome;
    };
    if (m_type.format() != FileFormat::Zip) {
        return refuse(tr("%1 is not imported from a ZIP file.").arg(m_type.id()));
    }
    AudioArchive archive(m_limits.maxZipBytes);
    QString error;
    if (!archive.open(device, &error)) {
        return refuse(error);
    }
    QList<Item> items = classify(archive);
    markDuplicates(&items);
    if (!readAndPlan(&archive, &items, &outcome)) {
        return refuse(outcome.message);
    }

    outcome.report.rows = int(items.size());
    for (const Item &item : std::as_const(items)) {
        const RowResult &row = item.result;
        switch (row.outcome) {
        case RowResult::Outcome::Created:
            ++outcome.objectsToCreate;
            break;
        case RowResult::Outcome::Updated:
            ++outcome.objectsToUpdate;
            break;
        case RowResult::Outcome::Unchanged:
            ++outcome.objectsUnchanged;
            break;
        case RowResult::Outcome::Failed:
        case RowResult::Outcome::Skipped: {
            const bool failed = row.outcome == RowResult::Outcome::Failed;
            outcome.report.errorRows += failed ? 1 : 0;
            outcome.report.issues << Issue{
                failed ? Issue::Severity::Error : Issue::Severity::Warning, row.row, -1, QString(),
                u"%1: %2"_s.arg(row.key, row.message)};
            break;
        }
        }
    }

    if (dryRun) {
        for (const Item &item : std::as_const(items)) {
            outcome.counts.add(item.result.outcome);
            outcome.rows << item.result;
        }
        outcome.status =
            outcome.counts.failed > 0 ? JobStatus::CompletedWithErrors : JobStatus::Completed;
        return outcome;
    }
    write(&items, &outcome);
    return outcome;
}

} // namespace ccbulk
