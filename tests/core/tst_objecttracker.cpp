#include "validation/objecttracker.h"
#include "validationfixture.h"

#include <QTest>

using namespace ccbulk;

namespace {

// Feeds every data row of csv to one ObjectTracker and returns the issue keys
// (row:column:E|W) in the order a report lists them.
QStringList track(const char *typeId, const QByteArray &csv, QString *messages = nullptr,
                  int *objects = nullptr)
{
    const QList<CsvRecord> records = test::readRecords(csv);
    const TypeDefinition &type = test::type(typeId);
    const HeaderMapping mapping = HeaderMapping::map(type, records.first());
    const ValueChecker values(DefinitionRegistry::instance());
    const RowChecker rows(type, values, mapping);
    ObjectTracker tracker(type, rows);
    ValidationReport report;
    RowValues cells;
    for (qsizetype i = 1; i < records.size(); ++i) {
        RowChecker::collect(records.at(i), mapping, &cells);
        tracker.addRow(records.at(i).row(), cells, &report.issues);
    }
    tracker.finish(&report.issues);
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const Issue &a, const Issue &b) { return a.row < b.row; });
    if (messages) {
        *messages = test::issueText(report);
    }
    if (objects) {
        *objects = tracker.objectCount();
    }
    return test::issueKeys(report);
}

const QByteArray kQueueHeader = "Name,Channel Type,Max Time In Queue,Service Level Threshold,"
                                "Description,Distribution Group Seq,Group Fallback Time,"
                                "Group Teams\n";

} // namespace

class TestObjectTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objects_data();
    void objects();
    void duplicateKeyNamesFirstRow();
    void dialNumberKeysIgnoreDotsAndDashes();
    void splitObjectFailsEveryRow();
    void countsObjects();
    void noChildColumnsKeepsStoredChildren();
};

void TestObjectTracker::objects_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("issues");

    QTest::newRow("plain keys unique")
        << u"site"_qs << QByteArray("Name,Multimedia Profile\nA,M\nB,M\n") << QStringList();
    QTest::newRow("plain key repeated, any case and spaces")
        << u"site"_qs << QByteArray("Name,Multimedia Profile\nA,M\nB,M\n a ,M\nA,M\n")
        << QStringList{u"4:Name:E"_qs, u"5:Name:E"_qs};
    QTest::newRow("email key any case")
        << u"user"_qs
        << QByteArray("Email,User Profile,Contact Center Enabled\na@x.se,P,FALSE\n"
                      "A@X.SE,P,FALSE\n")
        << QStringList{u"3:Email:E"_qs};

    QTest::newRow("queue groups in any order")
        << u"queue"_qs << kQueueHeader + "Q,CHAT,1,1,,2,30,T2\nQ,,,,,1,,T1\nQ,,,,,3,60,T3\n"
        << QStringList();
    QTest::newRow("queue parent row then children")
        << u"queue"_qs << kQueueHeader + "Q,CHAT,1,1,d,,,\nQ,,,,,1,,T1\n"
        << QStringList();
    QTest::newRow("queue group gap")
        << u"queue"_qs << kQueueHeader + "Q,CHAT,1,1,,1,,T\nQ,,,,,3,9,T\n"
        << QStringList{u"2:Distribution Group Seq:E"_qs};
    QTest::newRow("queue group repeated")
        << u"queue"_qs << kQueueHeader + "Q,CHAT,1,1,,1,,T\nQ,,,,,1,,T\n"
        << QStringList{u"2:Distribution Group Seq:E"_qs};
    QTest::newRow("queue without groups") << u"queue"_qs << kQueueHeader + "Q,CHAT,1,1,,,,\n"
                                          << QStringList{u"2::E"_qs};
    QTest::newRow("parent value repeated or empty is fine")
        << u"queue"_qs << kQueueHeader + "Q,CHAT,1,1,d,1,,T\nQ,chat,,1,d,2,5,T\n"
        << QStringList();
    QTest::newRow("parent values with the same meaning")
        << u"queue"_qs << kQueueHeader + "Q,CHAT,600,1,d,1,,T\nQ,chat,0600,1,d,2,5,T\n"
        << QStringList();
    QTest::newRow("parent value contradicts first row")
        << u"queue"_qs << kQueueHeader + "Q,CHAT,1,1,d,1,,T\nQ,EMAIL,,,other,2,5,T\n"
        << QStringList{u"3:Description:E"_qs, u"3:Channel Type:E"_qs};
    QTest::newRow("parent value only on a later row")
        << u"queue"_qs << kQueueHeader + "Q,CHAT,1,1,,1,,T\nQ,,,,late,2,5,T\n"
        << QStringList{u"3:Description:E"_qs};

    QTest::newRow("outdial queue without campaign needs no group")
        << u"outdial-queue"_qs
        << QByteArray("Name,Max Time In Queue,Service Level Threshold,Permit Monitoring,"
                      "Permit Recording,Record All Calls,Pause or Resume Enabled,"
                      "Default Music in Queue,Outdial Campaign Enabled\n"
                      "O,1,1,TRUE,TRUE,FALSE,FALSE,m.wav,FALSE\n")
        << QStringList();
    QTest::newRow("outdial queue with campaign needs a group")
        << u"outdial-queue"_qs
        << QByteArray("Name,Max Time In Queue,Service Level Threshold,Permit Monitoring,"
                      "Permit Recording,Record All Calls,Pause or Resume Enabled,"
                      "Default Music in Queue,Outdial Campaign Enabled,Distribution Group Seq\n"
                      "O,1,1,TRUE,TRUE,FALSE,FALSE,m.wav,TRUE,\n")
        << QStringList{u"2::E"_qs};

    const QByteArray book = "Name,Entry Name,Phone Number\n";
    QTest::newRow("entry names unique in a book")
        << u"address-book"_qs << book + "B,Reception,1\nB,reception,2\nC,Reception,3\n"
        << QStringList{u"3:Entry Name:E"_qs};
    QTest::newRow("book without entries") << u"address-book"_qs << book + "B,,\n" << QStringList();

    const QByteArray ani = "Name,Entry Name,Entry Number,Default Entry\n";
    QTest::newRow("one default entry")
        << u"outdial-ani"_qs << ani + "A,One,1,TRUE\nA,Two,2,FALSE\nA,Three,3,\n"
        << QStringList();
    QTest::newRow("two default entries") << u"outdial-ani"_qs << ani + "A,One,1,TRUE\nA,Two,2,yes\n"
                                         << QStringList{u"3:Default Entry:E"_qs};

    QTest::newRow("skill named twice in a profile")
        << u"skill-profile"_qs
        << QByteArray("Name,Skill Name,Skill Values\nP,Lang,sv\nP,Tier,3\nP,LANG,en\n")
        << QStringList{u"4:Skill Name:E"_qs};
}

void TestObjectTracker::objects()
{
    QFETCH(QString, typeId);
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, issues);
    QString messages;
    const QStringList actual = track(typeId.toLatin1().constData(), csv, &messages);
    QVERIFY2(actual == issues, qPrintable(messages));
}

void TestObjectTracker::duplicateKeyNamesFirstRow()
{
    QString messages;
    track("site", "Name,Multimedia Profile\nA,M\nB,M\nA,M\n", &messages);
    QVERIFY2(messages.contains(u"row 2"), qPrintable(messages));
}

void TestObjectTracker::dialNumberKeysIgnoreDotsAndDashes()
{
    const QStringList issues =
        track("entry-point-mapping", "Dialed Number,Entry Point\n+46-8-123,EP\n+468.123,EP\n");
    QCOMPARE(issues, QStringList{u"3:Dialed Number:E"_qs});
}

void TestObjectTracker::splitObjectFailsEveryRow()
{
    QString messages;
    const QStringList issues =
        track("address-book", "Name,Entry Name,Phone Number\nB,One,1\nB,Two,2\nC,X,3\nB,Three,3\n",
              &messages);
    QCOMPARE(issues, (QStringList{u"2:Name:E"_qs, u"3:Name:E"_qs, u"5:Name:E"_qs}));
    QVERIFY2(messages.contains(u"consecutive"), qPrintable(messages));
}

void TestObjectTracker::countsObjects()
{
    int objects = 0;
    track("queue", kQueueHeader + "Q,CHAT,1,1,,1,,T\nQ,,,,,2,5,T\nR,CHAT,1,1,,1,,T\n", nullptr,
          &objects);
    QCOMPARE(objects, 2);
}

void TestObjectTracker::noChildColumnsKeepsStoredChildren()
{
    // Without any child column the stored groups stay (2.1): no group needed.
    const QStringList issues =
        track("queue", "Name,Channel Type,Max Time In Queue,Service Level Threshold\nQ,CHAT,1,1\n");
    QCOMPARE(issues, QStringList());
}

QTEST_GUILESS_MAIN(TestObjectTracker)
#include "tst_objecttracker.moc"
