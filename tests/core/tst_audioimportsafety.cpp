// AudioImportEngine on hostile ZIPs, against a local tenant in a temporary
// folder: unsafe paths, links and encrypted entries fail or are skipped
// alone; zip bombs, damaged and oversized ZIPs fail the job; and nothing is
// ever written anywhere but in the tenant.

#include "audiofixtures.h" // shared WAV and ZIP builders, the tenant

#include <QDirIterator>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ccbulk;
using namespace ccbulk::test;
using namespace Qt::StringLiterals;

namespace {

// Every file under a folder, relative to it.
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(folder).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

} // namespace

class TestAudioImportSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unsafePathsAreRefusedAndNothingLeavesTheTenant();
    void symlinksAreSkipped();
    void encryptedEntriesFail();
    void zipBombIsRefused_data();
    void zipBombIsRefused();
    void damagedZipFailsTheJob_data();
    void damagedZipFailsTheJob();
    void zipOverLimitIsRefused();

private:
    std::unique_ptr<AudioTenant> m_audio;
};

void TestAudioImportSafety::init()
{
    m_audio = std::make_unique<AudioTenant>();
}

void TestAudioImportSafety::cleanup()
{
    m_audio.reset();
}

void TestAudioImportSafety::unsafePathsAreRefusedAndNothingLeavesTheTenant()
{
    const QString marker = u"ccbulk-evil-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray evil = marker.toUtf8() + ".wav";
    const QList<QByteArray> names{
        "../" + evil,  "../../../../../../tmp/" + evil, "/tmp/" + evil,  "C:/" + evil, "c:" + evil,
        "..\\" + evil, "prompts\\..\\..\\" + evil,      "a/.../" + evil,
    };
    QList<ZipEntry> entries;
    for (const QByteArray &name : names) {
        entries << zipEntry(name, wavBytes(1));
    }
    entries << zipEntry("safe/good.wav", wavBytes(2));
    const QStringList before = filesUnder(m_audio->dir->path());

    const ImportOutcome outcome = m_audio->import(zipBytes(entries));
    QCOMPARE(outcome.status, JobStatus::CompletedWithErrors);
    QCOMPARE(outcome.counts.failed, int(names.size()));
    QCOMPARE(outcome.counts.created, 1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const RowResult &row = outcome.rows.at(i);
        QCOMPARE(row.row, int(i + 1));
        QCOMPARE(row.key, QString::fromUtf8(names.at(i)));
        QCOMPARE(row.outcome, RowResult::Outcome::Failed);
        QVERIFY2(row.message.startsWith(u"Refused:"), qPrintable(row.message));
    }
    QCOMPARE(m_audio->count(), 1);
    QVERIFY(m_audio->stored(u"good.wav"_s));

    // Nothing was written anywhere but in the tenant's own files.
    QStringList after = filesUnder(m_audio->dir->path());
    const auto ours = [](const QString &file) {
        return file.startsWith(u"tenant/") || file == u"upload.zip";
    };
    after.removeIf(ours);
    QStringList expected = before;
    expected.removeIf(ours);
    QCOMPARE(after, expected);
    QVERIFY(!QFile::exists(u"/tmp/"_s + marker + u".wav"_s));
    QVERIFY(!QFile::exists(QDir::temp().filePath(marker + u".wav"_s)));
    QVERIFY(!QFile::exists(QDir::current().filePath(marker + u".wav"_s)));
    QVERIFY(!QFileInfo::exists(QFileInfo(m_audio->dir->path()).absolutePath() + u'/' + marker +
                               u".wav"_s));
}

void TestAudioImportSafety::symlinksAreSkipped()
{
    ZipEntry link = zipEntry("prompts/passwd.wav", "/etc/passwd", false);
    link.externalAttr = quint32(0120777) << 16;
    ZipEntry textLink = zipEntry("notes", "../../secret", false);
    textLink.externalAttr = quint32(0120777) << 16;
    const ImportOutcome outcome =
        m_audio->import(zipBytes({link, textLink, zipEntry("welcome.wav", wavBytes(1))}));
    QCOMPARE(outcome.status, JobStatus::Completed);
    QCOMPARE(resultsOf(outcome), QStringList({u"1:prompts/passwd.wav:skipped"_s,
                                              u"2:notes:skipped"_s, u"3:welcome.wav:created"_s}));
    QVERIFY2(outcome.rows.first().message.contains(u"symbolic link"),
             qPrintable(messagesOf(outcome)));
    QVERIFY(!m_audio->stored(u"passwd.wav"_s));
}

void TestAudioImportSafety::encryptedEntriesFail()
{
    ZipEntry locked = zipEntry("locked.wav", QByteArray(12, '\x33') + wavBytes(1), false);
    locked.flags |= 0x0001;
    const ImportOutcome outcome =
        m_audio->import(zipBytes({locked, zipEntry("open.wav", wavBytes(2))}));
    QCOMPARE(outcome.status, JobStatus::CompletedWithErrors);
    QCOMPARE(resultsOf(outcome), QStringList({u"1:locked.wav:failed"_s, u"2:open.wav:created"_s}));
    QVERIFY2(outcome.rows.first().message.contains(u"encrypted"), qPrintable(messagesOf(outcome)));
    QVERIFY(!m_audio->stored(u"locked.wav"_s));
}

void TestAudioImportSafety::zipBombIsRefused_data()
{
    QTest::addColumn<QByteArray>("zip");
    ZipEntry huge = zipEntry("huge.wav", QByteArray(8192, '\0'));
    huge.declaredSize = 0xfffffff0ULL;
    QTest::newRow("4 GB declared") << zipBytes({zipEntry("ok.wav", wavBytes(1)), huge});
    ZipEntry zip64 = zipEntry("zip64.wav", QByteArray(8192, '\0'));
    zip64.declaredSize = 1ULL << 55;
    QTest::newRow("zip64 declared") << zipBytes({zipEntry("ok.wav", wavBytes(1)), zip64});
    ZipEntry ratio = zipEntry("ratio.wav", QByteArray(8192, '\0'));
    ratio.declaredSize = 150ULL * 1024 * 1024;
    QTest::newRow("impossible ratio") << zipBytes({zipEntry("ok.wav", wavBytes(1)), ratio});
    ZipEntry hidden = zipEntry("hidden.bin", QByteArray(8192, '\0'));
    hidden.declaredSize = 0xfffffff0ULL;
    QTest::newRow("not even a WAV") << zipBytes({zipEntry("ok.wav", wavBytes(1)), hidden});
}

void TestAudioImportSafety::zipBombIsRefused()
{
    QFETCH(QByteArray, zip);
    const ImportOutcome outcome = m_audio->import(zip);
    QCOMPARE(outcome.status, JobStatus::Failed);
    QVERIFY2(outcome.message.contains(u"zip bomb"), qPrintable(outcome.message));
    QVERIFY(outcome.report.refused);
    QCOMPARE(outcome.report.issues.size(), 1);
    QCOMPARE(outcome.report.issues.first().row, 0);
    QVERIFY(outcome.rows.isEmpty());
    QCOMPARE(m_audio->count(), 0);
}

void TestAudioImportSafety::damagedZipFailsTheJob_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<QString>("reason");
    const QByteArray whole =
        zipBytes({zipEntry("a.wav", wavBytes(1)), zipEntry("b.wav", wavBytes(2))});
    QTest::newRow("truncated") << whole.left(whole.size() * 2 / 3) << u"truncated"_s;
    QTest::newRow("garbage") << QByteArray(5000, '\x42') << u"not a ZIP file"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    // The second entry's data is corrupt: the first, good one is not written
    // either, because the whole ZIP is read before anything is.
    QByteArray corrupt = whole;
    const qsizetype second = corrupt.indexOf("PK\x03\x04", 4) + 30 + 5;
    for (qsizetype i = second + 10; i < second + 40; ++i) {
        corrupt[i] = char(corrupt.at(i) ^ 0x6b);
    }
    QTest::newRow("corrupt data") << corrupt << u"“b.wav” cannot be read"_s;
}

void TestAudioImportSafety::damagedZipFailsTheJob()
{
    QFETCH(QByteArray, zip);
    QFETCH(QString, reason);
    const ImportOutcome outcome = m_audio->import(zip);
    QCOMPARE(outcome.status, JobStatus::Failed);
    QVERIFY2(outcome.message.contains(reason), qPrintable(outcome.message));
    QVERIFY(outcome.report.refused);
    QCOMPARE(m_audio->count(), 0);
}

void TestAudioImportSafety::zipOverLimitIsRefused()
{
    m_audio->limits.maxZipBytes = 1000;
    const ImportOutcome outcome =
        m_audio->import(zipBytes({zipEntry("a.wav", wavBytes(1), false)}));
    QCOMPARE(outcome.status, JobStatus::Failed);
    QVERIFY2(outcome.message.contains(u"more than the limit") &&
                 outcome.message.contains(u"1,000 bytes"),
             qPrintable(outcome.message));
    QCOMPARE(m_audio->count(), 0);
}

QTEST_GUILESS_MAIN(TestAudioImportSafety)
#include "tst_audioimportsafety.moc"
