#include "validation/headermapping.h"
#include "validationfixture.h"

#include <QTest>

using namespace ccbulk;

class TestHeaderMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsByHeaderNotPosition();
    void matching_data();
    void matching();
    void unknownHeadersWarn();
    void errorMessageColumnIsIgnoredSilently();
    void emptyHeaderWarns();
    void missingRequiredRefuses();
    void duplicateRefuses_data();
    void duplicateRefuses();
    void optionalColumnsMayBeLeftOut();
};

namespace {

HeaderMapping mapHeader(const char *typeId, const QByteArray &line)
{
    const QList<CsvRecord> records = test::readRecords(line);
    Q_ASSERT(!records.isEmpty());
    return HeaderMapping::map(test::type(typeId), records.first());
}

} // namespace

void TestHeaderMapping::mapsByHeaderNotPosition()
{
    const HeaderMapping mapping = mapHeader("site", "Multimedia Profile,Name\r\n");
    QVERIFY(!mapping.refused);
    QCOMPARE(mapping.cellForColumn, (QList<int>{1, 0}));
    QCOMPARE(mapping.cellCount, 2);
    QVERIFY(mapping.issues.isEmpty());
}

void TestHeaderMapping::matching_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("title case") << QByteArray("Name,Multimedia Profile");
    QTest::newRow("vendor upper case") << QByteArray("NAME,MULTIMEDIA PROFILE");
    QTest::newRow("spaces around and inside") << QByteArray("  name ,multimedia    profile ");
    QTest::newRow("quoted") << QByteArray("\"Name\",\"Multimedia Profile\"");
}

void TestHeaderMapping::matching()
{
    QFETCH(QByteArray, header);
    const HeaderMapping mapping = mapHeader("site", header);
    QVERIFY(!mapping.refused);
    QCOMPARE(mapping.cellForColumn, (QList<int>{0, 1}));
}

void TestHeaderMapping::unknownHeadersWarn()
{
    const HeaderMapping mapping = mapHeader("site", "Name,Colour,Multimedia Profile");
    QVERIFY(!mapping.refused);
    QCOMPARE(mapping.issues.size(), 1);
    const Issue &issue = mapping.issues.first();
    QCOMPARE(issue.severity, Issue::Severity::Warning);
    QCOMPARE(issue.row, 1);
    QVERIFY(issue.message.contains(u"“Colour”"));
    QVERIFY(issue.message.contains(u"2"));
}

void TestHeaderMapping::errorMessageColumnIsIgnoredSilently()
{
    const HeaderMapping mapping = mapHeader("site", "Name,Multimedia Profile,ERROR  MESSAGE");
    QVERIFY(!mapping.refused);
    QVERIFY(mapping.issues.isEmpty());
}

void TestHeaderMapping::emptyHeaderWarns()
{
    const HeaderMapping mapping = mapHeader("site", "Name,,Multimedia Profile");
    QVERIFY(!mapping.refused);
    QCOMPARE(mapping.issues.size(), 1);
    QVERIFY(mapping.issues.first().message.contains(u"2"));
    QCOMPARE(mapping.cellForColumn, (QList<int>{0, 2}));
}

void TestHeaderMapping::missingRequiredRefuses()
{
    const HeaderMapping mapping = mapHeader("team", "Name,Type,Capacity");
    QVERIFY(mapping.refused);
    QCOMPARE(mapping.issues.size(), 1);
    const Issue &issue = mapping.issues.first();
    QCOMPARE(issue.row, 0);
    QVERIFY(issue.isError());
    QVERIFY2(issue.message.contains(u"“Site”"), qPrintable(issue.message));
    QVERIFY(!issue.message.contains(u"“Capacity”")); // conditional: may be left out
}

void TestHeaderMapping::duplicateRefuses_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("named");
    QTest::newRow("same header twice") << QByteArray("Email,User Profile,Contact Center Enabled,"
                                                     "email")
                                       << QStringLiteral("“Email”");
    QTest::newRow("header and alias") << QByteArray("Email,User Profile,Contact Center Enabled,"
                                                    "Agent Profile,Desktop Profile")
                                      << QStringLiteral("“Agent Profile”");
    QTest::newRow("two aliases") << QByteArray("E-mail,Email Address,User Profile,"
                                               "Contact Center Enabled")
                                 << QStringLiteral("“Email”");
}

void TestHeaderMapping::duplicateRefuses()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, named);
    const HeaderMapping mapping = mapHeader("user", header);
    QVERIFY(mapping.refused);
    QCOMPARE(mapping.issues.size(), 1);
    QCOMPARE(mapping.issues.first().row, 0);
    QVERIFY2(mapping.issues.first().message.contains(named),
             qPrintable(mapping.issues.first().message));
}

void TestHeaderMapping::optionalColumnsMayBeLeftOut()
{
    const HeaderMapping mapping = mapHeader("queue", "Name,Channel Type,Max Time In Queue,"
                                                     "Service Level Threshold");
    QVERIFY(!mapping.refused);
    const TypeDefinition &queue = test::type("queue");
    QVERIFY(!mapping.hasColumn(queue.columnIndex(QStringLiteral("Timezone"))));
    QVERIFY(mapping.hasColumn(queue.columnIndex(QStringLiteral("Channel Type"))));
}

QTEST_GUILESS_MAIN(TestHeaderMapping)
#include "tst_headermapping.moc"
