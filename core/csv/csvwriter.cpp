#include "csvwriter.h"

#include "formulaguard.h"

namespace ccbulk {

namespace {
constexpr qsizetype kFlushAt = 256 * 1024;
}

CsvWriter::CsvWriter(QIODevice *device) : m_device(device) {}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::appendCell(QByteArray *out, const QString &cell)
{
    const QString guarded = addFormulaGuard(cell);
    bool needsQuotes = false;
    for (const QChar c : guarded) {
        if (c == u',' || c == u';' || c == u'\t' || c == u'"' || c == u'\r' || c == u'\n') {
            needsQuotes = true;
            break;
        }
    }
    // Leading or trailing spaces are quoted too: readers that trim unquoted
    // cells (this one's validator does) would otherwise change the value.
    needsQuotes = needsQuotes ||
                  (!guarded.isEmpty() && (guarded.front().isSpace() || guarded.back().isSpace()));
    if (!needsQuotes) {
        out->append(guarded.toUtf8());
        return;
    }
    out->append('"');
    QString escaped = guarded;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    out->append(escaped.toUtf8());
    out->append('"');
}

QByteArray CsvWriter::encodeRecord(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        appendCell(&out, cells.at(i));
    }
    out.append("\r\n");
    return out;
}

void CsvWriter::writeRecord(const QStringList &cells)
{
    if (!m_wroteBom) {
        m_buffer.append("\xEF\xBB\xBF");
        m_wroteBom = true;
    }
    m_buffer.append(encodeRecord(cells));
    if (m_buffer.size() >= kFlushAt) {
        flush();
    }
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty() && !m_failed) {
        m_failed = m_device->write(m_buffer) != m_buffer.size();
        m_buffer.clear();
    }
    return !m_failed;
}

} // namespace ccbulk
