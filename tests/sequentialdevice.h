#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace ccbulk::test {

// A read-only sequential device over bytes, like a pipe or standard input: it
// cannot seek or tell its size, and hands out at most chunkSize bytes a read.
// (A QBuffer that only claims to be sequential would repeat its data forever,
// because QIODevice keeps no position for sequential devices.)
class SequentialDevice final : public QIODevice
{
public:
    explicit SequentialDevice(QByteArray data, qint64 chunkSize = 4096)
        : m_data(std::move(data)), m_chunkSize(chunkSize)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return (m_data.size() - m_offset) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_offset >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_chunkSize, qint64(m_data.size()) - m_offset});
        std::memcpy(data, m_data.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunkSize;
    qint64 m_offset = 0;
};

} // namespace ccbulk::test
