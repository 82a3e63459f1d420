#include "csvreader.h"

#include "formulaguard.h"

#include <array>
#include <cstring>

namespace ccbulk {

namespace {

constexpr qsizetype kChunkSize = 256 * 1024;

// Bytes that end a run of plain cell content.
constexpr auto makeStopTable(char delimiter)
{
    std::array<bool, 256> table{};
    table[static_cast<unsigned char>(delimiter)] = true;
    table['"'] = true;
    table['\r'] = true;
    table['\n'] = true;
    table[0] = true;
    return table;
}

constexpr auto kStopComma = makeStopTable(',');
constexpr auto kStopSemicolon = makeStopTable(';');
constexpr auto kStopTab = makeStopTable('\t');

// Whether any byte of word is zero (the classic bit trick, exact).
constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHighs = 0x8080808080808080ULL;

inline bool hasZeroByte(quint64 word)
{
    return ((word - kOnes) & ~word & kHighs) != 0;
}

// The position of the first byte from i that ends plain cell content. Most
// of a file is plain content, so eight bytes are tested at a time.
qsizetype skipPlainBytes(const char *data, qsizetype i, qsizetype size, char delimiter,
                         const std::array<bool, 256> &stop)
{
    const quint64 delimiters = kOnes * static_cast<unsigned char>(delimiter);
    while (size - i >= 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (hasZeroByte(word ^ delimiters) || hasZeroByte(word ^ (kOnes * '"')) ||
            hasZeroByte(word ^ (kOnes * '\r')) || hasZeroByte(word ^ (kOnes * '\n')) ||
            hasZeroByte(word)) {
            break;
        }
        i += 8;
    }
    while (i < size && !stop[static_cast<unsigned char>(data[i])]) {
        ++i;
    }
    return i;
}

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
    m_allValidUtf8 = validator.finish();
    if (!m_encodingDecided) {
        m_encoding = m_allValidUtf8 ? TextEncoding::Utf8 : TextEncoding::Windows1252;
        m_encodingDecided = true;
    }
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
    // With a UTF-8 mark the encoding is known, but the one pass also tells
    // whether the bytes keep that promise, so cells need no check of their own.
    if (!m_encodingDecided || m_encoding == TextEncoding::Utf8WithBom) {
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
    m_cellEnds.resize(0);
    m_problems.resize(0);
    const char delimiter = char(m_delimiter);
    const auto &stop = delimiter == ',' ? kStopComma : delimiter == ';' ? kStopSemicolon : kStopTab;
    const char *const data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype i = m_pos;
    const int row = m_row + 1;
    // A record's content is never longer than its bytes in the file, so the
    // cells are copied through a pointer into a buffer sized for that.
    m_cellBytes.resize(size - m_pos);
    char *const outBase = m_cellBytes.data();
    char *out = outBase;
    auto copy = [&out](const char *from, qsizetype count) {
        std::memcpy(out, from, size_t(count));
        out += count;
    };

    if (i >= size) {
        return m_deviceAtEnd ? Step::End : Step::NeedMore;
    }
    for (;;) {
        const int column = int(m_cellEnds.size()) + 1;
        if (i < size && data[i] == '"') {
            // A quoted cell: runs to the next quote that is not doubled.
            ++i;
            for (;;) {
                const char *quote =
                    static_cast<const char *>(std::memchr(data + i, '"', size_t(size - i)));
                const qsizetype runEnd = quote ? quote - data : size;
                if (std::memchr(data + i, 0, size_t(runEnd - i))) {
                    failWith(CsvProblem::Code::NulByte, row, column);
                    return Step::Fatal;
                }
                copy(data + i, runEnd - i);
                i = runEnd;
                if (!quote || i + 1 >= size) {
                    if (!m_deviceAtEnd) {
                        return Step::NeedMore;
                    }
                    if (!quote) {
                        failWith(CsvProblem::Code::UnclosedQuote, row, column);
                        return Step::Fatal;
                    }
                    ++i; // closing quote at the very end of the file
                    break;
                }
                if (data[i + 1] == '"') {
                    *out++ = '"';
                    i += 2;
                    continue;
                }
                ++i; // the closing quote
                break;
            }
            // Anything up to the delimiter or line end is a mistake; keep it
            // as content so nothing is lost, and report it.
            if (i < size && !stop[static_cast<unsigned char>(data[i])]) {
                m_problems.append(
                    CsvProblem{CsvProblem::Code::TextAfterQuote, row, column, 0, QString()});
            }
        }
        // Unquoted content (or the remains after a closing quote).
        for (;;) {
            const qsizetype runStart = i;
            i = skipPlainBytes(data, i, size, delimiter, stop);
            copy(data + runStart, i - runStart);
            if (i < size && data[i] == '"') {
                if (m_problems.isEmpty() || m_problems.last().column != column) {
                    m_problems.append(
                        CsvProblem{CsvProblem::Code::StrayQuote, row, column, 0, QString()});
                }
                *out++ = '"';
                ++i;
                continue;
            }
            break;
        }
        if (i >= size) {
            if (!m_deviceAtEnd) {
                return Step::NeedMore;
            }
            m_cellEnds.append(out - outBase);
            break;
        }
        const char c = data[i];
        if (c == 0) {
            failWith(CsvProblem::Code::NulByte, row, column);
            return Step::Fatal;
        }
        m_cellEnds.append(out - outBase);
        if (c == delimiter) {
            ++i;
            continue;
        }
        // A line end: CR LF, LF or CR.
        if (c == '\r') {
            if (i + 1 >= size && !m_deviceAtEnd) {
                return Step::NeedMore;
            }
            i += (i + 1 < size && data[i + 1] == '\n') ? 2 : 1;
        } else {
            ++i;
        }
        break;
    }
    m_cellBytes.truncate(out - outBase);
    m_pos = i;
    m_row = row;
    return Step::Record;
}

void CsvReader::decodeInto(CsvRecord *record)
{
    // Each cell is decoded on its own, so each must be UTF-8 on its own: a
    // lead byte ending one cell and a continuation byte starting the next are
    // not a UTF-8 sequence.
    for (qsizetype begin = 0, i = 0; !m_encodingDecided && i < m_cellEnds.size(); ++i) {
        if (!isValidUtf8(QByteArrayView(m_cellBytes).sliced(begin, m_cellEnds.at(i) - begin))) {
            m_encoding = TextEncoding::Windows1252;
            m_encodingDecided = true;
        }
        begin = m_cellEnds.at(i);
    }
    const bool windows1252 = m_encoding == TextEncoding::Windows1252;
    record->m_row = m_row;
    record->m_problems = m_problems;
    record->m_spans.resize(0);
    // One UTF-16 unit per byte is enough for both encodings.
    record->m_text.resize(m_cellBytes.size());
    QChar *const base = record->m_text.data();
    QChar *out = base;
    qsizetype begin = 0;
    for (const qsizetype end : std::as_const(m_cellEnds)) {
        const QByteArrayView bytes(m_cellBytes.constData() + begin, end - begin);
        QChar *const cellStart = out;
        if (m_encoding == TextEncoding::Utf8WithBom && !m_allValidUtf8 && !isAscii(bytes) &&
            !isValidUtf8(bytes)) {
            // The mark says UTF-8, the bytes say otherwise: decoded with
            // replacement characters, and reported rather than guessed at.
            record->m_problems.append(CsvProblem{CsvProblem::Code::InvalidUtf8, m_row,
                                                 int(record->m_spans.size()) + 1, 0, QString()});
        }
        if (isAscii(bytes)) {
            // The common case, alike in every encoding: one unit a byte.
            for (const char byte : bytes) {
                *out++ = QChar(char16_t(static_cast<unsigned char>(byte)));
            }
        } else {
            out = windows1252 ? appendWindows1252(out, bytes) : appendUtf8(out, bytes);
        }
        const QStringView text(cellStart, out - cellStart);
        const qsizetype guard = formulaGuardLength(text);
        record->m_spans.append({cellStart - base + guard, (out - cellStart) - guard});
        begin = end;
    }
    record->m_text.truncate(out - base);
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
        switch (parseRecord()) {
        case Step::Record:
            decodeInto(record);
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
