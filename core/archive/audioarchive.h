#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

class QIODevice;
class QuaZip;

namespace ccbulk {

// One entry of a ZIP's central directory, as AudioArchive lists it.
struct ArchiveEntry
{
    int position = 0;            // 1-based, in the central directory's order
    QString path;                // as the ZIP names it
    QString fileName;            // the part after the last "/"
    QString folder;              // the part before it; empty at the top
    quint16 method = 0;          // 0 stored, 8 deflated, anything else unreadable
    qint64 compressedSize = 0;   // as declared
    qint64 uncompressedSize = 0; // as declared
    bool directory = false;
    bool symlink = false;   // a Unix symbolic link (S_IFLNK in the external attributes)
    bool encrypted = false; // bit 0 of the general purpose flags
    QString unsafePath;     // why the path is refused; empty when it is safe

    bool isSupportedMethod() const { return method == 0 || method == 8; }
};

// A ZIP of audio files, read with QuaZip from a random-access device, and
// never trusted: nothing of it is ever written to disk, and every size it
// declares is checked before anything is inflated.
//
// open() refuses the ZIP as a whole when the file is larger than maxZipBytes,
// is not a readable ZIP (truncated, corrupt central directory), lists more
// than kMaxEntries entries, or declares more content than maxContentBytes()
// (kExpansion times maxZipBytes) or more than deflate can produce from an
// entry's compressed size: the signs of a zip bomb, refused before a byte is
// inflated. read() then inflates one entry at most up to its declared size,
// which open() has bounded, whatever the compressed stream holds.
class AudioArchive
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::AudioArchive)

public:
    static constexpr int kMaxEntries = 10000;
    // Audio hardly compresses, so a ZIP of real WAV files expands to little
    // more than its size; four times the ZIP limit is far beyond any of them.
    static constexpr qint64 kExpansion = 4;
    // Deflate never expands by more than about 1032:1; a declared size beyond
    // that cannot be true.
    static constexpr qint64 kMaxDeflateRatio = 1032;

    explicit AudioArchive(qint64 maxZipBytes);
    ~AudioArchive();
    Q_DISABLE_COPY_MOVE(AudioArchive)

    // device must be random access, open for reading or closed (it is then
    // opened); it is never closed here and must outlive the archive. False
    // and *error (in the user's language) when the ZIP is refused.
    bool open(QIODevice *device, QString *error);

    // Every entry, directories included, in central-directory order.
    const QList<ArchiveEntry> &entries() const { return m_entries; }
    qint64 maxZipBytes() const { return m_maxZipBytes; }
    qint64 maxContentBytes() const;
    // Bytes inflated by read() so far.
    qint64 bytesRead() const { return m_bytesRead; }

    struct Content
    {
        bool ok = false;
        QByteArray bytes;
        QString error;        // why not, in the user's language
        bool damaged = false; // the ZIP itself is damaged, not just this entry refused
    };
    // The content of one entry of entries(). Refuses directories, links,
    // encrypted entries, unsafe paths and compression methods other than
    // stored and deflate; inflates at most the declared size and checks the
    // CRC, so an entry whose stream holds more or less than it declares is
    // damaged.
    Content read(const ArchiveEntry &entry);

    // Why a path inside a ZIP is unsafe (a ".." segment, an absolute path, a
    // drive letter or colon, a backslash, a control character), or an empty
    // string when it is safe.
    static QString pathProblem(QStringView path);

private:
    bool fail(QString *error, const QString &message);
    bool listEntries(QString *error);
    bool checkSizes(qint64 deviceSize, QString *error);

    struct FilePosition
    {
        quint64 centralDirectoryOffset = 0;
        quint64 fileNumber = 0;
    };

    qint64 m_maxZipBytes = 0;
    std::unique_ptr<QuaZip> m_zip;
    QList<ArchiveEntry> m_entries;
    QList<FilePosition> m_positions; // of m_entries, index for index
    qint64 m_bytesRead = 0;
};

} // namespace ccbulk
