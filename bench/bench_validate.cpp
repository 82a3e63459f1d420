// Speed benchmark of the foundation: generates a large, valid Agent Profile
// file (5000 rows, about 5 MB: 34 columns, long "|" lists, quoted cells,
// Swedish letters) and times reading and validating it in-process with
// ccbulk::FileValidator, as ccbulk-cli validate does. run_benchmarks.sh adds
// the whole ccbulk-cli process and the Python reference (docs/PERFORMANCE.md).
//
//   bench_validate [--out FILE] [--repeat N] [--generate-only]
//
// Besides the human-readable summary it prints key=value lines for scripts.

#include "agentprofilerows.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "definitions/definitionregistry.h"
#include "settings/limits.h"
#include "validation/filevalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using namespace ccbulk;
using namespace Qt::StringLiterals;
using bench::Random;
using bench::RowGenerator;

constexpr int kRows = 5000;
// Aim a little under 4.92 MiB: inside the requested 4.8-5.0 MiB and below
// the default limit of 5 MiB (Limits::kDefaultMaxCsvBytes).
constexpr qint64 kTargetBytes = 5'160'000;
constexpr qint64 kMinBytes = qint64(4.8 * 1024 * 1024);
constexpr quint64 kSeed = 0x5EEDC0DEULL;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_validate: %s\n", qPrintable(message));
    std::exit(1);
}

// The file's vocabulary. Every name obeys the pattern of the type it names
// (auxiliary-code: ^[A-Za-z0-9._()/\- ]+$; queue and team: anything but "|";
// site: ^[A-Za-z0-9_\- ]+$; outdial-entry-point: ^[A-Za-z][A-Za-z0-9&_\- ]*$;
// address-book and outdial-ani: ^[A-Za-z0-9._\- ]+$), at most 80 characters.
struct Vocabulary : bench::RowNames
{
    QStringList auxCodes; // both kinds: validation does not tell them apart

    explicit Vocabulary(Random &random)
    {
        const QStringList auxWords = {u"Lunch"_s,     u"Break"_s,     u"Training"_s, u"Meeting"_s,
                                      u"Callback"_s,  u"Follow-up"_s, u"Sale"_s,     u"Complaint"_s,
                                      u"Escalated"_s, u"Admin"_s,     u"Coaching"_s, u"Outage"_s};
        for (int i = 0; i < 240; ++i) {
            QString name = random.pick(auxWords) + u' ' + random.pick(auxWords) +
                           QStringLiteral(" %1").arg(i, 3, 10, QLatin1Char('0'));
            if (random.chance(40)) {
                name += QStringLiteral(" (tier %1/%2)").arg(random.between(1, 9)).arg(9);
            }
            if (random.chance(30)) {
                name += QStringLiteral(" v%1.%2").arg(random.between(1, 4)).arg(random.below(10));
            }
            auxCodes << name;
        }
        const QStringList cities = {u"Göteborg"_s,  u"Malmö"_s,      u"Västerås"_s,  u"Örebro"_s,
                                    u"Jönköping"_s, u"Umeå"_s,       u"Luleå"_s,     u"Åre"_s,
                                    u"Linköping"_s, u"Norrköping"_s, u"Sundsvall"_s, u"Växjö"_s};
        const QStringList services = {
            u"Kundtjänst"_s,      u"Försäljning"_s,    u"Fakturor"_s, u"Teknisk support"_s,
            u"Återbetalningar"_s, u"Företagskunder"_s, u"Bokningar"_s};
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
        for (int i = 0; i < 60; ++i) {
            dialPlans << QStringLiteral("Dial plan %1 – %2").arg(i).arg(random.pick(cities));
            thresholdRules << QStringLiteral("Tröskel %1: väntetid > %2 s")
                                  .arg(i)
                                  .arg(random.between(20, 300));
        }
        for (int i = 0; i < 40; ++i) {
            sites << QStringLiteral("Site_%1 North-%2").arg(i).arg(random.between(1, 9));
            entryPoints << QStringLiteral("Outdial EP %1 & Co_%2").arg(i).arg(random.below(50));
            addressBooks << QStringLiteral("Book.%1 external-%2").arg(i).arg(random.below(99));
            outdialAnis << QStringLiteral("ANI %1.main_%2").arg(i).arg(random.below(9));
        }
        descriptionWords = QStringList{
            u"Profil"_s,       u"för"_s,  u"agenter"_s,    u"i"_s,        u"Göteborg,"_s,
            u"Malmö"_s,        u"och"_s,  u"Västerås;"_s,  u"hanterar"_s, u"ärenden"_s,
            u"med"_s,          u"hög"_s,  u"prioritet,"_s, u"\"VIP\""_s,  u"kunder"_s,
            u"ÅÄÖ"_s,          u"åäö"_s,  u"öppettider"_s, u"kväll"_s,    u"helg,"_s,
            u"återkoppling"_s, u"inom"_s, u"två"_s,        u"dagar."_s,   u"Överflöd"_s,
            u"går"_s,          u"till"_s, u"\"Kö Åre\""_s, u"(reserv)."_s};
        wrapUpCodes = auxCodes;
        idleCodes = auxCodes;
    }
};

qint64 generate(const TypeDefinition &type, const QString &path)
{
    Random random(kSeed);
    const Vocabulary words(random);
    RowGenerator generator(type, random, words);

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
    if (size != written || size < kMinBytes || size >= Limits::kDefaultMaxCsvBytes) {
        fail(QStringLiteral("generated %1 bytes, outside 4.8-5.0 MiB").arg(size));
    }
    return size;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

ValidationReport validateOnce(const FileValidator &validator, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    }
    return validator.validate(&file);
}

void requireValid(const ValidationReport &report)
{
    if (report.isValid() && report.rows == kRows && report.warningCount() == 0) {
        return;
    }
    QString text = QStringLiteral("the generated file does not validate cleanly: refused=%1 "
                                  "rows=%2 errors=%3 warnings=%4")
                       .arg(report.refused)
                       .arg(report.rows)
                       .arg(report.errorCount())
                       .arg(report.warningCount());
    for (qsizetype i = 0; i < std::min<qsizetype>(report.issues.size(), 10); ++i) {
        const Issue &issue = report.issues.at(i);
        text +=
            QStringLiteral("\n  row %1, %2: %3").arg(issue.row).arg(issue.column, issue.message);
    }
    fail(text);
}

// Reading alone (no validation), for the split of the time.
qsizetype readOnce(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    }
    CsvReader reader(&file);
    reader.setMaxBytes(Limits::kDefaultMaxCsvBytes);
    CsvRecord record;
    qsizetype cells = 0;
    while (reader.readRecord(&record)) {
        cells += record.size();
    }
    return cells;
}

void printLine(const char *key, double value, int decimals = 3)
{
    std::printf("%s=%.*f\n", key, decimals, value);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString out;
    int repeat = 20;
    bool generateOnly = false;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--out" && i + 1 < arguments.size()) {
            out = arguments.at(++i);
        } else if (argument == u"--repeat" && i + 1 < arguments.size()) {
            bool ok = false;
            repeat = arguments.at(++i).toInt(&ok);
            if (!ok || repeat < 1) {
                fail(u"--repeat needs a positive whole number"_s);
            }
        } else if (argument == u"--generate-only") {
            generateOnly = true;
        } else if (argument == u"--help" || argument == u"-h") {
            std::printf("Usage: bench_validate [--out FILE] [--repeat N] [--generate-only]\n"
                        "Generates a %d-row Agent Profile CSV (about 5 MB) and times reading\n"
                        "and validating it in-process (default 20 repetitions).\n",
                        kRows);
            return 0;
        } else {
            fail(QStringLiteral("unknown argument %1 (try --help)").arg(argument));
        }
    }

    const DefinitionRegistry &registry = DefinitionRegistry::instance();
    const TypeDefinition *type = registry.find(u"agent-profile");
    if (!type) {
        fail(u"no agent-profile type"_s);
    }
    QTemporaryDir temporary;
    if (out.isEmpty()) {
        if (!temporary.isValid()) {
            fail(u"cannot create a temporary directory"_s);
        }
        out = temporary.filePath(u"agent-profile-bench.csv"_s);
    }

    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = generate(*type, out);
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("file=%s\n", qPrintable(out));
    std::printf("file_bytes=%lld\n", static_cast<long long>(bytes));
    printLine("file_mib", double(bytes) / (1024.0 * 1024.0));
    std::printf("rows=%d\n", kRows);
    std::printf("columns=%lld\n", static_cast<long long>(type->columns().size()));
    printLine("generate_ms", generateMs);
    if (generateOnly) {
        return 0;
    }

    const FileValidator validator(*type, registry, Limits());
    // A first run, timed on its own: it pays for first use (the page cache,
    // the allocator's first pages), as a fresh ccbulk-cli process does. It
    // also proves the file is what the benchmark claims to measure.
    timer.restart();
    const ValidationReport first = validateOnce(validator, out);
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    requireValid(first);
    if (readOnce(out) != qsizetype(kRows + 1) * type->columns().size()) {
        fail(u"the reader did not return every cell"_s);
    }

    std::vector<double> validateMs;
    std::vector<double> readMs;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        const ValidationReport report = validateOnce(validator, out);
        validateMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        // Checked after the clock stops; cheap, and catches a run that did
        // less work than the first.
        if (!report.isValid() || report.rows != kRows) {
            requireValid(report);
        }
    }
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        const qsizetype cells = readOnce(out);
        readMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (cells == 0) {
            fail(u"the reader returned nothing"_s);
        }
    }

    const double best = *std::min_element(validateMs.begin(), validateMs.end());
    const double middle = median(validateMs);
    const double readBest = *std::min_element(readMs.begin(), readMs.end());
    const double readMiddle = median(readMs);
    auto mbPerS = [&](double ms) {
        return double(bytes) / 1e6 / (ms / 1e3);
    };
    auto mibPerS = [&](double ms) {
        return double(bytes) / (1024.0 * 1024.0) / (ms / 1e3);
    };

    std::printf("repeat=%d\n", repeat);
    printLine("inprocess_first_ms", firstMs);
    printLine("inprocess_best_ms", best);
    printLine("inprocess_median_ms", middle);
    printLine("inprocess_mb_per_s", mbPerS(best), 1);
    printLine("inprocess_median_mb_per_s", mbPerS(middle), 1);
    printLine("inprocess_mib_per_s", mibPerS(best), 1);
    printLine("inprocess_median_mib_per_s", mibPerS(middle), 1);
    printLine("read_only_best_ms", readBest);
    printLine("read_only_median_ms", readMiddle);
    printLine("read_only_mb_per_s", mbPerS(readBest), 1);
    std::printf("\nRead and validated %d rows (%.2f MiB) %d times: best %.1f ms, median %.1f ms\n"
                "  = %.0f MB/s (%.0f MiB/s) best, %.0f MB/s median; reading alone: best %.1f "
                "ms (%.0f MB/s)\n",
                kRows, double(bytes) / (1024.0 * 1024.0), repeat, best, middle, mbPerS(best),
                mibPerS(best), mbPerS(middle), readBest, mbPerS(readBest));
    return 0;
}
