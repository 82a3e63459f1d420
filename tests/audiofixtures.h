// What the audio tests share: WAV files and ZIP files made in memory.
//
// ZIPs are written byte for byte here rather than with QuaZip, because the
// hostile ones are exactly what QuaZip refuses to write: "../" names,
// absolute names, symbolic links, the encryption flag, sizes that lie.

#pragma once

#include "definitions/definitionregistry.h"
#include "jobs/audioimportengine.h"
#include "tenant/local/localtenant.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QtEndian>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>
#include <zlib.h>

namespace ccbulk::test {

// A canonical 44-byte-header WAV file with frames of a repeating pattern
// (seed makes different content of the same size).
struct WavSpec
{
    quint16 formatTag = 1;
    quint16 channels = 1;
    quint32 sampleRate = 8000;
    quint16 bitsPerSample = 16;
    quint32 frames = 800; // 0.1 s at 8 kHz
    int seed = 0;
};

inline void appendU16(QByteArray *out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out->append(bytes, 2);
}

inline void appendU32(QByteArray *out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out->append(bytes, 4);
}

inline void appendU64(QByteArray *out, quint64 value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    out->append(bytes, 8);
}

inline QByteArray wavData(const WavSpec &spec)
{
    const quint32 blockAlign = quint32(spec.channels) * (spec.bitsPerSample / 8);
    QByteArray data(qsizetype(spec.frames) * blockAlign, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i) {
        data[i] = char((i * 7 + spec.seed * 13 + (i >> 5)) & 0xff);
    }
    return data;
}

inline QByteArray wavBytes(const WavSpec &spec = WavSpec())
{
    const quint16 blockAlign = quint16(spec.channels * (spec.bitsPerSample / 8));
    const QByteArray data = wavData(spec);
    QByteArray out;
    out.reserve(44 + data.size());
    out.append("RIFF", 4);
    appendU32(&out, quint32(36 + data.size()));
    out.append("WAVEfmt ", 8);
    appendU32(&out, 16);
    appendU16(&out, spec.formatTag);
    appendU16(&out, spec.channels);
    appendU32(&out, spec.sampleRate);
    appendU32(&out, spec.sampleRate * blockAlign);
    appendU16(&out, blockAlign);
    appendU16(&out, spec.bitsPerSample);
    out.append("data", 4);
    appendU32(&out, quint32(data.size()));
    out.append(data);
    return out;
}

inline QByteArray wavBytes(int seed)
{
    WavSpec spec;
    spec.seed = seed;
    return wavBytes(spec);
}

// Raw deflate (no zlib header), as ZIP method 8 holds it.
inline QByteArray rawDeflate(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

inline quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

// One entry of a hand-made ZIP. Everything the headers say can be overridden.
struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    bool deflate = true;
    quint16 flags = 0x0800;                // names in UTF-8
    quint16 versionMadeBy = (3 << 8) | 20; // Unix, 2.0
    quint32 externalAttr = quint32(0100644) << 16;
    std::optional<quint64> declaredSize;   // the uncompressed size the headers give
    std::optional<quint32> declaredCrc;    // the CRC the headers give
    std::optional<quint32> sharedOffsetOf; // point at an earlier entry's local header
    std::optional<quint16> method;         // the method the headers give
};

inline ZipEntry zipEntry(const QByteArray &name, const QByteArray &data, bool deflate = true)
{
    ZipEntry entry;
    entry.name = name;
    entry.data = data;
    entry.deflate = deflate;
    return entry;
}

inline ZipEntry folderEntry(const QByteArray &name)
{
    ZipEntry entry;
    entry.name = name;
    entry.deflate = false;
    entry.externalAttr = (quint32(040755) << 16) | 0x10;
    return entry;
}

// A ZIP file: local headers with data, the central directory, and its end
// record; zip64 extra fields where a declared size needs them.
inline QByteArray zipBytes(const QList<ZipEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    QList<quint32> offsets;
    for (const ZipEntry &entry : entries) {
        const QByteArray stored = entry.deflate ? rawDeflate(entry.data) : entry.data;
        const quint16 method = entry.method.value_or(entry.deflate ? 8 : 0);
        const quint64 size = entry.declaredSize.value_or(quint64(entry.data.size()));
        const quint32 crc = entry.declaredCrc.value_or(crcOf(entry.data));
        const bool zip64 = size >= 0xffffffffULL;
        QByteArray extra;
        if (zip64) {
            appendU16(&extra, 0x0001);
            appendU16(&extra, 16);
            appendU64(&extra, size);
            appendU64(&extra, quint64(stored.size()));
        }
        const quint32 size32 = zip64 ? 0xffffffffU : quint32(size);
        const quint32 compressed32 = zip64 ? 0xffffffffU : quint32(stored.size());

        quint32 offset = quint32(out.size());
        if (entry.sharedOffsetOf) {
            offset = offsets.at(qsizetype(*entry.sharedOffsetOf));
        } else {
            out.append("PK\x03\x04", 4);
            appendU16(&out, zip64 ? 45 : 20);
            appendU16(&out, entry.flags);
            appendU16(&out, method);
            appendU32(&out, 0x00210000); // 1980-01-01 00:00
            appendU32(&out, crc);
            appendU32(&out, compressed32);
            appendU32(&out, size32);
            appendU16(&out, quint16(entry.name.size()));
            appendU16(&out, quint16(extra.size()));
            out.append(entry.name);
            out.append(extra);
            out.append(stored);
        }
        offsets << offset;

        central.append("PK\x01\x02", 4);
        appendU16(&central, entry.versionMadeBy);
        appendU16(&central, zip64 ? 45 : 20);
        appendU16(&central, entry.flags);
        appendU16(&central, method);
        appendU32(&central, 0x00210000);
        appendU32(&central, crc);
        appendU32(&central, compressed32);
        appendU32(&central, size32);
        appendU16(&central, quint16(entry.name.size()));
        appendU16(&central, quint16(extra.size()));
        appendU16(&central, 0); // comment
        appendU16(&central, 0); // disk
        appendU16(&central, 0); // internal attributes
        appendU32(&central, entry.externalAttr);
        appendU32(&central, offset);
        central.append(entry.name);
        central.append(extra);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    out.append("PK\x05\x06", 4);
    appendU16(&out, 0);
    appendU16(&out, 0);
    appendU16(&out, quint16(entries.size()));
    appendU16(&out, quint16(entries.size()));
    appendU32(&out, quint32(central.size()));
    appendU32(&out, centralOffset);
    appendU16(&out, 0);
    return out;
}

// A ZIP made by QuaZip, as an ordinary tool makes it: a path ending in "/"
// is a folder.
inline QByteArray quazipBytes(const QList<std::pair<QString, QByteArray>> &files)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate)) {
            qFatal("QuaZip cannot create a ZIP (%d)", zip.getZipError());
        }
        for (const auto &[path, data] : files) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(path))) {
                qFatal("QuaZip cannot add %s (%d)", qPrintable(path), file.getZipError());
            }
            file.write(data);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

// A local tenant in a temporary folder (its file under tenant/), and the
// audio import run on it from a file in that folder, as a job reads it.
struct AudioTenant
{
    AudioTenant()
        : dir(std::make_unique<QTemporaryDir>()),
          tenant(std::make_unique<LocalTenant>(dir->filePath(QStringLiteral("tenant/t.sqlite"))))
    {
        QString error;
        if (!dir->isValid() || !tenant->open(&error)) {
            qFatal("cannot open a tenant: %s", qPrintable(error));
        }
    }

    ImportOutcome import(const QByteArray &zip, bool dryRun = false)
    {
        QFile file(dir->filePath(QStringLiteral("upload.zip")));
        if (!file.open(QIODevice::WriteOnly) || file.write(zip) != zip.size()) {
            qFatal("cannot write %s", qPrintable(file.fileName()));
        }
        file.close();
        file.open(QIODevice::ReadOnly);
        const TypeDefinition &type = *DefinitionRegistry::instance().find(kAudioType);
        AudioImportEngine engine(type, DefinitionRegistry::instance(), *tenant, limits);
        engine.setBatchSize(batchSize);
        engine.setBatchDone(batchDone);
        engine.setCancelFlag(cancel);
        return engine.run(&file, dryRun);
    }

    // The stored audio file of this name, in any letter case.
    std::optional<TenantObject> stored(const QString &name)
    {
        for (const TenantObject &object : all()) {
            if (object.key.compare(name, Qt::CaseInsensitive) == 0) {
                return object;
            }
        }
        return std::nullopt;
    }

    QByteArray contentOf(const QString &name)
    {
        const std::optional<TenantObject> object = stored(name);
        QString error;
        const std::optional<QByteArray> content =
            object ? tenant->audioContent(object->id, &error) : std::nullopt;
        if (object && !content) {
            qWarning("%s", qPrintable(error));
        }
        return content.value_or(QByteArray());
    }

    int count() { return int(all().size()); }

    QList<TenantObject> all()
    {
        QString error;
        const std::optional<QList<TenantObject>> objects = tenant->objects(kAudioType, &error);
        if (!objects) {
            qWarning("%s", qPrintable(error));
        }
        return objects.value_or(QList<TenantObject>());
    }

    static inline const QString kAudioType = QStringLiteral("audio-file");
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<LocalTenant> tenant;
    Limits limits;
    int batchSize = 250;
    ImportEngine::BatchDone batchDone;
    const std::atomic_bool *cancel = nullptr;
};

// "position:path:result" for every row, in ZIP order.
inline QStringList resultsOf(const ImportOutcome &outcome)
{
    QStringList results;
    for (const RowResult &row : outcome.rows) {
        results << QStringLiteral("%1:%2:%3").arg(row.row).arg(row.key, outcomeName(row.outcome));
    }
    return results;
}

inline QString messagesOf(const ImportOutcome &outcome)
{
    QStringList lines;
    for (const RowResult &row : outcome.rows) {
        lines << QStringLiteral("%1 %2 %3: %4")
                     .arg(row.row)
                     .arg(row.key, outcomeName(row.outcome), row.message);
    }
    lines << outcome.message;
    return lines.join(u'\n');
}

inline const RowResult *rowOf(const ImportOutcome &outcome, const QString &path)
{
    for (const RowResult &row : outcome.rows) {
        if (row.key == path) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace ccbulk::test
