#include "validation/valuenormalisation.h"

#include <QTest>

using namespace ccbulk;

class TestValueNormalisation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumEquality_data();
    void enumEquality();
    void normaliseEnum_data();
    void normaliseEnum();
    void booleans_data();
    void booleans();
    void integers_data();
    void integers();
    void scientificNotation_data();
    void scientificNotation();
};

void TestValueNormalisation::enumEquality_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << u"CHAT"_qs << u"CHAT"_qs << true;
    QTest::newRow("lower case") << u"chat"_qs << u"CHAT"_qs << true;
    QTest::newRow("underscore for space") << u"SOCIAL_CHANNEL"_qs << u"SOCIAL CHANNEL"_qs << true;
    QTest::newRow("space for underscore")
        << u"Longest Available Agent"_qs << u"LONGEST_AVAILABLE_AGENT"_qs << true;
    QTest::newRow("double space") << u"social  channel"_qs << u"SOCIAL CHANNEL"_qs << true;
    QTest::newRow("surrounding blanks") << u" CHAT_"_qs << u"CHAT"_qs << true;
    QTest::newRow("different") << u"CHATS"_qs << u"CHAT"_qs << false;
    QTest::newRow("prefix") << u"CHA"_qs << u"CHAT"_qs << false;
    QTest::newRow("split word") << u"CH AT"_qs << u"CHAT"_qs << false;
    QTest::newRow("empty") << QString() << u"CHAT"_qs << false;
}

void TestValueNormalisation::enumEquality()
{
    QFETCH(QString, value);
    QFETCH(QString, canonical);
    QFETCH(bool, equal);
    QCOMPARE(enumValueEquals(value, canonical), equal);
    // The allocating form agrees with the walking one.
    QCOMPARE(normaliseEnumValue(value) == normaliseEnumValue(canonical), equal);
}

void TestValueNormalisation::normaliseEnum_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("underscores") << u"social_channel"_qs << u"SOCIAL CHANNEL"_qs;
    QTest::newRow("runs and ends") << u"  a__b  c "_qs << u"A B C"_qs;
    QTest::newRow("swedish") << u"kö"_qs << u"KÖ"_qs;
}

void TestValueNormalisation::normaliseEnum()
{
    QFETCH(QString, value);
    QFETCH(QString, normalised);
    QCOMPARE(normaliseEnumValue(value), normalised);
}

void TestValueNormalisation::booleans_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 not a boolean
    for (const char16_t *word :
         {u"TRUE", u"true", u"True", u"YES", u"yes", u"On", u"1", u"SANT", u"sant"}) {
        QTest::newRow(qPrintable(QString::fromUtf16(word))) << QString::fromUtf16(word) << 1;
    }
    for (const char16_t *word : {u"FALSE", u"false", u"No", u"OFF", u"off", u"0", u"FALSKT"}) {
        QTest::newRow(qPrintable(QString::fromUtf16(word))) << QString::fromUtf16(word) << 0;
    }
    for (const char16_t *word : {u"", u"T", u"F", u"2", u"Y", u"ja", u"TRUE ", u"01"}) {
        QTest::newRow(qPrintable(u"not: "_qs + QString::fromUtf16(word)))
            << QString::fromUtf16(word) << -1;
    }
}

void TestValueNormalisation::booleans()
{
    QFETCH(QString, value);
    QFETCH(int, expected);
    const std::optional<bool> parsed = parseBoolean(value);
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), expected);
    }
}

void TestValueNormalisation::integers_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("number");
    QTest::newRow("zero") << u"0"_qs << true << qint64(0);
    QTest::newRow("plain") << u"120"_qs << true << qint64(120);
    QTest::newRow("leading zeros") << u"007"_qs << true << qint64(7);
    QTest::newRow("max int64") << u"9223372036854775807"_qs << true
                               << qint64(9223372036854775807LL);
    QTest::newRow("overflow") << u"9223372036854775808"_qs << false << qint64(0);
    QTest::newRow("sign") << u"+5"_qs << false << qint64(0);
    QTest::newRow("negative") << u"-5"_qs << false << qint64(0);
    QTest::newRow("decimal") << u"5.0"_qs << false << qint64(0);
    QTest::newRow("grouping") << u"1 000"_qs << false << qint64(0);
    QTest::newRow("comma grouping") << u"1,000"_qs << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("arabic-indic digit") << u"٣"_qs << false << qint64(0);
}

void TestValueNormalisation::integers()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(qint64, number);
    const std::optional<qint64> parsed = parsePlainInteger(value);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, number);
    }
}

void TestValueNormalisation::scientificNotation_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("scientific");
    QTest::newRow("excel en") << u"4.68123E+10"_qs << true;
    QTest::newRow("excel sv") << u"4,68123E+10"_qs << true;
    QTest::newRow("lower e") << u"1e+5"_qs << true;
    QTest::newRow("plain number") << u"46812345678"_qs << false;
    QTest::newRow("decimal") << u"4.5"_qs << false;
    QTest::newRow("negative exponent") << u"4.5E-3"_qs << false;
    QTest::newRow("no exponent digits") << u"4.5E+"_qs << false;
    QTest::newRow("dial number") << u"+46-8-123"_qs << false;
    QTest::newRow("word") << u"Eplus"_qs << false;
}

void TestValueNormalisation::scientificNotation()
{
    QFETCH(QString, value);
    QFETCH(bool, scientific);
    QCOMPARE(looksLikeScientificNotation(value), scientific);
}

QTEST_GUILESS_MAIN(TestValueNormalisation)
#include "tst_valuenormalisation.moc"
