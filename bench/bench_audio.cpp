// Speed benchmark of the audio import (docs/PERFORMANCE-audio.md): a ZIP of
// WAV files at the 50 MiB limit imported into a new local tenant.
//
//   bench_audio make FILE.zip [--bytes N]
//       Writes, with a fixed seed, a ZIP of WAV files (deflated, as ZIP tools
//       write them) of at most N bytes (default 50 MiB, the limit) and at
//       least N - 256 KiB: four 30-second music files (44.1 kHz stereo) and
//       8 kHz mono prompts of 2 to 20 seconds in three language folders.
//   bench_audio import FILE.zip [--repeat N]
//       Times AudioImportEngine::run on FILE into a new local tenant in a
//       temporary folder, N times (default 5), then once more into the last
//       tenant, where every file is unchanged.
//
// Besides the human-readable lines it prints key=value lines for scripts.

#include "definitions/definitionregistry.h"
#include "jobs/audioimportengine.h"
#include "settings/limits.h"
#include "tenant/local/localtenant.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numbers>
#include <vector>

namespace {

using namespace ccbulk;
using namespace Qt::StringLiterals;

constexpr quint64 kSeed = 0xA0D10F11EULL;
constexpr qint64 kCentralDirectoryReserve = 256 * 1024;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_audio: %s\n", qPrintable(message));
    std::exit(1);
}

// SplitMix64: small, fast, and the same sequence on every platform.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }

private:
    quint64 m_state;
};

// A PCM WAV file: two tones and some noise, which deflate shrinks a little,
// as it does real recordings.
QByteArray wav(Random *random, quint32 rate, quint16 channels, int seconds)
{
    const quint32 frames = rate * quint32(seconds);
    const quint32 dataBytes = frames * channels * 2;
    QByteArray out(44 + qsizetype(dataBytes), Qt::Uninitialized);
    char *p = out.data();
    auto put32 = [&](qsizetype at, quint32 value) {
        qToLittleEndian(value, p + at);
    };
    auto put16 = [&](qsizetype at, quint16 value) {
        qToLittleEndian(value, p + at);
    };
    std::memcpy(p, "RIFF", 4);
    put32(4, 36 + dataBytes);
    std::memcpy(p + 8, "WAVEfmt ", 8);
    put32(16, 16);
    put16(20, 1);
    put16(22, channels);
    put32(24, rate);
    put32(28, rate * channels * 2);
    put16(32, quint16(channels * 2));
    put16(34, 16);
    std::memcpy(p + 36, "data", 4);
    put32(40, dataBytes);
    const double first = 2 * std::numbers::pi * random->between(150, 900) / rate;
    const double second = 2 * std::numbers::pi * random->between(900, 3000) / rate;
    qint16 *samples = reinterpret_cast<qint16 *>(p + 44);
    quint64 noise = random->next();
    for (quint32 i = 0; i < frames; ++i) {
        noise = noise * 6364136223846793005ULL + 1442695040888963407ULL;
        const double value =
            9000 * std::sin(first * i) + 3000 * std::sin(second * i) + double(noise >> 52) - 2048;
        for (quint16 c = 0; c < channels; ++c) {
            samples[qsizetype(i) * channels + c] = qToLittleEndian(qint16(value));
        }
    }
    return out;
}

int make(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    Random random(kSeed);
    QuaZip zip(&file);
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdCreate)) {
        fail(u"QuaZip cannot create %1 (%2)"_s.arg(path).arg(zip.getZipError()));
    }
    auto add = [&](const QString &name, const QByteArray &data) {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
            entry.write(data) != data.size()) {
            fail(u"cannot add %1 (%2)"_s.arg(name).arg(entry.getZipError()));
        }
        entry.close();
    };
    const qint64 budget = maxBytes - kCentralDirectoryReserve;
    int files = 0;
    qint64 rawBytes = 0;
    for (int i = 1; i <= 4; ++i) {
        const QByteArray data = wav(&random, 44100, 2, 30);
        add(u"music/hold-%1.wav"_s.arg(i, 2, 10, QLatin1Char('0')), data);
        rawBytes += data.size();
        ++files;
    }
    const QStringList folders{u"prompts/en"_s, u"prompts/sv"_s, u"prompts/fi"_s};
    for (int seconds = random.between(2, 20);; seconds = random.between(2, 20)) {
        // Deflate never makes a file larger than a few bytes over its size.
        const qint64 room = budget - file.size();
        const qint64 needed = 44 + qint64(seconds) * 16000 + 1024;
        if (needed > room) {
            seconds = int((room - 44 - 1024) / 16000);
            if (seconds < 1) {
                break;
            }
        }
        const QByteArray data = wav(&random, 8000, 1, seconds);
        add(u"%1/prompt-%2.wav"_s.arg(folders.at(files % 3)).arg(files, 4, 10, QLatin1Char('0')),
            data);
        rawBytes += data.size();
        ++files;
    }
    zip.close();
    file.close();
    if (file.size() > maxBytes) {
        fail(u"the ZIP came out at %1 bytes, over %2"_s.arg(file.size()).arg(maxBytes));
    }
    std::printf("wrote %s: %d WAV files, %lld bytes of WAV in %lld bytes of ZIP\n",
                qPrintable(path), files, qlonglong(rawBytes), qlonglong(file.size()));
    std::printf("files=%d\nwav_bytes=%lld\nzip_bytes=%lld\n", files, qlonglong(rawBytes),
                qlonglong(file.size()));
    return 0;
}

struct Timed
{
    double ms = 0;
    ImportOutcome outcome;
};

Timed importOnce(LocalTenant &tenant, const QString &path)
{
    const TypeDefinition *type = DefinitionRegistry::instance().find(u"audio-file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    }
    AudioImportEngine engine(*type, DefinitionRegistry::instance(), tenant, Limits());
    QElapsedTimer timer;
    timer.start();
    Timed timed;
    timed.outcome = engine.run(&file, false);
    timed.ms = double(timer.nsecsElapsed()) / 1e6;
    if (timed.outcome.status != JobStatus::Completed) {
        fail(u"the import did not complete: %1"_s.arg(timed.outcome.message));
    }
    return timed;
}

int import(const QString &path, int repeat)
{
    std::vector<double> times;
    QTemporaryDir last;
    for (int run = 0; run < repeat; ++run) {
        QTemporaryDir dir;
        LocalTenant tenant(dir.filePath(u"tenant.sqlite"_s));
        QString error;
        if (!tenant.open(&error)) {
            fail(error);
        }
        const Timed timed = importOnce(tenant, path);
        times.push_back(timed.ms);
        std::printf("run %d: %.1f ms, %d created\n", run + 1, timed.ms,
                    timed.outcome.counts.created);
    }
    std::sort(times.begin(), times.end());
    std::printf("import_best_ms=%.1f\nimport_median_ms=%.1f\n", times.front(),
                times[times.size() / 2]);

    LocalTenant tenant(last.filePath(u"tenant.sqlite"_s));
    QString error;
    if (!tenant.open(&error)) {
        fail(error);
    }
    importOnce(tenant, path);
    const Timed again = importOnce(tenant, path);
    std::printf("again (all unchanged): %.1f ms, %d unchanged\n", again.ms,
                again.outcome.counts.unchanged);
    std::printf("unchanged_ms=%.1f\n", again.ms);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto option = [&](const QString &name, qint64 fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
    };
    if (args.size() >= 2 && args.at(0) == u"make") {
        return make(args.at(1), option(u"--bytes"_s, Limits::kDefaultMaxZipBytes));
    }
    if (args.size() >= 2 && args.at(0) == u"import") {
        return import(args.at(1), int(std::max<qint64>(1, option(u"--repeat"_s, 5))));
    }
    std::fprintf(stderr, "usage: bench_audio make FILE.zip [--bytes N]\n"
                         "       bench_audio import FILE.zip [--repeat N]\n");
    return 2;
}
