#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ccbulk {

// Something wrong with the bytes of a CSV file. The reader reports codes and
// positions; messages in the user's language come from csvproblemtext.h, so the
// engine and the UI can word them where they show them.
struct CsvProblem
{
    enum class Code
    {
        // Fatal: the file as a whole cannot be read.
        Empty,          // no bytes (or a byte-order mark only)
        Utf16,          // a UTF-16 byte-order mark
        NulByte,        // a NUL byte: not a text file
        UnclosedQuote,  // a quoted cell still open at the end of the file
        TooLarge,       // more bytes than the reader's limit
        ReadError,      // the device failed
                        // Per record: the record is still returned, with these attached.
        StrayQuote,     // a quote inside an unquoted cell
        TextAfterQuote, // characters between a closing quote and the delimiter
        InvalidUtf8,    // bytes that are not UTF-8 in a file marked as UTF-8
    };
    Code code = Code::Empty;
    int row = 0;       // the spreadsheet row (header = 1), 0 for the file
    int column = 0;    // 1-based cell position, 0 for none
    qint64 figure = 0; // TooLarge: the bytes read
    QString detail;    // ReadError: the device's error string

    bool isFatal() const { return code < Code::StrayQuote; }
};

// One record of a CSV file: its cells decoded, unquoted and with any formula
// guard removed, but not trimmed. The cells share one buffer, so reading a
// record costs one allocation at most, and a reused record none.
class CsvRecord
{
public:
    int row() const { return m_row; }
    qsizetype size() const { return m_spans.size(); }
    QStringView cell(qsizetype index) const
    {
        // Spans lie inside the text by construction: no clamping needed.
        const Span &span = m_spans.at(index);
        return QStringView(m_text.constData() + span.start, span.length);
    }
    // The cell without surrounding white space; cheap when it has none.
    QStringView trimmedCell(qsizetype index) const
    {
        const QStringView text = cell(index);
        if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace())) {
            return text;
        }
        return text.trimmed();
    }
    QStringList cells() const;
    // True when every cell is empty or holds only white space.
    bool isBlank() const;
    const QList<CsvProblem> &problems() const { return m_problems; }

private:
    friend class CsvReader;
    struct Span
    {
        qsizetype start;
        qsizetype length;
    };
    int m_row = 0;
    QString m_text;
    QList<Span> m_spans;
    QList<CsvProblem> m_problems;
};

} // namespace ccbulk
