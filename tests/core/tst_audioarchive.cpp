// AudioArchive: listing and reading a ZIP of audio files, and refusing the
// hostile ones: unsafe paths, links, encryption, sizes beyond the limits or
// that lie (zip bombs), truncated and corrupt files.

#include "archive/audioarchive.h"
#include "audiofixtures.h" // shared WAV and ZIP builders
#include "sequentialdevice.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace ccbulk;
using namespace ccbulk::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kLimit = 50LL * 1024 * 1024;

// An archive over bytes; the buffer lives as long as the archive.
struct Opened
{
    explicit Opened(const QByteArray &bytes, qint64 limit = kLimit) : archive(limit)
    {
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        ok = archive.open(&buffer, &error);
    }
    QBuffer buffer;
    AudioArchive archive;
    bool ok = false;
    QString error;
};

// Content that deflate cannot shrink.
QByteArray noise(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 state = 2463534242U;
    for (qsizetype i = 0; i < size; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        out[i] = char(state & 0xff);
    }
    return out;
}

} // namespace

class TestAudioArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEntriesInOrder();
    void readsStoredAndDeflated();
    void readsInAnyOrder();
    void refusesFileOverLimit();
    void refusesWhatIsNotAZip_data();
    void refusesWhatIsNotAZip();
    void refusesSequentialDevice();
    void pathProblem_data();
    void pathProblem();
    void unsafeEntriesAreListedNeverRead();
    void linksAndEncryptedEntriesAreNeverRead();
    void unknownMethodIsNotRead();
    void declaredSizeBeyondCapIsRefused_data();
    void declaredSizeBeyondCapIsRefused();
    void impossibleRatioIsRefused();
    void overlappingEntriesAreRefused();
    void readingStopsAtDeclaredSize();
    void streamShorterThanDeclaredIsDamaged();
    void corruptDataIsDamaged();
    void tooManyEntriesAreRefused();
};

void TestAudioArchive::listsEntriesInOrder()
{
    const QByteArray welcome = wavBytes(1);
    const QByteArray hold = wavBytes(2);
    const Opened zip(quazipBytes({{u"prompts/"_s, {}},
                                  {u"prompts/en/welcome.wav"_s, welcome},
                                  {u"music/hold.WAV"_s, hold},
                                  {u"readme.txt"_s, "read me"}}));
    QVERIFY2(zip.ok, qPrintable(zip.error));
    const QList<ArchiveEntry> &entries = zip.archive.entries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).position, 1);
    QVERIFY(entries.at(0).directory);
    QCOMPARE(entries.at(0).folder, u"prompts"_s);
    QCOMPARE(entries.at(1).position, 2);
    QCOMPARE(entries.at(1).path, u"prompts/en/welcome.wav"_s);
    QCOMPARE(entries.at(1).fileName, u"welcome.wav"_s);
    QCOMPARE(entries.at(1).folder, u"prompts/en"_s);
    QCOMPARE(entries.at(1).uncompressedSize, qint64(welcome.size()));
    QVERIFY(!entries.at(1).directory);
    QCOMPARE(entries.at(2).fileName, u"hold.WAV"_s);
    QCOMPARE(entries.at(3).fileName, u"readme.txt"_s);
    QCOMPARE(entries.at(3).folder, QString());
    for (const ArchiveEntry &entry : entries) {
        QVERIFY(entry.unsafePath.isEmpty());
        QVERIFY(!entry.symlink);
        QVERIFY(!entry.encrypted);
    }
}

void TestAudioArchive::readsStoredAndDeflated()
{
    const QByteArray a = wavBytes(3);
    const QByteArray b = wavBytes(4);
    Opened zip(zipBytes({zipEntry("a.wav", a, false), zipEntry("dir/b.wav", b, true)}));
    QVERIFY2(zip.ok, qPrintable(zip.error));
    AudioArchive::Content first = zip.archive.read(zip.archive.entries().at(0));
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.bytes, a);
    AudioArchive::Content second = zip.archive.read(zip.archive.entries().at(1));
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.bytes, b);
    QCOMPARE(zip.archive.bytesRead(), qint64(a.size() + b.size()));
}

void TestAudioArchive::readsInAnyOrder()
{
    QList<std::pair<QString, QByteArray>> files;
    for (int i = 0; i < 5; ++i) {
        files.append({u"f%1.wav"_s.arg(i), wavBytes(i)});
    }
    Opened zip(quazipBytes(files));
    QVERIFY2(zip.ok, qPrintable(zip.error));
    for (const int i : {4, 0, 2, 2, 1, 3}) {
        const AudioArchive::Content content = zip.archive.read(zip.archive.entries().at(i));
        QVERIFY2(content.ok, qPrintable(content.error));
        QCOMPARE(content.bytes, files.at(i).second);
    }
}

void TestAudioArchive::refusesFileOverLimit()
{
    const QByteArray bytes = zipBytes({zipEntry("a.wav", noise(4000), false)});
    const Opened zip(bytes, 1000);
    QVERIFY(!zip.ok);
    QVERIFY2(zip.error.contains(u"more than the limit"), qPrintable(zip.error));
    QVERIFY(zip.archive.entries().isEmpty());
    // At the limit exactly, it is read.
    const Opened atLimit(bytes, bytes.size());
    QVERIFY2(atLimit.ok, qPrintable(atLimit.error));
}

void TestAudioArchive::refusesWhatIsNotAZip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray whole =
        zipBytes({zipEntry("a.wav", wavBytes(5)), zipEntry("b.wav", wavBytes(6))});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("Name\nwelcome.wav\n");
    QTest::newRow("a WAV file") << wavBytes(7);
    QTest::newRow("half") << whole.left(whole.size() / 2);
    QTest::newRow("end record cut") << whole.chopped(10);
    QTest::newRow("end record gone") << whole.chopped(22);
    QTest::newRow("central directory cut") << whole.chopped(40);
    QTest::newRow("only an end record") << whole.right(22);
    QByteArray scrambled = whole;
    scrambled[scrambled.indexOf("PK\x01\x02")] = 'X';
    QTest::newRow("central directory scrambled") << scrambled;
    QByteArray secondScrambled = whole;
    secondScrambled[secondScrambled.lastIndexOf("PK\x01\x02")] = 'X';
    QTest::newRow("second central entry scrambled") << secondScrambled;
    QByteArray counted = whole;
    qToLittleEndian(quint16(9), counted.data() + counted.size() - 12);
    qToLittleEndian(quint16(9), counted.data() + counted.size() - 14);
    QTest::newRow("entry count too high") << counted;
}

void TestAudioArchive::refusesWhatIsNotAZip()
{
    QFETCH(QByteArray, bytes);
    const Opened zip(bytes);
    QVERIFY(!zip.ok);
    QVERIFY2(zip.error.contains(u"ZIP file") || zip.error.contains(u"not a ZIP"),
             qPrintable(zip.error));
    QVERIFY(zip.archive.entries().isEmpty());
}

void TestAudioArchive::refusesSequentialDevice()
{
    SequentialDevice device(zipBytes({zipEntry("a.wav", wavBytes(1))}));
    AudioArchive archive(kLimit);
    QString error;
    QVERIFY(!archive.open(&device, &error));
    QVERIFY2(error.contains(u"stream"), qPrintable(error));
}

void TestAudioArchive::pathProblem_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << u"welcome.wav"_s << true;
    QTest::newRow("folders") << u"a/b/c/welcome.wav"_s << true;
    QTest::newRow("dot folder") << u"./a/welcome.wav"_s << true;
    QTest::newRow("dots in a name") << u"a..b/wel..come.wav"_s << true;
    QTest::newRow("hidden file") << u".welcome.wav"_s << true;
    QTest::newRow("folder entry") << u"prompts/"_s << true;
    QTest::newRow("parent") << u"../welcome.wav"_s << false;
    QTest::newRow("parent inside") << u"a/../../welcome.wav"_s << false;
    QTest::newRow("parent at the end") << u"a/.."_s << false;
    QTest::newRow("parent with a space") << u"a/.. /welcome.wav"_s << false;
    QTest::newRow("three dots") << u"a/.../welcome.wav"_s << false;
    QTest::newRow("absolute") << u"/etc/welcome.wav"_s << false;
    QTest::newRow("unc") << u"//server/share/welcome.wav"_s << false;
    QTest::newRow("drive letter") << u"C:/welcome.wav"_s << false;
    QTest::newRow("drive relative") << u"c:welcome.wav"_s << false;
    QTest::newRow("stream") << u"welcome.wav:evil"_s << false;
    QTest::newRow("backslash parent") << u"..\\welcome.wav"_s << false;
    QTest::newRow("backslash inside") << u"a\\..\\..\\welcome.wav"_s << false;
    QTest::newRow("backslash absolute") << u"\\windows\\welcome.wav"_s << false;
    QTest::newRow("backslash folder") << u"prompts\\welcome.wav"_s << false;
    QTest::newRow("control character") << u"wel\ncome.wav"_s << false;
    QTest::newRow("nul") << QString(u"welcome.wav" + QString(QChar(0)) + u".txt") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAudioArchive::pathProblem()
{
    QFETCH(QString, path);
    QFETCH(bool, safe);
    const QString problem = AudioArchive::pathProblem(path);
    QVERIFY2(problem.isEmpty() == safe, qPrintable(path + u" -> "_s + problem));
}

void TestAudioArchive::unsafeEntriesAreListedNeverRead()
{
    const QByteArray wav = wavBytes(1);
    const QList<QByteArray> names{"../evil.wav", "/tmp/evil.wav", "C:/evil.wav",
                                  "a\\..\\..\\evil.wav", "a/../../evil.wav"};
    QList<ZipEntry> entries;
    for (const QByteArray &name : names) {
        entries << zipEntry(name, wav);
    }
    entries << zipEntry("good.wav", wav);
    Opened zip(zipBytes(entries));
    QVERIFY2(zip.ok, qPrintable(zip.error));
    QCOMPARE(zip.archive.entries().size(), names.size() + 1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const ArchiveEntry &entry = zip.archive.entries().at(i);
        QCOMPARE(entry.path, QString::fromUtf8(names.at(i)));
        QVERIFY2(!entry.unsafePath.isEmpty(), names.at(i).constData());
        const AudioArchive::Content content = zip.archive.read(entry);
        QVERIFY(!content.ok);
        QVERIFY(!content.damaged);
        QVERIFY(content.bytes.isEmpty());
    }
    // A copy of an entry made safe by the caller is still refused: the
    // archive goes by its own list.
    ArchiveEntry forged = zip.archive.entries().at(0);
    forged.unsafePath.clear();
    QVERIFY(!zip.archive.read(forged).ok);
    QCOMPARE(zip.archive.bytesRead(), 0);
    QVERIFY(zip.archive.read(zip.archive.entries().last()).ok);
}

void TestAudioArchive::linksAndEncryptedEntriesAreNeverRead()
{
    ZipEntry link = zipEntry("link.wav", "../../../../etc/passwd", false);
    link.externalAttr = quint32(0120777) << 16;
    ZipEntry locked = zipEntry("locked.wav", QByteArray(12, '\x5a') + wavBytes(1), false);
    locked.flags |= 0x0001;
    Opened zip(zipBytes({link, locked, zipEntry("plain.wav", wavBytes(2))}));
    QVERIFY2(zip.ok, qPrintable(zip.error));
    const ArchiveEntry &first = zip.archive.entries().at(0);
    const ArchiveEntry &second = zip.archive.entries().at(1);
    QVERIFY(first.symlink);
    QVERIFY(!first.encrypted);
    QVERIFY(second.encrypted);
    QVERIFY(!second.symlink);
    QVERIFY(!zip.archive.entries().at(2).symlink);
    QVERIFY(!zip.archive.entries().at(2).encrypted);
    QVERIFY(!zip.archive.read(first).ok);
    QVERIFY(!zip.archive.read(second).ok);
    QCOMPARE(zip.archive.bytesRead(), 0);
}

void TestAudioArchive::unknownMethodIsNotRead()
{
    ZipEntry entry = zipEntry("bzip.wav", wavBytes(1), false);
    entry.method = 12;
    Opened zip(zipBytes({entry}));
    QVERIFY2(zip.ok, qPrintable(zip.error));
    const AudioArchive::Content content = zip.archive.read(zip.archive.entries().at(0));
    QVERIFY(!content.ok);
    QVERIFY(!content.damaged);
    QVERIFY2(content.error.contains(u"method 12"), qPrintable(content.error));
}

void TestAudioArchive::declaredSizeBeyondCapIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("limit");

    ZipEntry huge = zipEntry("huge.wav", QByteArray(4096, '\0'));
    huge.declaredSize = 0xfffffff0ULL; // 4 GB in a 32-bit field
    QTest::newRow("4 GB declared") << zipBytes({huge}) << kLimit;

    ZipEntry petabyte = zipEntry("petabyte.wav", QByteArray(4096, '\0'));
    petabyte.declaredSize = 1ULL << 50; // zip64
    QTest::newRow("1 PB declared (zip64)") << zipBytes({petabyte}) << kLimit;

    ZipEntry maximum = zipEntry("max.wav", QByteArray(4096, '\0'));
    maximum.declaredSize = ~0ULL;
    QTest::newRow("2^64-1 declared (zip64)") << zipBytes({maximum}) << kLimit;

    // Each entry is honest and within deflate's ratio; together they unpack
    // to more than four times the limit.
    QList<ZipEntry> many;
    for (int i = 0; i < 3; ++i) {
        many << zipEntry(QByteArray("zeros") + QByteArray::number(i) + ".wav",
                         QByteArray(300 * 1024, '\0'));
    }
    QTest::newRow("honest entries beyond four times the limit")
        << zipBytes(many) << qint64(200 * 1024);
}

void TestAudioArchive::declaredSizeBeyondCapIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, limit);
    QElapsedTimer timer;
    timer.start();
    const Opened zip(bytes, limit);
    QVERIFY(!zip.ok);
    QVERIFY2(zip.error.contains(u"zip bomb"), qPrintable(zip.error));
    QVERIFY(zip.archive.entries().isEmpty());
    QCOMPARE(zip.archive.bytesRead(), 0);
    QVERIFY(timer.elapsed() < 1000); // nothing was unpacked
}

void TestAudioArchive::impossibleRatioIsRefused()
{
    // 100 MB claimed from a few hundred bytes: within the cap, but more than
    // deflate can ever produce.
    ZipEntry entry = zipEntry("bomb.wav", QByteArray(64 * 1024, '\0'));
    entry.declaredSize = 100ULL * 1024 * 1024;
    const Opened zip(zipBytes({entry}));
    QVERIFY(!zip.ok);
    QVERIFY2(zip.error.contains(u"cannot be true") && zip.error.contains(u"bomb.wav"),
             qPrintable(zip.error));

    // A stored entry must declare what it stores.
    ZipEntry stored = zipEntry("stored.wav", wavBytes(1), false);
    stored.declaredSize = quint64(wavBytes(1).size()) * 2;
    const Opened storedZip(zipBytes({stored}));
    QVERIFY(!storedZip.ok);
    QVERIFY2(storedZip.error.contains(u"cannot be true"), qPrintable(storedZip.error));
}

void TestAudioArchive::overlappingEntriesAreRefused()
{
    // Several central-directory entries sharing one local file: the
    // "non-recursive" zip bomb.
    QList<ZipEntry> entries{zipEntry("a.wav", noise(20000))};
    for (int i = 1; i < 4; ++i) {
        ZipEntry copy = entries.first();
        copy.name = QByteArray("copy") + QByteArray::number(i) + ".wav";
        copy.sharedOffsetOf = 0;
        entries << copy;
    }
    const Opened zip(zipBytes(entries));
    QVERIFY(!zip.ok);
    QVERIFY2(zip.error.contains(u"more than the whole file"), qPrintable(zip.error));
}

void TestAudioArchive::readingStopsAtDeclaredSize()
{
    // The headers declare 1000 bytes; the stream inflates to 1 MB.
    const QByteArray big(1024 * 1024, '\0');
    ZipEntry lying = zipEntry("lying.wav", big);
    lying.declaredSize = 1000;
    Opened zip(zipBytes({lying}));
    QVERIFY2(zip.ok, qPrintable(zip.error));
    AudioArchive::Content content = zip.archive.read(zip.archive.entries().at(0));
    QVERIFY(!content.ok);
    QVERIFY(content.damaged);
    QVERIFY(content.bytes.isEmpty());
    QVERIFY2(content.error.contains(u"lying.wav"), qPrintable(content.error));
    QCOMPARE(zip.archive.bytesRead(), 0);

    // With a checksum made to match the first 1000 bytes, exactly those are
    // read and nothing more.
    lying.declaredCrc = crcOf(big.left(1000));
    Opened matching(zipBytes({lying}));
    QVERIFY2(matching.ok, qPrintable(matching.error));
    content = matching.archive.read(matching.archive.entries().at(0));
    QVERIFY2(content.ok, qPrintable(content.error));
    QCOMPARE(content.bytes.size(), 1000);
    QCOMPARE(matching.archive.bytesRead(), 1000);
}

void TestAudioArchive::streamShorterThanDeclaredIsDamaged()
{
    ZipEntry entry = zipEntry("short.wav", wavBytes(1));
    entry.declaredSize = quint64(wavBytes(1).size()) + 500;
    Opened zip(zipBytes({entry}));
    QVERIFY2(zip.ok, qPrintable(zip.error));
    const AudioArchive::Content content = zip.archive.read(zip.archive.entries().at(0));
    QVERIFY(!content.ok);
    QVERIFY(content.damaged);
}

void TestAudioArchive::corruptDataIsDamaged()
{
    const QByteArray wav = wavBytes(9);
    QByteArray bytes = zipBytes({zipEntry("a.wav", wav)});
    // The deflate stream starts after the 30-byte local header and the name.
    for (qsizetype i = 40; i < 80; ++i) {
        bytes[i] = char(bytes.at(i) ^ 0x5a);
    }
    Opened zip(bytes);
    QVERIFY2(zip.ok, qPrintable(zip.error));
    const AudioArchive::Content content = zip.archive.read(zip.archive.entries().at(0));
    QVERIFY(!content.ok);
    QVERIFY(content.damaged);
    QVERIFY2(content.error.contains(u"damaged"), qPrintable(content.error));

    // Stored data changed under its checksum.
    QByteArray stored = zipBytes({zipEntry("b.wav", wav, false)});
    stored[100] = char(stored.at(100) ^ 0x01);
    Opened storedZip(stored);
    QVERIFY2(storedZip.ok, qPrintable(storedZip.error));
    const AudioArchive::Content storedContent =
        storedZip.archive.read(storedZip.archive.entries().at(0));
    QVERIFY(storedContent.damaged);
    QVERIFY2(storedContent.error.contains(u"checksum"), qPrintable(storedContent.error));
}

void TestAudioArchive::tooManyEntriesAreRefused()
{
    QList<ZipEntry> entries;
    for (int i = 0; i <= AudioArchive::kMaxEntries; ++i) {
        entries << zipEntry(QByteArray::number(i) + ".txt", QByteArray(), false);
    }
    const Opened zip(zipBytes(entries));
    QVERIFY(!zip.ok);
    QVERIFY2(zip.error.contains(u"10001"), qPrintable(zip.error));
}

QTEST_GUILESS_MAIN(TestAudioArchive)
#include "tst_audioarchive.moc"
