// End to end: ccbulk-cli importing and validating a ZIP of WAV files, run as
// a process with its own XDG folders and --tenant, as a user would: the JSON
// of the job and of its rows (each entry's position and path), exit codes,
// and the tenant file holding the audio afterwards.

#include "audiofixtures.h" // shared WAV and ZIP builders
#include "tenant/local/localtenant.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ccbulk;
using namespace ccbulk::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestAudioCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importReportsEveryEntry();
    void replacingIsUpdated();
    void damagedZipFailsTheJob();
    void validateIsADryRun();
    void exportIsRefused();

private:
    Run run(const QStringList &arguments) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString tenantPath() const { return m_home->filePath(u"tenants/audio.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAudioCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CCBULK_CLI_PATH)), CCBULK_CLI_PATH);
}

void TestAudioCli::cleanup()
{
    m_home.reset();
}

Run TestAudioCli::run(const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"HOME"_s, m_home->path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, m_home->filePath(u"cache"_s));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_home->path());
    process.start(QStringLiteral(CCBULK_CLI_PATH),
                  QStringList{u"--tenant"_s, tenantPath()} + arguments);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning("ccbulk-cli did not run: %s", qPrintable(arguments.join(u' ')));
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.json = QJsonDocument::fromJson(result.out).object();
    return result;
}

QString TestAudioCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestAudioCli::importReportsEveryEntry()
{
    const QString zip =
        writeFile(u"prompts.zip"_s, quazipBytes({{u"prompts/"_s, {}},
                                                 {u"prompts/en/welcome.wav"_s, wavBytes(1)},
                                                 {u"prompts/readme.txt"_s, "about these prompts"},
                                                 {u"music/hold.wav"_s, wavBytes(2)},
                                                 {u"broken.wav"_s, "RIFF, but not really"}}));
    const Run imported = run({u"import"_s, u"audio-file"_s, zip, u"--json"_s});
    QCOMPARE(imported.exitCode, 1); // completed with errors
    const QJsonObject &job = imported.json;
    QCOMPARE(job.value(u"status").toString(), u"completed_with_errors"_s);
    QCOMPARE(job.value(u"objectType").toString(), u"audio-file"_s);
    QCOMPARE(job.value(u"fileName").toString(), u"prompts.zip"_s);
    const QJsonObject counts = job.value(u"counts").toObject();
    QCOMPARE(counts.value(u"total").toInt(), 4);
    QCOMPARE(counts.value(u"created").toInt(), 2);
    QCOMPARE(counts.value(u"skipped").toInt(), 1);
    QCOMPARE(counts.value(u"failed").toInt(), 1);

    const Run shown = run({u"job"_s, job.value(u"id").toString(), u"--json"_s});
    QCOMPARE(shown.exitCode, 0);
    const QJsonArray rows = shown.json.value(u"rows").toArray();
    QStringList got;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        got << u"%1 %2 %3"_s.arg(row.value(u"row").toInt())
                   .arg(row.value(u"key").toString(), row.value(u"result").toString());
    }
    QCOMPARE(got,
             QStringList({u"2 prompts/en/welcome.wav created"_s, u"3 prompts/readme.txt skipped"_s,
                          u"4 music/hold.wav created"_s, u"5 broken.wav failed"_s}));
    QVERIFY(rows.at(0).toObject().value(u"message").toString().contains(u"PCM, 8000 Hz"));
    QVERIFY(rows.at(3).toObject().value(u"message").toString().contains(u"Not a valid WAV"));

    // The tenant file holds them, with their bytes.
    LocalTenant tenant(tenantPath());
    QString error;
    QVERIFY2(tenant.open(&error), qPrintable(error));
    const auto objects = tenant.objects(u"audio-file"_s, &error);
    QVERIFY2(objects, qPrintable(error));
    QCOMPARE(objects->size(), 2);
    for (const TenantObject &object : *objects) {
        const std::optional<QByteArray> content = tenant.audioContent(object.id, &error);
        QVERIFY2(content, qPrintable(error));
        QCOMPARE(*content, object.key == u"welcome.wav" ? wavBytes(1) : wavBytes(2));
    }
}

void TestAudioCli::replacingIsUpdated()
{
    const QString first = writeFile(u"first.zip"_s, zipBytes({zipEntry("hold.wav", wavBytes(1))}));
    QCOMPARE(run({u"import"_s, u"audio-file"_s, first, u"--json"_s}).exitCode, 0);
    const QString second = writeFile(
        u"second.zip"_s,
        zipBytes({zipEntry("a/HOLD.wav", wavBytes(2)), zipEntry("b/new.wav", wavBytes(3))}));
    const Run imported = run({u"import"_s, u"audio-file"_s, second, u"--json"_s});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.json.value(u"status").toString(), u"completed"_s);
    const QJsonObject counts = imported.json.value(u"counts").toObject();
    QCOMPARE(counts.value(u"updated").toInt(), 1);
    QCOMPARE(counts.value(u"created").toInt(), 1);

    LocalTenant tenant(tenantPath());
    QString error;
    QVERIFY2(tenant.open(&error), qPrintable(error));
    const auto objects = tenant.objects(u"audio-file"_s, &error);
    QVERIFY2(objects, qPrintable(error));
    QCOMPARE(objects->size(), 2);
    for (const TenantObject &object : *objects) {
        if (object.key == u"hold.wav") {
            QCOMPARE(tenant.audioContent(object.id, &error).value_or(QByteArray()), wavBytes(2));
        }
    }
}

void TestAudioCli::damagedZipFailsTheJob()
{
    const QByteArray whole = zipBytes({zipEntry("a.wav", wavBytes(1))});
    const QString cut = writeFile(u"cut.zip"_s, whole.left(whole.size() - 30));
    const Run imported = run({u"import"_s, u"audio-file"_s, cut, u"--json"_s});
    QCOMPARE(imported.exitCode, 3);
    QCOMPARE(imported.json.value(u"status").toString(), u"failed"_s);
    QVERIFY2(imported.json.value(u"message").toString().contains(u"damaged or truncated"),
             imported.out.constData());
}

void TestAudioCli::validateIsADryRun()
{
    const QString zip = writeFile(
        u"check.zip"_s, zipBytes({zipEntry("ok.wav", wavBytes(1)),
                                  zipEntry("../up.wav", wavBytes(2)), zipEntry("notes.txt", "x")}));
    const Run checked = run({u"validate"_s, u"audio-file"_s, zip, u"--json"_s});
    QCOMPARE(checked.exitCode, 1);
    const QJsonObject &report = checked.json;
    QCOMPARE(report.value(u"valid").toBool(true), false);
    QCOMPARE(report.value(u"rows").toInt(), 3);
    QCOMPARE(report.value(u"create").toInt(), 1);
    QCOMPARE(report.value(u"update").toInt(), 0);
    QCOMPARE(report.value(u"unchanged").toInt(), 0);
    const QJsonArray issues = report.value(u"issues").toArray();
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).toObject().value(u"row").toInt(), 2);
    QCOMPARE(issues.at(0).toObject().value(u"severity").toString(), u"error"_s);
    QVERIFY(issues.at(0).toObject().value(u"column").isNull());
    QCOMPARE(issues.at(1).toObject().value(u"row").toInt(), 3);
    QCOMPARE(issues.at(1).toObject().value(u"severity").toString(), u"warning"_s);

    // Nothing was written.
    LocalTenant tenant(tenantPath());
    QString error;
    QVERIFY2(tenant.open(&error), qPrintable(error));
    QVERIFY(tenant.objects(u"audio-file"_s, &error)->isEmpty());

    // --offline: the ZIP alone, the same issues, no counts against a tenant.
    const Run offline = run({u"validate"_s, u"audio-file"_s, zip, u"--offline"_s, u"--json"_s});
    QCOMPARE(offline.exitCode, 1);
    QCOMPARE(offline.json.value(u"issues").toArray(), issues);
    QVERIFY(offline.json.value(u"create").isNull());

    const QString valid = writeFile(u"valid.zip"_s, zipBytes({zipEntry("ok.wav", wavBytes(1))}));
    QCOMPARE(run({u"validate"_s, u"audio-file"_s, valid, u"--json"_s}).exitCode, 0);
    const QString garbage = writeFile(u"garbage.zip"_s, "this is not a zip");
    const Run refused = run({u"validate"_s, u"audio-file"_s, garbage, u"--json"_s});
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(refused.json.value(u"issues").toArray().first().toObject().value(u"row").toInt(-1), 0);
}

void TestAudioCli::exportIsRefused()
{
    const Run exported = run({u"export"_s, u"audio-file"_s, u"-o"_s, u"out.csv"_s});
    QCOMPARE(exported.exitCode, 3);
    QVERIFY2(exported.err.contains("cannot be exported"), exported.err.constData());
}

QTEST_GUILESS_MAIN(TestAudioCli)
#include "tst_audiocli.moc"
