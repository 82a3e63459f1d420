// CsvReader: RFC 4180 parsing over seekable and sequential devices, row
// numbers, encodings, delimiters, formula guards, records longer than the
// read chunk, and the problems reported for malformed input.

#include "csv/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace ccbulk {

// Readable failure messages for QCOMPARE (found by argument-dependent lookup).
char *toString(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return qstrdup("Utf8");
    case TextEncoding::Utf8WithBom:
        return qstrdup("Utf8WithBom");
    case TextEncoding::Windows1252:
        return qstrdup("Windows1252");
    case TextEncoding::Utf16:
        return qstrdup("Utf16");
    }
    return qstrdup("?");
}

} // namespace ccbulk

namespace {

// The size of the reader's reads (kChunkSize in csvreader.cpp): the first
// read of a seekable device ends exactly here.
constexpr qsizetype kChunk = 256 * 1024;

// A device that cannot seek, like a pipe or a QProcess, handing out at most
// `piece` bytes per read. Once drained it reports the end as a pipe does
// (0 bytes), or as QProcess does after the process has finished (-1, "reading
// past the end of the stream").
class SequentialDevice : public QIODevice
{
public:
    enum class End
    {
        ZeroBytes,
        MinusOne
    };

    SequentialDevice(const QByteArray &data, qint64 piece, End end = End::ZeroBytes)
        : m_data(data), m_piece(piece), m_end(end)
    {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return (m_data.size() - m_offset) + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_piece, qint64(m_data.size() - m_offset)});
        if (count == 0 && maxSize > 0 && m_end == End::MinusOne) {
            return -1;
        }
        std::memcpy(data, m_data.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    qint64 m_piece;
    End m_end;
};

enum class Device
{
    Buffer,          // QBuffer: seekable, the encoding is decided for the whole file
    SequentialByte,  // one byte per read: every position is a read boundary
    SequentialThree, // three bytes per read
    SequentialLarge, // whole reads, as many bytes as the reader asks for
    SequentialOdd,   // 4093 bytes per read
};

const char *deviceName(Device device)
{
    switch (device) {
    case Device::Buffer:
        return "QBuffer";
    case Device::SequentialByte:
        return "sequential, 1 byte a read";
    case Device::SequentialThree:
        return "sequential, 3 bytes a read";
    case Device::SequentialLarge:
        return "sequential, whole reads";
    case Device::SequentialOdd:
        return "sequential, 4093 bytes a read";
    }
    return "?";
}

constexpr Device kSmallDevices[] = {Device::Buffer, Device::SequentialByte,
                                    Device::SequentialThree};
constexpr Device kLargeDevices[] = {Device::Buffer, Device::SequentialLarge, Device::SequentialOdd};

std::unique_ptr<QIODevice> openDevice(Device device, const QByteArray &bytes)
{
    std::unique_ptr<QIODevice> result;
    switch (device) {
    case Device::Buffer: {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        result = std::move(buffer);
        break;
    }
    case Device::SequentialByte:
        result = std::make_unique<SequentialDevice>(bytes, 1);
        break;
    case Device::SequentialThree:
        result = std::make_unique<SequentialDevice>(bytes, 3);
        break;
    case Device::SequentialLarge:
        result = std::make_unique<SequentialDevice>(bytes, qint64(1) << 30);
        break;
    case Device::SequentialOdd:
        result = std::make_unique<SequentialDevice>(bytes, 4093);
        break;
    }
    result->open(QIODevice::ReadOnly);
    return result;
}

const char *codeName(CsvProblem::Code code)
{
    switch (code) {
    case CsvProblem::Code::Empty:
        return "Empty";
    case CsvProblem::Code::Utf16:
        return "Utf16";
    case CsvProblem::Code::NulByte:
        return "NulByte";
    case CsvProblem::Code::UnclosedQuote:
        return "UnclosedQuote";
    case CsvProblem::Code::TooLarge:
        return "TooLarge";
    case CsvProblem::Code::ReadError:
        return "ReadError";
    case CsvProblem::Code::StrayQuote:
        return "StrayQuote";
    case CsvProblem::Code::TextAfterQuote:
        return "TextAfterQuote";
    case CsvProblem::Code::InvalidUtf8:
        return "InvalidUtf8";
    }
    return "?";
}

// "Code row:column", so that a problem compares in one QCOMPARE.
QString describe(const CsvProblem &problem)
{
    return u"%1 %2:%3"_s.arg(QLatin1String(codeName(problem.code)))
        .arg(problem.row)
        .arg(problem.column);
}

// A record written as its cells joined with '|'.
QStringList rec(const QString &joined)
{
    return joined.split(u'|');
}

struct ReadResult
{
    QList<QStringList> records;
    QList<int> rows;
    QList<bool> blank;
    QList<TextEncoding> encodings; // encoding() after each record
    QStringList problems;          // the records' problems, described
    bool problemRowsMatch = true;  // each problem on the row of its record
    bool problemsNotFatal = true;
    bool readAfterEnd = false; // readRecord() after it returned false
    std::optional<CsvProblem> fatal;
    QChar delimiter;
    TextEncoding encoding = TextEncoding::Utf8;
};

ReadResult readAll(QIODevice *device, qint64 maxBytes = 0)
{
    ReadResult result;
    CsvReader reader(device);
    reader.setMaxBytes(maxBytes);
    CsvRecord record; // reused, as callers do
    // The cap keeps a reader that never ends from hanging the test.
    while (result.records.size() < 100000 && reader.readRecord(&record)) {
        result.records << record.cells();
        result.rows << record.row();
        result.blank << record.isBlank();
        result.encodings << reader.encoding();
        for (const CsvProblem &problem : record.problems()) {
            result.problems << describe(problem);
            result.problemRowsMatch = result.problemRowsMatch && problem.row == record.row();
            result.problemsNotFatal = result.problemsNotFatal && !problem.isFatal();
        }
    }
    result.readAfterEnd = reader.readRecord(&record);
    result.fatal = reader.fatalProblem();
    result.delimiter = QChar(reader.delimiter());
    result.encoding = reader.encoding();
    return result;
}

ReadResult readBytes(Device device, const QByteArray &bytes, qint64 maxBytes = 0)
{
    const std::unique_ptr<QIODevice> io = openDevice(device, bytes);
    return readAll(io.get(), maxBytes);
}

QString fatalText(const ReadResult &result)
{
    return result.fatal ? describe(*result.fatal) : u"(none)"_s;
}

// CSV bytes and the records they hold, built side by side.
struct Csv
{
    QByteArray bytes;
    QList<QStringList> records;

    void add(const QByteArray &line, const QStringList &cells)
    {
        bytes += line;
        records << cells;
    }
    // Plain ASCII records until just before `limit` bytes.
    void fillUpTo(qsizetype limit)
    {
        for (int n = 0;; ++n) {
            const QByteArray number = QByteArray::number(n);
            const QByteArray line = "r" + number + ",filler text " + number + "\r\n";
            if (bytes.size() + line.size() > limit) {
                return;
            }
            add(line, {u"r"_s + QString::number(n), u"filler text "_s + QString::number(n)});
        }
    }
};

} // namespace

Q_DECLARE_METATYPE(Device)
Q_DECLARE_METATYPE(ccbulk::TextEncoding)

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void recordProblems_data();
    void recordProblems();
    void fatalProblems_data();
    void fatalProblems();
    void tooLarge_data();
    void tooLarge();
    void delimiter_data();
    void delimiter();
    void separatorHintIsNotARow();
    void encoding_data();
    void encoding();
    void wholeFileEncodingDecision_data();
    void wholeFileEncodingDecision();
    void sequentialWindows1252_data();
    void sequentialWindows1252();
    void finishedProcessOutput();
    void blankLines_data();
    void blankLines();
    void formulaGuard_data();
    void formulaGuard();
    void longRecords_data();
    void longRecords();
    void chunkBoundary_data();
    void chunkBoundary();
    void blockBoundaries_data();
    void blockBoundaries();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("rows");

    auto add = [](const char *tag, const QByteArray &bytes, const QList<QStringList> &records,
                  const QList<int> &rows) {
        for (const Device device : kSmallDevices) {
            QTest::addRow("%s, %s", tag, deviceName(device)) << device << bytes << records << rows;
        }
    };

    add("LF", "a,b\n1,2\n"_ba, {rec(u"a|b"_s), rec(u"1|2"_s)}, {1, 2});
    add("CRLF", "a,b\r\n1,2\r\n"_ba, {rec(u"a|b"_s), rec(u"1|2"_s)}, {1, 2});
    add("CR", "a,b\r1,2\r"_ba, {rec(u"a|b"_s), rec(u"1|2"_s)}, {1, 2});
    add("mixed line ends", "a\r\nb\nc\rd\r\n"_ba, {{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}},
        {1, 2, 3, 4});
    add("no final line end", "a,b\r\n1,2"_ba, {rec(u"a|b"_s), rec(u"1|2"_s)}, {1, 2});
    add("CR at end of file", "a,b\r\n1,2\r"_ba, {rec(u"a|b"_s), rec(u"1|2"_s)}, {1, 2});
    add("one cell, no line end", "a"_ba, {{u"a"_s}}, {1});
    add("quoted comma", "name,text\r\nx,\"a,b\"\r\n"_ba, {rec(u"name|text"_s), rec(u"x|a,b"_s)},
        {1, 2});
    add("quoted semicolon and tab", "h1,h2\r\n\"a;b\",\"c\td\"\r\n"_ba,
        {rec(u"h1|h2"_s), rec(u"a;b|c\td"_s)}, {1, 2});
    add("doubled quotes", "h\r\n\"say \"\"hi\"\"\"\r\n"_ba, {{u"h"_s}, {u"say \"hi\""_s}}, {1, 2});
    add("only a doubled quote", "h\r\n\"\"\"\"\r\n"_ba, {{u"h"_s}, {u"\""_s}}, {1, 2});
    add("empty quoted cells", "h1,h2\r\n\"\",\"\"\r\n"_ba, {rec(u"h1|h2"_s), rec(u"|"_s)}, {1, 2});
    add("empty cells", "a,,c\r\n,,\r\n"_ba, {rec(u"a||c"_s), rec(u"||"_s)}, {1, 2});
    add("quoted line breaks keep spreadsheet rows",
        "id,text\r\n1,\"line one\r\nline two\"\r\n2,\"a\nb\rc\"\r\n3,plain\r\n"_ba,
        {rec(u"id|text"_s), rec(u"1|line one\r\nline two"_s), rec(u"2|a\nb\rc"_s),
         rec(u"3|plain"_s)},
        {1, 2, 3, 4});
    add("cell of line breaks only", "h\r\n\"\r\n\r\n\r\n\"\r\nnext\r\n"_ba,
        {{u"h"_s}, {u"\r\n\r\n\r\n"_s}, {u"next"_s}}, {1, 2, 3});
    add("quoted line break in header", "\"first\nheader\",second\r\n1,2\r\n"_ba,
        {rec(u"first\nheader|second"_s), rec(u"1|2"_s)}, {1, 2});
    add("quoted cell at end of file", "h\r\n\"x\""_ba, {{u"h"_s}, {u"x"_s}}, {1, 2});
    add("quoted line break at end of file", "h\r\n\"x\r\n\""_ba, {{u"h"_s}, {u"x\r\n"_s}}, {1, 2});
    add("doubled quote at end of file", "h\r\n\"x\"\"\""_ba, {{u"h"_s}, {u"x\""_s}}, {1, 2});
    add("spaces kept", "a, b \r\n\" c \",d\r\n"_ba, {rec(u"a| b "_s), rec(u" c |d"_s)}, {1, 2});
    add("ragged records", "a,b,c\r\n1\r\n1,2,3,4\r\n"_ba,
        {rec(u"a|b|c"_s), rec(u"1"_s), rec(u"1|2|3|4"_s)}, {1, 2, 3});
    add("UTF-8", "namn,ort\r\n\xC3\x85sa,Malm\xC3\xB6\r\n"_ba,
        {rec(u"namn|ort"_s), rec(u"Åsa|Malmö"_s)}, {1, 2});
    add("UTF-8 with BOM", "\xEF\xBB\xBFnamn,ort\r\n\xC3\x85sa,Malm\xC3\xB6\r\n"_ba,
        {rec(u"namn|ort"_s), rec(u"Åsa|Malmö"_s)}, {1, 2});
    add("UTF-8 emoji", "h\r\n\xF0\x9F\x98\x80 \xE2\x82\xAC\r\n"_ba, {{u"h"_s}, {u"😀 €"_s}}, {1, 2});
    // Only the file's own byte-order mark is dropped; a U+FEFF that starts a
    // cell is content (the writer writes it so).
    add("U+FEFF starting cells", "h1,h2\r\n\xEF\xBB\xBFx,\xEF\xBB\xBF\r\n"_ba,
        {rec(u"h1|h2"_s), rec(u"\uFEFFx|\uFEFF"_s)}, {1, 2});
    add("U+FEFF after the BOM", "\xEF\xBB\xBF\xEF\xBB\xBFh\r\n"_ba, {{u"\uFEFFh"_s}}, {1});
    add("Windows-1252", "namn,ort\r\n\xC5sa,Malm\xF6\r\n"_ba,
        {rec(u"namn|ort"_s), rec(u"Åsa|Malmö"_s)}, {1, 2});
    add("Windows-1252 in a quoted cell", "h\r\n\"\xC5sa, \x80 5\"\r\n"_ba,
        {{u"h"_s}, {u"Åsa, € 5"_s}}, {1, 2});
}

void TestCsvReader::parse()
{
    QFETCH(Device, device);
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, rows);

    const ReadResult result = readBytes(device, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.problems, QStringList());
    QCOMPARE(result.records, records);
    QCOMPARE(result.rows, rows);
    QVERIFY(!result.readAfterEnd);
}

void TestCsvReader::recordProblems_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QStringList>("problems");

    auto add = [](const char *tag, const QByteArray &bytes, const QList<QStringList> &records,
                  const QStringList &problems) {
        for (const Device device : kSmallDevices) {
            QTest::addRow("%s, %s", tag, deviceName(device))
                << device << bytes << records << problems;
        }
    };

    add("stray quote", "a,b\r\nx,ab\"c\r\n"_ba, {rec(u"a|b"_s), rec(u"x|ab\"c"_s)},
        {u"StrayQuote 2:2"_s});
    add("stray quotes reported once a cell", "h\r\na\"b\"c\r\n"_ba, {{u"h"_s}, {u"a\"b\"c"_s}},
        {u"StrayQuote 2:1"_s});
    add("stray quotes in two cells", "h1,h2\r\na\"b,c\"d\r\n"_ba,
        {rec(u"h1|h2"_s), rec(u"a\"b|c\"d"_s)}, {u"StrayQuote 2:1"_s, u"StrayQuote 2:2"_s});
    add("stray quote ending a cell", "h1,h2\r\nab\",c\r\n"_ba, {rec(u"h1|h2"_s), rec(u"ab\"|c"_s)},
        {u"StrayQuote 2:1"_s});
    add("stray quote in header", "a\"b,c\r\n1,2\r\n"_ba, {rec(u"a\"b|c"_s), rec(u"1|2"_s)},
        {u"StrayQuote 1:1"_s});
    add("stray quote after multi-line cell", "h1,h2\r\n\"x\r\ny\",z\r\n1,2\"\r\n"_ba,
        {rec(u"h1|h2"_s), rec(u"x\r\ny|z"_s), rec(u"1|2\""_s)}, {u"StrayQuote 3:2"_s});
    add("text after quote", "a,b\r\n\"ab\"cd,e\r\n"_ba, {rec(u"a|b"_s), rec(u"abcd|e"_s)},
        {u"TextAfterQuote 2:1"_s});
    add("space after closing quote", "a,b\r\nx,\"y\" \r\n"_ba, {rec(u"a|b"_s), rec(u"x|y "_s)},
        {u"TextAfterQuote 2:2"_s});
    add("text after quote, then a quote", "h\r\n\"a\"b\"c\r\n"_ba, {{u"h"_s}, {u"ab\"c"_s}},
        {u"TextAfterQuote 2:1"_s});
    add("text after quote after multi-line cell", "h1,h2,h3\r\n\"x\ny\",b,c\r\n1,2,\"3\" 4\r\n"_ba,
        {rec(u"h1|h2|h3"_s), rec(u"x\ny|b|c"_s), rec(u"1|2|3 4"_s)}, {u"TextAfterQuote 3:3"_s});
    add("text after quote, semicolons", "a;b\r\nx;\"y\"z\r\n"_ba, {rec(u"a|b"_s), rec(u"x|yz"_s)},
        {u"TextAfterQuote 2:2"_s});
    add("reading goes on after a problem", "a,b\r\nx\"y,1\r\nok,2\r\n"_ba,
        {rec(u"a|b"_s), rec(u"x\"y|1"_s), rec(u"ok|2"_s)}, {u"StrayQuote 2:1"_s});
}

void TestCsvReader::recordProblems()
{
    QFETCH(Device, device);
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(QStringList, problems);

    const ReadResult result = readBytes(device, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.records, records);
    QCOMPARE(result.problems, problems);
    QVERIFY(result.problemRowsMatch);
    QVERIFY(result.problemsNotFatal);
}

void TestCsvReader::fatalProblems_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fatal");
    QTest::addColumn<QList<QStringList>>("recordsBefore");

    auto add = [](const char *tag, const QByteArray &bytes, const QString &fatal,
                  const QList<QStringList> &recordsBefore) {
        for (const Device device : kSmallDevices) {
            QTest::addRow("%s, %s", tag, deviceName(device))
                << device << bytes << fatal << recordsBefore;
        }
    };

    add("empty file", QByteArray(), u"Empty 0:0"_s, {});
    add("BOM only", "\xEF\xBB\xBF"_ba, u"Empty 0:0"_s, {});
    add("UTF-16 LE BOM",
        "\xFF\xFE"
        "a\0,\0b\0\r\0\n\0"_ba,
        u"Utf16 0:0"_s, {});
    add("UTF-16 BE BOM", "\xFE\xFF\0a\0,\0b"_ba, u"Utf16 0:0"_s, {});
    add("UTF-16 BOM only", "\xFF\xFE"_ba, u"Utf16 0:0"_s, {});
    add("NUL alone", "\0"_ba, u"NulByte 1:1"_s, {});
    add("NUL in header", "a,b\0c\r\n1,2\r\n"_ba, u"NulByte 1:2"_s, {});
    add("NUL in unquoted cell", "a,b\r\nx,y\0z\r\n"_ba, u"NulByte 2:2"_s, {rec(u"a|b"_s)});
    add("NUL in quoted cell", "a,b\r\n1,2\r\n3,\"x\0\"\r\n"_ba, u"NulByte 3:2"_s,
        {rec(u"a|b"_s), rec(u"1|2"_s)});
    add("NUL after closing quote", "h\r\n\"a\"\0\r\n"_ba, u"NulByte 2:1"_s, {{u"h"_s}});
    add("NUL after multi-line cell", "h1,h2\r\n\"a\r\nb\",c\r\nd,\0\r\n"_ba, u"NulByte 3:2"_s,
        {rec(u"h1|h2"_s), rec(u"a\r\nb|c"_s)});
    add("unclosed quote", "a,b\r\n1,\"open\r\nmore\r\n"_ba, u"UnclosedQuote 2:2"_s,
        {rec(u"a|b"_s)});
    add("unclosed quote in header", "\"abc"_ba, u"UnclosedQuote 1:1"_s, {});
    add("unclosed quote after doubled quote", "h\r\n\"x\"\""_ba, u"UnclosedQuote 2:1"_s,
        {{u"h"_s}});
    add("unclosed quote after multi-line cell", "h1,h2\r\n\"a\nb\",c\r\nd,\"e\r\n"_ba,
        u"UnclosedQuote 3:2"_s, {rec(u"h1|h2"_s), rec(u"a\nb|c"_s)});
    add("unclosed quote swallowing later rows", "a,b,c\r\n1,2,\"x\r\n4,5,6\r\n7,8,9\r\n"_ba,
        u"UnclosedQuote 2:3"_s, {rec(u"a|b|c"_s)});
}

void TestCsvReader::fatalProblems()
{
    QFETCH(Device, device);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fatal);
    QFETCH(QList<QStringList>, recordsBefore);

    const ReadResult result = readBytes(device, bytes);
    QCOMPARE(fatalText(result), fatal);
    QVERIFY(result.fatal->isFatal());
    QCOMPARE(result.records, recordsBefore);
    QVERIFY(!result.readAfterEnd);
}

void TestCsvReader::tooLarge_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("refused");

    Csv small;
    small.add("name,value\r\n", rec(u"name|value"_s));
    small.fillUpTo(1000);
    Csv large;
    large.add("name,value\r\n", rec(u"name|value"_s));
    large.fillUpTo(3 * kChunk);

    for (const Device device : {Device::Buffer, Device::SequentialLarge, Device::SequentialOdd}) {
        auto add = [device](const char *tag, const QByteArray &bytes, qint64 limit, bool refused) {
            QTest::addRow("%s, %s", tag, deviceName(device)) << device << bytes << limit << refused;
        };
        const qint64 smallSize = small.bytes.size();
        const qint64 largeSize = large.bytes.size();
        add("no limit", large.bytes, 0, false);
        add("small, limit is the size", small.bytes, smallSize, false);
        add("small, one byte over", small.bytes, smallSize - 1, true);
        add("small, far over", small.bytes, 10, true);
        add("large, limit is the size", large.bytes, largeSize, false);
        add("large, one byte over", large.bytes, largeSize - 1, true);
        add("large, over after the first read", large.bytes, kChunk + 1, true);
        add("large, over in the first read", large.bytes, kChunk / 2, true);
    }
}

void TestCsvReader::tooLarge()
{
    QFETCH(Device, device);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, limit);
    QFETCH(bool, refused);

    const ReadResult result = readBytes(device, bytes, limit);
    if (!refused) {
        QCOMPARE(fatalText(result), u"(none)"_s);
        QCOMPARE(result.records.size(), bytes.count('\n'));
        return;
    }
    QCOMPARE(fatalText(result), u"TooLarge 0:0"_s);
    // The figure is what was read when the reader stopped: past the limit,
    // never past the file.
    QVERIFY2(result.fatal->figure > limit && result.fatal->figure <= bytes.size(),
             qPrintable(QString::number(result.fatal->figure)));
    QVERIFY(result.records.size() < bytes.count('\n'));
    QVERIFY(!result.readAfterEnd);
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QList<QStringList>>("records");

    auto add = [](const char *tag, const QByteArray &bytes, QChar delimiter,
                  const QList<QStringList> &records) {
        for (const Device device : kSmallDevices) {
            QTest::addRow("%s, %s", tag, deviceName(device))
                << device << bytes << delimiter << records;
        }
    };

    add("comma", "a,b,c\r\n1,2,3\r\n"_ba, u',', {rec(u"a|b|c"_s), rec(u"1|2|3"_s)});
    add("semicolon", "a;b;c\r\n1;2;3\r\n"_ba, u';', {rec(u"a|b|c"_s), rec(u"1|2|3"_s)});
    add("tab", "a\tb\tc\r\n1\t2\t3\r\n"_ba, u'\t', {rec(u"a|b|c"_s), rec(u"1|2|3"_s)});
    add("more semicolons than commas", "namn;belopp;kommentar,extra\r\n1;2,5;x\r\n"_ba, u';',
        {rec(u"namn|belopp|kommentar,extra"_s), rec(u"1|2,5|x"_s)});
    add("more commas than semicolons", "a,b,c;d\r\n1,2,3;4\r\n"_ba, u',',
        {rec(u"a|b|c;d"_s), rec(u"1|2|3;4"_s)});
    add("more tabs than either", "a\tb\tc;d,e\r\n"_ba, u'\t', {rec(u"a|b|c;d,e"_s)});
    add("semicolons inside quoted header cell", "\"x;y;z\",b\r\n1,2\r\n"_ba, u',',
        {rec(u"x;y;z|b"_s), rec(u"1|2"_s)});
    add("commas inside quoted header cell", "\"a,b,c\";d\r\n1;2\r\n"_ba, u';',
        {rec(u"a,b,c|d"_s), rec(u"1|2"_s)});
    add("tabs inside quoted header cell", "\"a\tb\tc\";d\r\n"_ba, u';', {rec(u"a\tb\tc|d"_s)});
    add("doubled quote inside quoted header cell", "\"a\"\"b;c;d\",e\r\n"_ba, u',',
        {rec(u"a\"b;c;d|e"_s)});
    add("line break inside quoted header cell", "\"a\nb,c,d\";e;f\r\n1;2;3\r\n"_ba, u';',
        {rec(u"a\nb,c,d|e|f"_s), rec(u"1|2|3"_s)});
    add("only the header line counts", "a;b\r\nx,y,z,w\r\n"_ba, u';',
        {rec(u"a|b"_s), rec(u"x,y,z,w"_s)});
    add("one column", "name\r\nAnna\r\n"_ba, u',', {{u"name"_s}, {u"Anna"_s}});
    add("header without line end", "a;b"_ba, u';', {rec(u"a|b"_s)});
    add("BOM, then semicolons", "\xEF\xBB\xBFnamn;ort\r\n\xC3\x85sa;Malm\xC3\xB6\r\n"_ba, u';',
        {rec(u"namn|ort"_s), rec(u"Åsa|Malmö"_s)});
    add("Swedish Excel, Windows-1252", "Namn;Ort;Belopp\r\n\xC5sa;Malm\xF6;1,5\r\n"_ba, u';',
        {rec(u"Namn|Ort|Belopp"_s), rec(u"Åsa|Malmö|1,5"_s)});
    // Excel's "sep=" first line names the delimiter and is not a row.
    add("sep hint overrides counting", "sep=;\r\na,b;c\r\n1,2;3\r\n"_ba, u';',
        {rec(u"a,b|c"_s), rec(u"1,2|3"_s)});
    add("SEP hint, tab, LF", "SEP=\t\nName,x\tSite\n"_ba, u'\t', {rec(u"Name,x|Site"_s)});
    add("sep hint after a BOM", "\xEF\xBB\xBFsep=,\r\nx;y,z\r\n"_ba, u',', {rec(u"x;y|z"_s)});
    add("a header that starts like a hint", "sep=;x,b\r\n1,2\r\n"_ba, u',',
        {rec(u"sep=;x|b"_s), rec(u"1|2"_s)});
}

void TestCsvReader::separatorHintIsNotARow()
{
    for (const Device device : kSmallDevices) {
        const ReadResult result = readBytes(device, "sep=;\r\nh1;h2\r\n\"a\nb\";c\r\nd;e\r\n"_ba);
        QCOMPARE(fatalText(result), u"(none)"_s);
        QCOMPARE(result.rows, (QList<int>{1, 2, 3}));
        QCOMPARE(result.records.first(), rec(u"h1|h2"_s));
    }
    // A file that is only a hint has no header: it is empty.
    const ReadResult empty = readBytes(Device::Buffer, "sep=;\r\n"_ba);
    QVERIFY(empty.fatal);
    QCOMPARE(empty.fatal->code, CsvProblem::Code::Empty);
}

void TestCsvReader::delimiter()
{
    QFETCH(Device, device);
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(QList<QStringList>, records);

    const ReadResult result = readBytes(device, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.records, records);
    QCOMPARE(result.problems, QStringList());
}

void TestCsvReader::encoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QList<QStringList>>("records");

    QTest::newRow("ASCII") << "a,b\r\n1,2\r\n"_ba << TextEncoding::Utf8
                           << QList<QStringList>{rec(u"a|b"_s), rec(u"1|2"_s)};
    QTest::newRow("UTF-8") << "namn\r\n\xC3\x85sa \xE2\x82\xAC\r\n"_ba << TextEncoding::Utf8
                           << QList<QStringList>{{u"namn"_s}, {u"Åsa €"_s}};
    QTest::newRow("UTF-8 with BOM")
        << "\xEF\xBB\xBFnamn\r\n\xC3\x85sa\r\n"_ba << TextEncoding::Utf8WithBom
        << QList<QStringList>{{u"namn"_s}, {u"Åsa"_s}};
    QTest::newRow("Windows-1252") << "namn\r\n\xC5sa \x80\r\n"_ba << TextEncoding::Windows1252
                                  << QList<QStringList>{{u"namn"_s}, {u"Åsa €"_s}};
    QTest::newRow("Windows-1252 smart quotes")
        << "h\r\n\x93x\x94 \x96 y\r\n"_ba << TextEncoding::Windows1252
        << QList<QStringList>{{u"h"_s}, {u"“x” – y"_s}};
    // A truncated sequence at the very end is not UTF-8.
    QTest::newRow("UTF-8 lead byte at end of file")
        << "h\r\nabc\xC3"_ba << TextEncoding::Windows1252
        << QList<QStringList>{{u"h"_s}, {u"abcÃ"_s}};
    // Bytes that are UTF-8 in one record do not decide for a file that is
    // not UTF-8 as a whole.
    QTest::newRow("UTF-8 pair in a Windows-1252 file")
        << "h\r\n\xC3\xA5\r\n\xE5\r\n"_ba << TextEncoding::Windows1252
        << QList<QStringList>{{u"h"_s}, {u"Ã¥"_s}, {u"å"_s}};
    // A lead byte in one cell and a continuation byte in the next are not a
    // UTF-8 sequence.
    QTest::newRow("sequence broken by a delimiter")
        << "h1,h2\r\n\xC3,\xA5\r\n"_ba << TextEncoding::Windows1252
        << QList<QStringList>{rec(u"h1|h2"_s), rec(u"Ã|¥"_s)};
}

void TestCsvReader::encoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(QList<QStringList>, records);

    // On a seekable device the encoding is known from the first record on.
    const ReadResult result = readBytes(Device::Buffer, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.encodings, QList<TextEncoding>(records.size(), encoding));
    QCOMPARE(result.records, records);
}

void TestCsvReader::wholeFileEncodingDecision_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");

    // The only non-ASCII byte is on the last row, well past the first read.
    Csv lastRowOnly;
    lastRowOnly.add("id,ort\r\n", rec(u"id|ort"_s));
    lastRowOnly.fillUpTo(kChunk + kChunk / 2);
    lastRowOnly.add("last,Malm\xF6\r\n", rec(u"last|Malmö"_s));
    QTest::newRow("non-ASCII byte only on the last row")
        << lastRowOnly.bytes << lastRowOnly.records;

    // Early rows hold bytes that would pass as UTF-8 ("å"); as the file is
    // Windows-1252 they are read as Windows-1252 ("Ã¥"), like the last row.
    Csv earlyUtf8Lookalike;
    earlyUtf8Lookalike.add("id,ort\r\n", rec(u"id|ort"_s));
    earlyUtf8Lookalike.add("first,\xC3\xA5\r\n", rec(u"first|Ã¥"_s));
    earlyUtf8Lookalike.fillUpTo(kChunk + kChunk / 2);
    earlyUtf8Lookalike.add("last,Malm\xF6\r\n", rec(u"last|Malmö"_s));
    QTest::newRow("UTF-8 look-alike early, Windows-1252 last")
        << earlyUtf8Lookalike.bytes << earlyUtf8Lookalike.records;
}

void TestCsvReader::wholeFileEncodingDecision()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);

    const ReadResult result = readBytes(Device::Buffer, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.encodings.value(0), TextEncoding::Windows1252);
    QCOMPARE(result.encodings, QList<TextEncoding>(records.size(), TextEncoding::Windows1252));
    QCOMPARE(result.records, records);

    // The first pass rewound the device: reading it as a file gives the same.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"windows1252.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ReadResult fromFile = readAll(&file);
    QCOMPARE(fatalText(fromFile), u"(none)"_s);
    QCOMPARE(fromFile.records, records);
}

void TestCsvReader::sequentialWindows1252_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<TextEncoding>>("encodings");

    constexpr auto utf8 = TextEncoding::Utf8;
    constexpr auto bom = TextEncoding::Utf8WithBom;
    constexpr auto cp1252 = TextEncoding::Windows1252;
    for (const Device device :
         {Device::SequentialByte, Device::SequentialThree, Device::SequentialLarge}) {
        auto add = [device](const char *tag, const QByteArray &bytes,
                            const QList<QStringList> &records,
                            const QList<TextEncoding> &encodings) {
            QTest::addRow("%s, %s", tag, deviceName(device))
                << device << bytes << records << encodings;
        };
        add("switches at the first non-UTF-8 record",
            "namn,ort\r\nEva,Lund\r\n\xC5sa,Malm\xF6\r\nBo,\xE4ngby\r\n"_ba,
            {rec(u"namn|ort"_s), rec(u"Eva|Lund"_s), rec(u"Åsa|Malmö"_s), rec(u"Bo|ängby"_s)},
            {utf8, utf8, cp1252, cp1252});
        add("Windows-1252 in the header", "N\xE4mn,Ort\r\nx,y\r\n"_ba,
            {rec(u"Nämn|Ort"_s), rec(u"x|y"_s)}, {cp1252, cp1252});
        add("Windows-1252 in a multi-line cell", "h\r\nok\r\n\"a\r\n\x80\"\r\nz\r\n"_ba,
            {{u"h"_s}, {u"ok"_s}, {u"a\r\n€"_s}, {u"z"_s}}, {utf8, utf8, cp1252, cp1252});
        add("UTF-8 stays UTF-8", "namn\r\n\xC3\x85sa\r\n\xF0\x9F\x98\x80\r\n"_ba,
            {{u"namn"_s}, {u"Åsa"_s}, {u"😀"_s}}, {utf8, utf8, utf8});
        add("UTF-8 with BOM", "\xEF\xBB\xBFnamn\r\n\xC3\x85sa\r\n"_ba, {{u"namn"_s}, {u"Åsa"_s}},
            {bom, bom});
        // A lead byte ending one cell and a continuation byte starting the
        // next are not a UTF-8 sequence: the record is Windows-1252.
        add("sequence broken by a delimiter", "h1,h2\r\n\xC3,\xA5\r\n"_ba,
            {rec(u"h1|h2"_s), rec(u"Ã|¥"_s)}, {utf8, cp1252});
        add("sequence broken between quoted cells", "h1,h2\r\n\"\xC3\",\"\xA5\"\r\n"_ba,
            {rec(u"h1|h2"_s), rec(u"Ã|¥"_s)}, {utf8, cp1252});
    }
}

void TestCsvReader::sequentialWindows1252()
{
    QFETCH(Device, device);
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<TextEncoding>, encodings);

    const ReadResult result = readBytes(device, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.records, records);
    QCOMPARE(result.encodings, encodings);
}

// A finished QProcess hands out what it wrote, then reports -1 ("reading past
// the end of the stream"): the reader takes that as the end of the file.
void TestCsvReader::finishedProcessOutput()
{
    const QByteArray bytes = "namn;ort\r\nEva;Lund\r\n\xC5sa;Malm\xF6\r\n"_ba;
    const QList<QStringList> records = {rec(u"namn|ort"_s), rec(u"Eva|Lund"_s),
                                        rec(u"Åsa|Malmö"_s)};

    // As QProcess reports the end, without a process.
    {
        SequentialDevice device(bytes, 5, SequentialDevice::End::MinusOne);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const ReadResult result = readAll(&device);
        QCOMPARE(fatalText(result), u"(none)"_s);
        QCOMPARE(result.records, records);
        QCOMPARE(result.delimiter, QChar(u';'));
        QCOMPARE(result.encoding, TextEncoding::Windows1252);
    }

    // And a real process, where there is a cat to run.
    const QString cat = QStandardPaths::findExecutable(u"cat"_s);
    if (cat.isEmpty()) {
        QSKIP("no cat executable to run");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"export.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    QProcess process;
    process.start(cat, {path}, QIODevice::ReadOnly);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.isSequential());
    const ReadResult result = readAll(&process);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.records, records);
    QCOMPARE(result.encoding, TextEncoding::Windows1252);
}

void TestCsvReader::blankLines_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<bool>>("blank");
    QTest::addColumn<QList<int>>("rows");

    auto add = [](const char *tag, const QByteArray &bytes, const QList<QStringList> &records,
                  const QList<bool> &blank, const QList<int> &rows) {
        for (const Device device : kSmallDevices) {
            QTest::addRow("%s, %s", tag, deviceName(device))
                << device << bytes << records << blank << rows;
        }
    };

    add("blank line, CRLF", "a,b\r\n\r\n1,2\r\n"_ba, {rec(u"a|b"_s), {QString()}, rec(u"1|2"_s)},
        {false, true, false}, {1, 2, 3});
    add("blank line, LF", "a\n\n1\n"_ba, {{u"a"_s}, {QString()}, {u"1"_s}}, {false, true, false},
        {1, 2, 3});
    add("blank line, CR", "a\r\r1\r"_ba, {{u"a"_s}, {QString()}, {u"1"_s}}, {false, true, false},
        {1, 2, 3});
    add("two blank lines", "a\r\n\r\n\r\n1\r\n"_ba, {{u"a"_s}, {QString()}, {QString()}, {u"1"_s}},
        {false, true, true, false}, {1, 2, 3, 4});
    add("white space only", "a,b\r\n  ,\t\r\n"_ba, {rec(u"a|b"_s), rec(u"  |\t"_s)}, {false, true},
        {1, 2});
    add("delimiters only", "a,b\r\n,\r\n"_ba, {rec(u"a|b"_s), rec(u"|"_s)}, {false, true}, {1, 2});
    add("quoted empty cell", "a\r\n\"\"\r\n"_ba, {{u"a"_s}, {QString()}}, {false, true}, {1, 2});
    add("quoted white space over lines", "a\r\n\" \r\n \"\r\nb\r\n"_ba,
        {{u"a"_s}, {u" \r\n "_s}, {u"b"_s}}, {false, true, false}, {1, 2, 3});
    add("blank line at end of file", "a\r\n\r\n"_ba, {{u"a"_s}, {QString()}}, {false, true},
        {1, 2});
    add("blank first line", "\r\na,b\r\n"_ba, {{QString()}, rec(u"a|b"_s)}, {true, false}, {1, 2});
    add("one non-blank cell", "a,b\r\n, x\r\n"_ba, {rec(u"a|b"_s), rec(u"| x"_s)}, {false, false},
        {1, 2});
}

void TestCsvReader::blankLines()
{
    QFETCH(Device, device);
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<bool>, blank);
    QFETCH(QList<int>, rows);

    const ReadResult result = readBytes(device, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.records, records);
    QCOMPARE(result.blank, blank);
    QCOMPARE(result.rows, rows);
}

void TestCsvReader::formulaGuard_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("value");

    // formulaguard.h: the reader drops an apostrophe that the writer would
    // have added, that is one followed by something that needs the guard.
    QTest::newRow("guarded formula") << "'=SUM(A1)"_ba << u"=SUM(A1)"_s;
    QTest::newRow("guarded at") << "'@SUM(1)"_ba << u"@SUM(1)"_s;
    QTest::newRow("guarded minus formula") << "'-2+3"_ba << u"-2+3"_s;
    QTest::newRow("guarded plus reference") << "'+A1"_ba << u"+A1"_s;
    QTest::newRow("guarded DDE") << "'=cmd|' /C calc'!A0"_ba << u"=cmd|' /C calc'!A0"_s;
    QTest::newRow("guarded formula, quoted") << "\"'=SUM(A1,B1)\""_ba << u"=SUM(A1,B1)"_s;
    QTest::newRow("guarded tab, quoted") << "\"'\tx\""_ba << u"\tx"_s;
    QTest::newRow("guarded carriage return, quoted") << "\"'\r\""_ba << u"\r"_s;
    QTest::newRow("guarded apostrophe formula") << "''=x"_ba << u"'=x"_s;
    QTest::newRow("apostrophe before phone removed") << "'+46 8"_ba << u"+46 8"_s;
    QTest::newRow("apostrophe before plain number kept") << "'+468"_ba << u"'+468"_s;
    QTest::newRow("apostrophe before number kept") << "'-5"_ba << u"'-5"_s;
    QTest::newRow("apostrophe before text kept") << "'abc"_ba << u"'abc"_s;
    QTest::newRow("apostrophe alone kept") << "'"_ba << u"'"_s;
    QTest::newRow("two apostrophes kept") << "''"_ba << u"''"_s;
    QTest::newRow("unguarded formula as it is") << "=SUM(A1)"_ba << u"=SUM(A1)"_s;
    QTest::newRow("phone as it is") << "+4681234567"_ba << u"+4681234567"_s;
    QTest::newRow("apostrophe inside kept") << "a'=b"_ba << u"a'=b"_s;
}

void TestCsvReader::formulaGuard()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, value);

    // The same cell in the header and in a record.
    const QByteArray bytes = cell + ",h\r\n1," + cell + "\r\n";
    const ReadResult result = readBytes(Device::Buffer, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.problems, QStringList());
    QCOMPARE(result.records, (QList<QStringList>{{value, u"h"_s}, {u"1"_s, value}}));
}

void TestCsvReader::longRecords_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");

    // A quoted cell of more than 1 MB, four reads long, with every kind of
    // line break, commas and doubled quotes; then an unquoted one as long.
    QString quoted;
    QByteArray quotedBytes;
    const char *const lineEnds[] = {"\r\n", "\n", "\r"};
    for (int line = 0; quotedBytes.size() < 4 * kChunk + 1000; ++line) {
        const QByteArray text = "Line " + QByteArray::number(line) + ", with \"quotes\"; and " +
                                "\xC3\xA5\xC3\xA4\xC3\xB6" + lineEnds[line % 3];
        quotedBytes += text;
        quoted += QString::fromUtf8(text);
    }
    QByteArray escaped = quotedBytes;
    escaped.replace("\"", "\"\"");
    const QByteArray unquotedBytes(4 * kChunk + 7, 'u');

    Csv csv;
    csv.add("id,text,after\r\n", rec(u"id|text|after"_s));
    csv.add("1,\"" + escaped + "\",x\r\n", {u"1"_s, quoted, u"x"_s});
    csv.add("2,small,y\r\n", rec(u"2|small|y"_s));
    csv.add("3," + unquotedBytes + ",z\r\n", {u"3"_s, QString::fromLatin1(unquotedBytes), u"z"_s});
    csv.add("4,end,\"" + escaped + "\"", {u"4"_s, u"end"_s, quoted});

    for (const Device device : kLargeDevices) {
        QTest::addRow("%s", deviceName(device)) << device << csv.bytes << csv.records;
    }
}

void TestCsvReader::longRecords()
{
    QFETCH(Device, device);
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);

    const ReadResult result = readBytes(device, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.problems, QStringList());
    QCOMPARE(result.rows, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(result.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(result.records.at(i), records.at(i));
    }
}

void TestCsvReader::chunkBoundary_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    // The two bytes either side of the end of the first read.
    QTest::addColumn<QByteArray>("straddling");

    struct Case
    {
        const char *tag;
        Csv csv;
        QByteArray straddling;
    };
    QList<Case> cases;
    auto padding = [](qsizetype count) {
        return QByteArray(count, 'a');
    };
    auto prefix = [](const QByteArray &start = QByteArray()) {
        Csv csv;
        csv.add(start + "h1,h2\r\n", rec(u"h1|h2"_s));
        csv.fillUpTo(kChunk - 200);
        return csv;
    };

    {
        // x,"aaa""end" with the doubled quote at kChunk - 1, kChunk.
        Csv csv = prefix();
        const QByteArray pad = padding(kChunk - 1 - csv.bytes.size() - 3);
        csv.add("x,\"" + pad + "\"\"end\"\r\n", {u"x"_s, QString::fromLatin1(pad) + u"\"end"_s});
        csv.add("last,row\r\n", rec(u"last|row"_s));
        cases.append({"doubled quote", csv, "\"\""});
    }
    {
        Csv csv = prefix("\xEF\xBB\xBF");
        const QByteArray pad = padding(kChunk - 1 - csv.bytes.size() - 3);
        csv.add("x,\"" + pad + "\"\"end\"\r\n", {u"x"_s, QString::fromLatin1(pad) + u"\"end"_s});
        csv.add("last,row\r\n", rec(u"last|row"_s));
        cases.append({"doubled quote after BOM", csv, "\"\""});
    }
    {
        // "aaa",y with the closing quote at kChunk - 1, the comma at kChunk.
        Csv csv = prefix();
        const QByteArray pad = padding(kChunk - 1 - csv.bytes.size() - 1);
        csv.add("\"" + pad + "\",y\r\n", {QString::fromLatin1(pad), u"y"_s});
        csv.add("last,row\r\n", rec(u"last|row"_s));
        cases.append({"closing quote, then delimiter", csv, "\","});
    }
    {
        Csv csv = prefix();
        const QByteArray pad = padding(kChunk - 1 - csv.bytes.size() - 3);
        csv.add("x,\"" + pad + "\"\r\n", {u"x"_s, QString::fromLatin1(pad)});
        csv.add("last,row\r\n", rec(u"last|row"_s));
        cases.append({"closing quote, then CR", csv, "\"\r"});
    }
    {
        // x,aaa CRLF with CR at kChunk - 1: one line end, not two.
        Csv csv = prefix();
        const QByteArray pad = padding(kChunk - 1 - csv.bytes.size() - 2);
        csv.add("x," + pad + "\r\n", {u"x"_s, QString::fromLatin1(pad)});
        csv.add("last,row\r\n", rec(u"last|row"_s));
        cases.append({"CRLF", csv, "\r\n"});
    }
    {
        Csv csv = prefix();
        const QByteArray pad = padding(kChunk - 1 - csv.bytes.size() - 2);
        csv.add("x," + pad + "\r", {u"x"_s, QString::fromLatin1(pad)});
        csv.add("last,row\r", rec(u"last|row"_s));
        cases.append({"CR line end, then a record", csv, "\rl"});
    }
    {
        // A CR LF inside a quoted cell.
        Csv csv = prefix();
        const QByteArray pad = padding(kChunk - 1 - csv.bytes.size() - 3);
        csv.add("x,\"" + pad + "\r\nb\"\r\n", {u"x"_s, QString::fromLatin1(pad) + u"\r\nb"_s});
        csv.add("last,row\r\n", rec(u"last|row"_s));
        cases.append({"CRLF inside quoted cell", csv, "\r\n"});
    }
    {
        // The header itself runs past the first read.
        Csv csv;
        const QByteArray pad = padding(kChunk - 1 - 3);
        csv.add("h1," + pad + "\r\n", {u"h1"_s, QString::fromLatin1(pad)});
        csv.add("a,b\r\n", rec(u"a|b"_s));
        cases.append({"CRLF ending the header", csv, "\r\n"});
    }
    {
        Csv csv;
        const QByteArray pad = padding(kChunk - 1 - 1);
        csv.add("\"" + pad + "\"\"h\";h2;h3\r\n",
                {QString::fromLatin1(pad) + u"\"h"_s, u"h2"_s, u"h3"_s});
        csv.add("a;b;c\r\n", rec(u"a|b|c"_s));
        cases.append({"doubled quote in the header", csv, "\"\""});
    }

    for (const Case &c : std::as_const(cases)) {
        for (const Device device : {Device::Buffer, Device::SequentialLarge}) {
            QTest::addRow("%s, %s", c.tag, deviceName(device))
                << device << c.csv.bytes << c.csv.records << c.straddling;
        }
    }
}

void TestCsvReader::chunkBoundary()
{
    QFETCH(Device, device);
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(QByteArray, straddling);

    // The input is built as intended.
    QCOMPARE(bytes.mid(kChunk - 1, 2), straddling);

    const ReadResult result = readBytes(device, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.problems, QStringList());
    QCOMPARE(result.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(result.records.at(i), records.at(i));
        QCOMPARE(result.rows.at(i), int(i + 1));
    }
}

void TestCsvReader::blockBoundaries_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");

    // The reader scans a block of bytes at a time and decodes what stops the
    // scan where it stands: each piece is put at every offset in a block, in
    // a cell in the middle of a record and in the last cell of the file,
    // which ends at the end of the read buffer.
    struct Piece
    {
        const char *tag;
        QByteArray bytes;
        QString text;
        bool quoted;
    };
    const Piece pieces[] = {
        {"2-byte", "\xC3\xA5", u"å"_s, false},
        {"3-byte", "\xE2\x80\x93", u"–"_s, false},
        {"4-byte", "\xF0\x9F\x98\x80", u"😀"_s, false},
        {"Windows-1252", "\xE5\x80", u"å€"_s, false},
        {"tab, not the delimiter", "\t", u"\t"_s, false},
        {"delimiter in quotes", ",", u","_s, true},
        {"doubled quote", "\"\"", u"\""_s, true},
        {"line break in quotes", "\r\n", u"\r\n"_s, true},
        {"2-byte in quotes", "\xC3\x96", u"Ö"_s, true},
    };
    for (const Piece &piece : pieces) {
        for (int before = 0; before <= 33; ++before) {
            const QByteArray content = QByteArray(before, 'a') + piece.bytes + "z";
            const QString text = QString(before, u'a') + piece.text + u'z';
            const QByteArray cell = piece.quoted ? '"' + content + '"' : content;
            const QByteArray bytes = "h1,h2,h3\r\nx," + cell + ",y\r\nlast,," + cell;
            const QList<QStringList> records = {
                rec(u"h1|h2|h3"_s), {u"x"_s, text, u"y"_s}, {u"last"_s, QString(), text}};
            for (const Device device : {Device::Buffer, Device::SequentialThree}) {
                QTest::addRow("%s after %d, %s", piece.tag, before, deviceName(device))
                    << device << bytes << records;
            }
        }
    }
}

void TestCsvReader::blockBoundaries()
{
    QFETCH(Device, device);
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);

    const ReadResult result = readBytes(device, bytes);
    QCOMPARE(fatalText(result), u"(none)"_s);
    QCOMPARE(result.problems, QStringList());
    QCOMPARE(result.records, records);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
