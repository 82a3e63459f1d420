#include "sequentialdevice.h"
#include "validationfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ccbulk;

namespace {

const QByteArray kSiteHeader = "Name,Multimedia Profile\r\n";

QByteArray siteRows(int count)
{
    QByteArray csv = kSiteHeader;
    for (int i = 0; i < count; ++i) {
        csv += "Site " + QByteArray::number(i) + ",MM\r\n";
    }
    return csv;
}

} // namespace

class TestFileValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFile();
    void blankRowsAreSkippedAndNotCounted();
    void rowNumbersIgnoreLineBreaksInCells();
    void refusals_data();
    void refusals();
    void rowLimit_data();
    void rowLimit();
    void sizeLimitSeekable();
    void sizeLimitSequential();
    void cellCounts_data();
    void cellCounts();
    void strayQuoteIsARowError();
    void markedUtf8WithOtherBytesIsAnError();
    void openQuoteNamesItsColumn();
    void excelFiles_data();
    void excelFiles();
    void issuesAreSortedAndRowsCounted();
    void laterRowsOfAnObjectInheritParentCells();
    void missingFileNamesThePath();
    void zipTypeIsNotACsv();
};

void TestFileValidator::validFile()
{
    const ValidationReport report = test::validateCsv("site", siteRows(3));
    QVERIFY2(report.isValid(), qPrintable(test::issueText(report)));
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.errorRows, 0);
    QVERIFY(report.issues.isEmpty());
}

void TestFileValidator::blankRowsAreSkippedAndNotCounted()
{
    const ValidationReport report =
        test::validateCsv("site", kSiteHeader + "A,MM\r\n\r\n , \r\nB,MM\r\n,\r\n");
    QVERIFY2(report.isValid(), qPrintable(test::issueText(report)));
    QCOMPARE(report.rows, 2);
}

void TestFileValidator::rowNumbersIgnoreLineBreaksInCells()
{
    const ValidationReport report = test::validateCsv(
        "entry-point", "Name,Description,Service Level Threshold,Timezone,Channel Type\n"
                       "Main,\"Line one\nline two\r\nline three\",30,Europe/Stockholm,TELEPHONY\n"
                       "Bad!,ok,30,Europe/Stockholm,TELEPHONY\n");
    QCOMPARE(test::issueKeys(report), QStringList{u"3:Name:E"_qs});
}

void TestFileValidator::refusals_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << 0 << u"empty"_qs;
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << 0 << u"empty"_qs;
    QTest::newRow("header only") << kSiteHeader << 0 << u"no data rows"_qs;
    QTest::newRow("header and blank rows") << kSiteHeader + "\r\n,\r\n" << 0 << u"no data rows"_qs;
    QTest::newRow("utf-16") << QByteArray("\xFF\xFEN\0a\0m\0e\0", 10) << 0 << u"UTF-16"_qs;
    QTest::newRow("nul byte") << kSiteHeader + QByteArray("A,M\0M\r\n", 7) << 0 << u"NUL"_qs;
    QTest::newRow("quote left open") << kSiteHeader + "A,MM\r\n\"B,MM\r\nC,MM\r\n"
                                     << 3 << u"never closed"_qs;
    QTest::newRow("required header missing")
        << QByteArray("Name,Profile\r\nA,B\r\n") << 0 << u"“Multimedia Profile”"_qs;
    QTest::newRow("header twice") << QByteArray("Name,Multimedia Profile,NAME\r\nA,B,C\r\n") << 0
                                  << u"both name"_qs;
}

void TestFileValidator::refusals()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, row);
    QFETCH(QString, message);
    const ValidationReport report = test::validateCsv("site", csv);
    QVERIFY(report.refused);
    QVERIFY(!report.isValid());
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().row, row);
    QVERIFY2(report.issues.first().message.contains(message),
             qPrintable(report.issues.first().message));
}

void TestFileValidator::rowLimit_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("refused");
    QTest::newRow("default, at the limit") << Limits::kDefaultMaxCsvRows << 5000 << false;
    QTest::newRow("default, one over") << Limits::kDefaultMaxCsvRows << 5001 << true;
    QTest::newRow("setting 10, 10 rows") << qint64(10) << 10 << false;
    QTest::newRow("setting 10, 12 rows") << qint64(10) << 12 << true;
}

void TestFileValidator::rowLimit()
{
    QFETCH(qint64, limit);
    QFETCH(int, rows);
    QFETCH(bool, refused);
    Limits limits;
    limits.maxCsvRows = limit;
    const ValidationReport report = test::validateCsv("site", siteRows(rows), limits);
    QCOMPARE(report.refused, refused);
    if (refused) {
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().row, 0);
        const QString &message = report.issues.first().message;
        QVERIFY2(message.contains(QString::number(limit)), qPrintable(message));
        QVERIFY2(message.contains(QString::number(rows)), qPrintable(message));
    } else {
        QCOMPARE(report.rows, rows);
        QVERIFY(report.isValid());
    }
}

void TestFileValidator::sizeLimitSeekable()
{
    Limits limits;
    limits.maxCsvBytes = 1000;
    const QByteArray csv = siteRows(100); // ~1.4 kB
    QVERIFY(csv.size() > 1000);
    const ValidationReport report = test::validateCsv("site", csv, limits);
    QVERIFY(report.refused);
    QCOMPARE(report.issues.first().row, 0);
    const QString &message = report.issues.first().message;
    QVERIFY2(message.contains(QString::number(csv.size())), qPrintable(message));
    QVERIFY2(message.contains(u"1000") || message.contains(u"1 000"), qPrintable(message));

    limits.maxCsvBytes = csv.size();
    QVERIFY(test::validateCsv("site", csv, limits).isValid());
}

void TestFileValidator::sizeLimitSequential()
{
    // Default limit: 5 MiB, exceeded by a file streamed without a known size.
    QByteArray csv = kSiteHeader;
    for (int i = 0; csv.size() <= Limits::kDefaultMaxCsvBytes; ++i) {
        csv += "Site " + QByteArray::number(i) + ",\"" + QByteArray(1000, 'x') + "\"\r\n";
    }
    const FileValidator validator(test::type("site"), DefinitionRegistry::instance(), Limits());
    test::SequentialDevice device(csv);
    const ValidationReport report = validator.validate(&device);
    QVERIFY(report.refused);
    QCOMPARE(report.issues.size(), 1);
    QVERIFY2(report.issues.first().message.contains(u"5242880"),
             qPrintable(report.issues.first().message));

    // The same rows under the limit stream through and are all counted.
    const QByteArray head = csv.left(csv.indexOf("\r\n", 1024 * 1024) + 2);
    test::SequentialDevice small(head);
    const ValidationReport ok = validator.validate(&small);
    QVERIFY2(ok.isValid(), qPrintable(test::issueText(ok)));
    QCOMPARE(ok.rows, int(head.count("\r\n")) - 1);
}

void TestFileValidator::cellCounts_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QStringList>("issues");
    QTest::newRow("fewer cells") << QByteArray("A\r\n") << QStringList{u"2::E"_qs};
    QTest::newRow("more cells") << QByteArray("A,MM,extra\r\n") << QStringList{u"2::E"_qs};
    QTest::newRow("more, but empty") << QByteArray("A,MM,, \r\n") << QStringList{u"2::W"_qs};
}

void TestFileValidator::cellCounts()
{
    QFETCH(QByteArray, row);
    QFETCH(QStringList, issues);
    const ValidationReport report = test::validateCsv("site", kSiteHeader + row + "B,MM\r\n");
    QCOMPARE(test::issueKeys(report), issues);
    QCOMPARE(report.rows, 2);
    QVERIFY2(report.issues.first().message.contains(u"header has 2"),
             qPrintable(report.issues.first().message));
}

void TestFileValidator::strayQuoteIsARowError()
{
    const ValidationReport report = test::validateCsv("site", kSiteHeader + "A\"b,MM\r\n");
    // The problem names the cell's column.
    QCOMPARE(test::issueKeys(report).value(0), u"2:Name:E"_qs);
    QVERIFY(report.issues.first().message.contains(u"Column 1"));
    QCOMPARE(report.errorRows, 1);
}

void TestFileValidator::markedUtf8WithOtherBytesIsAnError()
{
    // A UTF-8 byte-order mark, then Windows-1252 bytes: never a silent guess.
    const ValidationReport report =
        test::validateCsv("team", "\xEF\xBB\xBFName,Site,Type\r\nKundtj\xe4nst,Malmo,AGENT\r\n");
    QCOMPARE(test::issueKeys(report), QStringList{u"2:Name:E"_qs});
    QVERIFY2(report.issues.first().message.contains(u"UTF-8"),
             qPrintable(report.issues.first().message));
}

void TestFileValidator::openQuoteNamesItsColumn()
{
    const ValidationReport report =
        test::validateCsv("site", kSiteHeader + "A,MM\r\nB,\"MM\r\nC,MM\r\n");
    QVERIFY(report.refused);
    QCOMPARE(test::issueKeys(report), QStringList{u"3:Multimedia Profile:E"_qs});
}

void TestFileValidator::excelFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    const QByteArray header = "Name;Description;Channel Type;Max Time In Queue;"
                              "Service Level Threshold;Distribution Group Seq;Group Teams\r\n";
    QTest::newRow("swedish excel, windows-1252")
        << header + "K\xf6 S\xe4lj;\xc5rets k\xf6;CHAT;600;30;1;Team \xc4\r\n";
    QTest::newRow("utf-8 with bom, semicolons")
        << "\xEF\xBB\xBF" + header + "Kö Sälj;Årets kö;CHAT;600;30;1;Team Ä\r\n";
    QTest::newRow("tabs, upper-case headers, LF")
        << QByteArray("NAME\tDESCRIPTION\tCHANNEL TYPE\tMAX TIME IN QUEUE\tSERVICE LEVEL "
                      "THRESHOLD\tDISTRIBUTION GROUP SEQ\tGROUP TEAMS\n"
                      "Kö Sälj\tÅrets kö\tchat\t600\t30\t1\tTeam Ä\n");
    QTest::newRow("CR line ends") << QByteArray(header).replace("\r\n", "\r") +
                                         "Kö Sälj;Årets kö;CHAT;600;30;1;Team Ä\r";
}

void TestFileValidator::excelFiles()
{
    QFETCH(QByteArray, csv);
    const ValidationReport report = test::validateCsv("queue", csv);
    QVERIFY2(report.isValid(), qPrintable(test::issueText(report)));
    QCOMPARE(report.rows, 1);
    // The Swedish letters were decoded, not guessed: a name with a letter the
    // pattern rejects would show up here. Queue names accept any letter.
    const ValidationReport site =
        test::validateCsv("site", "Name;Multimedia Profile\r\nV\xe4st;MM\r\n");
    QCOMPARE(site.issues.size(), 1);
    QVERIFY2(site.issues.first().message.contains(u"“ä”"), qPrintable(site.issues.first().message));
}

void TestFileValidator::issuesAreSortedAndRowsCounted()
{
    const ValidationReport report = test::validateCsv(
        "address-book",
        "Name,Entry Name,Phone Number\nB,One,1\nB,Two,x\nC,One,1\nB,Three,3\nD,Ok,1\n");
    QList<int> rows;
    for (const Issue &issue : report.issues) {
        rows << issue.row;
    }
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(rows, sorted);
    // B is split (rows 2, 3, 5 fail), row 3 also has a bad phone number.
    QCOMPARE(report.errorRows, 3);
    QCOMPARE(report.rows, 5);
}

void TestFileValidator::laterRowsOfAnObjectInheritParentCells()
{
    const QByteArray header = "Name,Channel Type,Max Time In Queue,Service Level Threshold,"
                              "Permit Monitoring,Permit Recording,Record All Calls,"
                              "Pause or Resume Enabled,Default Music in Queue,Routing Type,"
                              "Distribution Group Seq,Group Fallback Time,Group Teams\n";
    // Required parent cells empty on the second row: taken from the first.
    const ValidationReport ok =
        test::validateCsv("queue", header + "Q,TELEPHONY,600,30,TRUE,TRUE,FALSE,FALSE,m.wav,"
                                            "LONGEST_AVAILABLE_AGENT,1,,T1\nQ,,,,,,,,,,2,30,T2\n");
    QVERIFY2(ok.isValid(), qPrintable(test::issueText(ok)));
    // A bad parent value is reported once, on the first row, not on every row.
    const ValidationReport bad =
        test::validateCsv("queue", header + "Q,TELEPHONY,0,30,TRUE,TRUE,FALSE,FALSE,m.wav,"
                                            "LONGEST_AVAILABLE_AGENT,1,,T1\nQ,,,,,,,,,,2,30,T2\n");
    QCOMPARE(test::issueKeys(bad), QStringList{u"2:Max Time In Queue:E"_qs});
    // A child cell is still checked on later rows, with the parent's values
    // in force for its conditions.
    const ValidationReport child =
        test::validateCsv("queue", header + "Q,TELEPHONY,600,30,TRUE,TRUE,FALSE,FALSE,m.wav,"
                                            "LONGEST_AVAILABLE_AGENT,1,,T1\nQ,,,,,,,,,,2,,T2\n");
    QCOMPARE(test::issueKeys(child), QStringList{u"3:Group Fallback Time:E"_qs});
}

void TestFileValidator::missingFileNamesThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothere.csv"));
    const ValidationReport report =
        FileValidator(test::type("site"), DefinitionRegistry::instance(), Limits())
            .validateFile(path);
    QVERIFY(report.refused);
    QVERIFY(report.issues.first().message.contains(u"nothere.csv"));
}

void TestFileValidator::zipTypeIsNotACsv()
{
    const ValidationReport report = test::validateCsv("audio-file", "Name\r\na.wav\r\n");
    QVERIFY(report.refused);
}

QTEST_GUILESS_MAIN(TestFileValidator)
#include "tst_filevalidator.moc"
