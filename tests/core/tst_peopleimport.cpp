#include "sequentialdevice.h"
#include "tenant/peopleimport.h"
#include "testdata.h"

#include <QBuffer>
#include <QTest>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

PeopleImport::Result readCsv(const QByteArray &csv, const PeopleImport &import = PeopleImport())
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return import.read(&buffer);
}

// "row:column:E" or "row:column:W" per issue, for compact comparisons.
QStringList issueKeys(const PeopleImport::Result &result)
{
    QStringList keys;
    for (const Issue &issue : result.issues) {
        keys << u"%1:%2:%3"_s.arg(issue.row).arg(issue.column, issue.isError() ? u"E"_s : u"W"_s);
    }
    return keys;
}

QString issueText(const PeopleImport::Result &result)
{
    QStringList lines;
    for (const Issue &issue : result.issues) {
        lines << u"row %1: %2"_s.arg(issue.row).arg(issue.message);
    }
    return lines.join(u'\n');
}

QStringList emails(const PeopleImport::Result &result)
{
    QStringList list;
    for (const Person &person : result.people) {
        list << person.email;
    }
    return list;
}

} // namespace

class TestPeopleImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataFile();
    void excelVariants_data();
    void excelVariants();
    void cellsAreTrimmedAndNamesOptional();
    void badEmail_data();
    void badEmail();
    void emptyEmailCell();
    void duplicateEmail();
    void refused_data();
    void refused();
    void unknownColumnIsAWarning();
    void blankRowsSkipped();
    void strayQuoteIsARowError();
    void sizeLimitSeekable();
    void sizeLimitSequential();
    void missingFile();
};

void TestPeopleImport::dataFile()
{
    // BOM, semicolons, upper-case headers, CRLF, Swedish letters.
    const PeopleImport::Result result =
        PeopleImport().readFile(test::dataPath(u"people/people.csv"_s));
    QVERIFY2(!result.hasErrors(), qPrintable(issueText(result)));
    QVERIFY(result.issues.isEmpty());
    QCOMPARE(result.rows, 12);
    QCOMPARE(result.people.size(), 12);
    QCOMPARE(result.people.first().email, u"anna.lindqvist@example.com"_s);
    QCOMPARE(result.people.first().firstName, u"Anna"_s);
    QCOMPARE(result.people.first().lastName, u"Lindqvist"_s);
    QCOMPARE(result.people.at(2).lastName, u"Åkesson"_s);
    QCOMPARE(result.people.at(3).lastName, u"Östberg"_s);
}

void TestPeopleImport::excelVariants_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("utf-8 bom, semicolons, upper case")
        << QByteArray("\xEF\xBB\xBF"
                      "EMAIL;FIRST NAME;LAST NAME\r\nmaria@example.com;Maria;Åkesson\r\n");
    QTest::newRow("swedish excel, windows-1252")
        << QByteArray("Email;First Name;Last Name\r\nmaria@example.com;Maria;\xc5kesson\r\n");
    QTest::newRow("odd spacing and case, columns reordered")
        << QByteArray("  last   NAME ,first name, eMail \nÅkesson,Maria,maria@example.com\n");
    QTest::newRow("tabs, alias E-mail")
        << QByteArray("E-mail\tFirst Name\tLast Name\nmaria@example.com\tMaria\tÅkesson\n");
    QTest::newRow("alias Email Address, CR line ends")
        << QByteArray("Email Address,First Name,Last Name\rmaria@example.com,Maria,Åkesson\r");
}

void TestPeopleImport::excelVariants()
{
    QFETCH(QByteArray, csv);
    const PeopleImport::Result result = readCsv(csv);
    QVERIFY2(!result.hasErrors(), qPrintable(issueText(result)));
    QCOMPARE(result.people.size(), 1);
    QCOMPARE(result.people.first().email, u"maria@example.com"_s);
    QCOMPARE(result.people.first().firstName, u"Maria"_s);
    QCOMPARE(result.people.first().lastName, u"Åkesson"_s);
}

void TestPeopleImport::cellsAreTrimmedAndNamesOptional()
{
    const PeopleImport::Result result =
        readCsv("Email\r\n  lars@example.com  \r\n\"Erik@Example.com\"\r\n");
    QVERIFY2(!result.hasErrors(), qPrintable(issueText(result)));
    QCOMPARE(emails(result), (QStringList{u"lars@example.com"_s, u"Erik@Example.com"_s}));
    QVERIFY(result.people.first().firstName.isEmpty());
    QVERIFY(result.people.first().lastName.isEmpty());
}

void TestPeopleImport::badEmail_data()
{
    QTest::addColumn<QByteArray>("email");
    QTest::newRow("no at sign") << QByteArray("anna.example.com");
    QTest::newRow("two at signs") << QByteArray("anna@@example.com");
    QTest::newRow("no domain dot") << QByteArray("anna@localhost");
    QTest::newRow("inner space") << QByteArray("anna lind@example.com");
    QTest::newRow("too long") << QByteArray(250, 'a') + "@example.com";
}

void TestPeopleImport::badEmail()
{
    QFETCH(QByteArray, email);
    const PeopleImport::Result result =
        readCsv("Email,First Name,Last Name\r\n"
                "erik@example.com,Erik,Johansson\r\n" +
                email + ",Anna,Lind\r\n" + "sofia@example.com,Sofia,Nyström\r\n");
    QVERIFY(!result.refused);
    QVERIFY(result.hasErrors());
    QCOMPARE(issueKeys(result), QStringList{u"3:Email:E"_s});
    // The message quotes the address (shortened when long).
    QVERIFY2(result.issues.first().message.contains(QString::fromUtf8(email.left(20))),
             qPrintable(result.issues.first().message));
    // The good rows are still read.
    QCOMPARE(emails(result), (QStringList{u"erik@example.com"_s, u"sofia@example.com"_s}));
    QCOMPARE(result.rows, 3);
}

void TestPeopleImport::emptyEmailCell()
{
    const PeopleImport::Result result =
        readCsv("Email,First Name,Last Name\r\n,Anna,Lind\r\nerik@example.com,Erik,Berg\r\n");
    QCOMPARE(issueKeys(result), QStringList{u"2:Email:E"_s});
    QCOMPARE(emails(result), QStringList{u"erik@example.com"_s});
}

void TestPeopleImport::duplicateEmail()
{
    const PeopleImport::Result result = readCsv("Email;First Name;Last Name\r\n"
                                                "anna@example.com;Anna;Lind\r\n"
                                                "erik@example.com;Erik;Berg\r\n"
                                                " ANNA@Example.COM ;Anna;Lindqvist\r\n");
    QCOMPARE(issueKeys(result), QStringList{u"4:Email:E"_s});
    const QString &message = result.issues.first().message;
    QVERIFY2(message.contains(u"row 2"), qPrintable(message));
    QVERIFY2(message.contains(u"ANNA@Example.COM"), qPrintable(message));
    // The first occurrence wins.
    QCOMPARE(emails(result), (QStringList{u"anna@example.com"_s, u"erik@example.com"_s}));
    QCOMPARE(result.people.first().lastName, u"Lind"_s);
}

void TestPeopleImport::refused_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("no Email header")
        << QByteArray("Name;First Name;Last Name\r\nx;Anna;Lind\r\n") << u"“Email”"_s;
    QTest::newRow("names only") << QByteArray("First Name,Last Name\r\nAnna,Lind\r\n")
                                << u"“Email”"_s;
    QTest::newRow("Email twice") << QByteArray("Email,E-mail\r\na@example.com,b@example.com\r\n")
                                 << u"columns 1 and 2"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("quote never closed")
        << QByteArray("Email\r\n\"a@example.com\r\nb@example.com\r\n") << u"never closed"_s;
}

void TestPeopleImport::refused()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const PeopleImport::Result result = readCsv(csv);
    QVERIFY(result.refused);
    QVERIFY(result.hasErrors());
    QVERIFY(result.people.isEmpty());
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().row, 0);
    QVERIFY2(result.issues.first().message.contains(message),
             qPrintable(result.issues.first().message));
}

void TestPeopleImport::unknownColumnIsAWarning()
{
    const PeopleImport::Result result =
        readCsv("Email,Phone,First Name\r\nanna@example.com,+46812345,Anna\r\n");
    QVERIFY(!result.refused);
    QVERIFY(!result.hasErrors());
    QCOMPARE(issueKeys(result), QStringList{u"1::W"_s});
    QVERIFY2(result.issues.first().message.contains(u"“Phone”"),
             qPrintable(result.issues.first().message));
    QCOMPARE(result.people.size(), 1);
    QCOMPARE(result.people.first().firstName, u"Anna"_s);
}

void TestPeopleImport::blankRowsSkipped()
{
    const PeopleImport::Result result = readCsv("Email;First Name;Last Name\r\n"
                                                "\r\n"
                                                "anna@example.com;Anna;Lind\r\n"
                                                ";;\r\n"
                                                "  ; ;  \r\n"
                                                "bad-address;Erik;Berg\r\n"
                                                "\r\n"
                                                "sofia@example.com;Sofia;Nyström\r\n"
                                                ";;\r\n");
    QCOMPARE(result.rows, 3);
    QCOMPARE(emails(result), (QStringList{u"anna@example.com"_s, u"sofia@example.com"_s}));
    // Row numbers count the blank rows, as a spreadsheet shows them.
    QCOMPARE(issueKeys(result), QStringList{u"6:Email:E"_s});
}

void TestPeopleImport::strayQuoteIsARowError()
{
    const PeopleImport::Result result =
        readCsv("Email,First Name\r\nanna@example.com,An\"na\r\nerik@example.com,Erik\r\n");
    QCOMPARE(issueKeys(result), QStringList{u"2::E"_s});
    QCOMPARE(emails(result), QStringList{u"erik@example.com"_s});
}

void TestPeopleImport::sizeLimitSeekable()
{
    QByteArray csv = "Email,First Name,Last Name\r\n";
    for (int i = 0; i < 20; ++i) {
        csv += "person" + QByteArray::number(i) + "@example.com,Förnamn,Efternamn\r\n";
    }
    PeopleImport import;
    import.setMaxBytes(500);
    QVERIFY(csv.size() > 500);
    const PeopleImport::Result refused = readCsv(csv, import);
    QVERIFY(refused.refused);
    QCOMPARE(refused.issues.size(), 1);
    const QString &message = refused.issues.first().message;
    QVERIFY2(message.contains(QString::number(csv.size())), qPrintable(message));
    QVERIFY2(message.contains(u"500"), qPrintable(message));

    import.setMaxBytes(csv.size());
    const PeopleImport::Result ok = readCsv(csv, import);
    QVERIFY2(!ok.hasErrors(), qPrintable(issueText(ok)));
    QCOMPARE(ok.people.size(), 20);
}

void TestPeopleImport::sizeLimitSequential()
{
    // The default limit, 5 MiB, on a stream whose size is not known.
    QByteArray csv = "Email,First Name,Last Name\r\n";
    for (int i = 0; csv.size() <= Limits::kDefaultMaxCsvBytes; ++i) {
        csv += "person" + QByteArray::number(i) + "@example.com,\"" + QByteArray(1000, 'x') +
               "\",Efternamn\r\n";
    }
    test::SequentialDevice device(csv);
    const PeopleImport::Result result = PeopleImport().read(&device);
    QVERIFY(result.refused);
    QVERIFY(result.people.isEmpty());
    QCOMPARE(result.issues.size(), 1);
    QVERIFY2(result.issues.first().message.contains(u"5242880"),
             qPrintable(result.issues.first().message));
}

void TestPeopleImport::missingFile()
{
    const PeopleImport::Result result =
        PeopleImport().readFile(test::dataPath(u"people/no-such-file.csv"_s));
    QVERIFY(result.refused);
    QVERIFY(result.issues.first().message.contains(u"no-such-file.csv"));
}

QTEST_GUILESS_MAIN(TestPeopleImport)
#include "tst_peopleimport.moc"
