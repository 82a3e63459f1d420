#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace ccbulk {

// Writes RFC 4180 CSV that Excel opens correctly: UTF-8 with a byte-order mark
// (so Swedish letters survive), CRLF line ends, quotes only where a cell needs
// them, and a formula guard (formulaguard.h) on cells a spreadsheet would run.
// Output is buffered; call flush() (or let the destructor) before closing the
// device.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    void writeRecord(const QStringList &cells);
    // False when the device refused a write; errorString() says why.
    bool flush();
    bool hasError() const { return m_failed; }
    QString errorString() const { return m_device->errorString(); }

    // One record as the writer encodes it, with its CRLF.
    static QByteArray encodeRecord(const QStringList &cells);

private:
    static void appendCell(QByteArray *out, const QString &cell);

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_wroteBom = false;
    bool m_failed = false;
};

} // namespace ccbulk
