// ExportEngine against a local tenant in a temporary folder: the order and
// layout of the rows, files beyond the row limit (a ZIP of CSVs, objects never
// split), templates, and exports that import back unchanged.

#include "csv/csvreader.h"
#include "definitions/definitionregistry.h"
#include "jobs/exportengine.h"
#include "jobs/importengine.h"
#include "tenant/local/localtenant.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <memory>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

constexpr char kSiteHeader[] = "Name,Multimedia Profile\n";
constexpr char kTeamHeader[] =
    "Name,Site,Type,Multimedia Profile,Skill Profile,DN,Capacity,Desktop Layout\n";
constexpr char kQueueHeader[] =
    "Name,Description,Channel Type,Max Time In Queue,Service Level Threshold,Timezone,"
    "Permit Monitoring,Permit Recording,Record All Calls,Pause or Resume Enabled,"
    "Recording Pause Duration,Default Music in Queue,Routing Type,Skill-Based Agent Selection,"
    "Distribution Group,Distribution Group Seq,Group Fallback Time,Group Teams\n";

const TypeDefinition &typeOf(const QString &id)
{
    const TypeDefinition *type = DefinitionRegistry::instance().find(id);
    if (!type) {
        qFatal("no type %s", qPrintable(id));
    }
    return *type;
}

// The records of CSV bytes, each as its cells joined with commas (test
// values hold no commas).
QStringList linesOf(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QStringList lines;
    while (reader.readRecord(&record)) {
        lines << record.cells().join(u',');
    }
    return lines;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The entries of a ZIP file, by name, in the ZIP's order.
QList<QPair<QString, QByteArray>> zipEntries(const QString &path)
{
    QList<QPair<QString, QByteArray>> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        qWarning("cannot open %s as a ZIP (%d)", qPrintable(path), zip.getZipError());
        return entries;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("cannot read %s", qPrintable(zip.getCurrentFileName()));
            continue;
        }
        entries << qMakePair(zip.getCurrentFileName(), file.readAll());
        file.close();
    }
    zip.close();
    return entries;
}

} // namespace

class TestExportEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sortedByKeyIgnoringCase();
    void bytesAsExcelReadsThem();
    void layout_data();
    void layout();
    void exportImportsBackUnchanged_data();
    void exportImportsBackUnchanged();
    void formulasAreNeutralised();
    void zipBeyondRowLimit();
    void zipNeverSplitsAnObject();
    void atRowLimitStaysOneCsv();
    void zipWhenAsked();
    void emptyTypeGivesHeaderOnly();
    void templateIsHeaderOnly_data();
    void templateIsHeaderOnly();
    void audioFilesAreNotExported();
    void unwritablePath();

private:
    ImportOutcome import(const QString &typeId, const QByteArray &csv);
    void load(const QString &typeId, const QByteArray &csv);
    void loadBasics();
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalTenant> m_tenant;
    Limits m_limits;
};

void TestExportEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_tenant = std::make_unique<LocalTenant>(m_dir->filePath(u"tenant.sqlite"_s));
    QString error;
    QVERIFY2(m_tenant->open(&error), qPrintable(error));
    m_limits = Limits();
}

void TestExportEngine::cleanup()
{
    m_tenant.reset();
    m_dir.reset();
}

ImportOutcome TestExportEngine::import(const QString &typeId, const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    ImportEngine engine(typeOf(typeId), DefinitionRegistry::instance(), *m_tenant, Limits());
    return engine.run(&buffer, false);
}

void TestExportEngine::load(const QString &typeId, const QByteArray &csv)
{
    const ImportOutcome outcome = import(typeId, csv);
    QStringList messages;
    for (const RowResult &row : outcome.rows) {
        if (row.outcome == RowResult::Outcome::Failed) {
            messages << u"%1: %2"_s.arg(row.row).arg(row.message);
        }
    }
    QVERIFY2(outcome.status == JobStatus::Completed,
             qPrintable(typeId + u": "_s + outcome.message + messages.join(u'\n')));
}

void TestExportEngine::loadBasics()
{
    load(u"site"_s, QByteArray(kSiteHeader) + "Stockholm,Default Multimedia Profile\n"
                                              "Malmo-2,Default Multimedia Profile\n");
    load(u"team"_s, QByteArray(kTeamHeader) + "Team A,Stockholm,AGENT,,,,,\n"
                                              "Team B,Stockholm,AGENT,,,,,\n");
    // Audio files come from a ZIP, not a CSV: written directly.
    TenantObject hold;
    hold.typeId = u"audio-file"_s;
    hold.key = u"hold.wav"_s;
    hold.fields.insert(u"Name"_s, hold.key);
    Tenant::Change change;
    change.object = hold;
    QList<Tenant::ChangeResult> results;
    QString error;
    QVERIFY2(m_tenant->apply(u"audio-file"_s, {change}, &results, &error), qPrintable(error));
}

void TestExportEngine::sortedByKeyIgnoringCase()
{
    load(u"site"_s, QByteArray(kSiteHeader) + "bravo,Default Multimedia Profile\n"
                                              "Delta,Default Multimedia Profile\n"
                                              "alpha 2,Default Multimedia Profile\n"
                                              "Charlie,Default Multimedia Profile\n"
                                              "Alpha,Default Multimedia Profile\n"
                                              "10 North,Default Multimedia Profile\n");
    ExportEngine engine(typeOf(u"site"_s), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeData(path(u"sites.csv"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.filePath, path(u"sites.csv"_s));
    QCOMPARE(outcome.objects, 6);
    QCOMPARE(outcome.rows, 6);
    QCOMPARE(outcome.files, 1);
    const QStringList lines = linesOf(readAll(outcome.filePath));
    QCOMPARE(
        lines,
        (QStringList{u"Name,Multimedia Profile"_s, u"10 North,Default Multimedia Profile"_s,
                     u"Alpha,Default Multimedia Profile"_s, u"alpha 2,Default Multimedia Profile"_s,
                     u"bravo,Default Multimedia Profile"_s, u"Charlie,Default Multimedia Profile"_s,
                     u"Delta,Default Multimedia Profile"_s}));
}

void TestExportEngine::bytesAsExcelReadsThem()
{
    load(u"site"_s, QByteArray(kSiteHeader) + "Malmo-2,Default Multimedia Profile\n");
    ExportEngine engine(typeOf(u"site"_s), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeData(path(u"sites.csv"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    // UTF-8 with a byte-order mark, commas, CRLF.
    QCOMPARE(readAll(outcome.filePath), QByteArray("\xEF\xBB\xBFName,Multimedia Profile\r\n"
                                                   "Malmo-2,Default Multimedia Profile\r\n"));
}

void TestExportEngine::layout_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("lines"); // the export, header left out

    // Groups in Seq order whatever the file's order; the first on the parent
    // row, labelled Group1, Group2, ...; later rows only the key and the
    // child columns; conditional cells that do not apply stay empty.
    QTest::newRow("queue")
        << u"queue"_s
        << QByteArray(kQueueHeader) +
               "Support,Main,TELEPHONY,600,30,europe/stockholm,TRUE,yes,no,FALSE,,HOLD.wav,"
               "LONGEST_AVAILABLE_AGENT,,My label,3,120,Team B\n"
               "Support,,,,,,,,,,,,,,,1,,Team B|team a\n"
               "Support,,,,,,,,,,,,,,,2,60,Team A\n"
               "chat,Web,CHAT,300,20,,,,,,,,,,,1,0,Team A\n"
        << QStringList{
               u"chat,Web,CHAT,300,20,,,,,,,,,,Group1,1,,Team A"_s,
               u"Support,Main,TELEPHONY,600,30,Europe/Stockholm,TRUE,TRUE,FALSE,FALSE,,hold.wav,"
               "LONGEST_AVAILABLE_AGENT,,Group1,1,,Team A|Team B"_s,
               u"Support,,,,,,,,,,,,,,Group2,2,60,Team A"_s,
               u"Support,,,,,,,,,,,,,,Group3,3,120,Team B"_s};
    // Skills in Skill Name order, Delete written FALSE.
    QTest::newRow("skill-profile")
        << u"skill-profile"_s
        << QByteArray("Name,Description,Skill Name,Skill Values,Delete\n"
                      "Support Skills,For support,Language,English,\n"
                      "Support Skills,,experience,7,FALSE\n"
                      "Sales Skills,,Experience,3,\n")
        << QStringList{u"Sales Skills,,Experience,3,FALSE"_s,
                       u"Support Skills,For support,Experience,7,FALSE"_s,
                       u"Support Skills,,Language,English,FALSE"_s};
    // Entries in Entry Name order; a book without entries on a single row.
    QTest::newRow("address-book")
        << u"address-book"_s
        << QByteArray("Name,Description,Parent Site,Entry Name,Phone Number\n"
                      "Support Contacts,Escalation,stockholm,Reception,+46(8)555-100\n"
                      "Support Contacts,,,Night Desk,08-555-200\n"
                      "Empty Book,No entries yet,,,\n")
        << QStringList{u"Empty Book,No entries yet,,,"_s,
                       u"Support Contacts,Escalation,Stockholm,Night Desk,08-555-200"_s,
                       u"Support Contacts,,,Reception,+46(8)555-100"_s};
    QTest::newRow("outdial-ani")
        << u"outdial-ani"_s
        << QByteArray("Name,Description,Entry Name,Entry Number,Default Entry\n"
                      "Sales ANI,Outbound,SIP Line,sip:sales@example.com,\n"
                      "Sales ANI,,Main,+46855512345,true\n"
                      "Empty ANI,,,,\n")
        << QStringList{u"Empty ANI,,,,"_s, u"Sales ANI,Outbound,Main,+46855512345,TRUE"_s,
                       u"Sales ANI,,SIP Line,sip:sales@example.com,FALSE"_s};
    QTest::newRow("outdial-queue without a campaign")
        << u"outdial-queue"_s
        << QByteArray("Name,Description,Max Time In Queue,Service Level Threshold,Timezone,"
                      "Permit Monitoring,Permit Recording,Record All Calls,"
                      "Pause or Resume Enabled,Recording Pause Duration,Default Music in Queue,"
                      "Outdial Campaign Enabled,Distribution Group,Distribution Group Seq,"
                      "Group Fallback Time,Group Teams\n"
                      "Calls,,600,30,,TRUE,FALSE,FALSE,FALSE,,hold.wav,FALSE,,,,\n")
        << QStringList{u"Calls,,600,30,,TRUE,FALSE,FALSE,FALSE,,hold.wav,FALSE,,,,"_s};
    // Plain types: every column in template order; TRUE/FALSE; the
    // definition's spelling of enumerations.
    QTest::newRow("team") << u"team"_s
                          << QByteArray(kTeamHeader) +
                                 "Night,stockholm,agent,,,,,global layout\n"
                                 "Overflow,Malmo-2,capacity,,,+46855500,010,\n"
                          << QStringList{u"Night,Stockholm,AGENT,,,,,Global Layout"_s,
                                         u"Overflow,Malmo-2,CAPACITY,,,+46855500,10,"_s,
                                         u"Team A,Stockholm,AGENT,,,,,"_s,
                                         u"Team B,Stockholm,AGENT,,,,,"_s};
}

void TestExportEngine::layout()
{
    QFETCH(QString, typeId);
    QFETCH(QByteArray, file);
    QFETCH(QStringList, lines);

    loadBasics();
    if (typeId == u"skill-profile") {
        load(u"skill-definition"_s, "Name,Service Level Threshold,Type\n"
                                    "Language,10,TEXT\nExperience,10,PROFICIENCY\n");
    }
    load(typeId, file);
    ExportEngine engine(typeOf(typeId), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeData(path(u"export.csv"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.rows, int(lines.size()));
    const QStringList written = linesOf(readAll(outcome.filePath));
    QCOMPARE(written.value(0), typeOf(typeId).templateHeaders().join(u','));
    QCOMPARE(written.mid(1), lines);

    // The rows of one object as rowsOf gives them.
    QString error;
    const QList<TenantObject> objects = *m_tenant->objects(typeId, &error);
    int rows = 0;
    for (const TenantObject &object : objects) {
        rows += int(engine.rowsOf(object).size());
    }
    QCOMPARE(rows, int(lines.size()));
}

void TestExportEngine::exportImportsBackUnchanged_data()
{
    layout_data();
}

void TestExportEngine::exportImportsBackUnchanged()
{
    QFETCH(QString, typeId);
    QFETCH(QByteArray, file);

    loadBasics();
    if (typeId == u"skill-profile") {
        load(u"skill-definition"_s, "Name,Service Level Threshold,Type\n"
                                    "Language,10,TEXT\nExperience,10,PROFICIENCY\n");
    }
    load(typeId, file);
    ExportEngine engine(typeOf(typeId), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeData(path(u"export.csv"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    const ImportOutcome again = import(typeId, readAll(outcome.filePath));
    QCOMPARE(again.status, JobStatus::Completed);
    QCOMPARE(again.counts.unchanged, outcome.rows);
    QCOMPARE(again.objectsUnchanged, outcome.objects);
}

void TestExportEngine::formulasAreNeutralised()
{
    loadBasics();
    load(u"work-type"_s, "Name,Description,Type\n"
                         "A,\"=HYPERLINK(\"\"http://example.com\"\")\",IDLE_CODE\n"
                         "B,@SUM(1+1),IDLE_CODE\n"
                         "C,+46-8-555,IDLE_CODE\n"
                         "D,-5,IDLE_CODE\n"
                         "E,+4681234567,IDLE_CODE\n");
    ExportEngine engine(typeOf(u"work-type"_s), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeData(path(u"work-types.csv"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    const QByteArray bytes = readAll(outcome.filePath);
    QVERIFY2(bytes.contains("A,\"'=HYPERLINK(\"\"http://example.com\"\")\",IDLE_CODE\r\n"),
             bytes.constData());
    QVERIFY2(bytes.contains("B,'@SUM(1+1),IDLE_CODE\r\n"), bytes.constData());
    QVERIFY2(bytes.contains("C,'+46-8-555,IDLE_CODE\r\n"), bytes.constData());
    // A plain signed number is not a formula.
    QVERIFY2(bytes.contains("D,-5,IDLE_CODE\r\n"), bytes.constData());
    QVERIFY2(bytes.contains("E,+4681234567,IDLE_CODE\r\n"), bytes.constData());
    // ... and the export imports back with no change.
    const ImportOutcome again = import(u"work-type"_s, bytes);
    QCOMPARE(again.counts.unchanged, again.counts.total);
    QCOMPARE(again.objectsUnchanged, 7); // the two work types of a new tenant too
}

void TestExportEngine::zipBeyondRowLimit()
{
    QByteArray file = kSiteHeader;
    for (const char *name :
         {"Site 7", "site 1", "Site 3", "Site 5", "site 2", "Site 6", "Site 4"}) {
        file += QByteArray(name) + ",Default Multimedia Profile\n";
    }
    load(u"site"_s, file);
    m_limits.maxCsvRows = 3;
    ExportEngine engine(typeOf(u"site"_s), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeData(path(u"sites.csv"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    // Over the limit: a ZIP beside the name asked for, and no CSV.
    QCOMPARE(outcome.filePath, path(u"sites.zip"_s));
    QVERIFY(!QFileInfo::exists(path(u"sites.csv"_s)));
    QCOMPARE(outcome.files, 3);
    QCOMPARE(outcome.objects, 7);
    QCOMPARE(outcome.rows, 7);

    const QList<QPair<QString, QByteArray>> entries = zipEntries(outcome.filePath);
    QStringList names;
    QList<QStringList> parts;
    for (const auto &entry : entries) {
        names << entry.first;
        parts << linesOf(entry.second);
        QVERIFY(entry.second.startsWith("\xEF\xBB\xBF"));
    }
    QCOMPARE(names, (QStringList{u"sites_1.csv"_s, u"sites_2.csv"_s, u"sites_3.csv"_s}));
    const QString header = u"Name,Multimedia Profile"_s;
    const QString mm = u",Default Multimedia Profile"_s;
    QCOMPARE(parts.value(0),
             (QStringList{header, u"site 1"_s + mm, u"site 2"_s + mm, u"Site 3"_s + mm}));
    QCOMPARE(parts.value(1),
             (QStringList{header, u"Site 4"_s + mm, u"Site 5"_s + mm, u"Site 6"_s + mm}));
    QCOMPARE(parts.value(2), (QStringList{header, u"Site 7"_s + mm}));
}

void TestExportEngine::zipNeverSplitsAnObject()
{
    loadBasics();
    QByteArray file = kQueueHeader;
    for (const char *name : {"Q1", "Q2", "Q3"}) {
        file += QByteArray(name) + ",,CHAT,300,20,,,,,,,,,,,1,,Team A\n" + QByteArray(name) +
                ",,,,,,,,,,,,,,,2,10,Team B\n";
    }
    file += "Q4,,CHAT,300,20,,,,,,,,,,,1,,Team A\n";
    load(u"queue"_s, file);
    m_limits.maxCsvRows = 3;
    ExportEngine engine(typeOf(u"queue"_s), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeData(path(u"queues.csv"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.rows, 7);
    QCOMPARE(outcome.objects, 4);
    const QList<QPair<QString, QByteArray>> entries = zipEntries(outcome.filePath);
    QStringList keysPerPart;
    for (const auto &entry : entries) {
        QStringList keys;
        const QStringList lines = linesOf(entry.second);
        QVERIFY(lines.size() - 1 <= 3);
        for (const QString &line : lines.mid(1)) {
            keys << line.section(u',', 0, 0);
        }
        keysPerPart << keys.join(u' ');
    }
    // Q2 would fit its first row beside Q1's two, but an object stays whole.
    QCOMPARE(keysPerPart, (QStringList{u"Q1 Q1"_s, u"Q2 Q2"_s, u"Q3 Q3 Q4"_s}));
    QCOMPARE(outcome.files, 3);
}

void TestExportEngine::atRowLimitStaysOneCsv()
{
    load(u"site"_s, QByteArray(kSiteHeader) + "A,Default Multimedia Profile\n"
                                              "B,Default Multimedia Profile\n"
                                              "C,Default Multimedia Profile\n");
    m_limits.maxCsvRows = 3;
    ExportEngine engine(typeOf(u"site"_s), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeData(path(u"sites.csv"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.filePath, path(u"sites.csv"_s));
    QCOMPARE(outcome.files, 1);
    QVERIFY(!QFileInfo::exists(path(u"sites.zip"_s)));
    QCOMPARE(linesOf(readAll(outcome.filePath)).size(), 4);
}

void TestExportEngine::zipWhenAsked()
{
    load(u"site"_s, QByteArray(kSiteHeader) + "A,Default Multimedia Profile\n");
    ExportEngine engine(typeOf(u"site"_s), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeData(path(u"all sites.ZIP"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.filePath, path(u"all sites.zip"_s));
    QCOMPARE(outcome.files, 1);
    const QList<QPair<QString, QByteArray>> entries = zipEntries(outcome.filePath);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().first, u"all sites_1.csv"_s);
    QCOMPARE(linesOf(entries.first().second),
             (QStringList{u"Name,Multimedia Profile"_s, u"A,Default Multimedia Profile"_s}));
}

void TestExportEngine::emptyTypeGivesHeaderOnly()
{
    ExportEngine engine(typeOf(u"team"_s), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeData(path(u"teams.csv"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.objects, 0);
    QCOMPARE(outcome.rows, 0);
    QCOMPARE(linesOf(readAll(outcome.filePath)),
             QStringList{typeOf(u"team"_s).templateHeaders().join(u',')});
}

void TestExportEngine::templateIsHeaderOnly_data()
{
    QTest::addColumn<QString>("typeId");
    for (const TypeDefinition &type : DefinitionRegistry::instance().types()) {
        if (type.format() == FileFormat::Csv) {
            QTest::newRow(qPrintable(type.id())) << type.id();
        }
    }
}

void TestExportEngine::templateIsHeaderOnly()
{
    QFETCH(QString, typeId);

    // The tenant's objects do not matter to a template.
    load(u"site"_s, QByteArray(kSiteHeader) + "A,Default Multimedia Profile\n");
    ExportEngine engine(typeOf(typeId), *m_tenant, m_limits);
    const ExportOutcome outcome = engine.writeTemplate(path(typeId + u".csv"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.files, 1);
    QCOMPARE(outcome.objects, 0);
    QCOMPARE(outcome.filePath, path(typeId + u".csv"_s));
    QCOMPARE(readAll(outcome.filePath),
             "\xEF\xBB\xBF" + typeOf(typeId).templateHeaders().join(u',').toUtf8() + "\r\n");
}

void TestExportEngine::audioFilesAreNotExported()
{
    ExportEngine engine(typeOf(u"audio-file"_s), *m_tenant, m_limits);
    ExportOutcome outcome = engine.writeData(path(u"audio.csv"_s));
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.message.isEmpty());
    outcome = engine.writeTemplate(path(u"audio.csv"_s));
    QVERIFY(!outcome.ok);
    QVERIFY(!QFileInfo::exists(path(u"audio.csv"_s)));
}

void TestExportEngine::unwritablePath()
{
    load(u"site"_s, QByteArray(kSiteHeader) + "A,Default Multimedia Profile\n");
    const QString target = path(u"no/such/folder/sites.csv"_s);
    ExportEngine engine(typeOf(u"site"_s), *m_tenant, m_limits);
    ExportOutcome outcome = engine.writeData(target);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(u"sites.csv"_s), qPrintable(outcome.message));
    QVERIFY(!QFileInfo::exists(target));
    outcome = engine.writeData(path(u"no/such/folder/sites.zip"_s));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(u"sites.zip"_s), qPrintable(outcome.message));
}

QTEST_GUILESS_MAIN(TestExportEngine)
#include "tst_exportengine.moc"
