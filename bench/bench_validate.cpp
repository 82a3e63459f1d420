// Speed benchmark of the foundation: generates a large, valid Agent Profile
// file (5000 rows, about 5 MB: 34 columns, long "|" lists, quoted cells,
// Swedish letters) and times reading and validating it in-process with
// ccbulk::FileValidator, as ccbulk-cli validate does. run_benchmarks.sh adds
// the whole ccbulk-cli process and the Python reference (docs/PERFORMANCE.md).
//
//   bench_validate [--out FILE] [--repeat N] [--generate-only]
//
// Besides the human-readable summary it prints key=value lines for scripts.

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

// SplitMix64: small, fast, and the same sequence on every platform (unlike
// the standard library's distributions).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

// The file's vocabulary. Every name obeys the pattern of the type it names
// (auxiliary-code: ^[A-Za-z0-9._()/\- ]+$; queue and team: anything but "|";
// site: ^[A-Za-z0-9_\- ]+$; outdial-entry-point: ^[A-Za-z][A-Za-z0-9&_\- ]*$;
// address-book and outdial-ani: ^[A-Za-z0-9._\- ]+$), at most 80 characters.
struct Vocabulary
{
    QStringList auxCodes;
    QStringList queues;
    QStringList teams;
    QStringList dialPlans;
    QStringList thresholdRules;
    QStringList sites;
    QStringList entryPoints;
    QStringList addressBooks;
    QStringList outdialAnis;
    QStringList descriptionWords;

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
    }
};

// One generated row, as cells in template order.
class RowGenerator
{
public:
    RowGenerator(const TypeDefinition &type, Random &random, const Vocabulary &words)
        : m_type(type), m_random(random), m_words(words)
    {}

    int column(const QString &header) const
    {
        const int index = m_type.columnIndex(header);
        if (index < 0) {
            fail(QStringLiteral("agent-profile has no column %1").arg(header));
        }
        return index;
    }

    // A row of about budget bytes once encoded (it grows its lists to get
    // there).
    QStringList row(int number, qint64 budget)
    {
        QStringList cells(m_type.columns().size());
        auto set = [&](const QString &header, const QString &value) {
            cells[column(header)] = value;
        };
        set(u"Name"_s, QStringLiteral("Agent profile %1 (%2) v%3.%4-%5")
                           .arg(number, 5, 10, QLatin1Char('0'))
                           .arg(m_random.pick(QStringList{u"Sales"_s, u"Support"_s, u"Billing"_s,
                                                          u"Night shift"_s}))
                           .arg(m_random.between(1, 9))
                           .arg(m_random.below(10))
                           .arg(m_random.pick(QStringList{u"SE"_s, u"NO"_s, u"DK"_s})));
        if (m_random.chance(90)) {
            QString description;
            const int wanted = m_random.between(60, 250);
            while (description.size() < wanted) {
                const QString &word = m_random.pick(m_words.descriptionWords);
                if (description.size() + 1 + word.size() > 255) {
                    break;
                }
                description += (description.isEmpty() ? QString() : u" "_s) + word;
            }
            set(u"Description"_s, description);
        }
        if (m_random.chance(70)) {
            set(u"Parent Site"_s, m_random.pick(m_words.sites));
        }
        for (const QString &header :
             {u"Screen Popups"_s, u"Last Agent Routing"_s, u"Agent Available After Outdial"_s,
              u"Allow Auto Wrap Up Extension"_s, u"Consult To Queue"_s, u"Agent Statistics"_s,
              u"Logged In Team Statistics"_s}) {
            set(header, boolean(m_random.chance(50)));
        }
        const bool autoWrapUp = m_random.chance(50);
        set(u"Wrap Up Type"_s, spelling(autoWrapUp ? u"AUTO"_s : u"MANUAL"_s));
        if (autoWrapUp) {
            set(u"Auto Wrap Up Time"_s, QString::number(m_random.between(1, 900)));
        }

        // The list columns: which apply, and with what vocabulary.
        struct List
        {
            int column;
            const QStringList *words;
        };
        QList<List> lists;
        auto option = [&](const QString &optionHeader, const QString &listHeader,
                          const QStringList &others, const QStringList &words) {
            const bool specific = m_random.chance(85);
            set(optionHeader, spelling(specific ? u"SPECIFIC"_s : m_random.pick(others)));
            if (specific) {
                lists << List{column(listHeader), &words};
            }
        };
        option(u"Wrap Up Options"_s, u"Wrap Up Codes"_s, {u"ALL"_s}, m_words.auxCodes);
        option(u"Idle Options"_s, u"Idle Codes"_s, {u"ALL"_s}, m_words.auxCodes);
        option(u"Transfer Options"_s, u"Transfer Targets"_s, {u"ALL"_s, u"NONE"_s}, m_words.queues);
        option(u"Buddy Team Option"_s, u"Buddy Teams"_s, {u"ALL"_s, u"NONE"_s}, m_words.teams);
        option(u"Queue Statistics Option"_s, u"Selected Queues"_s, {u"ALL"_s, u"NONE"_s},
               m_words.queues);
        option(u"Team Statistics Option"_s, u"Selected Teams"_s, {u"ALL"_s, u"NONE"_s},
               m_words.teams);

        const bool outdial = m_random.chance(60);
        set(u"Outdial Enabled"_s, boolean(outdial));
        if (outdial) {
            set(u"Outdial EP"_s, m_random.pick(m_words.entryPoints));
        }
        if (m_random.chance(50)) {
            set(u"Address Book"_s, m_random.pick(m_words.addressBooks));
        }
        if (m_random.chance(50)) {
            set(u"Outdial ANI"_s, m_random.pick(m_words.outdialAnis));
        }
        const bool dialPlan = m_random.chance(40);
        set(u"Dial Plan Enabled"_s, boolean(dialPlan));
        if (dialPlan) {
            lists << List{column(u"Dial Plan"_s), &m_words.dialPlans};
        }
        const int validation = m_random.below(3);
        set(u"DN Validation Option"_s,
            spelling(
                QStringList{u"UNRESTRICTED"_s, u"PROVISIONED VALUE"_s, u"VALIDATION CRITERIA"_s}.at(
                    validation)));
        if (validation == 2) {
            lists << List{column(u"Validation Criteria"_s), &m_words.dialPlans};
        }
        const bool alerts = m_random.chance(40);
        set(u"Agent Threshold Alerts Enabled"_s, boolean(alerts));
        if (alerts) {
            lists << List{column(u"Agent Threshold Alerts"_s), &m_words.thresholdRules};
        }
        if (lists.isEmpty()) {
            set(u"Queue Statistics Option"_s, u"SPECIFIC"_s);
            lists << List{column(u"Selected Queues"_s), &m_words.queues};
        }

        // Every list starts with one item; the rest grow in turn to the budget.
        for (const List &list : std::as_const(lists)) {
            cells[list.column] = m_random.pick(*list.words);
        }
        qint64 size = CsvWriter::encodeRecord(cells).size();
        for (int turn = m_random.below(int(lists.size())); size < budget; ++turn) {
            const List &list = lists.at(turn % lists.size());
            QString &cell = cells[list.column];
            // Separators as people type them: "a|b", "a | b", now and then an
            // empty item ("a||b"), which is dropped.
            const int style = m_random.below(10);
            const QString separator = style < 6 ? u"|"_s : style < 9 ? u" | "_s : u"||"_s;
            const qsizetype before = cell.size();
            cell += separator + m_random.pick(*list.words);
            // The encoded row grows by the item's UTF-8 bytes plus its
            // doubled quotes; recount only now and then.
            size += (cell.size() - before) + 4;
            if (turn % 8 == 7 || size >= budget) {
                size = CsvWriter::encodeRecord(cells).size();
            }
        }
        return cells;
    }

private:
    // TRUE/FALSE in the spellings spreadsheets and people use; an empty
    // cell is FALSE.
    QString boolean(bool value)
    {
        static const QStringList yes = {u"TRUE"_s, u"true"_s, u"Yes"_s, u"ON"_s, u"1"_s};
        static const QStringList no = {u"FALSE"_s, u"false"_s, u"No"_s, u"off"_s, u"0"_s};
        if (!value && m_random.chance(15)) {
            return QString();
        }
        return m_random.pick(value ? yes : no);
    }

    // An enum value as exports write it, in lower case, or with underscores.
    QString spelling(const QString &canonical)
    {
        switch (m_random.below(4)) {
        case 0:
            return canonical.toLower();
        case 1:
            return QString(canonical).replace(u' ', u'_');
        case 2:
            return canonical.left(1) + canonical.mid(1).toLower();
        default:
            return canonical;
        }
    }

    const TypeDefinition &m_type;
    Random &m_random;
    const Vocabulary &m_words;
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
