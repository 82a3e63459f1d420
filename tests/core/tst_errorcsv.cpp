// ErrorCsv: the failed rows of a submitted file, cells untouched, with an
// Error Message column, in the bytes CsvWriter writes.

#include "csv/csvreader.h"
#include "jobs/errorcsv.h"
#include "sequentialdevice.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kBom = "\xEF\xBB\xBF"_ba;

struct Output
{
    bool ok = false;
    QString error;
    QByteArray bytes;
};

Output errorCsv(const QByteArray &submitted, const QHash<int, QString> &failed)
{
    QBuffer in;
    in.setData(submitted);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    Output result;
    result.ok = ErrorCsv::write(&in, failed, &out, &result.error);
    result.bytes = out.data();
    return result;
}

QList<QStringList> readBack(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QList<QStringList> records;
    while (reader.readRecord(&record)) {
        records << record.cells();
    }
    if (reader.fatalProblem()) {
        records << QStringList{u"FATAL"_s};
    }
    return records;
}

} // namespace

class TestErrorCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedRowsOnlyInFileOrder();
    void quotedCellsAndLineBreaks();
    void windows1252Semicolons();
    void existingErrorColumnIsReplaced_data();
    void existingErrorColumnIsReplaced();
    void rowsWithTooFewOrTooManyCells();
    void formulaGuard();
    void noFailedRowsGivesTheHeader();
    void sequentialDevice();
    void unreadableFile_data();
    void unreadableFile();
    void betweenFiles();
    void failedRowMessagesFromResults();
};

void TestErrorCsv::failedRowsOnlyInFileOrder()
{
    const QByteArray submitted = "Name,Multimedia Profile\r\n"
                                 "A,MM\r\n"
                                 "B,MM\r\n"
                                 "C,\r\n"
                                 "D,MM\r\n"
                                 "E,Other\r\n"_ba;
    // Rows 3 and 6 failed; row 9 is not in the file and is ignored.
    const Output output =
        errorCsv(submitted, {{6, u"Unknown profile"_s}, {3, u"Name taken"_s}, {9, u"nowhere"_s}});
    QVERIFY2(output.ok, qPrintable(output.error));
    QCOMPARE(output.bytes, kBom + "Name,Multimedia Profile,Error Message\r\n"
                                  "B,MM,Name taken\r\n"
                                  "E,Other,Unknown profile\r\n"_ba);
}

void TestErrorCsv::quotedCellsAndLineBreaks()
{
    const QByteArray submitted = "Name,Description,Timezone\n"
                                 "Main,\"Line one\nline two\r\nline three\",Europe/Stockholm\n"
                                 "\"Sales, North\",\"He said \"\"hi\"\"\",UTC\n"
                                 "Plain,  spaced  ,UTC\n"
                                 "Last,\"a,b\",UTC\n"_ba;
    // Row numbers are spreadsheet rows: the three-line record is row 2.
    const Output output = errorCsv(submitted, {{2, u"First"_s},
                                               {3, u"Second, with a comma"_s},
                                               {4, u"Third"_s},
                                               {5, u"Fourth\nover two lines"_s}});
    QVERIFY2(output.ok, qPrintable(output.error));
    QVERIFY(
        output.bytes.startsWith(QByteArray(kBom + "Name,Description,Timezone,Error Message\r\n")));
    QVERIFY(output.bytes.contains("\"Line one\nline two\r\nline three\""));
    const QList<QStringList> expected = {
        {u"Name"_s, u"Description"_s, u"Timezone"_s, u"Error Message"_s},
        {u"Main"_s, u"Line one\nline two\r\nline three"_s, u"Europe/Stockholm"_s, u"First"_s},
        {u"Sales, North"_s, u"He said \"hi\""_s, u"UTC"_s, u"Second, with a comma"_s},
        {u"Plain"_s, u"  spaced  "_s, u"UTC"_s, u"Third"_s},
        {u"Last"_s, u"a,b"_s, u"UTC"_s, u"Fourth\nover two lines"_s},
    };
    QCOMPARE(readBack(output.bytes), expected);
}

void TestErrorCsv::windows1252Semicolons()
{
    // What a Swedish Excel saves: Windows-1252, semicolons, CRLF.
    const QByteArray submitted = "Name;Description;Group Teams\r\n"
                                 "K\xf6 S\xe4lj;\xc5rets k\xf6;Team \xc4\r\n"
                                 "Ok;ok;ok\r\n"
                                 "\xd6vrigt;\"r\xe4k;na\";Team \xd6\r\n"_ba;
    const Output output = errorCsv(submitted, {{2, u"Fel på raden"_s}, {4, u"Okänt team"_s}});
    QVERIFY2(output.ok, qPrintable(output.error));
    QCOMPARE(output.bytes, kBom + u"Name,Description,Group Teams,Error Message\r\n"
                                  u"Kö Sälj,Årets kö,Team Ä,Fel på raden\r\n"
                                  u"Övrigt,\"räk;na\",Team Ö,Okänt team\r\n"_s.toUtf8());
    const QList<QStringList> records = readBack(output.bytes);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1),
             (QStringList{u"Kö Sälj"_s, u"Årets kö"_s, u"Team Ä"_s, u"Fel på raden"_s}));
}

void TestErrorCsv::existingErrorColumnIsReplaced_data()
{
    QTest::addColumn<QByteArray>("submitted");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("last, as written") << "\xEF\xBB\xBFName,Multimedia Profile,Error Message\r\n"
                                         "A,MM,Old reason\r\n"
                                         "B,MM,Old reason\r\n"_ba
                                      << "Name,Multimedia Profile,Error Message\r\n"
                                         "B,MM,New reason\r\n"_ba;
    QTest::newRow("other case and spaces, in the middle")
        << "Name, error  MESSAGE ,Multimedia Profile\r\nA,x,MM\r\nB,,MM\r\n"_ba
        << "Name,\" error  MESSAGE \",Multimedia Profile\r\nB,New reason,MM\r\n"_ba;
    QTest::newRow("row without the cell") << "Name,Multimedia Profile,Error Message\r\n"
                                             "A,MM,x\r\n"
                                             "B,MM\r\n"_ba
                                          << "Name,Multimedia Profile,Error Message\r\n"
                                             "B,MM,New reason\r\n"_ba;
}

void TestErrorCsv::existingErrorColumnIsReplaced()
{
    QFETCH(QByteArray, submitted);
    QFETCH(QByteArray, expected);
    const Output output = errorCsv(submitted, {{3, u"New reason"_s}});
    QVERIFY2(output.ok, qPrintable(output.error));
    QCOMPARE(output.bytes, kBom + expected);
}

void TestErrorCsv::rowsWithTooFewOrTooManyCells()
{
    const QByteArray submitted = "Name,Multimedia Profile,Description\r\n"
                                 "Short\r\n"
                                 "Empty extras,MM,d,,\r\n"
                                 "Extras,MM,d,more,\r\n"_ba;
    const Output output = errorCsv(submitted, {{2, u"one"_s}, {3, u"two"_s}, {4, u"three"_s}});
    QVERIFY2(output.ok, qPrintable(output.error));
    // The message stays under its header; a value past the header is kept.
    QCOMPARE(output.bytes, kBom + "Name,Multimedia Profile,Description,Error Message\r\n"
                                  "Short,,,one\r\n"
                                  "Empty extras,MM,d,two\r\n"
                                  "Extras,MM,d,three,more\r\n"_ba);
}

void TestErrorCsv::formulaGuard()
{
    const QByteArray submitted = "Name,Description\r\nA,'=1+1\r\nB,+46812345\r\n"_ba;
    const Output output = errorCsv(submitted, {{2, u"=HYPERLINK(\"x\")"_s}, {3, u"-"_s}});
    QVERIFY2(output.ok, qPrintable(output.error));
    QCOMPARE(output.bytes, kBom + "Name,Description,Error Message\r\n"
                                  "A,'=1+1,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                                  "B,+46812345,'-\r\n"_ba);
    const QList<QStringList> records = readBack(output.bytes);
    QCOMPARE(records.at(1), (QStringList{u"A"_s, u"=1+1"_s, u"=HYPERLINK(\"x\")"_s}));
}

void TestErrorCsv::noFailedRowsGivesTheHeader()
{
    const Output output = errorCsv("Name;Multimedia Profile\r\nA;MM\r\n"_ba, {});
    QVERIFY2(output.ok, qPrintable(output.error));
    QCOMPARE(output.bytes, kBom + "Name,Multimedia Profile,Error Message\r\n"_ba);
}

void TestErrorCsv::sequentialDevice()
{
    QByteArray submitted = "Name,Multimedia Profile\r\n"_ba;
    for (int i = 0; i < 2000; ++i) {
        submitted += "Site " + QByteArray::number(i) + ",\"M\r\nM\"\r\n";
    }
    test::SequentialDevice in(submitted, 1000);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(ErrorCsv::write(&in, {{2, u"first"_s}, {2001, u"last"_s}}, &out, &error),
             qPrintable(error));
    QCOMPARE(out.data(), kBom + "Name,Multimedia Profile,Error Message\r\n"
                                "Site 0,\"M\r\nM\",first\r\n"
                                "Site 1999,\"M\r\nM\",last\r\n"_ba);
}

void TestErrorCsv::unreadableFile_data()
{
    QTest::addColumn<QByteArray>("submitted");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("quote left open") << "Name,Profile\r\nA,\"MM\r\n"_ba;
    QTest::newRow("utf-16") << QByteArray("\xFF\xFEN\0a\0", 6);
}

void TestErrorCsv::unreadableFile()
{
    QFETCH(QByteArray, submitted);
    const Output output = errorCsv(submitted, {{2, u"x"_s}});
    QVERIFY(!output.ok);
    QVERIFY(!output.error.isEmpty());
}

void TestErrorCsv::betweenFiles()
{
    QTemporaryDir dir;
    const QString submitted = dir.filePath(u"submitted.csv"_s);
    const QString out = dir.filePath(u"errors.csv"_s);
    {
        QFile file(submitted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name;Multimedia Profile\r\nA;MM\r\nB;MM\r\n");
    }
    QString error;
    QVERIFY2(ErrorCsv::writeFile(submitted, {{2, u"bad"_s}}, out, &error), qPrintable(error));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kBom + "Name,Multimedia Profile,Error Message\r\nA,MM,bad\r\n"_ba);

    // The fixed file imported again, and its error CSV: one Error Message.
    const QString second = dir.filePath(u"errors2.csv"_s);
    QVERIFY(ErrorCsv::writeFile(out, {{2, u"still bad"_s}}, second, &error));
    QFile again(second);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(),
             kBom + "Name,Multimedia Profile,Error Message\r\nA,MM,still bad\r\n"_ba);

    QVERIFY(!ErrorCsv::writeFile(dir.filePath(u"missing.csv"_s), {}, out, &error));
    QVERIFY2(error.contains(u"missing.csv"), qPrintable(error));
    // A failure leaves an earlier file as it was.
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kBom + "Name,Multimedia Profile,Error Message\r\nA,MM,bad\r\n"_ba);
}

void TestErrorCsv::failedRowMessagesFromResults()
{
    const QList<RowResult> rows = {
        {2, u"A"_s, RowResult::Outcome::Created, QString()},
        {3, u"B"_s, RowResult::Outcome::Failed, u"Name taken"_s},
        {4, u"C"_s, RowResult::Outcome::Skipped, u"not a WAV file"_s},
        {5, u"D"_s, RowResult::Outcome::Failed, u"One"_s},
        {5, u"D"_s, RowResult::Outcome::Failed, u"Two"_s},
    };
    const QHash<int, QString> expected = {{3, u"Name taken"_s}, {5, u"One; Two"_s}};
    QCOMPARE(ErrorCsv::failedRowMessages(rows), expected);
}

QTEST_GUILESS_MAIN(TestErrorCsv)
#include "tst_errorcsv.moc"
