// Speed benchmark of the desktop dashboard, for the target "a job store with
// 100 000 jobs opens to a painted dashboard in at most 1 s and a search
// keystroke filters in at most 50 ms" (docs/PERFORMANCE.md).
//
// It generates (once; a folder given with --store is reused) a job store of
// finished jobs shaped like a year of real use, then, in one QApplication:
//  - times JobManager + open() + MainWindow + show() until the job table's
//    viewport has been painted, --repeat times with a fresh window each time;
//  - in a shown, painted window, types search strings into the search field
//    one key at a time (real key events) and times each keystroke until the
//    event queue is empty again, the field and the table repainted; then one
//    Backspace, and clearing the field (back to every job);
//  - sorts by File name with a click on its header, types the same strings
//    once more, and opens the dashboard again with that layout saved (the
//    window restores its sort order);
//  - times the parts on their own (reading the store, the search texts, the
//    model, the proxy without a view) to show where the time goes.
//
// The verdicts judge the first layout (newest first, no sorting), the worst
// run and the worst keystroke.
//
//   bench_dashboard [--store DIR] [--jobs N] [--repeat N] [--rounds N]
//                   [--sample N] [--lang en|sv] [--words W1,W2,...] [--generate-only]
//
// Run it under QT_QPA_PLATFORM=offscreen or xvfb-run. It exits non-zero only
// when something fails, not when a target is missed. Besides the tables it
// prints key=value lines for scripts.

#include "agentprofilerows.h"
#include "dashboard/jobfilterproxymodel.h"
#include "dashboard/jobtablemodel.h"
#include "dashboard/mainwindow.h"
#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "jobs/jobsearch.h"
#include "jobs/jobstore.h"
#include "operations/jobmanager.h"
#include "settings/appsettings.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStyle>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

namespace {

using namespace ccbulk;
using namespace Qt::StringLiterals;
using bench::Random;

constexpr int kDefaultJobs = 100'000;
constexpr quint64 kSeed = 0xDA5B0A7DULL;
constexpr double kOpenTargetMs = 1000;
constexpr double kKeystrokeTargetMs = 50;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
// Under the store's one-year expiry, so that opening it purges nothing for a
// few days after it was generated; a reused store is generated again before
// its oldest job would expire.
constexpr int kSpreadDays = 360;
constexpr int kReuseMarginDays = 2;
// Nothing here should take this long; reaching it means an event never came.
constexpr qint64 kDeadlineMs = 120'000;
const QString kMarkerName = u"bench-dashboard.txt"_s;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(message));
    std::exit(1);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double min = 0;
    double median = 0;
    double max = 0;
};

Stats statsOf(std::vector<double> values)
{
    if (values.empty()) {
        return {};
    }
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {values.front(), median, values.back()};
}

const char *verdict(double value, double target)
{
    return value <= target ? "target met" : "target missed";
}

// ---------------------------------------------------------------------------
// The job store.

// The words jobs are made of: submitters (a few do most of the work, as in a
// real team), places and the reasons jobs fail.
struct Vocabulary
{
    QStringList heavySubmitters = {u"anna.lindqvist@example.se"_s, u"erik.ohman@example.se"_s,
                                   u"svc-ccbulk"_s};
    QStringList submitters = {u"anna-karin.berg@example.se"_s,
                              u"johan.nystrom@example.se"_s,
                              u"maria.nilsson@example.se"_s,
                              u"sara.aberg@example.se"_s,
                              u"lars.eriksson@example.se"_s,
                              u"karin.holm@example.se"_s,
                              u"mohammed.ali@example.se"_s,
                              u"fatima.hassan@example.se"_s,
                              u"emma.johansson@example.se"_s,
                              u"oskar.lund@example.se"_s,
                              u"ingrid.sjoberg@example.se"_s,
                              u"peter.wallin@example.se"_s,
                              u"li.wei@example.com"_s,
                              u"john.smith@contoso.com"_s,
                              u"priya.raman@contoso.com"_s,
                              u"hanna.svensson@example.se"_s,
                              u"johanna.dahl@example.se"_s,
                              u"mikael.strom@example.se"_s,
                              u"anna"_s,
                              u"erikoh"_s,
                              u"jonas"_s,
                              u"märta"_s,
                              u"administrator"_s,
                              u"noc-operator"_s,
                              u"björn.åkesson@example.se"_s,
                              u"goran.persson@example.se"_s};
    QStringList places = {u"Göteborg"_s, u"Malmö"_s, u"Stockholm"_s, u"Umeå"_s,
                          u"Örebro"_s,   u"Luleå"_s, u"Västerås"_s,  u"Jönköping"_s,
                          u"Nordics"_s,  u"EMEA"_s,  u"Helsinki"_s,  u"Oslo"_s};
    QStringList notes = {u"final"_s, u"v2"_s,      u"v3"_s,    u"fixed"_s, u"(2)"_s,
                         u"test"_s,  u"rollout"_s, u"kväll"_s, u"helg"_s,  u"backup"_s};
    QStringList importFailures = {u"The file has no header row."_s,
                                  u"The file is larger than the limit of 5 MiB."_s,
                                  u"The file is neither UTF-8 nor Windows-1252 text."_s,
                                  u"The column “Name” is missing from the header row."_s,
                                  u"The tenant could not be reached: Connection refused."_s,
                                  u"The job was interrupted: ccbulk ended while it ran."_s,
                                  u"Cancelled by the user."_s};
    QStringList exportFailures = {
        u"The tenant could not be reached: Connection refused."_s,
        u"The export file could not be written: No space left on device."_s,
        u"Cancelled by the user."_s};
};

QString randomId(Random &random)
{
    return QStringLiteral("%1%2")
        .arg(random.next(), 16, 16, QLatin1Char('0'))
        .arg(random.next(), 16, 16, QLatin1Char('0'));
}

QString slug(const QString &name)
{
    return name.toLower().replace(u' ', u'-');
}

// A file name as people give them: type names in English or Swedish, places,
// dates, versions, the odd copy "(2)".
QString importFileName(Random &random, const Vocabulary &words, const TypeDefinition &type,
                       const QDateTime &created)
{
    const QString extension = type.id() == u"audio-file" ? u".zip"_s : u".csv"_s;
    const QString date = created.toString(u"yyyy-MM-dd"_s);
    switch (random.below(6)) {
    case 0:
        return type.id() + u'-' + date + extension;
    case 1:
        return type.name(u"sv"_s) + u' ' + random.pick(words.places) + extension;
    case 2:
        return type.name(u"en"_s) + u"s_"_s + random.pick(words.places) + u'_' +
               random.pick(words.notes) + extension;
    case 3:
        return type.id() + u"_import_"_s + random.pick(words.notes) + extension;
    case 4:
        return slug(type.name(u"sv"_s)) + u'_' + created.toString(u"yyyyMMdd"_s) + extension;
    default:
        return QStringLiteral("CHG%1 %2 changes")
                   .arg(random.between(1000, 9999))
                   .arg(type.name(u"en"_s)) +
               extension;
    }
}

QString exportFileName(Random &random, const TypeDefinition &type, const QDateTime &created)
{
    const bool zip = type.id() == u"audio-file" || random.chance(8);
    const QString extension = zip ? u".zip"_s : u".csv"_s;
    switch (random.below(3)) {
    case 0:
        return type.id() + u"-export-"_s + created.toString(u"yyyyMMdd-HHmm"_s) + extension;
    case 1:
        return type.name(u"sv"_s) + u" export "_s + created.toString(u"yyyy-MM-dd"_s) + extension;
    default:
        return u"backup "_s + type.id() + u' ' + created.toString(u"yyyy-MM-dd"_s) + extension;
    }
}

// Rows per job: many small corrections, some hundreds, a few near the limit.
int rowCount(Random &random)
{
    const int r = random.below(100);
    if (r < 35) {
        return random.between(1, 25);
    }
    if (r < 85) {
        return random.between(26, 800);
    }
    return random.between(801, 5000);
}

// Splits the rows that did not fail or were not skipped among created,
// updated and unchanged.
void splitSucceeded(Random &random, JobCounts *counts)
{
    int rest = counts->total - counts->failed - counts->skipped;
    counts->created = random.below(rest + 1);
    rest -= counts->created;
    counts->updated = random.below(rest + 1);
    counts->unchanged = rest - counts->updated;
}

JobRecord makeJob(Random &random, const Vocabulary &words, const QString &folder,
                  const QDateTime &created)
{
    const QList<TypeDefinition> &types = DefinitionRegistry::instance().types();
    const TypeDefinition &type = types.at(random.below(int(types.size())));
    JobRecord job;
    job.id = randomId(random);
    job.type = random.chance(70) ? JobType::Import : JobType::Export;
    job.objectType = type.id();
    job.submittedBy =
        random.chance(40) ? random.pick(words.heavySubmitters) : random.pick(words.submitters);
    job.created = created;
    job.started = created.addMSecs(random.between(150, 3000));
    job.progress = 100;
    const int r = random.below(100);
    if (job.type == JobType::Import) {
        job.fileName = importFileName(random, words, type, created);
        job.storedFile = QDir(folder).filePath(u"files/"_s + job.id + u'/' + job.fileName);
        job.counts.total = rowCount(random);
        if (r < 72) {
            job.status = JobStatus::Completed;
            job.counts.skipped = random.chance(10) ? random.below(job.counts.total / 10 + 1) : 0;
        } else if (r < 90) {
            job.status = JobStatus::CompletedWithErrors;
            job.counts.failed = 1 + random.below(std::max(1, job.counts.total / 4));
            job.counts.skipped = random.below((job.counts.total - job.counts.failed) / 10 + 1);
        } else {
            job.status = JobStatus::Failed;
            job.message = random.pick(words.importFailures);
            // Half fail on the file as a whole, half part-way through.
            job.counts.total = random.chance(50) ? 0 : random.below(job.counts.total + 1);
            job.counts.failed = random.below(job.counts.total / 5 + 1);
        }
        splitSucceeded(random, &job.counts);
        job.ended = job.started.addMSecs(300 + qint64(job.counts.total) * random.between(2, 20));
    } else {
        job.fileName = exportFileName(random, type, created);
        if (r < 90) {
            job.status = JobStatus::Completed;
            job.storedFile = QDir(folder).filePath(u"files/"_s + job.id + u'/' + job.fileName);
            job.counts.total = random.between(0, 20'000);
        } else {
            job.status = JobStatus::Failed;
            job.message = random.pick(words.exportFailures);
        }
        job.ended = job.started.addMSecs(200 + qint64(job.counts.total) / 4);
    }
    return job;
}

// Oldest first, as they would have been created.
QList<JobRecord> generateJobs(int count, const QString &folder, const QDateTime &now)
{
    Random random(kSeed);
    const Vocabulary words;
    std::vector<qint64> times(static_cast<size_t>(count));
    const qint64 newest = now.toMSecsSinceEpoch();
    for (qint64 &time : times) {
        time = newest - qint64(random.next() % quint64(kSpreadDays * kDayMs));
    }
    std::sort(times.begin(), times.end());
    QList<JobRecord> jobs;
    jobs.reserve(count);
    for (const qint64 time : times) {
        jobs << makeJob(random, words, folder, QDateTime::fromMSecsSinceEpoch(time, Qt::UTC));
    }
    return jobs;
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

// One connection of our own beside the store's, removed when it goes.
class Connection
{
public:
    explicit Connection(const QString &path) : m_name(u"bench_dashboard.%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            fail(u"cannot open %1: %2"_s.arg(path, db.lastError().text()));
        }
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            fail(u"%1: %2"_s.arg(sql, query.lastError().text()));
        }
        return query.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

// Writes every job in one transaction, after JobStore::open() has made the
// schema: through JobStore each job is three transactions of its own (create,
// start, finish), each waiting for the disk (see sampleThroughStore()).
double insertAll(const QString &folder, const QList<JobRecord> &jobs)
{
    QElapsedTimer timer;
    timer.start();
    QString databasePath;
    {
        JobStore store(folder);
        QString error;
        if (!store.open(&error)) {
            fail(error);
        }
        databasePath = store.databasePath();
    }
    const Connection connection(databasePath);
    QSqlDatabase db = connection.db();
    if (!db.transaction()) {
        fail(db.lastError().text());
    }
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO jobs (id, file_name, job_type, object_type, status, "
                        "submitted_by, created_at, started_at, ended_at, count_total, "
                        "count_created, count_updated, count_unchanged, count_failed, "
                        "count_skipped, message, stored_file, progress) VALUES (?, ?, ?, ?, ?, "
                        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
        fail(insert.lastError().text());
    }
    for (const JobRecord &job : jobs) {
        const QVariantList values = {job.id,
                                     job.fileName,
                                     jobTypeName(job.type),
                                     job.objectType,
                                     jobStatusName(job.status),
                                     job.submittedBy,
                                     timeValue(job.created),
                                     timeValue(job.started),
                                     timeValue(job.ended),
                                     job.counts.total,
                                     job.counts.created,
                                     job.counts.updated,
                                     job.counts.unchanged,
                                     job.counts.failed,
                                     job.counts.skipped,
                                     job.message.isNull() ? u""_s : job.message,
                                     job.storedFile.isNull() ? u""_s : job.storedFile,
                                     job.progress};
        for (int i = 0; i < values.size(); ++i) {
            insert.bindValue(i, values.at(i));
        }
        if (!insert.exec()) {
            fail(insert.lastError().text());
        }
    }
    if (!db.commit()) {
        fail(db.lastError().text());
    }
    return elapsedMs(timer);
}

// Creates jobs the way the app does, through JobStore (createJob, markStarted,
// finish), into a scratch store beside the real one (same disk). Returns the
// milliseconds per job.
double sampleThroughStore(const QString &besideFolder, const QList<JobRecord> &sample)
{
    const QTemporaryDir scratch(QDir(besideFolder).filePath(u"../bench-dashboard-sample-XXXXXX"_s));
    if (!scratch.isValid()) {
        fail(u"cannot make a scratch folder beside %1"_s.arg(besideFolder));
    }
    JobStore store(scratch.path());
    QString error;
    if (!store.open(&error)) {
        fail(error);
    }
    QDateTime clock;
    QString nextId;
    store.setClock([&clock] { return clock; });
    store.setIdGenerator([&nextId] { return nextId; });
    QElapsedTimer timer;
    timer.start();
    for (const JobRecord &job : sample) {
        nextId = job.id;
        clock = job.created;
        const QString id = store.createJob(job);
        clock = job.started;
        const bool started = !id.isEmpty() && store.markStarted(id);
        clock = job.ended;
        if (!started || !store.finish(id, job.status, job.counts, job.message)) {
            fail(store.lastError());
        }
    }
    return elapsedMs(timer) / double(sample.size());
}

struct StoreInfo
{
    int jobs = 0;
    bool generated = false;
    double generateMs = 0;   // building the records
    double insertMs = 0;     // one transaction
    double perJobViaApi = 0; // JobStore, one job at a time; 0 if not sampled
    int sampled = 0;
};

// Whether folder holds a store this program made, of count jobs, none of them
// about to expire.
bool reusable(const QString &folder, int count, const QDateTime &now)
{
    const QDir dir(folder);
    if (!dir.exists(kMarkerName) || !dir.exists(u"jobs.sqlite"_s)) {
        return false;
    }
    const Connection connection(dir.filePath(u"jobs.sqlite"_s));
    const int held = connection.scalar(u"SELECT COUNT(*) FROM jobs"_s).toInt();
    const qint64 oldest = connection.scalar(u"SELECT MIN(created_at) FROM jobs"_s).toLongLong();
    const qint64 limit = now.toMSecsSinceEpoch() - (365 - kReuseMarginDays) * kDayMs;
    return held == count && oldest >= limit;
}

StoreInfo prepareStore(const QString &folder, int count, int sample)
{
    StoreInfo info;
    info.jobs = count;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDir dir(folder);
    if (reusable(folder, count, now)) {
        return info;
    }
    // Only a store this program made is ever deleted.
    if (dir.exists() && !dir.isEmpty()) {
        if (!dir.exists(kMarkerName)) {
            fail(u"%1 is not empty and was not made by bench_dashboard; give a new folder"_s.arg(
                folder));
        }
        if (!dir.removeRecursively()) {
            fail(u"cannot remove the old store %1"_s.arg(folder));
        }
    }
    if (!QDir().mkpath(folder)) {
        fail(u"cannot create %1"_s.arg(folder));
    }
    info.generated = true;
    QElapsedTimer timer;
    timer.start();
    const QList<JobRecord> jobs = generateJobs(count, folder, now);
    info.generateMs = elapsedMs(timer);
    if (sample > 0) {
        info.sampled = std::min(sample, count);
        info.perJobViaApi = sampleThroughStore(folder, jobs.mid(0, info.sampled));
    }
    info.insertMs = insertAll(folder, jobs);
    QFile marker(dir.filePath(kMarkerName));
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Text) ||
        marker.write(QStringLiteral("Made by bench_dashboard: %1 jobs, seed %2, %3.\n")
                         .arg(count)
                         .arg(kSeed, 0, 16)
                         .arg(now.toString(Qt::ISODate))
                         .toUtf8()) < 0) {
        fail(u"cannot write %1"_s.arg(marker.fileName()));
    }
    return info;
}

// ---------------------------------------------------------------------------
// Timing the window.

// Counts the paint events a widget has had.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : m_widget(widget) { widget->installEventFilter(this); }
    ~PaintCounter() override
    {
        if (m_widget) {
            m_widget->removeEventFilter(this);
        }
    }
    Q_DISABLE_COPY_MOVE(PaintCounter)

    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            ++m_count;
        }
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    int m_count = 0;
};

void waitFor(const std::function<bool()> &done, const char *what)
{
    QElapsedTimer deadline;
    deadline.start();
    while (!done()) {
        if (deadline.elapsed() > kDeadlineMs) {
            fail(u"timed out waiting for %1"_s.arg(QLatin1String(what)));
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// Runs the event loop until nothing is left to do now (no posted event, no
// due timer, no window-system event) and done() holds. Queued work a
// keystroke starts (the view's delayed layout, the repaint) runs inside.
void settle(const std::function<bool()> &done, const char *what)
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    QElapsedTimer deadline;
    deadline.start();
    for (;;) {
        QCoreApplication::sendPostedEvents();
        const bool busy = dispatcher->processEvents(QEventLoop::AllEvents);
        if (!busy && done()) {
            return;
        }
        if (deadline.elapsed() > kDeadlineMs) {
            fail(u"timed out waiting for %1"_s.arg(QLatin1String(what)));
        }
    }
}

struct OpenTiming
{
    double managerOpen = 0; // JobManager constructed and opened
    double windowBuilt = 0; // MainWindow constructed (reads and models every job)
    double painted = 0;     // shown, and the table's first paint done
    int rows = 0;
};

struct Dashboard
{
    std::unique_ptr<ui::JobManager> manager;
    std::unique_ptr<ui::MainWindow> window;
    QTableView *table = nullptr;
    QLineEdit *search = nullptr;
};

Dashboard openDashboard(const QString &folder, const AppSettings &settings, OpenTiming *timing)
{
    Dashboard dashboard;
    QElapsedTimer timer;
    timer.start();
    dashboard.manager = std::make_unique<ui::JobManager>(folder);
    dashboard.manager->setSettings(settings);
    QString error;
    if (!dashboard.manager->open(&error)) {
        fail(error);
    }
    timing->managerOpen = elapsedMs(timer);
    dashboard.window = std::make_unique<ui::MainWindow>(*dashboard.manager);
    timing->windowBuilt = elapsedMs(timer);
    dashboard.table = dashboard.window->findChild<QTableView *>(u"jobTable"_s);
    dashboard.search = dashboard.window->findChild<QLineEdit *>(u"searchField"_s);
    if (!dashboard.table || !dashboard.search) {
        fail(u"the main window has no jobTable or no searchField"_s);
    }
    const PaintCounter viewport(dashboard.table->viewport());
    dashboard.window->show();
    waitFor([&viewport] { return viewport.count() > 0; }, "the first paint of the table");
    timing->painted = elapsedMs(timer);
    timing->rows = dashboard.window->filterModel()->rowCount();
    return dashboard;
}

void closeDashboard(Dashboard &dashboard)
{
    dashboard.window.reset();
    dashboard.manager.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

struct Keystroke
{
    QString label; // what the field held after it, or the key's name
    double ms = 0;
    int rows = 0;
    bool tablePainted = false;
};

// Presses and releases one key on the search field, as a keyboard would, and
// waits until the event queue is empty and the field has repainted.
Keystroke timeKey(const Dashboard &dashboard, Qt::Key key, const QString &text,
                  Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const PaintCounter field(dashboard.search);
    const PaintCounter table(dashboard.table->viewport());
    QElapsedTimer timer;
    timer.start();
    QTest::sendKeyEvent(QTest::Click, dashboard.search, key, text, modifiers);
    settle([&field] { return field.count() > 0; }, "the search field to repaint");
    Keystroke stroke;
    stroke.ms = elapsedMs(timer);
    stroke.label = dashboard.search->text();
    stroke.rows = dashboard.window->filterModel()->rowCount();
    stroke.tablePainted = table.count() > 0;
    return stroke;
}

Keystroke typeChar(const Dashboard &dashboard, QChar c)
{
    // Qt::Key codes of letters are their upper-case Latin-1 code points.
    const char16_t upper = c.toUpper().unicode();
    const Qt::Key key = upper < 0x100 ? Qt::Key(upper) : Qt::Key_unknown;
    return timeKey(dashboard, key, QString(c));
}

struct SearchRun
{
    QString word;
    std::vector<Keystroke> typed;
    Keystroke backspace;
    Keystroke cleared;
};

SearchRun typeSearch(const Dashboard &dashboard, const QString &word)
{
    SearchRun run;
    run.word = word;
    for (const QChar c : word) {
        run.typed.push_back(typeChar(dashboard, c));
    }
    run.backspace = timeKey(dashboard, Qt::Key_Backspace, QString());
    run.backspace.label = u"Backspace → “%1”"_s.arg(dashboard.search->text());
    // Select all (not timed), then Backspace: back to every job.
    QTest::keyClick(dashboard.search, Qt::Key_A, Qt::ControlModifier);
    settle([] { return true; }, "select all");
    run.cleared = timeKey(dashboard, Qt::Key_Backspace, QString());
    run.cleared.label = u"clear"_s;
    if (!dashboard.search->text().isEmpty()) {
        fail(u"the search field was not cleared"_s);
    }
    return run;
}

// ---------------------------------------------------------------------------
// Sorting by a column.

// Clicks the header of column, as a user sorting by it would, and waits
// until the table is sorted and repainted.
double clickHeader(const Dashboard &dashboard, int column)
{
    QHeaderView *header = dashboard.table->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    const PaintCounter table(dashboard.table->viewport());
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    settle([&] { return header->sortIndicatorSection() == column && table.count() > 0; },
           "the table to sort");
    return elapsedMs(timer);
}

// ---------------------------------------------------------------------------
// The parts on their own.

struct Parts
{
    double storeJobs = 0;   // JobStore::open() and jobs()
    double searchTexts = 0; // jobSearchText() for every job
    double setJobs = 0;     // JobTableModel::setJobs()
    struct Filter
    {
        QString typed;
        double ms = 0;
        int rows = 0;
    };
    std::vector<Filter> filters; // the proxy alone, no view
};

Parts timeParts(const QString &folder, const QStringList &needles)
{
    Parts parts;
    QElapsedTimer timer;
    timer.start();
    JobStore store(folder);
    QString error;
    if (!store.open(&error)) {
        fail(error);
    }
    QList<JobRecord> jobs = store.jobs();
    parts.storeJobs = elapsedMs(timer);

    timer.restart();
    qsizetype length = 0;
    for (const JobRecord &job : std::as_const(jobs)) {
        length += jobSearchText(job).size();
    }
    parts.searchTexts = elapsedMs(timer);
    if (length == 0) {
        fail(u"no search text"_s);
    }

    ui::JobTableModel model;
    timer.restart();
    model.setJobs(std::move(jobs));
    parts.setJobs = elapsedMs(timer);

    ui::JobFilterProxyModel proxy(&model);
    proxy.rowCount(); // the mapping is built on first use
    for (const QString &typed : needles) {
        timer.restart();
        proxy.setSearchText(typed);
        // Inside the time: a proxy may also rebuild its mapping on first use.
        const int rows = proxy.rowCount();
        parts.filters.push_back({typed, elapsedMs(timer), rows});
    }
    return parts;
}

// ---------------------------------------------------------------------------
// The report.

QString firstLineWith(const QString &path, const QString &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return QString();
    }
    // readAll(), not atEnd(): files under /proc report a size of 0.
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(prefix)) {
            return line.mid(line.indexOf(u':') + 1).trimmed();
        }
    }
    return QString();
}

QString sqliteVersion()
{
    const Connection connection(u":memory:"_s);
    return connection.scalar(u"SELECT sqlite_version()"_s).toString();
}

void printMachine(const QString &folder)
{
#ifdef NDEBUG
    const char *build = "release (NDEBUG)";
#else
    const char *build = "debug";
#endif
    std::printf("Machine\n");
    std::printf("  system       %s, kernel %s %s, %s\n", qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::kernelType()), qPrintable(QSysInfo::kernelVersion()),
                qPrintable(QSysInfo::currentCpuArchitecture()));
    std::printf("  cpu          %s, %d logical cores\n",
                qPrintable(firstLineWith(u"/proc/cpuinfo"_s, u"model name"_s)),
                QThread::idealThreadCount());
    std::printf("  memory       %s\n",
                qPrintable(firstLineWith(u"/proc/meminfo"_s, u"MemTotal"_s)));
    std::printf("  build        %s, %s, Qt %s (built against %s), SQLite %s\n", build,
#if defined(__clang__)
                "clang " __clang_version__,
#elif defined(__GNUC__)
                "GCC " __VERSION__,
#else
                "unknown compiler",
#endif
                qVersion(), QT_VERSION_STR, qPrintable(sqliteVersion()));
    std::printf("  platform     %s, style %s, UI language %s, locale %s\n",
                qPrintable(QGuiApplication::platformName()),
                qPrintable(QApplication::style()->name()), qPrintable(uiLanguage()),
                qPrintable(QLocale().name()));
    std::printf("  store        %s\n", qPrintable(QDir::toNativeSeparators(folder)));
}

void printStore(const StoreInfo &info)
{
    std::printf("\nJob store: %d finished jobs", info.jobs);
    if (!info.generated) {
        std::printf(" (reused)\n");
        return;
    }
    std::printf(" (generated: records %.0f ms, one transaction %.0f ms; not part of the "
                "figures)\n",
                info.generateMs, info.insertMs);
    if (info.sampled > 0) {
        std::printf("  through JobStore one job at a time (create, start, finish): %.2f ms per "
                    "job over %d jobs, about %.0f s for %d\n",
                    info.perJobViaApi, info.sampled, info.perJobViaApi * info.jobs / 1000.0,
                    info.jobs);
    }
}

long peakResidentKb()
{
    return firstLineWith(u"/proc/self/status"_s, u"VmHWM"_s).section(u' ', 0, 0).toLong();
}

struct Options
{
    QString store;
    int jobs = kDefaultJobs;
    int repeat = 5;
    int rounds = 3;
    int sample = 1000;
    QString language = u"en"_s;
    QStringList words; // empty: the standard set
    bool generateOnly = false;
};

[[noreturn]] void usage()
{
    std::fprintf(stderr, "Usage: bench_dashboard [--store DIR] [--jobs N] [--repeat N] "
                         "[--rounds N] [--sample N] [--lang en|sv] [--words W1,W2,...] "
                         "[--generate-only]\n");
    std::exit(2);
}

int number(const QString &text, int minimum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum) {
        usage();
    }
    return value;
}

Options parse(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == u"--store" && hasValue) {
            options.store = arguments.at(++i);
        } else if (argument == u"--jobs" && hasValue) {
            options.jobs = number(arguments.at(++i), 1);
        } else if (argument == u"--repeat" && hasValue) {
            options.repeat = number(arguments.at(++i), 1);
        } else if (argument == u"--rounds" && hasValue) {
            options.rounds = number(arguments.at(++i), 1);
        } else if (argument == u"--sample" && hasValue) {
            options.sample = number(arguments.at(++i), 0);
        } else if (argument == u"--lang" && hasValue) {
            options.language = arguments.at(++i);
            if (!isSupportedLanguage(options.language)) {
                usage();
            }
        } else if (argument == u"--words" && hasValue) {
            options.words = arguments.at(++i).split(u',', Qt::SkipEmptyParts);
        } else if (argument == u"--generate-only") {
            options.generateOnly = true;
        } else {
            usage();
        }
    }
    return options;
}

struct KeystrokeSummary
{
    Stats typed;
    Stats backspace;
    Stats cleared;
    size_t typedCount = 0;
    size_t backspaceCount = 0;
    size_t clearedCount = 0;
    Keystroke worst;
    QString worstWord;
    int withoutTablePaint = 0;
};

KeystrokeSummary summarise(const std::vector<SearchRun> &searches)
{
    KeystrokeSummary summary;
    std::vector<double> typed;
    std::vector<double> backspaces;
    std::vector<double> clears;
    const auto consider = [&summary](const Keystroke &stroke, const QString &word) {
        if (stroke.ms > summary.worst.ms) {
            summary.worst = stroke;
            summary.worstWord = word;
        }
    };
    for (const SearchRun &run : searches) {
        for (const Keystroke &stroke : run.typed) {
            typed.push_back(stroke.ms);
            summary.withoutTablePaint += stroke.tablePainted ? 0 : 1;
            consider(stroke, run.word);
        }
        backspaces.push_back(run.backspace.ms);
        clears.push_back(run.cleared.ms);
        consider(run.backspace, run.word);
        consider(run.cleared, run.word);
    }
    summary.typed = statsOf(typed);
    summary.backspace = statsOf(backspaces);
    summary.cleared = statsOf(clears);
    summary.typedCount = typed.size();
    summary.backspaceCount = backspaces.size();
    summary.clearedCount = clears.size();
    return summary;
}

// Per word and position: the worst and the median over the rounds.
void printKeystrokes(const QStringList &words, const std::vector<SearchRun> &searches)
{
    std::printf("  %-24s %10s %10s %10s %8s\n", "typed", "worst ms", "median ms", "last ms",
                "rows");
    for (const QString &word : words) {
        for (qsizetype position = 0; position < word.size(); ++position) {
            std::vector<double> times;
            Keystroke last;
            for (const SearchRun &run : searches) {
                if (run.word == word) {
                    last = run.typed.at(size_t(position));
                    times.push_back(last.ms);
                }
            }
            const Stats stats = statsOf(times);
            std::printf("  %-24s %10.1f %10.1f %10.1f %8d\n", qPrintable(u'"' + last.label + u'"'),
                        stats.max, stats.median, last.ms, last.rows);
        }
    }
}

void printSummary(const KeystrokeSummary &summary)
{
    std::printf("\n  %-34s %8s %10s %8s %8s\n", "", "count", "min ms", "median", "max");
    std::printf("  %-34s %8zu %10.1f %8.1f %8.1f\n", "typing a character", summary.typedCount,
                summary.typed.min, summary.typed.median, summary.typed.max);
    std::printf("  %-34s %8zu %10.1f %8.1f %8.1f\n", "Backspace (one character)",
                summary.backspaceCount, summary.backspace.min, summary.backspace.median,
                summary.backspace.max);
    std::printf("  %-34s %8zu %10.1f %8.1f %8.1f\n", "clearing (back to every job)",
                summary.clearedCount, summary.cleared.min, summary.cleared.median,
                summary.cleared.max);
    std::printf("  worst single keystroke: %.1f ms (%s, typing “%s”, %d rows after it)\n",
                summary.worst.ms, qPrintable(summary.worst.label), qPrintable(summary.worstWord),
                summary.worst.rows);
    std::printf("  keystrokes after which the table needed no repaint: %d of %zu\n",
                summary.withoutTablePaint, summary.typedCount);
}

void printOpenRuns(const std::vector<OpenTiming> &runs)
{
    std::printf("  %-4s %12s %14s %16s\n", "run", "total ms", "manager open", "window built");
    for (size_t i = 0; i < runs.size(); ++i) {
        std::printf("  %-4zu %12.1f %14.1f %16.1f\n", i + 1, runs[i].painted, runs[i].managerOpen,
                    runs[i].windowBuilt);
    }
}

Stats openStats(const std::vector<OpenTiming> &runs)
{
    std::vector<double> totals;
    for (const OpenTiming &run : runs) {
        totals.push_back(run.painted);
    }
    return statsOf(totals);
}

// Opens the dashboard count times, each with a new manager and window over
// the same store, and closes it the way a user does (which saves the layout).
std::vector<OpenTiming> timeOpening(const QString &folder, const AppSettings &settings, int count,
                                    int expectedRows)
{
    std::vector<OpenTiming> runs;
    for (int i = 0; i < count; ++i) {
        OpenTiming timing;
        Dashboard dashboard = openDashboard(folder, settings, &timing);
        if (timing.rows != expectedRows) {
            fail(u"the dashboard shows %1 jobs, not %2"_s.arg(timing.rows).arg(expectedRows));
        }
        dashboard.window->close();
        closeDashboard(dashboard);
        runs.push_back(timing);
    }
    return runs;
}

std::vector<SearchRun> typeWords(const Dashboard &dashboard, const QStringList &words, int rounds)
{
    std::vector<SearchRun> searches;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &word : words) {
            searches.push_back(typeSearch(dashboard, word));
        }
    }
    return searches;
}

Dashboard openForTyping(const QString &folder, const AppSettings &settings)
{
    OpenTiming unused;
    Dashboard dashboard = openDashboard(folder, settings, &unused);
    dashboard.window->activateWindow();
    dashboard.search->setFocus(Qt::OtherFocusReason);
    settle([] { return true; }, "the window to settle");
    return dashboard;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const Options options = parse(QCoreApplication::arguments());

    // The window reads and writes its layout through QSettings: keep the
    // user's own settings out of the figures and out of harm's way.
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        fail(u"cannot make a temporary folder"_s);
    }
    QCoreApplication::setOrganizationName(u"ccbulk-bench"_s);
    QCoreApplication::setApplicationName(u"bench_dashboard"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    setUiLanguage(options.language);

    std::unique_ptr<QTemporaryDir> storeDir;
    QString folder = options.store;
    if (folder.isEmpty()) {
        storeDir = std::make_unique<QTemporaryDir>();
        if (!storeDir->isValid()) {
            fail(u"cannot make a temporary folder"_s);
        }
        folder = storeDir->filePath(u"store"_s);
    }
    folder = QDir(folder).absolutePath();
    if (DefinitionRegistry::instance().types().isEmpty()) {
        fail(u"no object types"_s);
    }
    const StoreInfo store = prepareStore(folder, options.jobs, options.sample);
    printMachine(folder);
    printStore(store);
    if (options.generateOnly) {
        return 0;
    }
    const AppSettings settings = AppSettings::load(QSettings());

    // Opening, in the layout of a first start (newest first, no sorting).
    const std::vector<OpenTiming> opened =
        timeOpening(folder, settings, options.repeat, options.jobs);
    const Stats open = openStats(opened);
    std::printf("\nOpen to painted dashboard (JobManager + open() + MainWindow + show() until "
                "the table's first paint)\n");
    printOpenRuns(opened);
    std::printf("  open to painted dashboard: min %.1f ms, median %.1f ms, max %.1f ms (target "
                "%.0f ms: %s)\n",
                open.min, open.median, open.max, kOpenTargetMs, verdict(open.max, kOpenTargetMs));

    // Searching, in one window that is shown and painted.
    Dashboard dashboard = openForTyping(folder, settings);
    const QString idPrefix = dashboard.window->jobModel()->job(options.jobs / 2).id.left(8);
    const QStringList words = !options.words.isEmpty()
                                  ? options.words
                                  : QStringList{u"queue"_s, u"failed"_s, u"anna"_s,
                                                idPrefix,   u"kö"_s,     u"agent profile"_s};
    const std::vector<SearchRun> searches = typeWords(dashboard, words, options.rounds);
    std::printf("\nSearch keystrokes (key press + release on the search field until the "
                "queue is empty and the table repainted), %d round(s)\n",
                options.rounds);
    printKeystrokes(words, searches);
    const KeystrokeSummary typing = summarise(searches);
    printSummary(typing);
    std::printf("  search keystroke: worst %.1f ms (target %.0f ms: %s)\n", typing.worst.ms,
                kKeystrokeTargetMs, verdict(typing.worst.ms, kKeystrokeTargetMs));

    // Sorted by a text column: a header click, searching, and opening again
    // with that layout saved (the window restores its sort order).
    const int sortColumn = ui::JobTableModel::FileNameColumn;
    const double sortClick = clickHeader(dashboard, sortColumn);
    const std::vector<SearchRun> sortedSearches = typeWords(dashboard, words, 1);
    dashboard.window->close();
    closeDashboard(dashboard);
    const std::vector<OpenTiming> reopened = timeOpening(folder, settings, 2, options.jobs);
    const KeystrokeSummary sorted = summarise(sortedSearches);
    std::printf("\nSorted by File name (a click on its header)\n");
    std::printf("  the click, until sorted and repainted: %.1f ms\n", sortClick);
    std::printf("  search keystrokes, 1 round:\n");
    printKeystrokes(words, sortedSearches);
    printSummary(sorted);
    std::printf("  search keystroke, sorted: worst %.1f ms (target %.0f ms: %s)\n", sorted.worst.ms,
                kKeystrokeTargetMs, verdict(sorted.worst.ms, kKeystrokeTargetMs));
    std::printf("  opening again with the layout saved sorted by File name:\n");
    printOpenRuns(reopened);
    const Stats reopen = openStats(reopened);

    // The parts on their own, for where the time goes.
    QStringList needles;
    for (const QString &word : words) {
        needles << word.left(1) << word;
    }
    needles << QString();
    const Parts parts = timeParts(folder, needles);
    std::printf("\nThe parts on their own (no window)\n");
    std::printf("  JobStore open() + jobs()          %8.1f ms\n", parts.storeJobs);
    std::printf("  jobSearchText() for every job     %8.1f ms\n", parts.searchTexts);
    std::printf("  JobTableModel::setJobs()          %8.1f ms\n", parts.setJobs);
    for (const Parts::Filter &filter : parts.filters) {
        std::printf("  proxy setSearchText(%-16s) %6.1f ms, %d rows\n",
                    qPrintable(u'"' + filter.typed + u'"'), filter.ms, filter.rows);
    }
    std::printf("  peak resident memory              %8ld kB\n", peakResidentKb());

    std::printf("\njobs=%d\n", options.jobs);
    std::printf("open_ms_min=%.1f\nopen_ms_median=%.1f\nopen_ms_max=%.1f\n", open.min, open.median,
                open.max);
    std::printf("keystroke_ms_min=%.1f\nkeystroke_ms_median=%.1f\nkeystroke_ms_max=%.1f\n",
                typing.typed.min, typing.typed.median, typing.typed.max);
    std::printf("clear_ms_max=%.1f\nworst_keystroke_ms=%.1f\n", typing.cleared.max,
                typing.worst.ms);
    std::printf("sort_click_ms=%.1f\nsorted_worst_keystroke_ms=%.1f\nsorted_open_ms_max=%.1f\n",
                sortClick, sorted.worst.ms, reopen.max);
    std::printf("open_target=%s\nkeystroke_target=%s\n", verdict(open.max, kOpenTargetMs),
                verdict(typing.worst.ms, kKeystrokeTargetMs));
    return 0;
}
