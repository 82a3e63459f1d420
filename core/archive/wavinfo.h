#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ccbulk {

// What a WAV file holds, read from its bytes: a RIFF/WAVE header, a `fmt `
// chunk and a `data` chunk. Parsing never trusts a size it has not checked
// against the bytes it has: every chunk must fit inside the RIFF body and
// inside the bytes given, so a damaged or hostile file fails with a reason
// instead of being read past its end.
struct WavInfo
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::WavInfo)

public:
    // WAVE_FORMAT_* tags (mmreg.h); WAVE_FORMAT_EXTENSIBLE is resolved to the
    // tag of its sub-format.
    static constexpr quint16 kPcm = 0x0001;
    static constexpr quint16 kIeeeFloat = 0x0003;
    static constexpr quint16 kALaw = 0x0006;
    static constexpr quint16 kMuLaw = 0x0007;
    static constexpr quint16 kExtensible = 0xFFFE;

    quint16 formatTag = 0;
    quint16 channels = 0;
    quint32 sampleRate = 0; // frames per second
    quint32 byteRate = 0;   // bytes per second, as the header gives it
    quint16 blockAlign = 0; // bytes per frame
    quint16 bitsPerSample = 0;
    qint64 dataBytes = 0;  // the size of the data chunk
    qint64 durationMs = 0; // dataBytes at byteRate, rounded down

    // The encoding's usual name ("PCM", "IEEE float", "A-law", "mu-law", ...),
    // or its tag in hexadecimal ("0x0055"). Technical names, never
    // translated: they are stored as the object's Format field.
    QString encodingName() const;
    // The duration in seconds with milliseconds ("12.345"), independent of
    // the locale: stored as the object's Duration field.
    QString durationText() const;
    // "PCM, 8000 Hz, 16-bit, mono, 2.500 s", in the user's language.
    QString describe() const;

    // Parses a whole WAV file. nullopt and *error (in the user's language)
    // when it is not a RIFF/WAVE file, a chunk does not fit, or the format
    // is missing or inconsistent.
    static std::optional<WavInfo> parse(QByteArrayView bytes, QString *error);
};

} // namespace ccbulk
