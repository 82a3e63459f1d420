// CsvWriter: the bytes it writes (BOM, CRLF, quoting, formula guard), the
// round trip through CsvReader, and write failures.

#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kBom = "\xEF\xBB\xBF"_ba;

// Everything a reader returns for the bytes, failing on any problem.
struct ReadBack
{
    QList<QStringList> records;
    QList<int> rows;
    int problems = 0;
    bool fatal = false;
};

ReadBack readBack(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    ReadBack result;
    while (reader.readRecord(&record)) {
        result.records << record.cells();
        result.rows << record.row();
        result.problems += int(record.problems().size());
    }
    result.fatal = reader.fatalProblem().has_value();
    return result;
}

QByteArray writeAll(const QList<QStringList> &records)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &record : records) {
        writer.writeRecord(record);
    }
    if (!writer.flush()) {
        return "flush failed"_ba;
    }
    return buffer.data();
}

// The cells the round trip is tried with.
QStringList trickyCells()
{
    return {
        u"plain"_s,
        u"Åsa Öberg"_s,
        u"åäöÅÄÖ"_s,
        u"😀 emoji 👍🏽 and a flag 🇸🇪"_s,
        u"€100"_s,
        u"say \"hi\""_s,
        u"\""_s,
        u"\"\""_s,
        u"\"quoted\""_s,
        u"line1\r\nline2"_s,
        u"a\nb"_s,
        u"a\rb"_s,
        u"\r\n"_s,
        u"\n"_s,
        u"\r"_s,
        u"a,b;c\td"_s,
        u","_s,
        u";"_s,
        u"\t"_s,
        u"=cmd|' /C calc'!A0"_s,
        u"=SUM(A1)"_s,
        u"=HYPERLINK(\"http://x\",\"y\")"_s,
        u"'=x"_s,
        u"''=x"_s,
        u"'"_s,
        u"''"_s,
        u"'abc"_s,
        u"'+46 8"_s,
        u"-2+3"_s,
        u"@SUM(1)"_s,
        u"+A1"_s,
        u"+"_s,
        u"-"_s,
        u"'-"_s,
        u"+4681234567"_s,
        u"+46 8 123 45 67"_s,
        u"-5"_s,
        u"\tindented"_s,
        u"\rcarriage"_s,
        QString(),
        u" "_s,
        u"  two  "_s,
        u" leading"_s,
        u"trailing "_s,
        u"\u00A0no-break space\u00A0"_s,
        u"\uFEFFzero width no-break space"_s,
    };
}

QString tagFor(const QString &cell)
{
    if (cell.isEmpty()) {
        return u"(empty)"_s;
    }
    QString tag = cell;
    tag.replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s);
    return tag;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeCell_data();
    void encodeCell();
    void encodeRecord();
    void bomOnceAndCrlf();
    void bomOnceAcrossAutomaticFlushes();
    void destructorFlushes();
    void roundTrip_data();
    void roundTrip();
    void roundTripAllCellsInOneRecord();
    void flushFailure_data();
    void flushFailure();
};

void TestCsvWriter::encodeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("plain") << u"abc"_s << "abc"_ba;
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("inner space") << u"in side"_s << "in side"_ba;
    QTest::newRow("Swedish letters as UTF-8") << u"Åsa Öberg"_s
                                              << "\xC3\x85sa \xC3\x96"
                                                 "berg"_ba;
    QTest::newRow("emoji as UTF-8") << u"😀"_s << "\xF0\x9F\x98\x80"_ba;
    QTest::newRow("apostrophe inside") << u"it's"_s << "it's"_ba;

    // Quoted where needed.
    QTest::newRow("comma") << u"a,b"_s << "\"a,b\""_ba;
    QTest::newRow("semicolon") << u"a;b"_s << "\"a;b\""_ba;
    QTest::newRow("tab") << u"a\tb"_s << "\"a\tb\""_ba;
    QTest::newRow("quote") << u"say \"hi\""_s << "\"say \"\"hi\"\"\""_ba;
    QTest::newRow("quote alone") << u"\""_s << "\"\"\"\""_ba;
    QTest::newRow("CR") << u"a\rb"_s << "\"a\rb\""_ba;
    QTest::newRow("LF") << u"a\nb"_s << "\"a\nb\""_ba;
    QTest::newRow("CRLF") << u"a\r\nb"_s << "\"a\r\nb\""_ba;
    QTest::newRow("leading space") << u" lead"_s << "\" lead\""_ba;
    QTest::newRow("trailing space") << u"trail "_s << "\"trail \""_ba;
    QTest::newRow("space only") << u" "_s << "\" \""_ba;

    // Formula guard.
    QTest::newRow("equals") << u"=SUM(A1)"_s << "'=SUM(A1)"_ba;
    QTest::newRow("at") << u"@SUM(1)"_s << "'@SUM(1)"_ba;
    QTest::newRow("plus reference") << u"+A1"_s << "'+A1"_ba;
    QTest::newRow("minus text") << u"-A1"_s << "'-A1"_ba;
    QTest::newRow("minus formula") << u"-2+3"_s << "'-2+3"_ba;
    QTest::newRow("plus alone") << u"+"_s << "'+"_ba;
    QTest::newRow("DDE") << u"=cmd|' /C calc'!A0"_s << "'=cmd|' /C calc'!A0"_ba;
    QTest::newRow("leading tab, guarded and quoted") << u"\tx"_s << "\"'\tx\""_ba;
    QTest::newRow("leading CR, guarded and quoted") << u"\rx"_s << "\"'\rx\""_ba;
    QTest::newRow("formula with quotes and comma")
        << u"=HYPERLINK(\"x\",\"y\")"_s << "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_ba;
    QTest::newRow("apostrophe formula") << u"'=x"_s << "''=x"_ba;
    QTest::newRow("apostrophe text unchanged") << u"'abc"_s << "'abc"_ba;

    // Numbers with a sign stay as they are.
    QTest::newRow("phone number") << u"+4681234567"_s << "+4681234567"_ba;
    QTest::newRow("phone number with spaces") << u"+46 8 123 45 67"_s << "'+46 8 123 45 67"_ba;
    QTest::newRow("minus five") << u"-5"_s << "-5"_ba;
    QTest::newRow("minus decimal comma") << u"-1,5"_s << "\"-1,5\""_ba;
}

void TestCsvWriter::encodeCell()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, encoded);
    QCOMPARE(CsvWriter::encodeRecord({cell}), QByteArray(encoded + "\r\n"));
}

void TestCsvWriter::encodeRecord()
{
    QCOMPARE(CsvWriter::encodeRecord({u"a"_s, u"b,c"_s, QString(), u"=d"_s}),
             "a,\"b,c\",,'=d\r\n"_ba);
    QCOMPARE(CsvWriter::encodeRecord({QString(), QString()}), ",\r\n"_ba);
}

void TestCsvWriter::bomOnceAndCrlf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer);
        writer.writeRecord({u"namn"_s, u"ort"_s});
        QVERIFY(writer.flush());
        writer.writeRecord({u"Åsa"_s, u"Malmö"_s});
        QVERIFY(writer.flush());
        writer.writeRecord({u"Bo"_s, u"Lund"_s});
        QVERIFY(writer.flush());
        QVERIFY(!writer.hasError());
    }
    const QByteArray expected = kBom + "namn,ort\r\n\xC3\x85sa,Malm\xC3\xB6\r\nBo,Lund\r\n"_ba;
    QCOMPARE(buffer.data(), expected);
    QCOMPARE(buffer.data().count(kBom), 1);
    // Every line end is CRLF.
    QCOMPARE(buffer.data().count('\n'), buffer.data().count("\r\n"));
}

// More than the writer's 256 KiB buffer: it writes as it goes, BOM first
// and only once.
void TestCsvWriter::bomOnceAcrossAutomaticFlushes()
{
    QList<QStringList> records;
    records << QStringList{u"id"_s, u"text"_s};
    for (int i = 0; i < 20000; ++i) {
        records << QStringList{QString::number(i), u"Rad %1 med å, ä och ö"_s.arg(i)};
    }
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    for (const QStringList &record : std::as_const(records)) {
        writer.writeRecord(record);
    }
    QVERIFY(buffer.data().size() > 0); // written before flush()
    QVERIFY(writer.flush());
    QVERIFY(buffer.data().size() > 256 * 1024);
    QVERIFY(buffer.data().startsWith(kBom));
    QCOMPARE(buffer.data().count(kBom), 1);

    const ReadBack back = readBack(buffer.data());
    QVERIFY(!back.fatal);
    QCOMPARE(back.problems, 0);
    QCOMPARE(back.records.size(), records.size());
    QCOMPARE(back.records, records);
}

void TestCsvWriter::destructorFlushes()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer);
        writer.writeRecord({u"a"_s, u"b"_s});
    }
    QCOMPARE(buffer.data(), QByteArray(kBom + "a,b\r\n"_ba));
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<QString>("cell");
    for (const QString &cell : trickyCells()) {
        QTest::newRow(qPrintable(tagFor(cell))) << cell;
    }
}

// Written with CsvWriter and read back with CsvReader, every cell is what was
// written: in the header line (where the delimiter is detected), among other
// cells, alone, and twice in a row.
void TestCsvWriter::roundTrip()
{
    QFETCH(QString, cell);

    const QList<QStringList> records = {
        {cell, u"header"_s}, {u"1"_s, cell, u"x"_s}, {cell}, {cell, cell}, {u"last"_s, u"row"_s},
    };
    const QByteArray bytes = writeAll(records);
    QVERIFY(bytes.startsWith(kBom));
    const ReadBack back = readBack(bytes);
    QVERIFY(!back.fatal);
    QCOMPARE(back.problems, 0);
    QCOMPARE(back.records, records);
    QCOMPARE(back.rows, (QList<int>{1, 2, 3, 4, 5}));

    // A file of that one cell alone.
    const ReadBack alone = readBack(writeAll({{cell}}));
    QVERIFY(!alone.fatal);
    QCOMPARE(alone.records, (QList<QStringList>{{cell}}));
}

void TestCsvWriter::roundTripAllCellsInOneRecord()
{
    const QStringList cells = trickyCells();
    QStringList reversed = cells;
    std::reverse(reversed.begin(), reversed.end());
    const QList<QStringList> records = {cells, reversed, cells};
    const ReadBack back = readBack(writeAll(records));
    QVERIFY(!back.fatal);
    QCOMPARE(back.problems, 0);
    QCOMPARE(back.records, records);
    QCOMPARE(back.rows, (QList<int>{1, 2, 3}));
}

void TestCsvWriter::flushFailure_data()
{
    QTest::addColumn<bool>("useFile");
    QTest::newRow("QBuffer opened read-only") << false;
    QTest::newRow("QFile opened read-only") << true;
}

void TestCsvWriter::flushFailure()
{
    QFETCH(bool, useFile);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QBuffer buffer;
    QFile file(dir.filePath(u"existing.csv"_s));
    QIODevice *device = &buffer;
    if (useFile) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        device = &file;
    } else {
        QVERIFY(buffer.open(QIODevice::ReadOnly));
    }

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"QIODevice::write.*ReadOnly device"_s));
    CsvWriter writer(device);
    writer.writeRecord({u"a"_s, u"b"_s});
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasError());
    // The failure stays reported; nothing is retried.
    writer.writeRecord({u"c"_s});
    QVERIFY(!writer.flush());
    QVERIFY(!writer.errorString().isEmpty());
    QCOMPARE(device->size(), 0);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
