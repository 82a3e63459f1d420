// WavInfo: what it reads from a WAV file's header and chunks, and how it
// fails, with a reason, for everything that is not a whole RIFF/WAVE file.

#include "archive/wavinfo.h"
#include "audiofixtures.h" // shared WAV and ZIP builders

#include <QTest>

using namespace ccbulk;
using namespace ccbulk::test;
using namespace Qt::StringLiterals;

namespace {

// A chunk: id, size, body, pad byte.
QByteArray chunk(const char *id, const QByteArray &body, std::optional<quint32> size = {})
{
    QByteArray out(id, 4);
    appendU32(&out, size.value_or(quint32(body.size())));
    out.append(body);
    if (body.size() % 2 == 1) {
        out.append('\0');
    }
    return out;
}

QByteArray fmtBody(quint16 tag, quint16 channels, quint32 rate, quint16 bits,
                   std::optional<quint16> blockAlign = {}, std::optional<quint32> byteRate = {})
{
    const quint16 align = blockAlign.value_or(quint16(channels * (bits / 8)));
    QByteArray out;
    appendU16(&out, tag);
    appendU16(&out, channels);
    appendU32(&out, rate);
    appendU32(&out, byteRate.value_or(rate * align));
    appendU16(&out, align);
    appendU16(&out, bits);
    return out;
}

QByteArray riff(const QByteArray &chunks, std::optional<quint32> size = {})
{
    QByteArray out("RIFF", 4);
    appendU32(&out, size.value_or(quint32(4 + chunks.size())));
    out.append("WAVE", 4);
    out.append(chunks);
    return out;
}

} // namespace

class TestWavInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCanonicalPcm();
    void formats_data();
    void formats();
    void walksOtherChunks();
    void extensibleResolvesSubFormat();
    void broken_data();
    void broken();
    void everyTruncationFailsCleanly();
    void describeIsReadable();
};

void TestWavInfo::readsCanonicalPcm()
{
    WavSpec spec;
    spec.sampleRate = 8000;
    spec.frames = 8000 * 3 / 2; // 1.5 s
    QString error;
    const std::optional<WavInfo> info = WavInfo::parse(wavBytes(spec), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->formatTag, WavInfo::kPcm);
    QCOMPARE(info->channels, quint16(1));
    QCOMPARE(info->sampleRate, 8000u);
    QCOMPARE(info->bitsPerSample, quint16(16));
    QCOMPARE(info->blockAlign, quint16(2));
    QCOMPARE(info->byteRate, 16000u);
    QCOMPARE(info->dataBytes, qint64(24000));
    QCOMPARE(info->durationMs, qint64(1500));
    QCOMPARE(info->durationText(), u"1.500"_s);
    QCOMPARE(info->encodingName(), u"PCM"_s);
}

void TestWavInfo::formats_data()
{
    QTest::addColumn<int>("tag");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("pcm 8-bit") << 1 << 1 << 8000 << 8 << u"PCM"_s;
    QTest::newRow("pcm 24-bit stereo") << 1 << 2 << 44100 << 24 << u"PCM"_s;
    QTest::newRow("float 32-bit") << 3 << 2 << 48000 << 32 << u"IEEE float"_s;
    QTest::newRow("a-law") << 6 << 1 << 8000 << 8 << u"A-law"_s;
    QTest::newRow("mu-law") << 7 << 1 << 8000 << 8 << u"mu-law"_s;
}

void TestWavInfo::formats()
{
    QFETCH(int, tag);
    QFETCH(int, channels);
    QFETCH(int, rate);
    QFETCH(int, bits);
    QFETCH(QString, encoding);
    WavSpec spec;
    spec.formatTag = quint16(tag);
    spec.channels = quint16(channels);
    spec.sampleRate = quint32(rate);
    spec.bitsPerSample = quint16(bits);
    spec.frames = quint32(rate / 4);
    QString error;
    const std::optional<WavInfo> info = WavInfo::parse(wavBytes(spec), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->encodingName(), encoding);
    QCOMPARE(int(info->channels), channels);
    QCOMPARE(info->durationMs, qint64(250));
}

void TestWavInfo::walksOtherChunks()
{
    // A LIST chunk of odd size (with its pad byte) before fmt, data before a
    // trailing chunk: the walk finds both wherever they are.
    const QByteArray data(1600, '\x10');
    const QByteArray bytes =
        riff(chunk("LIST", QByteArray(7, 'x')) + chunk("fmt ", fmtBody(1, 1, 8000, 16)) +
             chunk("data", data) + chunk("cue ", QByteArray(4, '\0')));
    QString error;
    const std::optional<WavInfo> info = WavInfo::parse(bytes, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->dataBytes, qint64(1600));
    QCOMPARE(info->durationMs, qint64(100));

    // data before fmt is read too.
    const QByteArray reversed = riff(chunk("data", data) + chunk("fmt ", fmtBody(1, 1, 8000, 16)));
    QVERIFY2(WavInfo::parse(reversed, &error), qPrintable(error));

    // Bytes after the RIFF body are not part of the file and are ignored.
    QVERIFY2(WavInfo::parse(QByteArray(bytes + QByteArray(5, 'z')), &error), qPrintable(error));
}

void TestWavInfo::extensibleResolvesSubFormat()
{
    QByteArray body = fmtBody(WavInfo::kExtensible, 2, 48000, 16);
    appendU16(&body, 22);     // cbSize
    appendU16(&body, 16);     // valid bits
    appendU32(&body, 3);      // channel mask
    appendU16(&body, 0x0001); // sub-format GUID: PCM ...
    body.append(QByteArray::fromHex("000000001000800000aa00389b71"));
    QCOMPARE(body.size(), 40);
    const QByteArray bytes = riff(chunk("fmt ", body) + chunk("data", QByteArray(4800, '\0')));
    QString error;
    const std::optional<WavInfo> info = WavInfo::parse(bytes, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->formatTag, WavInfo::kPcm);
    QCOMPARE(info->durationMs, qint64(25));
}

void TestWavInfo::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // a part of the message

    const QByteArray fmt = chunk("fmt ", fmtBody(1, 1, 8000, 16));
    const QByteArray data = chunk("data", QByteArray(160, '\0'));
    QTest::newRow("empty") << QByteArray() << u"RIFF/WAVE"_s;
    QTest::newRow("text") << QByteArray("hello, this is not audio at all") << u"RIFF/WAVE"_s;
    QTest::newRow("RIFX") << QByteArray("RIFX").append(riff(fmt + data).mid(4)) << u"RIFF/WAVE"_s;
    QTest::newRow("AVI") << QByteArray(riff(fmt + data)).replace(8, 4, "AVI ") << u"RIFF/WAVE"_s;
    QTest::newRow("riff size too small") << riff(fmt + data, 2) << u"too small"_s;
    QTest::newRow("riff size beyond the file") << riff(fmt + data, 100000) << u"truncated"_s;
    QTest::newRow("riff size 0xffffffff") << riff(fmt + data, 0xffffffffU) << u"truncated"_s;
    QTest::newRow("data chunk beyond the file")
        << riff(fmt + chunk("data", QByteArray(160, '\0'), 400000)) << u"“data”"_s;
    QTest::newRow("data size 0xffffffff")
        << riff(fmt + chunk("data", QByteArray(160, '\0'), 0xffffffffU)) << u"“data”"_s;
    QTest::newRow("fmt size beyond the file")
        << riff(chunk("fmt ", fmtBody(1, 1, 8000, 16), 0x7ffffff0U)) << u"“fmt ”"_s;
    QTest::newRow("binary chunk id beyond the file")
        << riff(fmt + QByteArray("\x01\x02\x03\x04\xff\xff\x00\x00", 8)) << u"01 02 03 04"_s;
    QTest::newRow("no fmt") << riff(data) << u"no format"_s;
    QTest::newRow("no data") << riff(fmt) << u"no “data”"_s;
    QTest::newRow("nothing after WAVE") << riff(QByteArray()) << u"no format"_s;
    QTest::newRow("fmt too short")
        << riff(chunk("fmt ", QByteArray(12, '\1')) + data) << u"fewer than the 16"_s;
    QTest::newRow("no channels") << riff(chunk("fmt ", fmtBody(1, 0, 8000, 16, 2, 16000)) + data)
                                 << u"no channels"_s;
    QTest::newRow("rate 0") << riff(chunk("fmt ", fmtBody(1, 1, 0, 16, 2, 16000)) + data)
                            << u"sample rate of 0"_s;
    QTest::newRow("byte rate 0") << riff(chunk("fmt ", fmtBody(1, 1, 8000, 16, 2, 0)) + data)
                                 << u"byte rate of 0"_s;
    QTest::newRow("12-bit pcm") << riff(chunk("fmt ", fmtBody(1, 1, 8000, 12, 2, 16000)) + data)
                                << u"12 bits"_s;
    QTest::newRow("block size wrong")
        << riff(chunk("fmt ", fmtBody(1, 2, 8000, 16, 2, 16000)) + data) << u"inconsistent"_s;
    QTest::newRow("byte rate wrong")
        << riff(chunk("fmt ", fmtBody(1, 1, 8000, 16, 2, 8000)) + data) << u"inconsistent"_s;
}

void TestWavInfo::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QString error;
    const std::optional<WavInfo> info = WavInfo::parse(bytes, &error);
    QVERIFY(!info);
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestWavInfo::everyTruncationFailsCleanly()
{
    // Cut anywhere, a WAV file is either still whole enough or refused with a
    // reason; never read past the bytes given (ASan would see it).
    const QByteArray whole =
        riff(chunk("LIST", QByteArray(9, 'i')) + chunk("fmt ", fmtBody(1, 1, 8000, 16)) +
             chunk("data", QByteArray(64, '\x7f')));
    for (qsizetype size = 0; size < whole.size(); ++size) {
        const QByteArray cut = whole.left(size);
        QString error;
        const std::optional<WavInfo> info =
            WavInfo::parse(QByteArray(cut.constData(), size), &error);
        QVERIFY2(!info, qPrintable(QString::number(size)));
        QVERIFY(!error.isEmpty());
    }
    // The same cuts with a RIFF size that agrees: the chunk walk must catch them.
    for (qsizetype size = 12; size < whole.size(); ++size) {
        QByteArray cut = whole.left(size);
        qToLittleEndian(quint32(size - 8), cut.data() + 4);
        QString error;
        QVERIFY2(!WavInfo::parse(QByteArray(cut.constData(), size), &error),
                 qPrintable(QString::number(size)));
        QVERIFY(!error.isEmpty());
    }
    QString error;
    QVERIFY2(WavInfo::parse(whole, &error), qPrintable(error));
}

void TestWavInfo::describeIsReadable()
{
    WavSpec spec;
    spec.channels = 2;
    spec.sampleRate = 44100;
    spec.frames = 44100 * 2;
    QString error;
    const std::optional<WavInfo> info = WavInfo::parse(wavBytes(spec), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->describe(), u"PCM, 44100 Hz, 16-bit, stereo, 2.000 s"_s);
    spec.channels = 1;
    QCOMPARE(WavInfo::parse(wavBytes(spec), &error)->describe(),
             u"PCM, 44100 Hz, 16-bit, mono, 2.000 s"_s);
}

QTEST_GUILESS_MAIN(TestWavInfo)
#include "tst_wavinfo.moc"
