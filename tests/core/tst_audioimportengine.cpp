// AudioImportEngine against a local tenant in a temporary folder: ZIPs of WAV
// files created, replaced and left unchanged, and every entry reported by its
// position and path. The hostile ZIPs are in tst_audioimportsafety.

#include "audiofixtures.h" // shared WAV and ZIP builders, the tenant

#include <QCryptographicHash>
#include <QTest>

#include <atomic>
#include <memory>

using namespace ccbulk;
using namespace ccbulk::test;
using namespace Qt::StringLiterals;

class TestAudioImportEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createsAudioFilesFromEveryFolder();
    void replacesUpdatedAndKeepsUnchanged();
    void keepsStoredSpelling();
    void storedObjectWithoutContentIsReplaced();
    void sameNameInTwoFoldersImportsNeither();
    void nonWavEntriesAreSkipped();
    void brokenWavFailsItsRowOnly();
    void names_data();
    void names();
    void emptyZipCompletes();
    void dryRunWritesNothing();
    void checkWithoutTenantReadsNoTenant();
    void batchesReportProgress();
    void cancelBetweenBatchesKeepsDoneEntries();

private:
    std::unique_ptr<AudioTenant> m_audio;
};

void TestAudioImportEngine::init()
{
    m_audio = std::make_unique<AudioTenant>();
}

void TestAudioImportEngine::cleanup()
{
    m_audio.reset();
}

void TestAudioImportEngine::createsAudioFilesFromEveryFolder()
{
    WavSpec stereo;
    stereo.channels = 2;
    stereo.sampleRate = 16000;
    stereo.frames = 16000 * 2;
    const QByteArray welcome = wavBytes(1);
    const QByteArray hold = wavBytes(stereo);
    const QByteArray top = wavBytes(3);
    const ImportOutcome outcome =
        m_audio->import(quazipBytes({{u"prompts/"_s, {}},
                                     {u"prompts/en/"_s, {}},
                                     {u"prompts/en/welcome.wav"_s, welcome},
                                     {u"music/deep/er/hold.WAV"_s, hold},
                                     {u"Top Level.wav"_s, top}}));
    QCOMPARE(outcome.status, JobStatus::Completed);
    QVERIFY(outcome.message.isEmpty());
    QCOMPARE(resultsOf(outcome),
             QStringList({u"3:prompts/en/welcome.wav:created"_s,
                          u"4:music/deep/er/hold.WAV:created"_s, u"5:Top Level.wav:created"_s}));
    QCOMPARE(outcome.counts.created, 3);
    QCOMPARE(outcome.counts.total, 3);
    QVERIFY2(rowOf(outcome, u"music/deep/er/hold.WAV"_s)
                 ->message.contains(u"PCM, 16000 Hz, 16-bit, stereo, 2.000 s"),
             qPrintable(messagesOf(outcome)));

    QCOMPARE(m_audio->count(), 3);
    const std::optional<TenantObject> object = m_audio->stored(u"hold.WAV"_s);
    QVERIFY(object);
    QCOMPARE(object->key, u"hold.WAV"_s);
    QCOMPARE(object->fields.value(u"Name"_s), u"hold.WAV"_s);
    QCOMPARE(object->fields.value(AudioImportEngine::kSizeField), QString::number(hold.size()));
    QCOMPARE(object->fields.value(AudioImportEngine::kHashField),
             QString::fromLatin1(
                 QCryptographicHash::hash(hold, QCryptographicHash::Blake2b_256).toHex()));
    QCOMPARE(object->fields.value(AudioImportEngine::kFormatField), u"PCM"_s);
    QCOMPARE(object->fields.value(AudioImportEngine::kRateField), u"16000"_s);
    QCOMPARE(object->fields.value(AudioImportEngine::kChannelsField), u"2"_s);
    QCOMPARE(object->fields.value(AudioImportEngine::kBitsField), u"16"_s);
    QCOMPARE(object->fields.value(AudioImportEngine::kDurationField), u"2.000"_s);
    QCOMPARE(m_audio->contentOf(u"hold.wav"_s), hold);
    QCOMPARE(m_audio->contentOf(u"welcome.wav"_s), welcome);
    QCOMPARE(m_audio->contentOf(u"Top Level.wav"_s), top);
}

void TestAudioImportEngine::replacesUpdatedAndKeepsUnchanged()
{
    const QByteArray hold = wavBytes(1);
    QCOMPARE(
        m_audio
            ->import(zipBytes({zipEntry("welcome.wav", wavBytes(2)), zipEntry("hold.wav", hold)}))
            .status,
        JobStatus::Completed);
    const QString welcomeId = m_audio->stored(u"welcome.wav"_s)->id;

    WavSpec longer;
    longer.frames = 24000;
    longer.seed = 7;
    const QByteArray replacement = wavBytes(longer);
    const ImportOutcome outcome = m_audio->import(
        zipBytes({zipEntry("new/welcome.wav", replacement), zipEntry("old/hold.wav", hold)}));
    QCOMPARE(outcome.status, JobStatus::Completed);
    QCOMPARE(resultsOf(outcome),
             QStringList({u"1:new/welcome.wav:updated"_s, u"2:old/hold.wav:unchanged"_s}));
    QCOMPARE(m_audio->count(), 2);
    const std::optional<TenantObject> welcome = m_audio->stored(u"welcome.wav"_s);
    QCOMPARE(welcome->id, welcomeId);
    QCOMPARE(welcome->fields.value(AudioImportEngine::kDurationField), u"3.000"_s);
    QCOMPARE(m_audio->contentOf(u"welcome.wav"_s), replacement);
    QCOMPARE(m_audio->contentOf(u"hold.wav"_s), hold);

    // Once more: nothing changes.
    const ImportOutcome again = m_audio->import(
        zipBytes({zipEntry("new/welcome.wav", replacement), zipEntry("old/hold.wav", hold)}));
    QCOMPARE(again.counts.unchanged, 2);
}

void TestAudioImportEngine::keepsStoredSpelling()
{
    QCOMPARE(m_audio->import(zipBytes({zipEntry("Welcome.wav", wavBytes(1))})).status,
             JobStatus::Completed);
    const ImportOutcome outcome =
        m_audio->import(zipBytes({zipEntry("prompts/WELCOME.WAV", wavBytes(2))}));
    QCOMPARE(resultsOf(outcome), QStringList({u"1:prompts/WELCOME.WAV:updated"_s}));
    QVERIFY2(outcome.rows.first().message.contains(u"“Welcome.wav” is kept"),
             qPrintable(messagesOf(outcome)));
    const std::optional<TenantObject> object = m_audio->stored(u"welcome.wav"_s);
    QCOMPARE(object->key, u"Welcome.wav"_s);
    QCOMPARE(object->fields.value(u"Name"_s), u"Welcome.wav"_s);
    QCOMPARE(m_audio->contentOf(u"welcome.wav"_s), wavBytes(2));

    const ImportOutcome same = m_audio->import(zipBytes({zipEntry("welcome.WAV", wavBytes(2))}));
    QCOMPARE(resultsOf(same), QStringList({u"1:welcome.WAV:unchanged"_s}));
}

void TestAudioImportEngine::storedObjectWithoutContentIsReplaced()
{
    // An audio file known by name only (as a queue's reference needs it).
    TenantObject object;
    object.typeId = AudioTenant::kAudioType;
    object.key = u"hold.wav"_s;
    object.fields.insert(u"Name"_s, u"hold.wav"_s);
    QList<Tenant::ChangeResult> results;
    QString error;
    QVERIFY2(m_audio->tenant->apply(AudioTenant::kAudioType,
                                    {Tenant::Change{Tenant::Change::Kind::Create, object, {}}},
                                    &results, &error),
             qPrintable(error));
    QVERIFY(!m_audio->tenant->audioContent(results.first().id, &error));
    QVERIFY2(error.contains(u"no audio content"), qPrintable(error));

    const ImportOutcome outcome = m_audio->import(zipBytes({zipEntry("hold.wav", wavBytes(4))}));
    QCOMPARE(resultsOf(outcome), QStringList({u"1:hold.wav:updated"_s}));
    QCOMPARE(m_audio->contentOf(u"hold.wav"_s), wavBytes(4));
}

void TestAudioImportEngine::sameNameInTwoFoldersImportsNeither()
{
    const ImportOutcome outcome = m_audio->import(zipBytes(
        {zipEntry("en/welcome.wav", wavBytes(1)), zipEntry("other.wav", wavBytes(2)),
         zipEntry("sv/Welcome.WAV", wavBytes(3)), zipEntry("fi/welcome.wav", wavBytes(4))}));
    QCOMPARE(outcome.status, JobStatus::CompletedWithErrors);
    QCOMPARE(resultsOf(outcome),
             QStringList({u"1:en/welcome.wav:failed"_s, u"2:other.wav:created"_s,
                          u"3:sv/Welcome.WAV:failed"_s, u"4:fi/welcome.wav:failed"_s}));
    const QString first = rowOf(outcome, u"en/welcome.wav"_s)->message;
    QVERIFY2(first.contains(u"“sv/Welcome.WAV”") && first.contains(u"“fi/welcome.wav”") &&
                 !first.contains(u"“en/welcome.wav”"),
             qPrintable(first));
    const QString second = rowOf(outcome, u"sv/Welcome.WAV"_s)->message;
    QVERIFY2(second.contains(u"“en/welcome.wav”") && second.contains(u"none of them"),
             qPrintable(second));
    QVERIFY(!m_audio->stored(u"welcome.wav"_s));
    QCOMPARE(m_audio->count(), 1);
}

void TestAudioImportEngine::nonWavEntriesAreSkipped()
{
    const ImportOutcome outcome = m_audio->import(quazipBytes({{u"docs/"_s, {}},
                                                               {u"docs/readme.txt"_s, "read me"},
                                                               {u"welcome.wav.bak"_s, wavBytes(1)},
                                                               {u"cover.png"_s, "\x89PNG"},
                                                               {u"welcome.wav"_s, wavBytes(1)}}));
    QCOMPARE(outcome.status, JobStatus::Completed);
    QCOMPARE(resultsOf(outcome),
             QStringList({u"2:docs/readme.txt:skipped"_s, u"3:welcome.wav.bak:skipped"_s,
                          u"4:cover.png:skipped"_s, u"5:welcome.wav:created"_s}));
    QCOMPARE(outcome.counts.skipped, 3);
    QVERIFY2(rowOf(outcome, u"cover.png"_s)->message.contains(u"Not a WAV file"),
             qPrintable(messagesOf(outcome)));
    QCOMPARE(m_audio->count(), 1);
}

void TestAudioImportEngine::brokenWavFailsItsRowOnly()
{
    const ImportOutcome outcome = m_audio->import(zipBytes(
        {zipEntry("text.wav", "this is not audio"),
         zipEntry("truncated.wav", wavBytes(1).left(300)), zipEntry("good.wav", wavBytes(2))}));
    QCOMPARE(outcome.status, JobStatus::CompletedWithErrors);
    QCOMPARE(resultsOf(outcome), QStringList({u"1:text.wav:failed"_s, u"2:truncated.wav:failed"_s,
                                              u"3:good.wav:created"_s}));
    QVERIFY2(rowOf(outcome, u"text.wav"_s)->message.contains(u"RIFF/WAVE"),
             qPrintable(messagesOf(outcome)));
    QVERIFY2(rowOf(outcome, u"truncated.wav"_s)->message.contains(u"truncated"),
             qPrintable(messagesOf(outcome)));
    QCOMPARE(m_audio->count(), 1);
}

void TestAudioImportEngine::names_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reason");
    QTest::newRow("80 characters")
        << QByteArray("x/" + QByteArray(76, 'a') + ".wav") << true << QString();
    QTest::newRow("81 characters") << QByteArray(77, 'a') + ".wav" << false << u"at most 80"_s;
    QTest::newRow("all allowed characters") << QByteArray("A-z_0.9 x.wav") << true << QString();
    QTest::newRow("at sign") << QByteArray("wel@come.wav") << false << u"“@”"_s;
    QTest::newRow("non-ASCII") << QByteArray("välkommen.wav") << false << u"“ä”"_s;
    QTest::newRow("just the extension") << QByteArray("dir/.wav") << true << QString();
}

void TestAudioImportEngine::names()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, accepted);
    QFETCH(QString, reason);
    const ImportOutcome outcome = m_audio->import(zipBytes({zipEntry(path, wavBytes(1))}));
    QCOMPARE(outcome.rows.size(), 1);
    const RowResult &row = outcome.rows.first();
    // A name the type does not allow is reported and skipped (csv-definitions 3.17).
    QCOMPARE(row.outcome, accepted ? RowResult::Outcome::Created : RowResult::Outcome::Skipped);
    QVERIFY2(row.message.contains(reason), qPrintable(row.message));
    QCOMPARE(m_audio->count(), accepted ? 1 : 0);
}

void TestAudioImportEngine::emptyZipCompletes()
{
    const ImportOutcome outcome = m_audio->import(zipBytes({}));
    QCOMPARE(outcome.status, JobStatus::Completed);
    QVERIFY(outcome.rows.isEmpty());
    QCOMPARE(outcome.counts.total, 0);
}

void TestAudioImportEngine::dryRunWritesNothing()
{
    QCOMPARE(m_audio
                 ->import(zipBytes(
                     {zipEntry("hold.wav", wavBytes(1)), zipEntry("same.wav", wavBytes(5))}))
                 .status,
             JobStatus::Completed);
    const ImportOutcome outcome = m_audio->import(
        zipBytes({zipEntry("hold.wav", wavBytes(2)), zipEntry("new.wav", wavBytes(3)),
                  zipEntry("same.wav", wavBytes(5)), zipEntry("readme.txt", "x"),
                  zipEntry("../up.wav", wavBytes(4))}),
        true);
    QCOMPARE(outcome.status, JobStatus::CompletedWithErrors);
    QCOMPARE(resultsOf(outcome), QStringList({u"1:hold.wav:updated"_s, u"2:new.wav:created"_s,
                                              u"3:same.wav:unchanged"_s, u"4:readme.txt:skipped"_s,
                                              u"5:../up.wav:failed"_s}));
    QCOMPARE(outcome.objectsToCreate, 1);
    QCOMPARE(outcome.objectsToUpdate, 1);
    QCOMPARE(outcome.objectsUnchanged, 1);
    QCOMPARE(outcome.report.rows, 5);
    QCOMPARE(outcome.report.errorCount(), 1);
    QCOMPARE(outcome.report.warningCount(), 1);
    QCOMPARE(outcome.report.issues.at(0).row, 4);
    QVERIFY(!outcome.report.issues.at(0).isError());
    QVERIFY2(outcome.report.issues.at(0).message.startsWith(u"readme.txt: "),
             qPrintable(outcome.report.issues.at(0).message));
    QCOMPARE(outcome.report.issues.at(1).row, 5);
    QVERIFY(outcome.report.issues.at(1).isError());
    QVERIFY(!outcome.report.isValid());

    QCOMPARE(m_audio->count(), 2);
    QVERIFY(!m_audio->stored(u"new.wav"_s));
    QCOMPARE(m_audio->contentOf(u"hold.wav"_s), wavBytes(1));
}

void TestAudioImportEngine::checkWithoutTenantReadsNoTenant()
{
    QCOMPARE(m_audio->import(zipBytes({zipEntry("hold.wav", wavBytes(1))})).status,
             JobStatus::Completed);
    QFile file(m_audio->dir->filePath(u"check.zip"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(zipBytes({zipEntry("hold.wav", wavBytes(1)), zipEntry("x.txt", "x")}));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    // A tenant that is not even open: it is never asked.
    LocalTenant closed(m_audio->dir->filePath(u"never/opened.sqlite"_s));
    AudioImportEngine engine(*DefinitionRegistry::instance().find(AudioTenant::kAudioType),
                             DefinitionRegistry::instance(), closed, Limits());
    const ImportOutcome outcome = engine.checkWithoutTenant(&file);
    QCOMPARE(outcome.status, JobStatus::Completed);
    QCOMPARE(resultsOf(outcome), QStringList({u"1:hold.wav:created"_s, u"2:x.txt:skipped"_s}));
    QCOMPARE(outcome.report.warningCount(), 1);
    QVERIFY(!QFile::exists(m_audio->dir->filePath(u"never"_s)));
}

void TestAudioImportEngine::batchesReportProgress()
{
    m_audio->batchSize = 2;
    QList<int> done;
    QList<int> sizes;
    m_audio->batchDone = [&](const QList<RowResult> &rows, int finished, int total) {
        QCOMPARE(total, 6);
        done << finished;
        sizes << int(rows.size());
    };
    QList<ZipEntry> entries;
    for (int i = 0; i < 5; ++i) {
        entries << zipEntry(QByteArray::number(i) + ".wav", wavBytes(i));
    }
    entries.insert(2, zipEntry("skip.txt", "x"));
    const ImportOutcome outcome = m_audio->import(zipBytes(entries));
    QCOMPARE(outcome.status, JobStatus::Completed);
    // A batch ends after its second object; the skipped entry rides along
    // with the batch it falls in.
    QCOMPARE(done, QList<int>({2, 5, 6}));
    QCOMPARE(sizes, QList<int>({2, 3, 1}));
    QCOMPARE(outcome.counts.created, 5);
    QCOMPARE(outcome.counts.skipped, 1);
}

void TestAudioImportEngine::cancelBetweenBatchesKeepsDoneEntries()
{
    m_audio->batchSize = 1;
    std::atomic_bool cancel = false;
    m_audio->cancel = &cancel;
    m_audio->batchDone = [&](const QList<RowResult> &, int, int) {
        cancel = true;
    };
    const ImportOutcome outcome =
        m_audio->import(zipBytes({zipEntry("a.wav", wavBytes(1)), zipEntry("b.wav", wavBytes(2)),
                                  zipEntry("c.wav", wavBytes(3))}));
    QCOMPARE(outcome.status, JobStatus::Failed);
    QVERIFY2(outcome.message.contains(u"Cancelled after 1 entry"), qPrintable(outcome.message));
    QCOMPARE(resultsOf(outcome), QStringList({u"1:a.wav:created"_s}));
    QCOMPARE(m_audio->count(), 1);
    QCOMPARE(m_audio->contentOf(u"a.wav"_s), wavBytes(1));
}

QTEST_GUILESS_MAIN(TestAudioImportEngine)
#include "tst_audioimportengine.moc"
