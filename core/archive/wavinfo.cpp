#include "wavinfo.h"

#include <QtEndian>

namespace ccbulk {

namespace {

constexpr qint64 kRiffHeaderBytes = 12; // "RIFF", size, "WAVE"
constexpr qint64 kChunkHeaderBytes = 8; // id, size
constexpr qint64 kMinFmtBytes = 16;     // WAVEFORMAT + wBitsPerSample
constexpr qint64 kExtensibleFmtBytes = 40;

quint16 u16(QByteArrayView bytes, qint64 at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

quint32 u32(QByteArrayView bytes, qint64 at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

// A chunk id for messages: four printable characters, or their hex codes.
QString chunkName(QByteArrayView id)
{
    for (const char c : id) {
        if (c < 0x20 || c > 0x7e) {
            return QString::fromLatin1(id.toByteArray().toHex(' '));
        }
    }
    return QString::fromLatin1(id.data(), id.size());
}

bool isPlainSampleFormat(quint16 tag)
{
    return tag == WavInfo::kPcm || tag == WavInfo::kIeeeFloat || tag == WavInfo::kALaw ||
           tag == WavInfo::kMuLaw;
}

// The checks on a `fmt ` chunk's fields that every consumer relies on.
bool checkFormat(const WavInfo &info, QString *error)
{
    if (info.channels == 0) {
        *error = WavInfo::tr("The format chunk gives no channels.");
        return false;
    }
    if (info.sampleRate == 0) {
        *error = WavInfo::tr("The format chunk gives a sample rate of 0.");
        return false;
    }
    if (info.blockAlign == 0 || info.byteRate == 0) {
        *error = WavInfo::tr("The format chunk gives a block size or byte rate of 0.");
        return false;
    }
    if (!isPlainSampleFormat(info.formatTag)) {
        return true; // compressed formats have rules of their own
    }
    if (info.bitsPerSample == 0 || info.bitsPerSample % 8 != 0 || info.bitsPerSample > 64) {
        *error = WavInfo::tr("The format chunk gives %1 bits per sample, which %2 does not have.")
                     .arg(info.bitsPerSample)
                     .arg(info.encodingName());
        return false;
    }
    const quint64 frameBytes = quint64(info.channels) * (info.bitsPerSample / 8);
    if (info.blockAlign != frameBytes ||
        info.byteRate != quint64(info.sampleRate) * info.blockAlign) {
        *error = WavInfo::tr("The format chunk is inconsistent: frames of %1 × %2 bits need %3 "
                             "bytes each and %4 bytes per second, not %5 and %6.")
                     .arg(info.channels)
                     .arg(info.bitsPerSample)
                     .arg(frameBytes)
                     .arg(quint64(info.sampleRate) * frameBytes)
                     .arg(info.blockAlign)
                     .arg(info.byteRate);
        return false;
    }
    return true;
}

} // namespace

QString WavInfo::encodingName() const
{
    switch (formatTag) {
    case kPcm:
        return QStringLiteral("PCM");
    case kIeeeFloat:
        return QStringLiteral("IEEE float");
    case kALaw:
        return QStringLiteral("A-law");
    case kMuLaw:
        return QStringLiteral("mu-law");
    case 0x0002:
        return QStringLiteral("MS ADPCM");
    case 0x0011:
        return QStringLiteral("IMA ADPCM");
    case 0x0031:
        return QStringLiteral("GSM 6.10");
    case 0x0055:
        return QStringLiteral("MP3");
    default:
        break;
    }
    return QStringLiteral("0x%1").arg(formatTag, 4, 16, QLatin1Char('0'));
}

QString WavInfo::durationText() const
{
    return QStringLiteral("%1.%2")
        .arg(durationMs / 1000)
        .arg(durationMs % 1000, 3, 10, QLatin1Char('0'));
}

QString WavInfo::describe() const
{
    const QString channelText = channels == 1   ? tr("mono")
                                : channels == 2 ? tr("stereo")
                                                : tr("%n channel(s)", nullptr, channels);
    const QString bits =
        bitsPerSample > 0 ? tr("%1-bit").arg(bitsPerSample) + QStringLiteral(", ") : QString();
    return tr("%1, %2 Hz, %3%4, %5 s")
        .arg(encodingName())
        .arg(sampleRate)
        .arg(bits, channelText, durationText());
}

std::optional<WavInfo> WavInfo::parse(QByteArrayView bytes, QString *error)
{
    const qint64 size = bytes.size();
    if (size < kRiffHeaderBytes || bytes.first(4) != "RIFF" || bytes.sliced(8, 4) != "WAVE") {
        *error = tr("It is not a WAV file: it does not start with a RIFF/WAVE header.");
        return std::nullopt;
    }
    // The RIFF size counts everything after its own field.
    const qint64 riffEnd = qint64(u32(bytes, 4)) + 8;
    if (riffEnd < kRiffHeaderBytes) {
        *error = tr("The RIFF header gives a size of %1 bytes, too small for a WAV file.")
                     .arg(riffEnd - 8);
        return std::nullopt;
    }
    if (riffEnd > size) {
        *error = tr("The file is truncated: its RIFF header gives %1 bytes, but the file has "
                    "%2.")
                     .arg(riffEnd)
                     .arg(size);
        return std::nullopt;
    }

    WavInfo info;
    bool haveFormat = false;
    bool haveData = false;
    // Each pass moves at least one chunk header forward, so the walk ends.
    for (qint64 at = kRiffHeaderBytes; at + kChunkHeaderBytes <= riffEnd;) {
        const QByteArrayView id = bytes.sliced(at, 4);
        const qint64 chunkSize = u32(bytes, at + 4);
        const qint64 body = at + kChunkHeaderBytes;
        if (chunkSize > riffEnd - body) {
            *error = tr("The chunk “%1” at byte %2 gives %3 bytes, but only %4 are left in the "
                        "file.")
                         .arg(chunkName(id))
                         .arg(at)
                         .arg(chunkSize)
                         .arg(riffEnd - body);
            return std::nullopt;
        }
        if (id == "fmt " && !haveFormat) {
            if (chunkSize < kMinFmtBytes) {
                *error =
                    tr("The format chunk has %1 bytes, fewer than the 16 it needs.").arg(chunkSize);
                return std::nullopt;
            }
            info.formatTag = u16(bytes, body);
            info.channels = u16(bytes, body + 2);
            info.sampleRate = u32(bytes, body + 4);
            info.byteRate = u32(bytes, body + 8);
            info.blockAlign = u16(bytes, body + 12);
            info.bitsPerSample = u16(bytes, body + 14);
            if (info.formatTag == kExtensible && chunkSize >= kExtensibleFmtBytes) {
                // The sub-format GUID starts with the plain format tag.
                info.formatTag = u16(bytes, body + 24);
            }
            haveFormat = true;
        } else if (id == "data" && !haveData) {
            info.dataBytes = chunkSize;
            haveData = true;
        }
        // Chunks are padded to an even size; a missing last pad byte is
        // tolerated, as most readers do.
        at = body + chunkSize + (chunkSize & 1);
    }
    if (!haveFormat) {
        *error = tr("The WAV file has no format (“fmt ”) chunk.");
        return std::nullopt;
    }
    if (!haveData) {
        *error = tr("The WAV file has no “data” chunk.");
        return std::nullopt;
    }
    if (!checkFormat(info, error)) {
        return std::nullopt;
    }
    info.durationMs = info.dataBytes * 1000 / info.byteRate;
    return info;
}

} // namespace ccbulk
