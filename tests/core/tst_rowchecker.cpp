#include "validation/rowchecker.h"
#include "validationfixture.h"

#include <QTest>

using namespace ccbulk;

namespace {

// Checks each data row of csv with one RowChecker (as a file does) and
// returns "row:column:E|W" keys for the issues.
QStringList checkRows(const char *typeId, const QByteArray &csv, QString *messages = nullptr)
{
    const QList<CsvRecord> records = test::readRecords(csv);
    const TypeDefinition &type = test::type(typeId);
    const HeaderMapping mapping = HeaderMapping::map(type, records.first());
    Q_ASSERT(!mapping.refused);
    const ValueChecker values(DefinitionRegistry::instance());
    RowChecker checker(type, values, mapping);
    ValidationReport report;
    RowValues cells;
    for (qsizetype i = 1; i < records.size(); ++i) {
        RowChecker::collect(records.at(i), mapping, &cells);
        checker.check(records.at(i).row(), cells, &report.issues);
    }
    if (messages) {
        *messages = test::issueText(report);
    }
    return test::issueKeys(report);
}

} // namespace

class TestRowChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void missingConditionalColumnWarnsOnce();
    void conditionsAreDescribed();
    void cellsAreTrimmed();
};

void TestRowChecker::rows_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("issues");

    const QByteArray team = "Name,Site,Type,Multimedia Profile,Skill Profile,DN,Capacity\n";
    QTest::newRow("team agent") << u"team"_qs << team + "Sales,Sthlm,AGENT,MM,,,\n"
                                << QStringList();
    QTest::newRow("team capacity needs DN and capacity")
        << u"team"_qs << team + "Cap,Sthlm,CAPACITY,,,,\n"
        << QStringList{u"2:DN:E"_qs, u"2:Capacity:E"_qs};
    QTest::newRow("team capacity complete")
        << u"team"_qs << team + "Cap,Sthlm,capacity,,,+4681234,10\n"
        << QStringList();
    QTest::newRow("team agent with DN is ignored")
        << u"team"_qs << team + "Sales,Sthlm,AGENT,,,+4681234,\n"
        << QStringList{u"2:DN:W"_qs};
    QTest::newRow("team capacity with agent-only column")
        << u"team"_qs << team + "Cap,Sthlm,CAPACITY,MM,,+4681,3\n"
        << QStringList{u"2:Multimedia Profile:W"_qs};
    QTest::newRow("required empty") << u"team"_qs << team + ",,AGENT,,,,\n"
                                    << QStringList{u"2:Name:E"_qs, u"2:Site:E"_qs};
    QTest::newRow("bad value is an error, not also a requirement")
        << u"team"_qs << team + "Sales,Sthlm,ROBOT,,,,\n"
        << QStringList{u"2:Type:E"_qs};

    const QByteArray entryPoint =
        "Name,Service Level Threshold,Timezone,Channel Type,Social Channel Type,Asset Name\n";
    QTest::newRow("social channel type only for social")
        << u"entry-point"_qs << entryPoint + "Web,30,Europe/Stockholm,CHAT,WHATSAPP,Asset\n"
        << QStringList{u"2:Social Channel Type:W"_qs};
    QTest::newRow("social needs type and asset")
        << u"entry-point"_qs << entryPoint + "Social,30,Europe/Stockholm,social_channel,,\n"
        << QStringList{u"2:Social Channel Type:E"_qs, u"2:Asset Name:E"_qs};
    QTest::newRow("telephony needs neither")
        << u"entry-point"_qs << entryPoint + "Main,30,Europe/Stockholm,TELEPHONY,,\n"
        << QStringList();

    const QByteArray queue =
        "Name,Channel Type,Max Time In Queue,Service Level Threshold,Permit Monitoring,"
        "Permit Recording,Record All Calls,Pause or Resume Enabled,Recording Pause Duration,"
        "Default Music in Queue,Routing Type,Skill-Based Agent Selection,Distribution Group,"
        "Distribution Group Seq,Group Fallback Time,Group Teams\n";
    QTest::newRow("record all calls needs permit recording")
        << u"queue"_qs
        << queue + "Q,TELEPHONY,600,30,TRUE,FALSE,TRUE,FALSE,,m.wav,SKILLS_BASED,"
                   "BEST_AVAILABLE_AGENT,G,1,,Team A\n"
        << QStringList{u"2:Record All Calls:E"_qs};
    QTest::newRow("pause duration needed when pause enabled (yes)")
        << u"queue"_qs
        << queue + "Q,TELEPHONY,600,30,TRUE,TRUE,FALSE,yes,,m.wav,LONGEST_AVAILABLE_AGENT,,G,1,,T\n"
        << QStringList{u"2:Recording Pause Duration:E"_qs};
    QTest::newRow("chat queue: telephony columns ignored")
        << u"queue"_qs << queue + "Q,CHAT,600,30,TRUE,,,,,,,,,1,,T\n"
        << QStringList{u"2:Permit Monitoring:W"_qs};
    QTest::newRow("an ignored value makes nothing required")
        << u"queue"_qs << queue + "Q,CHAT,600,30,,,,,,,SKILLS_BASED,,G,1,,T\n"
        << QStringList{u"2:Routing Type:W"_qs};
    QTest::newRow("first group fallback 0 is fine")
        << u"queue"_qs << queue + "Q,CHAT,600,30,,,,,,,,,G,1,0,T\n"
        << QStringList();
    QTest::newRow("first group fallback 5 is ignored")
        << u"queue"_qs << queue + "Q,CHAT,600,30,,,,,,,,,G,1,5,T\n"
        << QStringList{u"2:Group Fallback Time:W"_qs};
    QTest::newRow("second group needs fallback and teams")
        << u"queue"_qs << queue + "Q,CHAT,600,30,,,,,,,,,G,2,,\n"
        << QStringList{u"2:Group Fallback Time:E"_qs, u"2:Group Teams:E"_qs};
    QTest::newRow("parent-only row needs no child cells")
        << u"queue"_qs << queue + "Q,CHAT,600,30,,,,,,,,,,,,\n"
        << QStringList();

    const QByteArray skills = "Name,Skill Name,Skill Values,Delete\n";
    QTest::newRow("skill value needed unless deleting")
        << u"skill-profile"_qs << skills + "P,Language,,\nP,Language,,TRUE\nP,Language,,no\n"
        << QStringList{u"2:Skill Values:E"_qs, u"4:Skill Values:E"_qs};

    const QByteArray book = "Name,Entry Name,Phone Number\n";
    QTest::newRow("child row needs all child cells")
        << u"address-book"_qs << book + "B,Reception,\nB,,08123\n"
        << QStringList{u"2:Phone Number:E"_qs, u"3:Entry Name:E"_qs};
}

void TestRowChecker::rows()
{
    QFETCH(QString, typeId);
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, issues);
    QString messages;
    const QStringList actual = checkRows(typeId.toLatin1().constData(), csv, &messages);
    QVERIFY2(actual == issues, qPrintable(messages));
}

void TestRowChecker::missingConditionalColumnWarnsOnce()
{
    // No DN column: an update keeps the stored DN, only a new team needs it.
    QString messages;
    const QStringList issues =
        checkRows("team", "Name,Site,Type,Capacity\nA,S,CAPACITY,5\nB,S,CAPACITY,6\n", &messages);
    QCOMPARE(issues, QStringList{u"2:DN:W"_qs});
    QVERIFY2(messages.contains(u"new object"), qPrintable(messages));
}

void TestRowChecker::conditionsAreDescribed()
{
    QString messages;
    checkRows("queue",
              "Name,Channel Type,Max Time In Queue,Service Level Threshold,Distribution Group "
              "Seq,Group Fallback Time,Group Teams\nQ,CHAT,1,1,2,,T\n",
              &messages);
    QVERIFY2(
        messages.contains(u"the row carries a child and “Distribution Group Seq” is 2 or more"),
        qPrintable(messages));
}

void TestRowChecker::cellsAreTrimmed()
{
    QString messages;
    const QStringList issues =
        checkRows("site", "Name,Multimedia Profile\n  Stockholm  ,\"  MM \"\n", &messages);
    QVERIFY2(issues.isEmpty(), qPrintable(messages));
    const QStringList blank = checkRows("site", "Name,Multimedia Profile\n   ,MM\n");
    QCOMPARE(blank, QStringList{u"2:Name:E"_qs});
}

QTEST_GUILESS_MAIN(TestRowChecker)
#include "tst_rowchecker.moc"
