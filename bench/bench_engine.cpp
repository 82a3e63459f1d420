// Speed benchmarks of the import and export engines (docs/PERFORMANCE.md,
// "Import and export (engine)"). run_engine_benchmarks.sh drives it and times
// the whole ccbulk-cli processes; this program makes their inputs and times
// the engines in-process.
//
//   bench_engine import-files DIR
//       Writes, with a fixed seed, the 5000-row Agent Profile file
//       DIR/agent-profile.csv (about 5 MB) and the small files of the objects
//       it names (the queues' music, sites, work types, idle and wrap-up
//       codes, teams, queues, an outdial queue, outdial entry points, address
//       books, outdial ANIs): DIR/audio-file.zip and one DIR/<type>.csv each.
//       Prints "prerequisite=<type> <file>" lines in the order they are to be
//       imported.
//   bench_engine import-inprocess TENANT FILE [--repeat N]
//       Copies the prepared tenant file TENANT for each run and times
//       ImportEngine::run on FILE (no job store, no process start-up).
//   bench_engine export-tenant TENANT [--objects N]
//       Creates the local tenant file TENANT with N sites (default 100000),
//       through LocalTenant::apply in batches.
//   bench_engine export-inprocess TENANT DIR [--repeat N]
//       Times ExportEngine::writeData of the sites to DIR/site.zip, and reading
//       the objects alone (LocalTenant::objects).
//
// Besides the human-readable lines it prints key=value lines for scripts.

#include "agentprofilerows.h"
#include "csv/csvwriter.h"
#include "definitions/definitionregistry.h"
#include "jobs/exportengine.h"
#include "jobs/importengine.h"
#include "settings/limits.h"
#include "tenant/local/localtenant.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <vector>

namespace {

using namespace ccbulk;
using namespace Qt::StringLiterals;
using bench::Random;
using bench::RowGenerator;

constexpr int kRows = 5000;
// The same size as the validation benchmark's file: about 1 KB a row, under
// the default limit of 5 MiB.
constexpr qint64 kTargetBytes = 5'160'000;
constexpr quint64 kSeed = 0x1A9E0C7EULL;
constexpr int kDefaultExportObjects = 100'000;
const QString kMultimediaProfile = u"Default Multimedia Profile"_s; // every tenant has it
const QString kMusic = u"hold-music.wav"_s; // the queues' music, in audio-file.zip

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_engine: %s\n", qPrintable(message));
    std::exit(1);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void printLine(const char *key, double value, int decimals = 3)
{
    std::printf("%s=%.*f\n", key, decimals, value);
}

const TypeDefinition &typeNamed(const QString &id)
{
    const TypeDefinition *type = DefinitionRegistry::instance().find(id);
    if (!type) {
        fail(QStringLiteral("no type %1").arg(id));
    }
    return *type;
}

// ---------------------------------------------------------------------------
// The import files.

// The names the Agent Profile file uses, each obeying the Name rules of its
// type, and unique within it (they carry their number).
// Dial plans and threshold rules are external: a new tenant holds none, which
// gives warnings only.
struct Vocabulary : bench::RowNames
{
    QStringList idleWorkTypes;
    QStringList wrapUpWorkTypes;
    QStringList outdialQueues;

    explicit Vocabulary(Random &random)
    {
        for (int i = 1; i <= 3; ++i) {
            idleWorkTypes << QStringLiteral("Idle work %1").arg(i);
            wrapUpWorkTypes << QStringLiteral("Wrap-up work %1").arg(i);
        }
        const QStringList idleWords = {u"Lunch"_s,    u"Break"_s,  u"Training"_s, u"Meeting"_s,
                                       u"Coaching"_s, u"Admin"_s,  u"Outage"_s,   u"Email"_s,
                                       u"Project"_s,  u"Health"_s, u"Travel"_s,   u"Study"_s};
        const QStringList wrapUpWords = {u"Sale"_s,      u"Complaint"_s, u"Callback"_s,
                                         u"Follow-up"_s, u"Escalated"_s, u"Resolved"_s,
                                         u"Refund"_s,    u"Booking"_s,   u"Cancelled"_s,
                                         u"Invoice"_s,   u"Survey"_s,    u"Transfer"_s};
        auto codes = [&](const QStringList &words, const QString &prefix, QStringList *out) {
            for (int i = 0; i < 120; ++i) {
                QString name = prefix + u' ' + random.pick(words) + u' ' + random.pick(words) +
                               QStringLiteral(" %1").arg(i, 3, 10, QLatin1Char('0'));
                if (random.chance(40)) {
                    name += QStringLiteral(" (tier %1/%2)").arg(random.between(1, 9)).arg(9);
                }
                if (random.chance(30)) {
                    name +=
                        QStringLiteral(" v%1.%2").arg(random.between(1, 4)).arg(random.below(10));
                }
                *out << name;
            }
        };
        codes(idleWords, u"Idle"_s, &idleCodes);
        codes(wrapUpWords, u"Wrap"_s, &wrapUpCodes);
        const QStringList cities = {u"Göteborg"_s,  u"Malmö"_s,      u"Västerås"_s,  u"Örebro"_s,
                                    u"Jönköping"_s, u"Umeå"_s,       u"Luleå"_s,     u"Åre"_s,
                                    u"Linköping"_s, u"Norrköping"_s, u"Sundsvall"_s, u"Växjö"_s};
        const QStringList services = {
            u"Kundtjänst"_s,      u"Försäljning"_s,    u"Fakturor"_s, u"Teknisk support"_s,
            u"Återbetalningar"_s, u"Företagskunder"_s, u"Bokningar"_s};
        for (int i = 0; i < 40; ++i) {
            sites << QStringLiteral("Site_%1 North-%2").arg(i).arg(random.between(1, 9));
        }
        for (int i = 0; i < 300; ++i) {
            QString name = u"Kö "_s + random.pick(cities) + u", "_s + random.pick(services) +
                           QStringLiteral(" %1").arg(i, 3, 10, QLatin1Char('0'));
            if (random.chance(25)) {
                name += u" \"VIP\""_s;
            }
            if (random.chance(30)) {
                name += u"; kväll & helg"_s;
            }
            queues << name;
        }
        for (int i = 0; i < 200; ++i) {
            QString name = u"Team "_s + random.pick(cities) + u", "_s +
                           random.pick(QStringList{u"dag"_s, u"kväll"_s, u"natt"_s, u"helg"_s}) +
                           QStringLiteral(" %1").arg(i, 3, 10, QLatin1Char('0'));
            if (random.chance(20)) {
                name += u" (\"Ö-gruppen\")"_s;
            }
            teams << name;
        }
        outdialQueues << u"Utringning alla"_s;
        for (int i = 0; i < 40; ++i) {
            entryPoints << QStringLiteral("Outdial EP %1 & Co_%2").arg(i).arg(random.below(50));
            addressBooks << QStringLiteral("Book.%1 external-%2").arg(i).arg(random.below(99));
            outdialAnis << QStringLiteral("ANI %1.main_%2").arg(i).arg(random.below(9));
        }
        for (int i = 0; i < 60; ++i) {
            dialPlans << QStringLiteral("Dial plan %1 – %2").arg(i).arg(random.pick(cities));
            thresholdRules << QStringLiteral("Tröskel %1: väntetid > %2 s")
                                  .arg(i)
                                  .arg(random.between(20, 300));
        }
        descriptionWords = QStringList{
            u"Profil"_s,       u"för"_s,  u"agenter"_s,    u"i"_s,        u"Göteborg,"_s,
            u"Malmö"_s,        u"och"_s,  u"Västerås;"_s,  u"hanterar"_s, u"ärenden"_s,
            u"med"_s,          u"hög"_s,  u"prioritet,"_s, u"\"VIP\""_s,  u"kunder"_s,
            u"ÅÄÖ"_s,          u"åäö"_s,  u"öppettider"_s, u"kväll"_s,    u"helg,"_s,
            u"återkoppling"_s, u"inom"_s, u"två"_s,        u"dagar."_s,   u"Överflöd"_s,
            u"går"_s,          u"till"_s, u"\"Kö Åre\""_s, u"(reserv)."_s};
    }
};

// A CSV file of named columns, written by CsvWriter (UTF-8 with a BOM, CRLF).
class CsvFile
{
public:
    CsvFile(const QString &path, const QStringList &headers) : m_file(path), m_headers(headers)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            fail(QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString()));
        }
        m_writer = std::make_unique<CsvWriter>(&m_file);
        m_writer->writeRecord(headers);
    }
    ~CsvFile()
    {
        if (!m_writer->flush()) {
            fail(QStringLiteral("cannot write %1").arg(m_file.fileName()));
        }
    }
    // A row given as header -> value; other cells empty.
    void row(const QList<std::pair<QString, QString>> &cells)
    {
        QStringList values(m_headers.size());
        for (const auto &[header, value] : cells) {
            const qsizetype at = m_headers.indexOf(header);
            if (at < 0) {
                fail(QStringLiteral("%1 has no column %2").arg(m_file.fileName(), header));
            }
            values[at] = value;
        }
        m_writer->writeRecord(values);
    }

private:
    QFile m_file;
    QStringList m_headers;
    std::unique_ptr<CsvWriter> m_writer;
};

// One second of silence as a WAV file: PCM, 8000 Hz, 16-bit, mono.
QByteArray silentWav()
{
    constexpr quint32 kRate = 8000;
    constexpr quint32 kDataBytes = kRate * 2;
    QByteArray wav;
    auto add32 = [&](quint32 value) {
        char bytes[4];
        qToLittleEndian(value, bytes);
        wav.append(bytes, 4);
    };
    auto add16 = [&](quint16 value) {
        char bytes[2];
        qToLittleEndian(value, bytes);
        wav.append(bytes, 2);
    };
    wav.append("RIFF");
    add32(36 + kDataBytes);
    wav.append("WAVEfmt ");
    add32(16);
    add16(1); // PCM
    add16(1); // mono
    add32(kRate);
    add32(kRate * 2); // bytes per second
    add16(2);         // bytes per frame
    add16(16);        // bits per sample
    wav.append("data");
    add32(kDataBytes);
    wav.append(QByteArray(kDataBytes, '\0'));
    return wav;
}

// A ZIP holding the queues' music, for the audio-file import.
void writeAudioZip(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        fail(QStringLiteral("cannot write %1 (%2)").arg(path).arg(zip.getZipError()));
    }
    QuaZipNewInfo info(kMusic);
    info.dateTime = QDateTime(QDate(2026, 1, 1), QTime(12, 0)); // the same bytes every time
    QuaZipFile entry(&zip);
    const QByteArray wav = silentWav();
    if (!entry.open(QIODevice::WriteOnly, info) || entry.write(wav) != wav.size()) {
        fail(QStringLiteral("cannot write %1 into %2").arg(kMusic, path));
    }
    entry.close();
    zip.close();
    if (zip.getZipError() != 0) {
        fail(QStringLiteral("cannot write %1 (%2)").arg(path).arg(zip.getZipError()));
    }
}

// Writes the files of the objects the Agent Profile file names; returns
// "type file" pairs in import order.
QStringList writePrerequisites(const QDir &dir, const Vocabulary &words, Random &random)
{
    QStringList order;
    auto path = [&](const QString &type) {
        order << type + u' ' + type + u".csv"_s;
        return dir.filePath(type + u".csv"_s);
    };
    // The queues' music: a tenant knows audio files, so the name must exist.
    writeAudioZip(dir.filePath(u"audio-file.zip"_s));
    order << u"audio-file audio-file.zip"_s;
    {
        CsvFile file(path(u"work-type"_s), {u"Name"_s, u"Description"_s, u"Type"_s});
        for (const QString &name : words.idleWorkTypes) {
            file.row({{u"Name"_s, name}, {u"Type"_s, u"IDLE_CODE"_s}});
        }
        for (const QString &name : words.wrapUpWorkTypes) {
            file.row({{u"Name"_s, name}, {u"Type"_s, u"WRAP_UP_CODE"_s}});
        }
    }
    {
        // A new tenant has no codes: the first of each kind is the default.
        CsvFile file(path(u"auxiliary-code"_s),
                     {u"Name"_s, u"Description"_s, u"Default"_s, u"Work Type"_s});
        for (qsizetype i = 0; i < words.idleCodes.size(); ++i) {
            file.row({{u"Name"_s, words.idleCodes.at(i)},
                      {u"Default"_s, i == 0 ? u"TRUE"_s : u"FALSE"_s},
                      {u"Work Type"_s, random.pick(words.idleWorkTypes)}});
        }
        for (qsizetype i = 0; i < words.wrapUpCodes.size(); ++i) {
            file.row({{u"Name"_s, words.wrapUpCodes.at(i)},
                      {u"Default"_s, i == 0 ? u"TRUE"_s : u"FALSE"_s},
                      {u"Work Type"_s, random.pick(words.wrapUpWorkTypes)}});
        }
    }
    {
        CsvFile file(path(u"site"_s), {u"Name"_s, u"Multimedia Profile"_s});
        for (const QString &name : words.sites) {
            file.row({{u"Name"_s, name}, {u"Multimedia Profile"_s, kMultimediaProfile}});
        }
    }
    {
        CsvFile file(path(u"team"_s), {u"Name"_s, u"Site"_s, u"Type"_s});
        for (const QString &name : words.teams) {
            file.row({{u"Name"_s, name},
                      {u"Site"_s, random.pick(words.sites)},
                      {u"Type"_s, u"AGENT"_s}});
        }
    }
    {
        // Telephony queues with one distribution group each.
        CsvFile file(path(u"queue"_s),
                     {u"Name"_s, u"Channel Type"_s, u"Max Time In Queue"_s,
                      u"Service Level Threshold"_s, u"Timezone"_s, u"Permit Monitoring"_s,
                      u"Permit Recording"_s, u"Record All Calls"_s, u"Pause or Resume Enabled"_s,
                      u"Default Music in Queue"_s, u"Routing Type"_s, u"Distribution Group"_s,
                      u"Distribution Group Seq"_s, u"Group Fallback Time"_s, u"Group Teams"_s});
        for (const QString &name : words.queues) {
            file.row({{u"Name"_s, name},
                      {u"Channel Type"_s, u"TELEPHONY"_s},
                      {u"Max Time In Queue"_s, u"1800"_s},
                      {u"Service Level Threshold"_s, u"30"_s},
                      {u"Timezone"_s, u"Europe/Stockholm"_s},
                      {u"Permit Monitoring"_s, u"TRUE"_s},
                      {u"Permit Recording"_s, u"TRUE"_s},
                      {u"Record All Calls"_s, u"FALSE"_s},
                      {u"Pause or Resume Enabled"_s, u"FALSE"_s},
                      {u"Default Music in Queue"_s, kMusic},
                      {u"Routing Type"_s, u"LONGEST_AVAILABLE_AGENT"_s},
                      {u"Distribution Group"_s, u"Group1"_s},
                      {u"Distribution Group Seq"_s, u"1"_s},
                      {u"Group Fallback Time"_s, u"0"_s},
                      {u"Group Teams"_s, random.pick(words.teams)}});
        }
    }
    {
        CsvFile file(path(u"outdial-queue"_s),
                     {u"Name"_s, u"Max Time In Queue"_s, u"Service Level Threshold"_s,
                      u"Timezone"_s, u"Permit Monitoring"_s, u"Permit Recording"_s,
                      u"Record All Calls"_s, u"Pause or Resume Enabled"_s,
                      u"Default Music in Queue"_s, u"Outdial Campaign Enabled"_s});
        for (const QString &name : words.outdialQueues) {
            file.row({{u"Name"_s, name},
                      {u"Max Time In Queue"_s, u"300"_s},
                      {u"Service Level Threshold"_s, u"30"_s},
                      {u"Timezone"_s, u"Europe/Stockholm"_s},
                      {u"Permit Monitoring"_s, u"TRUE"_s},
                      {u"Permit Recording"_s, u"FALSE"_s},
                      {u"Record All Calls"_s, u"FALSE"_s},
                      {u"Pause or Resume Enabled"_s, u"FALSE"_s},
                      {u"Default Music in Queue"_s, kMusic},
                      {u"Outdial Campaign Enabled"_s, u"FALSE"_s}});
        }
    }
    {
        CsvFile file(path(u"outdial-entry-point"_s),
                     {u"Name"_s, u"Service Level Threshold"_s, u"Timezone"_s, u"Outdial Queue"_s});
        for (const QString &name : words.entryPoints) {
            file.row({{u"Name"_s, name},
                      {u"Service Level Threshold"_s, u"30"_s},
                      {u"Timezone"_s, u"Europe/Stockholm"_s},
                      {u"Outdial Queue"_s, words.outdialQueues.first()}});
        }
    }
    {
        CsvFile file(path(u"address-book"_s),
                     {u"Name"_s, u"Parent Site"_s, u"Entry Name"_s, u"Phone Number"_s});
        int number = 0;
        for (const QString &name : words.addressBooks) {
            file.row({{u"Name"_s, name},
                      {u"Parent Site"_s, random.pick(words.sites)},
                      {u"Entry Name"_s, u"Reception"_s},
                      {u"Phone Number"_s,
                       QStringLiteral("+4685055%1").arg(++number, 4, 10, QLatin1Char('0'))}});
        }
    }
    {
        CsvFile file(path(u"outdial-ani"_s),
                     {u"Name"_s, u"Entry Name"_s, u"Entry Number"_s, u"Default Entry"_s});
        int number = 0;
        for (const QString &name : words.outdialAnis) {
            file.row({{u"Name"_s, name},
                      {u"Entry Name"_s, u"Main"_s},
                      {u"Entry Number"_s,
                       QStringLiteral("+4640600%1").arg(++number, 4, 10, QLatin1Char('0'))},
                      {u"Default Entry"_s, u"TRUE"_s}});
        }
    }
    return order;
}

int importFiles(const QString &dirPath)
{
    QDir dir(dirPath);
    if (!dir.mkpath(u"."_s)) {
        fail(QStringLiteral("cannot create %1").arg(dirPath));
    }
    Random random(kSeed);
    const Vocabulary words(random);
    const QStringList order = writePrerequisites(dir, words, random);

    const TypeDefinition &type = typeNamed(u"agent-profile"_s);
    RowGenerator generator(type, random, words);
    const QString path = dir.filePath(u"agent-profile.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    CsvWriter writer(&file);
    const QStringList headers = type.templateHeaders();
    writer.writeRecord(headers);
    qint64 written = 3 + CsvWriter::encodeRecord(headers).size(); // with the BOM
    for (int row = 1; row <= kRows; ++row) {
        const qint64 budget = (kTargetBytes - written) / (kRows - row + 1);
        const QStringList cells = generator.row(row, budget);
        written += CsvWriter::encodeRecord(cells).size();
        writer.writeRecord(cells);
    }
    if (!writer.flush()) {
        fail(QStringLiteral("cannot write %1: %2").arg(path, writer.errorString()));
    }
    file.close();
    const qint64 size = QFileInfo(path).size();
    if (size != written || size >= Limits::kDefaultMaxCsvBytes) {
        fail(QStringLiteral("generated %1 bytes, not under 5 MiB").arg(size));
    }
    for (const QString &prerequisite : order) {
        std::printf("prerequisite=%s\n", qPrintable(prerequisite));
    }
    std::printf("file=%s\n", qPrintable(path));
    std::printf("file_bytes=%lld\n", static_cast<long long>(size));
    std::printf("rows=%d\n", kRows);
    return 0;
}

// ---------------------------------------------------------------------------
// In-process import.

bool copyTenant(const QString &from, const QString &to)
{
    QFile::remove(to);
    for (const char *suffix : {"-wal", "-shm"}) {
        QFile::remove(to + QLatin1String(suffix));
        if (QFile::exists(from + QLatin1String(suffix))) {
            fail(QStringLiteral("%1 is still open (it has a %2 file)")
                     .arg(from, QLatin1String(suffix)));
        }
    }
    return QFile::copy(from, to);
}

int importInProcess(const QString &prepared, const QString &csv, int repeat)
{
    const TypeDefinition &type = typeNamed(u"agent-profile"_s);
    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        fail(u"cannot create a temporary directory"_s);
    }
    std::vector<double> totalMs;
    std::vector<double> openMs;
    for (int i = 0; i < repeat; ++i) {
        const QString path = temporary.filePath(QStringLiteral("tenant-%1.sqlite").arg(i));
        if (!copyTenant(prepared, path)) {
            fail(QStringLiteral("cannot copy %1").arg(prepared));
        }
        QElapsedTimer timer;
        timer.start();
        ImportOutcome outcome;
        qint64 opened = 0;
        {
            LocalTenant tenant(path);
            QString error;
            if (!tenant.open(&error)) {
                fail(error);
            }
            opened = timer.nsecsElapsed();
            QFile file(csv);
            if (!file.open(QIODevice::ReadOnly)) {
                fail(QStringLiteral("cannot open %1: %2").arg(csv, file.errorString()));
            }
            ImportEngine engine(type, DefinitionRegistry::instance(), tenant, Limits());
            outcome = engine.run(&file, false);
        }
        totalMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        openMs.push_back(double(opened) / 1e6);
        if (outcome.status != JobStatus::Completed || outcome.counts.created != kRows ||
            outcome.counts.failed != 0) {
            fail(QStringLiteral("the import did not create every row: status %1, created %2, "
                                "failed %3; %4 %5")
                     .arg(jobStatusName(outcome.status))
                     .arg(outcome.counts.created)
                     .arg(outcome.counts.failed)
                     .arg(outcome.message,
                          outcome.rows.isEmpty() ? QString() : outcome.rows.first().message));
        }
        QFile::remove(path);
    }
    std::printf("repeat=%d\n", repeat);
    printLine("import_inprocess_best_ms", *std::min_element(totalMs.begin(), totalMs.end()));
    printLine("import_inprocess_median_ms", median(totalMs));
    printLine("import_inprocess_open_median_ms", median(openMs));
    return 0;
}

// ---------------------------------------------------------------------------
// Export.

int exportTenant(const QString &path, int count)
{
    if (QFile::exists(path)) {
        fail(QStringLiteral("%1 exists already").arg(path));
    }
    LocalTenant tenant(path);
    QString error;
    if (!tenant.open(&error)) {
        fail(error);
    }
    // Names in an order unlike their sorted one, so the export's sort works.
    std::vector<int> numbers(count);
    std::iota(numbers.begin(), numbers.end(), 1);
    Random random(kSeed ^ 0xE4);
    for (int i = count - 1; i > 0; --i) {
        std::swap(numbers[i], numbers[random.below(i + 1)]);
    }
    const QStringList regions = {u"North"_s, u"South"_s, u"East"_s, u"West"_s, u"Central"_s};
    QElapsedTimer timer;
    timer.start();
    constexpr int kBatch = 5000;
    for (int start = 0; start < count; start += kBatch) {
        QList<Tenant::Change> changes;
        for (int i = start; i < std::min(count, start + kBatch); ++i) {
            TenantObject object;
            object.typeId = u"site"_s;
            object.key = QStringLiteral("%1 site_%2")
                             .arg(regions.at(numbers[i] % regions.size()))
                             .arg(numbers[i], 6, 10, QLatin1Char('0'));
            object.fields.insert(u"Name"_s, object.key);
            object.fields.insert(u"Multimedia Profile"_s, kMultimediaProfile);
            Tenant::Change change;
            change.kind = Tenant::Change::Kind::Create;
            change.object = object;
            changes << change;
        }
        QList<Tenant::ChangeResult> results;
        if (!tenant.apply(u"site"_s, changes, &results, &error)) {
            fail(error);
        }
        for (const Tenant::ChangeResult &result : std::as_const(results)) {
            if (!result.ok) {
                fail(result.error);
            }
        }
    }
    std::printf("tenant=%s\n", qPrintable(path));
    std::printf("objects=%d\n", count);
    printLine("create_ms", double(timer.nsecsElapsed()) / 1e6, 1);
    return 0;
}

int exportInProcess(const QString &path, const QString &outDir, int repeat)
{
    const TypeDefinition &type = typeNamed(u"site"_s);
    LocalTenant tenant(path);
    QString error;
    if (!tenant.open(&error)) {
        fail(error);
    }
    if (!QDir().mkpath(outDir)) {
        fail(QStringLiteral("cannot create %1").arg(outDir));
    }
    const QString zip = QDir(outDir).filePath(u"site.zip"_s);
    std::vector<double> writeMs;
    std::vector<double> readMs;
    ExportOutcome last;
    QString failure; // the first run that did not end as it must
    for (int i = 0; i < repeat; ++i) {
        QFile::remove(zip);
        QElapsedTimer timer;
        timer.start();
        const std::optional<QList<TenantObject>> objects = tenant.objects(u"site"_s, &error);
        readMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!objects) {
            fail(error);
        }
        timer.restart();
        ExportEngine engine(type, tenant, Limits());
        last = engine.writeData(zip);
        writeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        // Parts of at most the row limit, one row per site.
        const qsizetype files =
            (objects->size() + Limits::kDefaultMaxCsvRows - 1) / Limits::kDefaultMaxCsvRows;
        if (failure.isEmpty() && !last.ok) {
            failure = QStringLiteral("writeData failed: %1").arg(last.message);
        } else if (failure.isEmpty() && (last.objects != objects->size() || last.files != files ||
                                         last.filePath != zip)) {
            failure = QStringLiteral("the export wrote %1 objects in %2 files to %3")
                          .arg(last.objects)
                          .arg(last.files)
                          .arg(last.filePath);
        }
    }
    std::printf("repeat=%d\n", repeat);
    std::printf("export_ok=%d\n", failure.isEmpty() ? 1 : 0);
    std::printf("export_objects=%d\n", last.objects);
    std::printf("export_files=%d\n", last.files);
    std::printf("export_zip_bytes=%lld\n", static_cast<long long>(QFileInfo(zip).size()));
    printLine("export_inprocess_best_ms", *std::min_element(writeMs.begin(), writeMs.end()));
    printLine("export_inprocess_median_ms", median(writeMs));
    printLine("read_objects_best_ms", *std::min_element(readMs.begin(), readMs.end()));
    printLine("read_objects_median_ms", median(readMs));
    if (!failure.isEmpty()) {
        // Timed all the same; the caller reports the failure.
        std::fprintf(stderr, "bench_engine: %s\n", qPrintable(failure));
        return 3;
    }
    return 0;
}

int positive(const QString &text, const char *option)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1) {
        fail(QStringLiteral("%1 needs a positive whole number").arg(QLatin1String(option)));
    }
    return value;
}

[[noreturn]] void usage()
{
    std::fprintf(stderr, "Usage: bench_engine import-files DIR\n"
                         "       bench_engine import-inprocess TENANT FILE [--repeat N]\n"
                         "       bench_engine export-tenant TENANT [--objects N]\n"
                         "       bench_engine export-inprocess TENANT DIR [--repeat N]\n");
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList words;
    int repeat = 5;
    int objects = kDefaultExportObjects;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--repeat" && i + 1 < arguments.size()) {
            repeat = positive(arguments.at(++i), "--repeat");
        } else if (argument == u"--objects" && i + 1 < arguments.size()) {
            objects = positive(arguments.at(++i), "--objects");
        } else if (argument.startsWith(u"-")) {
            usage();
        } else {
            words << argument;
        }
    }
    const QString command = words.value(0);
    if (command == u"import-files" && words.size() == 2) {
        return importFiles(words.at(1));
    }
    if (command == u"import-inprocess" && words.size() == 3) {
        return importInProcess(words.at(1), words.at(2), repeat);
    }
    if (command == u"export-tenant" && words.size() == 2) {
        return exportTenant(words.at(1), objects);
    }
    if (command == u"export-inprocess" && words.size() == 3) {
        return exportInProcess(words.at(1), words.at(2), repeat);
    }
    usage();
}
