#include "validation/valuechecker.h"
#include "validationfixture.h"

#include <QTest>

using namespace ccbulk;
using namespace Qt::StringLiterals;

class TestValueChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void quotedShortensLongValues();
    void timeZonesIgnoreCase();
};

void TestValueChecker::check_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // a part of the message, or empty when valid

    auto row = [](const char *name, const char *type, QStringView column, QStringView value,
                  QStringView problem) {
        QTest::newRow(name) << QString::fromLatin1(type) << column.toString() << value.toString()
                            << problem.toString();
    };
    // Text: length and character class.
    row("name ok", "entry-point", u"Name", u"Main Line & Co_1-2", u"");
    row("name first char", "entry-point", u"Name", u"1st Line", u"must start with");
    row("name bad chars", "entry-point", u"Name", u"Main!Line?", u"“!” “?”");
    row("name swedish letter", "site", u"Name", u"Göteborg", u"“ö”");
    row("name too long", "site", u"Name", QStringLiteral("A").repeated(81), u"at most 80");
    row("name exactly 80", "site", u"Name", QStringLiteral("A").repeated(80), u"");
    row("queue name any but pipe", "queue", u"Name", u"Kö: Support/Sälj (1)", u"");
    row("queue name pipe", "queue", u"Name", u"A|B", u"“|”");
    row("description 255", "site", u"Name", u"ok", u"");
    // Integers.
    row("int ok", "entry-point", u"Service Level Threshold", u"30", u"");
    row("int below min", "entry-point", u"Service Level Threshold", u"0", u"less than 1");
    row("int zero allowed", "skill-definition", u"Service Level Threshold", u"0", u"");
    row("int signed", "entry-point", u"Service Level Threshold", u"+30", u"plain digits");
    row("int decimal", "entry-point", u"Service Level Threshold", u"30.5", u"plain digits");
    row("int word", "entry-point", u"Service Level Threshold", u"thirty", u"not a whole number");
    row("int above max", "entry-point", u"Service Level Threshold", u"2147483648",
        u"more than 2147483647");
    row("int huge", "entry-point", u"Service Level Threshold", u"99999999999999999999999",
        u"plain digits");
    // Booleans.
    row("bool yes", "queue", u"Permit Monitoring", u"yes", u"");
    row("bool 0", "queue", u"Permit Monitoring", u"0", u"");
    row("bool bad", "queue", u"Permit Monitoring", u"maybe", u"TRUE or FALSE");
    // Enumerations.
    row("enum case", "entry-point", u"Channel Type", u"social_channel", u"");
    row("enum bad", "entry-point", u"Channel Type", u"FAX", u"TELEPHONY, CHAT, EMAIL");
    row("enum alias", "entry-point", u"Social Channel Type", u"Facebook Messenger", u"");
    row("enum with space value", "agent-profile", u"DN Validation Option", u"provisioned_value",
        u"");
    // Time zones.
    row("tz ok", "entry-point", u"Timezone", u"Europe/Stockholm", u"");
    row("tz any case", "entry-point", u"Timezone", u"europe/stockholm", u"");
    row("tz alias", "entry-point", u"Timezone", u"Etc/UTC", u"");
    row("tz old name", "entry-point", u"Timezone", u"US/Eastern", u"");
    row("name of 80 emoji fits", "queue", u"Name", QString::fromUtf16(u"\U0001F600").repeated(80),
        u"");
    row("name of 81 emoji", "queue", u"Name", QString::fromUtf16(u"\U0001F600").repeated(81),
        u"is 81 character");
    row("tab in a name", "site", u"Name", u"A\tB", u"tab");
    row("tz unknown", "entry-point", u"Timezone", u"Mars/Olympus", u"time zone");
    // E-mail, dial numbers, phone numbers.
    row("email ok", "user", u"Email", u"anna.berg@example.se", u"");
    row("email no at", "user", u"Email", u"anna.example.se", u"e-mail");
    row("email two ats", "user", u"Email", u"a@b@example.se", u"e-mail");
    row("email no dot", "user", u"Email", u"anna@localhost", u"e-mail");
    row("dial ok", "entry-point-mapping", u"Dialed Number", u"+46-8-123.456", u"");
    row("dial letters", "entry-point-mapping", u"Dialed Number", u"+46 8 123", u"dial number");
    row("dial too long", "entry-point-mapping", u"Dialed Number", u"+123456789012345678901",
        u"at most 20");
    row("phone ok", "address-book", u"Phone Number", u"(08)+46-123", u"");
    row("phone bad", "address-book", u"Phone Number", u"08 123", u"phone number");
    row("ani number", "outdial-ani", u"Entry Number", u"+46812345", u"");
    row("ani sip", "outdial-ani", u"Entry Number", u"sip:reception@example.se", u"");
    row("ani bad", "outdial-ani", u"Entry Number", u"46-8-123", u"SIP");
    // Lists and references (form only, offline).
    row("list ok", "user-profile", u"Queues", u"Sales | Support||Billing", u"");
    row("list only pipes", "user-profile", u"Queues", u"| |", u"at least 1");
    row("list item names a site badly", "user-profile", u"Sites", u"Stockholm|Malmö!",
        u"type “Site”");
    row("list of enum values", "skill-definition", u"List Values For Enum", u"Low|Mid|High", u"");
    row("list of enum values bad", "skill-definition", u"List Values For Enum", u"Low|Mid?",
        u"“?”");
    row("reference to external type", "site", u"Multimedia Profile", u"Anything goes!", u"");
    row("audio reference suffix", "queue", u"Default Music in Queue", u"welcome.WAV", u"");
    row("audio reference no suffix", "queue", u"Default Music in Queue", u"welcome.mp3",
        u"must end in .wav");
    row("audio reference bad name", "queue", u"Default Music in Queue", u"välkommen.wav",
        u"type “Audio File”");
    row("excel scientific dial number", "entry-point-mapping", u"Dialed Number", u"4.68123E+10",
        u"scientific notation");
    row("excel scientific capacity", "team", u"Capacity", u"1E+3", u"scientific notation");
    row("swedish excel boolean", "queue", u"Permit Monitoring", u"FALSKT", u"");
    row("skill value offline", "skill-profile", u"Skill Values", u"anything|at all", u"");
    // Lists of names: items that fit at first sight pass at once, the others
    // are checked in full, and words (not units) count.
    row("list of queues, spaces and tabs", "agent-profile", u"Transfer Targets",
        u" Kö 1, \"VIP\" \t|\tKö 2 |", u"");
    row("list of queues, item too long", "agent-profile", u"Transfer Targets",
        QString(u"Kö 1|"_s + u"A"_s.repeated(81)), u"at most 80");
    row("list of queues, 80 emoji fit", "agent-profile", u"Transfer Targets",
        QString(u"Kö 1|"_s + QString::fromUtf16(u"\U0001F600").repeated(80)), u"");
    row("list of codes, bad character", "agent-profile", u"Wrap Up Codes",
        u"Lunch 001|Break (tier 1/9) v1.0|Break!", u"“!”");
    row("list of codes, non-ASCII letter", "agent-profile", u"Idle Codes", u"Lunch|Rast på kvällen",
        u"“å”");
    row("enum letter case", "agent-profile", u"Wrap Up Options", u"Specific", u"");
    row("enum blanks and underscores", "agent-profile", u"DN Validation Option",
        u" Provisioned  _value ", u"");
    row("enum near miss", "agent-profile", u"Wrap Up Options", u"SPECIFIK", u"ALL, SPECIFIC");
}

void TestValueChecker::check()
{
    QFETCH(QString, typeId);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const TypeDefinition &type = test::type(typeId.toLatin1().constData());
    const int index = type.columnIndex(column);
    QVERIFY2(index >= 0, qPrintable(column));
    const ValueChecker checker(DefinitionRegistry::instance());
    const QString message = checker.check(type.column(index), value);
    if (problem.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
    } else {
        QVERIFY2(message.contains(problem), qPrintable(message));
    }
}

void TestValueChecker::quotedShortensLongValues()
{
    const QString longValue = QStringLiteral("x").repeated(500);
    const QString shown = ValueChecker::quoted(longValue);
    QVERIFY(shown.size() < 80);
    QVERIFY(shown.contains(QChar(0x2026)));
    QCOMPARE(ValueChecker::quoted(u"kort"), QStringLiteral("“kort”"));
}

void TestValueChecker::timeZonesIgnoreCase()
{
    QVERIFY(ValueChecker::isKnownTimeZone(u"America/New_York"));
    QVERIFY(ValueChecker::isKnownTimeZone(u"AMERICA/NEW_YORK"));
    QVERIFY(!ValueChecker::isKnownTimeZone(u"America/Nowhere"));
    QVERIFY(!ValueChecker::isKnownTimeZone(u""));
}

QTEST_GUILESS_MAIN(TestValueChecker)
#include "tst_valuechecker.moc"
