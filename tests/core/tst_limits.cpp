// Limits: the specification's defaults, reading them from settings (with
// fallbacks for values that make no sense), and saving them.

#include "settings/limits.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ccbulk;

namespace {

const QString kRows = QStringLiteral("limits/maxCsvRows");
const QString kCsvBytes = QStringLiteral("limits/maxCsvBytes");
const QString kZipBytes = QStringLiteral("limits/maxZipBytes");

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void emptySettingsGiveDefaults();
    void valuesAreRead();
    void fallBackToDefault_data();
    void fallBackToDefault();
    void eachValueFallsBackAlone();
    void saveRoundTrips();
    void iniFileText();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newIniPath() { return m_dir.filePath(QStringLiteral("limits%1.ini").arg(++m_files)); }
};

void TestLimits::defaults()
{
    const Limits limits;
    QCOMPARE(limits.maxCsvRows, qint64(5000));
    QCOMPARE(limits.maxCsvBytes, qint64(5) * 1024 * 1024);
    QCOMPARE(limits.maxZipBytes, qint64(50) * 1024 * 1024);
    QCOMPARE(Limits::kDefaultMaxCsvRows, qint64(5000));
    QCOMPARE(Limits::kDefaultMaxCsvBytes, qint64(5242880));
    QCOMPARE(Limits::kDefaultMaxZipBytes, qint64(52428800));
}

void TestLimits::emptySettingsGiveDefaults()
{
    QVERIFY(m_dir.isValid());
    const QSettings settings(newIniPath(), QSettings::IniFormat);
    const Limits limits = Limits::fromSettings(settings);
    QCOMPARE(limits.maxCsvRows, Limits::kDefaultMaxCsvRows);
    QCOMPARE(limits.maxCsvBytes, Limits::kDefaultMaxCsvBytes);
    QCOMPARE(limits.maxZipBytes, Limits::kDefaultMaxZipBytes);
}

void TestLimits::valuesAreRead()
{
    QVERIFY(m_dir.isValid());
    const QString path = newIniPath();
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(kRows, 10000);
        settings.setValue(kCsvBytes, QStringLiteral("10485760"));
        // Beyond 32 bits.
        settings.setValue(kZipBytes, qint64(6) * 1024 * 1024 * 1024);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    const QSettings settings(path, QSettings::IniFormat);
    const Limits limits = Limits::fromSettings(settings);
    QCOMPARE(limits.maxCsvRows, qint64(10000));
    QCOMPARE(limits.maxCsvBytes, qint64(10485760));
    QCOMPARE(limits.maxZipBytes, qint64(6) * 1024 * 1024 * 1024);
}

void TestLimits::fallBackToDefault_data()
{
    QTest::addColumn<QVariant>("value");

    QTest::newRow("zero") << QVariant(0);
    QTest::newRow("negative") << QVariant(-5);
    QTest::newRow("negative text") << QVariant(QStringLiteral("-100"));
    QTest::newRow("non-numeric") << QVariant(QStringLiteral("lots"));
    QTest::newRow("number with unit") << QVariant(QStringLiteral("5MB"));
    QTest::newRow("decimal") << QVariant(QStringLiteral("1.5"));
    QTest::newRow("empty") << QVariant(QString());
}

void TestLimits::fallBackToDefault()
{
    QFETCH(QVariant, value);

    QVERIFY(m_dir.isValid());
    const QString path = newIniPath();
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(kRows, value);
        settings.setValue(kCsvBytes, value);
        settings.setValue(kZipBytes, value);
    }
    const QSettings settings(path, QSettings::IniFormat);
    const Limits limits = Limits::fromSettings(settings);
    QCOMPARE(limits.maxCsvRows, Limits::kDefaultMaxCsvRows);
    QCOMPARE(limits.maxCsvBytes, Limits::kDefaultMaxCsvBytes);
    QCOMPARE(limits.maxZipBytes, Limits::kDefaultMaxZipBytes);
}

void TestLimits::eachValueFallsBackAlone()
{
    QVERIFY(m_dir.isValid());
    const QString path = newIniPath();
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(kRows, 0);        // falls back
        settings.setValue(kCsvBytes, 1024); // kept
        // maxZipBytes missing: falls back
    }
    const QSettings settings(path, QSettings::IniFormat);
    const Limits limits = Limits::fromSettings(settings);
    QCOMPARE(limits.maxCsvRows, Limits::kDefaultMaxCsvRows);
    QCOMPARE(limits.maxCsvBytes, qint64(1024));
    QCOMPARE(limits.maxZipBytes, Limits::kDefaultMaxZipBytes);
}

void TestLimits::saveRoundTrips()
{
    QVERIFY(m_dir.isValid());
    const QString path = newIniPath();
    Limits saved;
    saved.maxCsvRows = 12345;
    saved.maxCsvBytes = 7 * 1024 * 1024;
    saved.maxZipBytes = qint64(3) * 1024 * 1024 * 1024;
    {
        QSettings settings(path, QSettings::IniFormat);
        saved.save(settings);
    }
    const QSettings settings(path, QSettings::IniFormat);
    const Limits loaded = Limits::fromSettings(settings);
    QCOMPARE(loaded.maxCsvRows, saved.maxCsvRows);
    QCOMPARE(loaded.maxCsvBytes, saved.maxCsvBytes);
    QCOMPARE(loaded.maxZipBytes, saved.maxZipBytes);

    // The defaults round-trip too.
    const QString defaultsPath = newIniPath();
    {
        QSettings defaults(defaultsPath, QSettings::IniFormat);
        Limits().save(defaults);
    }
    const Limits reloaded = Limits::fromSettings(QSettings(defaultsPath, QSettings::IniFormat));
    QCOMPARE(reloaded.maxCsvRows, Limits::kDefaultMaxCsvRows);
    QCOMPARE(reloaded.maxCsvBytes, Limits::kDefaultMaxCsvBytes);
    QCOMPARE(reloaded.maxZipBytes, Limits::kDefaultMaxZipBytes);
}

void TestLimits::iniFileText()
{
    // Settings a user edits by hand: a [limits] group with plain numbers.
    QVERIFY(m_dir.isValid());
    const QString path = newIniPath();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[limits]\nmaxCsvRows=200\nmaxCsvBytes=abc\nmaxZipBytes=-1\n");
    }
    const QSettings settings(path, QSettings::IniFormat);
    const Limits limits = Limits::fromSettings(settings);
    QCOMPARE(limits.maxCsvRows, qint64(200));
    QCOMPARE(limits.maxCsvBytes, Limits::kDefaultMaxCsvBytes);
    QCOMPARE(limits.maxZipBytes, Limits::kDefaultMaxZipBytes);
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
