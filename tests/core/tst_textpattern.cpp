// TextPattern: character-class patterns compiled to bitsets, and the regular
// expression fallback for everything else.

#include "definitions/textpattern.h"

#include <QTest>

using namespace ccbulk;

namespace {

// The patterns of csv-definitions.md that are character classes.
const QString kStartsWithLetter = QStringLiteral(R"(^[A-Za-z][A-Za-z0-9&_\- ]*$)");
const QString kSiteName = QStringLiteral(R"(^[A-Za-z0-9_\- ]+$)");
const QString kNoPipe = QStringLiteral(R"(^[^|]+$)");
const QString kPhone = QStringLiteral(R"(^[0-9()+-]+$)");
// And two that are not.
const QString kPhoneOrSip = QStringLiteral(R"(^(\+?[0-9]+|sips?:\S+)$)");
const QString kEmail = QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)");

TextPattern compiled(const QString &expression)
{
    QString error;
    TextPattern pattern = TextPattern::compile(expression, &error);
    if (!error.isEmpty()) {
        qFatal("pattern %s does not compile: %s", qPrintable(expression), qPrintable(error));
    }
    return pattern;
}

} // namespace

class TestTextPattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compilesAsClass_data();
    void compilesAsClass();
    void matches_data();
    void matches();
    void disallowedCharacters_data();
    void disallowedCharacters();
    void failsFirstCharacterOnly_data();
    void failsFirstCharacterOnly();
    void describeAllowed_data();
    void describeAllowed();
    void describeFirstAllowed();
    void emptyPatternMatchesEverything();
    void invalidRegexSetsError_data();
    void invalidRegexSetsError();
    void classFindsFaultAtEveryPosition();
    void allowsAllBut();
};

void TestTextPattern::compilesAsClass_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("isClass");

    QTest::newRow("starts with letter") << kStartsWithLetter << true;
    QTest::newRow("site name") << kSiteName << true;
    QTest::newRow("no pipe") << kNoPipe << true;
    QTest::newRow("phone") << kPhone << true;
    QTest::newRow("auxiliary code") << QStringLiteral(R"(^[A-Za-z0-9._()/\- ]+$)") << true;
    QTest::newRow("skill definition") << QStringLiteral(R"(^[A-Za-z][A-Za-z0-9,@_.\- ]*$)") << true;
    QTest::newRow("phone or sip (alternation)") << kPhoneOrSip << false;
    QTest::newRow("e-mail (\\s escape)") << kEmail << false;
    QTest::newRow("dial number (two parts)") << QStringLiteral(R"(^\+?[0-9]+[0-9.\-]*$)") << false;
    QTest::newRow("class then literal") << QStringLiteral("^[a-z]+x$") << false;
    QTest::newRow("single class, star") << QStringLiteral("^[a-z]*$") << false;
    QTest::newRow("two classes, plus") << QStringLiteral("^[a-z][0-9]+$") << false;
    QTest::newRow("unanchored") << QStringLiteral("[a-z]+") << false;
    QTest::newRow("non-ASCII in class") << QStringLiteral("^[a-zåäö]+$") << false;
}

void TestTextPattern::compilesAsClass()
{
    QFETCH(QString, expression);
    QFETCH(bool, isClass);

    QString error;
    const TextPattern pattern = TextPattern::compile(expression, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!pattern.isNull());
    QCOMPARE(pattern.source(), expression);
    QCOMPARE(pattern.isCharacterClass(), isClass);
    if (!isClass) {
        QVERIFY(pattern.describeAllowed().isEmpty());
        QVERIFY(pattern.describeFirstAllowed().isEmpty());
        QVERIFY(pattern.disallowedCharacters(u"!!! ###").isEmpty());
        QVERIFY(!pattern.failsFirstCharacterOnly(u"1abc"));
    }
}

void TestTextPattern::matches_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");

    // ^[A-Za-z][A-Za-z0-9&_\- ]*$
    QTest::newRow("letter: one letter") << kStartsWithLetter << QStringLiteral("A") << true;
    QTest::newRow("letter: all allowed")
        << kStartsWithLetter << QStringLiteral("Sales & Support_EP-1 main") << true;
    QTest::newRow("letter: starts with digit")
        << kStartsWithLetter << QStringLiteral("1Sales") << false;
    QTest::newRow("letter: starts with space")
        << kStartsWithLetter << QStringLiteral(" Sales") << false;
    QTest::newRow("letter: starts with underscore")
        << kStartsWithLetter << QStringLiteral("_x") << false;
    QTest::newRow("letter: dot") << kStartsWithLetter << QStringLiteral("Sales.EP") << false;
    QTest::newRow("letter: non-ASCII letter å")
        << kStartsWithLetter << QStringLiteral("Kundtjänst") << false;
    QTest::newRow("letter: starts with Å") << kStartsWithLetter << QStringLiteral("Åsa") << false;
    QTest::newRow("letter: tab") << kStartsWithLetter << QStringLiteral("Sales\tEP") << false;
    QTest::newRow("letter: empty") << kStartsWithLetter << QString() << false;

    // ^[A-Za-z0-9_\- ]+$
    QTest::newRow("site: plain") << kSiteName << QStringLiteral("Stockholm HQ_1-b") << true;
    QTest::newRow("site: digits first") << kSiteName << QStringLiteral("1 Site") << true;
    QTest::newRow("site: single dash") << kSiteName << QStringLiteral("-") << true;
    QTest::newRow("site: å") << kSiteName << QStringLiteral("Malmö") << false;
    QTest::newRow("site: ampersand") << kSiteName << QStringLiteral("A&B") << false;
    QTest::newRow("site: backslash") << kSiteName << QStringLiteral("A\\B") << false;
    QTest::newRow("site: empty") << kSiteName << QString() << false;

    // ^[^|]+$
    QTest::newRow("no pipe: ASCII") << kNoPipe << QStringLiteral("Support Queue (EU)") << true;
    QTest::newRow("no pipe: å is allowed")
        << kNoPipe << QStringLiteral("Kö för kundtjänst å") << true;
    QTest::newRow("no pipe: emoji") << kNoPipe << QStringLiteral("Queue \U0001F600") << true;
    QTest::newRow("no pipe: pipe") << kNoPipe << QStringLiteral("Sales|Support") << false;
    QTest::newRow("no pipe: only pipe") << kNoPipe << QStringLiteral("|") << false;
    QTest::newRow("no pipe: empty") << kNoPipe << QString() << false;

    // ^[0-9()+-]+$
    QTest::newRow("phone: international") << kPhone << QStringLiteral("+46(8)555-123") << true;
    QTest::newRow("phone: digits") << kPhone << QStringLiteral("0855512345") << true;
    QTest::newRow("phone: space") << kPhone << QStringLiteral("08 555") << false;
    QTest::newRow("phone: dot") << kPhone << QStringLiteral("08.555") << false;
    QTest::newRow("phone: letter") << kPhone << QStringLiteral("08-CALLME") << false;
    QTest::newRow("phone: comma (between + and - in ASCII)")
        << kPhone << QStringLiteral("08,555") << false;

    // Regular-expression fallback.
    QTest::newRow("sip: E.164") << kPhoneOrSip << QStringLiteral("+46855512345") << true;
    QTest::newRow("sip: digits") << kPhoneOrSip << QStringLiteral("0855512345") << true;
    QTest::newRow("sip: sip uri") << kPhoneOrSip << QStringLiteral("sip:agent@example.com") << true;
    QTest::newRow("sip: sips uri")
        << kPhoneOrSip << QStringLiteral("sips:agent@example.com") << true;
    QTest::newRow("sip: dashes") << kPhoneOrSip << QStringLiteral("+46-8-555") << false;
    QTest::newRow("sip: plus only") << kPhoneOrSip << QStringLiteral("+") << false;
    QTest::newRow("sip: sip without target") << kPhoneOrSip << QStringLiteral("sip:") << false;
    QTest::newRow("sip: space in uri")
        << kPhoneOrSip << QStringLiteral("sip:a b@example.com") << false;
    QTest::newRow("sip: tel uri") << kPhoneOrSip << QStringLiteral("tel:+46855512345") << false;

    QTest::newRow("email: plain") << kEmail << QStringLiteral("anna.svensson@example.se") << true;
    QTest::newRow("email: plus tag") << kEmail << QStringLiteral("a+b@mail.example.com") << true;
    QTest::newRow("email: non-ASCII") << kEmail << QStringLiteral("åsa@exempel.se") << true;
    QTest::newRow("email: no at") << kEmail << QStringLiteral("anna.example.se") << false;
    QTest::newRow("email: two ats") << kEmail << QStringLiteral("a@b@example.se") << false;
    QTest::newRow("email: no dot in domain") << kEmail << QStringLiteral("anna@localhost") << false;
    QTest::newRow("email: space") << kEmail << QStringLiteral("anna svensson@example.se") << false;
    QTest::newRow("email: empty local part") << kEmail << QStringLiteral("@example.se") << false;
    QTest::newRow("email: empty") << kEmail << QString() << false;
}

void TestTextPattern::matches()
{
    QFETCH(QString, expression);
    QFETCH(QString, value);
    QFETCH(bool, expected);

    const TextPattern pattern = compiled(expression);
    QCOMPARE(pattern.matches(value), expected);
    // Whatever the compiled form, the verdict is that of the regular
    // expression itself.
    QCOMPARE(QRegularExpression(expression).match(value).hasMatch(), expected);
}

void TestTextPattern::disallowedCharacters_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("site: all allowed") << kSiteName << QStringLiteral("Site 1") << QString();
    QTest::newRow("site: one bad") << kSiteName << QStringLiteral("A.B") << QStringLiteral(".");
    QTest::newRow("site: distinct, in order")
        << kSiteName << QStringLiteral("a!b?c!d?e#") << QStringLiteral("!?#");
    QTest::newRow("site: Swedish letters")
        << kSiteName << QStringLiteral("Malmö Väst Malmö") << QStringLiteral("öä");
    QTest::newRow("site: tab") << kSiteName << QStringLiteral("A\tB") << QStringLiteral("\t");
    QTest::newRow("site: first character counts")
        << kSiteName << QStringLiteral(".A") << QStringLiteral(".");
    QTest::newRow("no pipe: pipes") << kNoPipe << QStringLiteral("a|b|c") << QStringLiteral("|");
    QTest::newRow("no pipe: å allowed") << kNoPipe << QStringLiteral("å|ä") << QStringLiteral("|");
    QTest::newRow("phone: letters and space")
        << kPhone << QStringLiteral("08 CALL 08") << QStringLiteral(" CAL");
    // With a first-character class, the first character is judged by
    // failsFirstCharacterOnly, not listed here.
    QTest::newRow("letter: bad first only")
        << kStartsWithLetter << QStringLiteral("1abc") << QString();
    QTest::newRow("letter: bad later")
        << kStartsWithLetter << QStringLiteral("Ab.c.d") << QStringLiteral(".");
    QTest::newRow("letter: bad first and later")
        << kStartsWithLetter << QStringLiteral("1a.b") << QStringLiteral(".");
    QTest::newRow("letter: å later")
        << kStartsWithLetter << QStringLiteral("Kundtjänst") << QStringLiteral("ä");
    // A character outside the BMP is one character, not two halves.
    QTest::newRow("site: two emoji") << kSiteName << QStringLiteral("A\U0001F600B\U0001F601")
                                     << QStringLiteral("\U0001F600\U0001F601");
    QTest::newRow("regex: never lists") << kEmail << QStringLiteral("not an address") << QString();
}

void TestTextPattern::disallowedCharacters()
{
    QFETCH(QString, expression);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    const TextPattern pattern = compiled(expression);
    QCOMPARE(pattern.disallowedCharacters(value).join(QString()), expected);
}

void TestTextPattern::failsFirstCharacterOnly_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");

    QTest::newRow("digit first") << kStartsWithLetter << QStringLiteral("1Sales") << true;
    QTest::newRow("underscore first") << kStartsWithLetter << QStringLiteral("_Sales") << true;
    QTest::newRow("space first") << kStartsWithLetter << QStringLiteral(" Sales") << true;
    QTest::newRow("å first") << kStartsWithLetter << QStringLiteral("Åsa") << true;
    QTest::newRow("single bad character") << kStartsWithLetter << QStringLiteral("9") << true;
    QTest::newRow("valid") << kStartsWithLetter << QStringLiteral("Sales") << false;
    QTest::newRow("bad first and later")
        << kStartsWithLetter << QStringLiteral("1Sales.EP") << false;
    QTest::newRow("bad later only") << kStartsWithLetter << QStringLiteral("Sales.EP") << false;
    QTest::newRow("empty") << kStartsWithLetter << QString() << false;
    QTest::newRow("no first class") << kSiteName << QStringLiteral(".Site") << false;
    QTest::newRow("regex") << kEmail << QStringLiteral("@x") << false;
}

void TestTextPattern::failsFirstCharacterOnly()
{
    QFETCH(QString, expression);
    QFETCH(QString, value);
    QFETCH(bool, expected);

    QCOMPARE(compiled(expression).failsFirstCharacterOnly(value), expected);
}

void TestTextPattern::describeAllowed_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");

    const QString upper = QStringLiteral("A–Z");
    const QString lower = QStringLiteral("a–z");
    const QString digits = QStringLiteral("0–9");
    QTest::newRow("starts with letter") << kStartsWithLetter
                                        << QStringList{upper,
                                                       lower,
                                                       digits,
                                                       QStringLiteral("space"),
                                                       QStringLiteral("&"),
                                                       QStringLiteral("_"),
                                                       QStringLiteral("-")}
                                        << QStringList{QStringLiteral(".")};
    QTest::newRow("site") << kSiteName << QStringList{upper,
                                                      lower,
                                                      digits,
                                                      QStringLiteral("space"),
                                                      QStringLiteral("_"),
                                                      QStringLiteral("-")}
                          << QStringList{QStringLiteral("&"), QStringLiteral(".")};
    QTest::newRow("phone") << kPhone
                           << QStringList{digits, QStringLiteral("("), QStringLiteral(")"),
                                          QStringLiteral("+"), QStringLiteral("-")}
                           << QStringList{upper, lower, QStringLiteral("space")};
    QTest::newRow("no pipe") << kNoPipe << QStringList{QStringLiteral("except “|”")}
                             << QStringList{upper, QStringLiteral("except,")};
    QTest::newRow("partial range lists characters")
        << QStringLiteral("^[a-c]+$")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
        << QStringList{lower, QStringLiteral("–")};
}

void TestTextPattern::describeAllowed()
{
    QFETCH(QString, expression);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);

    const QString text = compiled(expression).describeAllowed();
    for (const QString &part : contains) {
        QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));
    }
    for (const QString &part : absent) {
        QVERIFY2(!text.contains(part), qPrintable(text + QStringLiteral(" has ") + part));
    }
}

void TestTextPattern::describeFirstAllowed()
{
    QCOMPARE(compiled(kStartsWithLetter).describeFirstAllowed(), QStringLiteral("A–Z, a–z"));
    // The ranges come first, in this order, then the single characters.
    QVERIFY(compiled(kStartsWithLetter)
                .describeAllowed()
                .startsWith(QStringLiteral("A–Z, a–z, 0–9, ")));
    QVERIFY(compiled(kSiteName).describeFirstAllowed().isEmpty());
    QVERIFY(compiled(kEmail).describeFirstAllowed().isEmpty());
}

void TestTextPattern::emptyPatternMatchesEverything()
{
    QString error;
    const TextPattern pattern = TextPattern::compile(QString(), &error);
    QVERIFY(error.isEmpty());
    QVERIFY(pattern.isNull());
    QVERIFY(!pattern.isCharacterClass());
    QVERIFY(pattern.matches(u"anything | at all"));
    QVERIFY(pattern.matches(u""));
    QVERIFY(TextPattern().isNull());
}

void TestTextPattern::invalidRegexSetsError_data()
{
    QTest::addColumn<QString>("expression");

    QTest::newRow("unclosed group") << QStringLiteral("^(abc$");
    QTest::newRow("unclosed class") << QStringLiteral("^[abc+$");
    QTest::newRow("bad quantifier") << QStringLiteral("^*a$");
    QTest::newRow("reversed range") << QStringLiteral("^[z-a]+$");
}

void TestTextPattern::invalidRegexSetsError()
{
    QFETCH(QString, expression);

    QString error;
    const TextPattern pattern = TextPattern::compile(expression, &error);
    QVERIFY2(!error.isEmpty(), "no error for an invalid expression");
    QVERIFY(!pattern.isCharacterClass());
    // The pattern comes back without a source (the class has no isValid();
    // see textpattern.h).
    QVERIFY(pattern.isNull());
    // A null error pointer is allowed.
    static_cast<void>(TextPattern::compile(expression, nullptr));
}

// Characters are tested four at a time where they can be: a character at
// fault is found wherever it stands, as the regular expression finds it.
void TestTextPattern::classFindsFaultAtEveryPosition()
{
    const TextPattern site = compiled(kSiteName);
    const QRegularExpression regex(kSiteName);
    for (int size = 1; size <= 13; ++size) {
        const QString fine(size, u'a');
        QVERIFY(site.matches(fine));
        for (int at = 0; at < size; ++at) {
            for (const QChar bad : {QChar(u'&'), QChar(u'å'), QChar(0x7F), QChar(u'|')}) {
                QString value = fine;
                value[at] = bad;
                QVERIFY2(!site.matches(value), qPrintable(value));
                QVERIFY(!regex.match(value).hasMatch());
            }
        }
    }
}

void TestTextPattern::allowsAllBut()
{
    QVERIFY(compiled(kNoPipe).allowsAllBut(u'|'));
    QVERIFY(!compiled(kNoPipe).allowsAllBut(u','));
    QVERIFY(!compiled(QStringLiteral("^[^|,]+$")).allowsAllBut(u'|'));
    QVERIFY(!compiled(QStringLiteral("^[A-Z][^|]*$")).allowsAllBut(u'|'));
    QVERIFY(!compiled(kSiteName).allowsAllBut(u'|'));
    QVERIFY(!compiled(kEmail).allowsAllBut(u'|'));
}

QTEST_GUILESS_MAIN(TestTextPattern)
#include "tst_textpattern.moc"
