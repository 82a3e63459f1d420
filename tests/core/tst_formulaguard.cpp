#include "csv/formulaguard.h"

#include <QTest>

using namespace ccbulk;

class TestFormulaGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void needsFormulaGuard_data();
    void needsFormulaGuard();
    void addFormulaGuard_data();
    void addFormulaGuard();
    void formulaGuardLength_data();
    void formulaGuardLength();
    void guardIsUndoneExactly_data();
    void guardIsUndoneExactly();
};

void TestFormulaGuard::needsFormulaGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("needed");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("text") << QStringLiteral("Anna") << false;
    QTest::newRow("equals") << QStringLiteral("=SUM(A1)") << true;
    QTest::newRow("equals only") << QStringLiteral("=") << true;
    QTest::newRow("dde") << QStringLiteral("=cmd|' /C calc'!A0") << true;
    QTest::newRow("at") << QStringLiteral("@SUM(1)") << true;
    QTest::newRow("tab") << QStringLiteral("\tx") << true;
    QTest::newRow("tab only") << QStringLiteral("\t") << true;
    QTest::newRow("carriage return") << QStringLiteral("\rx") << true;
    QTest::newRow("plus phone number") << QStringLiteral("+4681234567") << false;
    // A spreadsheet would calculate these, so they are guarded.
    QTest::newRow("plus phone with spaces") << QStringLiteral("+46 8 123 45 67") << true;
    QTest::newRow("plus phone with brackets") << QStringLiteral("+46 (0)8-123 45") << true;
    QTest::newRow("plus phone with dashes") << QStringLiteral("+46-8-123") << true;
    QTest::newRow("arithmetic") << QStringLiteral("-2-3") << true;
    QTest::newRow("decimal comma") << QStringLiteral("-1,5") << false;
    QTest::newRow("minus number") << QStringLiteral("-5") << false;
    QTest::newRow("minus decimal") << QStringLiteral("-1.5") << false;
    QTest::newRow("minus decimal comma") << QStringLiteral("-1,5") << false;
    QTest::newRow("plus alone") << QStringLiteral("+") << true;
    QTest::newRow("minus alone") << QStringLiteral("-") << true;
    QTest::newRow("minus formula") << QStringLiteral("-2+3") << true;
    QTest::newRow("plus cell ref") << QStringLiteral("+A1") << true;
    QTest::newRow("minus text") << QStringLiteral("-x") << true;
    QTest::newRow("minus exponent") << QStringLiteral("-5e3") << true;
    QTest::newRow("minus then bracket") << QStringLiteral("-(5)") << true;
    QTest::newRow("plus then space") << QStringLiteral("+ 5") << true;
    QTest::newRow("minus non-ASCII digit") << QStringLiteral("-\u0663") << true;
    QTest::newRow("equals later") << QStringLiteral("a=b") << false;
    QTest::newRow("space then equals") << QStringLiteral(" =x") << false;
    QTest::newRow("number then plus") << QStringLiteral("1+2") << false;
    QTest::newRow("apostrophe text") << QStringLiteral("'abc") << false;
    QTest::newRow("apostrophe alone") << QStringLiteral("'") << false;
    QTest::newRow("apostrophe number") << QStringLiteral("'+46") << false;
    QTest::newRow("apostrophe phone") << QStringLiteral("'+46 8") << true;
    QTest::newRow("apostrophe equals") << QStringLiteral("'=x") << true;
    QTest::newRow("apostrophe minus") << QStringLiteral("'-") << true;
    QTest::newRow("apostrophe tab") << QStringLiteral("'\t") << true;
    QTest::newRow("two apostrophes equals") << QStringLiteral("''=x") << true;
    QTest::newRow("two apostrophes text") << QStringLiteral("''x") << false;
    QTest::newRow("only apostrophes") << QStringLiteral("'''") << false;
    // A file can hold a cell of millions of them: decided without recursion.
    QTest::newRow("a million apostrophes, equals")
        << QString(QString(1000000, u'\'') + QStringLiteral("=x")) << true;
    QTest::newRow("a million apostrophes, text")
        << QString(QString(1000000, u'\'') + QStringLiteral("x")) << false;
}

void TestFormulaGuard::needsFormulaGuard()
{
    QFETCH(QString, cell);
    QFETCH(bool, needed);
    QCOMPARE(ccbulk::needsFormulaGuard(cell), needed);
}

void TestFormulaGuard::addFormulaGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("guarded");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("text") << QStringLiteral("Anna") << QStringLiteral("Anna");
    QTest::newRow("equals") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
    QTest::newRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("carriage return") << QStringLiteral("\r") << QStringLiteral("'\r");
    QTest::newRow("phone") << QStringLiteral("+4681234567") << QStringLiteral("+4681234567");
    QTest::newRow("minus five") << QStringLiteral("-5") << QStringLiteral("-5");
    QTest::newRow("minus formula") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("apostrophe text") << QStringLiteral("'abc") << QStringLiteral("'abc");
    QTest::newRow("apostrophe number") << QStringLiteral("'+46") << QStringLiteral("'+46");
    QTest::newRow("apostrophe phone") << QStringLiteral("'+46 8") << QStringLiteral("''+46 8");
    QTest::newRow("apostrophe equals") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("two apostrophes equals") << QStringLiteral("''=x") << QStringLiteral("'''=x");
}

void TestFormulaGuard::addFormulaGuard()
{
    QFETCH(QString, cell);
    QFETCH(QString, guarded);
    QCOMPARE(ccbulk::addFormulaGuard(cell), guarded);
}

void TestFormulaGuard::formulaGuardLength_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("length");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("text") << QStringLiteral("Anna") << 0;
    QTest::newRow("apostrophe alone") << QStringLiteral("'") << 0;
    QTest::newRow("two apostrophes") << QStringLiteral("''") << 0;
    QTest::newRow("unguarded formula") << QStringLiteral("=SUM(A1)") << 0;
    QTest::newRow("guarded formula") << QStringLiteral("'=SUM(A1)") << 1;
    QTest::newRow("guarded at") << QStringLiteral("'@SUM(1)") << 1;
    QTest::newRow("guarded tab") << QStringLiteral("'\t") << 1;
    QTest::newRow("guarded carriage return") << QStringLiteral("'\rx") << 1;
    QTest::newRow("guarded minus formula") << QStringLiteral("'-2+3") << 1;
    QTest::newRow("guarded minus alone") << QStringLiteral("'-") << 1;
    QTest::newRow("apostrophe phone") << QStringLiteral("'+46 8") << 1;
    QTest::newRow("apostrophe number") << QStringLiteral("'+46") << 0;
    QTest::newRow("apostrophe minus five") << QStringLiteral("'-5") << 0;
    QTest::newRow("apostrophe text") << QStringLiteral("'abc") << 0;
    QTest::newRow("guarded apostrophe formula") << QStringLiteral("''=x") << 1;
    QTest::newRow("three apostrophes formula") << QStringLiteral("'''=x") << 1;
    QTest::newRow("two apostrophes text") << QStringLiteral("''x") << 0;
}

void TestFormulaGuard::formulaGuardLength()
{
    QFETCH(QString, cell);
    QFETCH(int, length);
    QCOMPARE(ccbulk::formulaGuardLength(cell), length);
}

void TestFormulaGuard::guardIsUndoneExactly_data()
{
    QTest::addColumn<QString>("cell");

    const QStringList cells = {
        QString(),
        QStringLiteral("Anna"),
        QStringLiteral("'"),
        QStringLiteral("''"),
        QStringLiteral("'abc"),
        QStringLiteral("=SUM(A1)"),
        QStringLiteral("'=SUM(A1)"),
        QStringLiteral("''=SUM(A1)"),
        QStringLiteral("@SUM(1)"),
        QStringLiteral("\t"),
        QStringLiteral("'\t"),
        QStringLiteral("\r\n"),
        QStringLiteral("+4681234567"),
        QStringLiteral("'+4681234567"),
        QStringLiteral("-5"),
        QStringLiteral("-"),
        QStringLiteral("'-"),
        QStringLiteral("-2+3"),
        QStringLiteral("'-2+3"),
        QStringLiteral("=cmd|' /C calc'!A0"),
    };
    for (const QString &cell : cells) {
        QString tag = cell.isEmpty() ? QStringLiteral("(empty)") : cell;
        tag.replace(u'\t', QStringLiteral("\\t")).replace(u'\r', QStringLiteral("\\r"));
        tag.replace(u'\n', QStringLiteral("\\n"));
        QTest::newRow(qPrintable(tag)) << cell;
    }
}

// What the writer adds, the reader removes, and nothing else: the reader's
// rule never strips an apostrophe the writer did not add.
void TestFormulaGuard::guardIsUndoneExactly()
{
    QFETCH(QString, cell);
    const QString guarded = ccbulk::addFormulaGuard(cell);
    QCOMPARE(guarded.size() - cell.size(), ccbulk::needsFormulaGuard(cell) ? 1 : 0);
    const int length = ccbulk::formulaGuardLength(guarded);
    QCOMPARE(QStringView(guarded).mid(length).toString(), cell);
    if (!ccbulk::needsFormulaGuard(cell)) {
        QCOMPARE(ccbulk::formulaGuardLength(cell), 0);
    }
}

QTEST_GUILESS_MAIN(TestFormulaGuard)
#include "tst_formulaguard.moc"
