#include "audioarchive.h"

#include "../csv/csvproblemtext.h"

#include <QIODevice>
#include <QtEndian>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <limits>

namespace ccbulk {

namespace {

constexpr quint32 kUnixTypeMask = 0170000;
constexpr quint32 kUnixSymlink = 0120000;
constexpr quint16 kEncryptedFlag = 0x0001;
// Slack for the smallest deflate streams, whose ratio is worse than the limit.
constexpr qint64 kDeflateSlack = 1024;

qint64 clampSize(quint64 size)
{
    return size > quint64(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                              : qint64(size);
}

qint64 saturatingAdd(qint64 a, qint64 b)
{
    return a > std::numeric_limits<qint64>::max() - b ? std::numeric_limits<qint64>::max() : a + b;
}

QString zipErrorText(int code)
{
    switch (code) {
    case UNZ_CRCERROR:
        return AudioArchive::tr("its checksum does not match its content");
    case UNZ_BADZIPFILE:
        return AudioArchive::tr("its headers are not valid");
    case Z_DATA_ERROR:
        return AudioArchive::tr("its compressed data is corrupt");
    case UNZ_ERRNO:
        return AudioArchive::tr("the file could not be read");
    default:
        break;
    }
    return AudioArchive::tr("error %1").arg(code);
}

// The most that deflate can produce from compressed bytes.
qint64 largestInflated(qint64 compressed)
{
    const qint64 max = std::numeric_limits<qint64>::max();
    return compressed > (max - kDeflateSlack) / AudioArchive::kMaxDeflateRatio
               ? max
               : compressed * AudioArchive::kMaxDeflateRatio + kDeflateSlack;
}

// A path segment that Windows reads as "..": two or more dots, with or
// without trailing spaces and further dots ("...", ".. ").
bool isParentSegment(QStringView segment)
{
    int dots = 0;
    for (const QChar c : segment) {
        if (c == u'.') {
            ++dots;
        } else if (c != u' ') {
            return false;
        }
    }
    return dots >= 2;
}

// A ZIP of no entries: only the end-of-central-directory record, saying so.
bool isEmptyZip(QIODevice *device)
{
    constexpr qint64 kEndRecordBytes = 22;
    if (device->size() < kEndRecordBytes || !device->seek(0)) {
        return false;
    }
    const QByteArray head = device->peek(kEndRecordBytes);
    return head.size() == kEndRecordBytes && head.startsWith("PK\x05\x06") &&
           qFromLittleEndian<quint16>(head.constData() + 8) == 0 &&
           qFromLittleEndian<quint16>(head.constData() + 10) == 0 &&
           device->size() == kEndRecordBytes + qFromLittleEndian<quint16>(head.constData() + 20);
}

} // namespace

AudioArchive::AudioArchive(qint64 maxZipBytes) : m_maxZipBytes(maxZipBytes) {}

AudioArchive::~AudioArchive()
{
    if (m_zip && m_zip->isOpen()) {
        m_zip->close();
    }
}

qint64 AudioArchive::maxContentBytes() const
{
    const qint64 max = std::numeric_limits<qint64>::max();
    return m_maxZipBytes > max / kExpansion ? max : m_maxZipBytes * kExpansion;
}

bool AudioArchive::fail(QString *error, const QString &message)
{
    *error = message;
    m_entries.clear();
    m_positions.clear();
    if (m_zip && m_zip->isOpen()) {
        m_zip->close();
    }
    m_zip.reset();
    return false;
}

QString AudioArchive::pathProblem(QStringView path)
{
    if (path.isEmpty()) {
        return tr("The entry has no name.");
    }
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return tr("The path holds a control character.");
        }
    }
    if (path.contains(u'\\')) {
        return tr("The path holds a backslash, which Windows reads as a folder separator.");
    }
    if (path.startsWith(u'/')) {
        return tr("The path is absolute.");
    }
    if (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter()) {
        return tr("The path starts with a drive letter.");
    }
    if (path.contains(u':')) {
        return tr("The path holds a colon, which Windows reads as a drive or stream name.");
    }
    for (const QStringView segment : path.split(u'/')) {
        if (isParentSegment(segment)) {
            return tr("The path has a “..” part, which leads out of its folder.");
        }
    }
    return QString();
}

bool AudioArchive::open(QIODevice *device, QString *error)
{
    m_entries.clear();
    m_positions.clear();
    m_bytesRead = 0;
    if (device->isSequential()) {
        return fail(error, tr("The ZIP file must be read from a file, not from a stream."));
    }
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly)) {
        return fail(error, tr("The ZIP file cannot be read: %1").arg(device->errorString()));
    }
    // The limit is checked before anything else is read.
    const qint64 size = device->size();
    if (size > m_maxZipBytes) {
        return fail(error, tr("The ZIP file is %1, more than the limit of %2.")
                               .arg(CsvProblemText::formatBytes(size),
                                    CsvProblemText::formatBytes(m_maxZipBytes)));
    }
    if (size == 0) {
        return fail(error, tr("The file is empty: it is not a ZIP file."));
    }
    if (isEmptyZip(device)) {
        return true; // minizip cannot open a ZIP whose end record is at offset 0
    }
    m_zip = std::make_unique<QuaZip>(device);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        // QuaZip does not say why (UNZ_OPENERROR): the end record is missing,
        // or points at no table of contents.
        return fail(error, tr("The file is not a ZIP file, or it is damaged or truncated: its "
                              "table of contents cannot be found."));
    }
    const int count = m_zip->getEntriesCount();
    if (count < 0) {
        return fail(error, tr("The ZIP file is damaged: its table of contents cannot be read "
                              "(%1).")
                               .arg(zipErrorText(m_zip->getZipError())));
    }
    if (count > kMaxEntries) {
        return fail(error, tr("The ZIP file lists %1 entries, more than the %2 that ccbulk reads "
                              "from one ZIP.")
                               .arg(count)
                               .arg(kMaxEntries));
    }
    return listEntries(error) && checkSizes(size, error);
}

bool AudioArchive::listEntries(QString *error)
{
    if (m_zip->getEntriesCount() == 0) {
        return true;
    }
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (m_entries.size() >= kMaxEntries) {
            return fail(error, tr("The ZIP file holds more than the %1 entries that ccbulk reads "
                                  "from one ZIP.")
                                   .arg(kMaxEntries));
        }
        QuaZipFileInfo64 info;
        unz64_file_pos position{};
        if (!m_zip->getCurrentFileInfo(&info) ||
            unzGetFilePos64(m_zip->getUnzFile(), &position) != UNZ_OK) {
            break; // reported below, from the error code
        }
        ArchiveEntry entry;
        entry.position = int(m_entries.size()) + 1;
        entry.path = info.name;
        entry.directory = entry.path.endsWith(u'/');
        const qsizetype slash = entry.directory ? -1 : entry.path.lastIndexOf(u'/');
        entry.fileName = entry.directory ? QString() : entry.path.mid(slash + 1);
        entry.folder = entry.directory ? entry.path.chopped(1)
                                       : (slash < 0 ? QString() : entry.path.left(slash));
        entry.method = info.method;
        entry.compressedSize = clampSize(info.compressedSize);
        entry.uncompressedSize = clampSize(info.uncompressedSize);
        entry.symlink = ((info.externalAttr >> 16) & kUnixTypeMask) == kUnixSymlink;
        entry.encrypted = (info.flags & kEncryptedFlag) != 0;
        entry.unsafePath = pathProblem(entry.path);
        m_entries << entry;
        m_positions << FilePosition{position.pos_in_zip_directory, position.num_of_file};
    }
    if (m_zip->getZipError() != UNZ_OK || m_entries.size() != m_zip->getEntriesCount()) {
        return fail(error, tr("The ZIP file is damaged or truncated: its table of contents "
                              "cannot be read past entry %1 (%2).")
                               .arg(m_entries.size())
                               .arg(zipErrorText(m_zip->getZipError())));
    }
    return true;
}

bool AudioArchive::checkSizes(qint64 deviceSize, QString *error)
{
    auto refuse = [&](const QString &message) {
        return fail(error, message);
    };
    qint64 declared = 0;
    qint64 compressed = 0;
    for (const ArchiveEntry &entry : m_entries) {
        declared = saturatingAdd(declared, entry.uncompressedSize);
        compressed = saturatingAdd(compressed, entry.compressedSize);
        if (entry.encrypted) {
            continue; // an encrypted entry is never inflated, and its sizes include a header
        }
        const bool impossible =
            entry.method == 8 ? entry.uncompressedSize > largestInflated(entry.compressedSize)
                              : entry.method == 0 && entry.uncompressedSize != entry.compressedSize;
        if (impossible) {
            return refuse(tr("The ZIP file is refused: the entry “%1” declares %2 of content "
                             "from %3 of compressed data, which cannot be true. It may be a zip "
                             "bomb; nothing was unpacked.")
                              .arg(entry.path, CsvProblemText::formatBytes(entry.uncompressedSize),
                                   CsvProblemText::formatBytes(entry.compressedSize)));
        }
    }
    if (declared > maxContentBytes()) {
        return refuse(tr("The ZIP file is refused: its entries declare %1 of content, more than "
                         "the %2 that ccbulk unpacks from one ZIP. It may be a zip bomb; "
                         "nothing was unpacked.")
                          .arg(CsvProblemText::formatBytes(declared),
                               CsvProblemText::formatBytes(maxContentBytes())));
    }
    // Entries that share their data (the overlapping zip bomb) declare more
    // compressed data than the file holds.
    if (compressed > deviceSize) {
        return refuse(tr("The ZIP file is refused: its entries declare %1 of compressed data, "
                         "more than the whole file holds. It is damaged, or a zip bomb; nothing "
                         "was unpacked.")
                          .arg(CsvProblemText::formatBytes(compressed)));
    }
    return true;
}

AudioArchive::Content AudioArchive::read(const ArchiveEntry &entry)
{
    Content content;
    const qsizetype index = entry.position - 1;
    if (!m_zip || index < 0 || index >= m_entries.size() ||
        m_entries.at(index).path != entry.path) {
        content.error = tr("The entry is not part of this ZIP file.");
        return content;
    }
    const ArchiveEntry &listed = m_entries.at(index); // never the caller's copy
    if (listed.directory || listed.symlink || listed.encrypted || !listed.unsafePath.isEmpty()) {
        content.error = tr("The entry is a folder, a link, encrypted or has an unsafe path, and "
                           "is not read.");
        return content;
    }
    if (!listed.isSupportedMethod()) {
        content.error = tr("The entry is compressed with method %1; ccbulk reads only stored "
                           "and deflated entries.")
                            .arg(listed.method);
        return content;
    }
    // open() bounded the declared sizes; this holds whatever the caller does.
    if (listed.uncompressedSize > maxContentBytes() - m_bytesRead) {
        content.error = tr("Reading the entry would unpack more than the %1 that ccbulk unpacks "
                           "from one ZIP.")
                            .arg(CsvProblemText::formatBytes(maxContentBytes()));
        return content;
    }
    auto damaged = [&](int code) {
        content.damaged = true;
        content.bytes.clear();
        content.error = tr("The ZIP file is damaged: the entry “%1” cannot be read (%2).")
                            .arg(listed.path, zipErrorText(code));
        return content;
    };
    unz64_file_pos position{m_positions.at(index).centralDirectoryOffset,
                            m_positions.at(index).fileNumber};
    // goToFirstFile() marks QuaZip as having a current file; the position
    // then moves it to the entry.
    if (!m_zip->goToFirstFile()) {
        return damaged(m_zip->getZipError());
    }
    if (const int code = unzGoToFilePos64(m_zip->getUnzFile(), &position); code != UNZ_OK) {
        return damaged(code);
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        return damaged(file.getZipError());
    }
    const qint64 size = listed.uncompressedSize;
    content.bytes.resize(qsizetype(size));
    qint64 done = 0;
    while (done < size) {
        const qint64 count = file.read(content.bytes.data() + done, size - done);
        if (count < 0) {
            return damaged(file.getZipError() != UNZ_OK ? file.getZipError() : Z_DATA_ERROR);
        }
        if (count == 0) {
            break;
        }
        done += count;
    }
    // The cap: whatever the stream holds, nothing past the declared size is
    // taken; a stream that holds more or less fails its checksum.
    char extra = 0;
    const bool more = file.read(&extra, 1) > 0;
    file.close();
    if (more || done < size) {
        return damaged(UNZ_BADZIPFILE);
    }
    if (file.getZipError() != UNZ_OK) {
        return damaged(file.getZipError());
    }
    m_bytesRead += done;
    content.ok = true;
    return content;
}

} // namespace ccbulk
