#include "csvreader.h"

#include "bytescan.h"
#include "formulaguard.h"

#include <algorithm>

namespace ccbulk {

namespace {

constexpr qsizetype kChunkSize = 256 * 1024;

// Decodes cell content from the read buffer to UTF-16 up to the next byte
// that ends it (the delimiter, a quote, a line end or NUL; only a quote or NUL
// inside quotes), in one pass: ASCII is widened a block at a time and each
// other character decoded where it stands. Decoding whole runs rather than
// whole cells is exact, because they are cut at ASCII bytes (see
// decodeUtf8Character()).
class RunDecoder
{
public:
    RunDecoder(const char *data, qsizetype size, char16_t *outStart, bool windows1252)
        : out(outStart), m_data(data), m_end(data + size), m_windows1252(windows1252)
    {}

    // Decodes from i and returns the position of the byte that ended the run,
    // or the end of the buffer.
    qsizetype decodeUntil(qsizetype i, const bytescan::Stops &stops)
    {
        const char *p = m_data + i;
        for (;;) {
            if (m_end - p >= bytescan::kBlock) {
                // The block is written whole; the units after the first
                // candidate are overwritten by what follows.
                const int plain = stops.firstCandidate(p);
                bytescan::widen(p, out);
                out += plain;
                p += plain;
                if (plain == bytescan::kBlock) {
                    continue;
                }
            } else if (p == m_end) {
                return p - m_data;
            }
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x80) {
                if (stops.contains(char(c))) {
                    return p - m_data;
                }
                *out++ = char16_t(c);
                ++p;
            } else if (m_windows1252) {
                *out++ = fromWindows1252(c);
                ++p;
            } else if (c >= 0xC2 && c <= 0xDF && m_end - p >= 2 &&
                       (static_cast<unsigned char>(p[1]) & 0xC0) == 0x80) {
                // A two-byte character (a Latin letter), the most common by far.
                *out++ = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
                p += 2;
            } else {
                p = decodeUtf8Character(p, m_end, out, &invalid);
            }
        }
    }

    char16_t *out;
    bool invalid = false; // set by a byte that is not UTF-8

private:
    const char *m_data;
    const char *m_end;
    bool m_windows1252;
};

} // namespace

CsvReader::CsvReader(QIODevice *device) : m_device(device) {}

bool CsvReader::failWith(CsvProblem::Code code, int row, int column)
{
    CsvProblem problem;
    problem.code = code;
    problem.row = row;
    problem.column = column;
    problem.figure = m_bytesRead;
    if (code == CsvProblem::Code::ReadError) {
        problem.detail = m_device->errorString();
    }
    m_fatal = problem;
    m_finished = true;
    return false;
}

bool CsvReader::fill()
{
    if (m_deviceAtEnd) {
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // Grow the read with the buffer, so that a long record is parsed again a
    // logarithmic, not linear, number of times.
    const qsizetype want = std::max(kChunkSize, m_buffer.size());
    const qsizetype oldSize = m_buffer.size();
    m_buffer.resize(oldSize + want);
    const qint64 got = m_device->read(m_buffer.data() + oldSize, want);
    if (got < 0) {
        m_buffer.resize(oldSize);
        // A sequential device that has ended (a finished QProcess) reports
        // reading past its end as -1: that is the end of the file.
        if (m_device->isSequential() && m_device->atEnd()) {
            m_deviceAtEnd = true;
            return false;
        }
        return failWith(CsvProblem::Code::ReadError);
    }
    m_buffer.resize(oldSize + got);
    m_bytesRead += got;
    if (m_maxBytes > 0 && m_bytesRead > m_maxBytes) {
        return failWith(CsvProblem::Code::TooLarge);
    }
    if (got == 0) {
        m_deviceAtEnd = true;
        return false;
    }
    return true;
}

void CsvReader::prescanEncoding()
{
    // Decide once for the whole file: Excel's Windows-1252 is rarely valid
    // UTF-8, and never when it holds Swedish letters.
    if (m_device->isSequential()) {
        return;
    }
    const qint64 start = m_device->pos();
    Utf8Validator validator;
    validator.feed(QByteArrayView(m_buffer).sliced(m_pos));
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    while (validator.isValid()) {
        const qint64 got = m_device->read(chunk.data(), chunk.size());
        if (got <= 0) {
            break;
        }
        validator.feed(QByteArrayView(chunk.constData(), got));
    }
    m_device->seek(start);
    m_encoding = validator.finish() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    m_encodingDecided = true;
}

void CsvReader::detectDelimiter()
{
    // Count candidates outside quotes on the header line; the buffer holds at
    // least that line (start() made sure of it) or the whole file.
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\r' || c == '\n') {
                break;
            }
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    if (semicolons > commas && semicolons >= tabs) {
        m_delimiter = u';';
    } else if (tabs > commas && tabs > semicolons) {
        m_delimiter = u'\t';
    }
}

bool CsvReader::start()
{
    m_started = true;
    while (m_buffer.size() < 3 && fill()) {
    }
    if (m_fatal) {
        return false;
    }
    const QByteArrayView head(m_buffer);
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_encoding = TextEncoding::Utf8WithBom;
        m_encodingDecided = true;
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_encoding = TextEncoding::Utf16;
        return failWith(CsvProblem::Code::Utf16);
    }
    // Make sure the header line is complete for delimiter detection.
    auto headerLineComplete = [this] {
        bool quoted = false;
        for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
            const char c = m_buffer.at(i);
            quoted = c == '"' ? !quoted : quoted;
            if (!quoted && (c == '\r' || c == '\n')) {
                return true;
            }
        }
        return false;
    };
    while (!headerLineComplete() && fill()) {
    }
    if (m_fatal) {
        return false;
    }
    // Enough for a whole "sep=;\r\n" line, however small the device's reads.
    while (m_buffer.size() - m_pos < 8 && fill()) {
    }
    const bool delimiterGiven = !m_fatal && skipSeparatorHint();
    while (delimiterGiven && !headerLineComplete() && fill()) {
    }
    if (m_fatal) {
        return false;
    }
    // Checked once the header line is read, so that a byte-order mark alone
    // (three bytes, which may not yet have shown the end) counts as empty.
    if (m_pos >= m_buffer.size() && m_deviceAtEnd) {
        return failWith(CsvProblem::Code::Empty);
    }
    // With a UTF-8 mark the encoding is known, and the decoder finds any
    // bytes that break that promise as it goes: no first pass.
    if (!m_encodingDecided) {
        prescanEncoding();
    }
    if (!delimiterGiven) {
        detectDelimiter();
    }
    return true;
}

bool CsvReader::skipSeparatorHint()
{
    // Excel writes and honours a first line "sep=;" that names the delimiter;
    // it is not a row of the sheet, so the header is still row 1.
    const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_pos);
    if (rest.size() < 5 || qstrnicmp(rest.data(), "sep=", 4) != 0) {
        return false;
    }
    const char delimiter = rest.at(4);
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
        return false;
    }
    qsizetype end = 5;
    if (end < rest.size() && rest.at(end) == '\r') {
        ++end;
    }
    if (end < rest.size() && rest.at(end) == '\n') {
        ++end;
    }
    if (end == 5 && end < rest.size()) {
        return false; // "sep=;x": a header that happens to start so
    }
    m_delimiter = char16_t(delimiter);
    m_pos += end;
    return true;
}

CsvReader::Step CsvReader::parseRecord()
{
    // clear() is free on an empty list, where resize(0) is not.
    m_problems.clear();
    m_invalidColumns.clear();
    m_sawInvalid = false;
    const char delimiter = char(m_delimiter);
    const bytescan::Stops plainStops({delimiter, '"', true});
    const bytescan::Stops quotedStops({'"', '"', false});
    const char *const data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype i = m_pos;
    const int row = m_row + 1;
    if (i >= size) {
        return m_deviceAtEnd ? Step::End : Step::NeedMore;
    }
    // A record's text is never longer in UTF-16 units than its bytes in the
    // file, so it is written through a pointer into a buffer sized for that.
    m_text.resize(size - m_pos);
    auto *const outBase = reinterpret_cast<char16_t *>(m_text.data());
    RunDecoder decoder(data, size, outBase, m_encoding == TextEncoding::Windows1252);
    const bool reportInvalid = m_encoding == TextEncoding::Utf8WithBom;
    // The cells' spans too are written through a pointer, into a list kept
    // ahead of them and cut to size at the end. It starts at the size of an
    // earlier record, usually the same number of cells, so that it is seldom
    // grown (growing fills the new spans with zeros).
    qsizetype cells = 0;
    if (m_spans.size() < 16) {
        m_spans.resize(16);
    }
    CsvRecord::Span *spans = m_spans.data();

    for (;;) {
        const int column = int(cells) + 1;
        char16_t *const cellStart = decoder.out;
        decoder.invalid = false;
        if (i < size && data[i] == '"') {
            // A quoted cell: runs to the next quote that is not doubled.
            ++i;
            for (;;) {
                i = decoder.decodeUntil(i, quotedStops);
                if (i < size && data[i] == 0) {
                    failWith(CsvProblem::Code::NulByte, row, column);
                    return Step::Fatal;
                }
                if (i + 1 >= size) {
                    if (!m_deviceAtEnd) {
                        return Step::NeedMore;
                    }
                    if (i >= size) {
                        failWith(CsvProblem::Code::UnclosedQuote, row, column);
                        return Step::Fatal;
                    }
                    ++i; // closing quote at the very end of the file
                    break;
                }
                if (data[i + 1] == '"') {
                    *decoder.out++ = u'"';
                    i += 2;
                    continue;
                }
                ++i; // the closing quote
                break;
            }
            // Anything up to the delimiter or line end is a mistake; keep it
            // as content so nothing is lost, and report it.
            if (i < size && !plainStops.contains(data[i])) {
                m_problems.append(
                    CsvProblem{CsvProblem::Code::TextAfterQuote, row, column, 0, QString()});
            }
        }
        // Unquoted content (or the remains after a closing quote, usually
        // none: the scan is skipped when it would stop at once).
        for (;;) {
            if (i >= size || !plainStops.contains(data[i])) {
                i = decoder.decodeUntil(i, plainStops);
            }
            if (i < size && data[i] == '"') {
                if (m_problems.isEmpty() || m_problems.last().column != column) {
                    m_problems.append(
                        CsvProblem{CsvProblem::Code::StrayQuote, row, column, 0, QString()});
                }
                *decoder.out++ = u'"';
                ++i;
                continue;
            }
            break;
        }
        // The cell ends here: at the delimiter, a line end, or the end of the
        // file.
        const char c = i < size ? data[i] : '\n';
        if (i >= size && !m_deviceAtEnd) {
            return Step::NeedMore;
        }
        if (c == 0) {
            failWith(CsvProblem::Code::NulByte, row, column);
            return Step::Fatal;
        }
        const qsizetype length = decoder.out - cellStart;
        // The guard is rare; the test of its first character is not.
        const qsizetype guard = length > 1 && cellStart[0] == u'\''
                                    ? formulaGuardLength(QStringView(cellStart, length))
                                    : 0;
        if (cells == m_spans.size()) {
            m_spans.resize(cells * 2);
            spans = m_spans.data();
        }
        spans[cells++] = {cellStart - outBase + guard, length - guard};
        if (decoder.invalid) {
            m_sawInvalid = true;
            if (reportInvalid) {
                m_invalidColumns.append(column);
            }
        }
        if (c == delimiter) {
            ++i;
            continue;
        }
        // A line end: CR LF, LF or CR (or the end of the file).
        if (c == '\r') {
            if (i + 1 >= size && !m_deviceAtEnd) {
                return Step::NeedMore;
            }
            i += (i + 1 < size && data[i + 1] == '\n') ? 2 : 1;
        } else if (i < size) {
            ++i;
        }
        break;
    }
    m_text.truncate(decoder.out - outBase);
    m_spans.resize(cells);
    m_pos = i;
    m_row = row;
    return Step::Record;
}

void CsvReader::handOver(CsvRecord *record)
{
    record->m_row = m_row;
    record->m_problems = m_problems;
    // The mark says UTF-8, the bytes say otherwise: decoded with replacement
    // characters, and reported rather than guessed at.
    for (const int column : std::as_const(m_invalidColumns)) {
        record->m_problems.append(
            CsvProblem{CsvProblem::Code::InvalidUtf8, m_row, column, 0, QString()});
    }
    record->m_text.swap(m_text);
    record->m_spans.swap(m_spans);
}

bool CsvReader::readRecord(CsvRecord *record)
{
    if (m_finished) {
        return false;
    }
    if (!m_started && !start()) {
        return false;
    }
    for (;;) {
        const qsizetype start = m_pos;
        const int row = m_row;
        switch (parseRecord()) {
        case Step::Record:
            if (m_sawInvalid && !m_encodingDecided) {
                // A record that is not UTF-8 on a device read once: this one
                // and the rest are Windows-1252. Parsed again as that.
                m_encoding = TextEncoding::Windows1252;
                m_encodingDecided = true;
                m_pos = start;
                m_row = row;
                continue;
            }
            handOver(record);
            return true;
        case Step::NeedMore:
            if (!fill() && m_fatal) {
                return false;
            }
            continue;
        case Step::End:
            m_finished = true;
            return false;
        case Step::Fatal:
            return false;
        }
    }
}

} // namespace ccbulk
