#pragma once

#include "csvrecord.h"
#include "textencoding.h"

#include <QByteArray>
#include <QIODevice>

#include <optional>

namespace ccbulk {

// A streaming RFC 4180 reader over any QIODevice, tolerant of what
// spreadsheets write: CRLF, LF or CR line ends, a final line end or none,
// UTF-8 with or without a byte-order mark, Windows-1252 when the bytes are not
// UTF-8, and a comma, semicolon or tab delimiter (whichever the header line
// uses most, or as a first line "sep=;" says). It holds one record's bytes at a time (plus a read
// buffer), so memory does not grow with the file.
//
// Rows are numbered as a spreadsheet shows them: the first record (the
// header) is row 1, whatever line breaks sit inside quoted cells.
//
// Without a byte-order mark the encoding is decided for the whole file when
// the device can seek (a first pass checks that every byte is UTF-8, then the
// device is rewound); on a sequential device the reader switches to
// Windows-1252 at the first record that is not UTF-8. With the mark, cells
// that are not UTF-8 after all are reported (InvalidUtf8).
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    // Refuse to read past this many bytes (TooLarge); 0 for no limit.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    // Reads the next record into record. Returns false at the end of the file
    // or on a fatal problem (see fatalProblem()).
    bool readRecord(CsvRecord *record);

    const std::optional<CsvProblem> &fatalProblem() const { return m_fatal; }
    // Known after the first readRecord().
    char16_t delimiter() const { return m_delimiter; }
    TextEncoding encoding() const { return m_encoding; }

private:
    enum class Step
    {
        Record,
        NeedMore,
        End,
        Fatal
    };

    bool start();
    bool fill();
    void prescanEncoding();
    void detectDelimiter();
    bool skipSeparatorHint();
    Step parseRecord();
    void handOver(CsvRecord *record);
    bool failWith(CsvProblem::Code code, int row = 0, int column = 0);

    QIODevice *m_device;
    qint64 m_maxBytes = 0;
    qint64 m_bytesRead = 0;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_deviceAtEnd = false;
    bool m_started = false;
    bool m_finished = false;
    char16_t m_delimiter = u',';
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_encodingDecided = false;
    std::optional<CsvProblem> m_fatal;

    // The record being parsed, decoded: its cells' text one after another,
    // handed to the caller's record by swapping buffers, so that both are
    // reused from record to record.
    int m_row = 0;
    QString m_text;
    QList<CsvRecord::Span> m_spans;
    QList<CsvProblem> m_problems;
    QList<int> m_invalidColumns; // cells that are not UTF-8 though the mark says so
    bool m_sawInvalid = false;   // a byte that is not UTF-8 anywhere in the record
};

} // namespace ccbulk
