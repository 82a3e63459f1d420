// DefinitionRegistry: the built-in types (order, keys, header matching, key
// normalisation, parent/child rules, resolved conditions) and load() on
// broken definition folders.

#include "definitions/definitionregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ccbulk;

namespace {

const DefinitionRegistry &registry()
{
    return DefinitionRegistry::instance();
}

const TypeDefinition &type(const QString &id)
{
    const TypeDefinition *found = registry().find(id);
    if (!found) {
        qFatal("no type %s", qPrintable(id));
    }
    return *found;
}

// A small, valid definition that the load() tests break one way at a time.
QJsonObject validDefinition(const QString &id)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("format"), QStringLiteral("csv")},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Widget")},
                                             {QStringLiteral("sv"), QStringLiteral("Pryl")}}},
        {QStringLiteral("description"),
         QJsonObject{{QStringLiteral("en"), QStringLiteral("Widgets")},
                     {QStringLiteral("sv"), QStringLiteral("Prylar")}}},
        {QStringLiteral("key"), QStringLiteral("Name")},
        {QStringLiteral("keyMatch"), QStringLiteral("name")},
        {QStringLiteral("columns"),
         QJsonArray{
             QJsonObject{{QStringLiteral("header"), QStringLiteral("Name")},
                         {QStringLiteral("required"), QStringLiteral("yes")},
                         {QStringLiteral("kind"), QStringLiteral("text")},
                         {QStringLiteral("maxLength"), 80}},
             QJsonObject{{QStringLiteral("header"), QStringLiteral("Mode")},
                         {QStringLiteral("required"), QStringLiteral("no")},
                         {QStringLiteral("kind"), QStringLiteral("enum")},
                         {QStringLiteral("values"),
                          QJsonArray{QStringLiteral("ON"), QStringLiteral("OFF")}}},
             QJsonObject{{QStringLiteral("header"), QStringLiteral("Level")},
                         {QStringLiteral("required"), QStringLiteral("if")},
                         {QStringLiteral("when"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("column"), QStringLiteral("Mode")},
                              {QStringLiteral("in"), QJsonArray{QStringLiteral("ON")}}}}},
                         {QStringLiteral("kind"), QStringLiteral("integer")},
                         {QStringLiteral("min"), 1}},
         }},
    };
}

QJsonObject columnAt(const QJsonObject &definition, int index)
{
    return definition.value(QStringLiteral("columns")).toArray().at(index).toObject();
}

QJsonObject withColumn(QJsonObject definition, int index, const QJsonObject &column)
{
    QJsonArray columns = definition.value(QStringLiteral("columns")).toArray();
    columns.replace(index, column);
    definition.insert(QStringLiteral("columns"), columns);
    return definition;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDefinitionRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTypesInSpecOrder();
    void find();
    void formatsAndNames();
    void keyColumns_data();
    void keyColumns();
    void columnIndexForHeader_data();
    void columnIndexForHeader();
    void normaliseHeader();
    void normaliseKey_data();
    void normaliseKey();
    void parentChildTypes();
    void conditionsResolved();
    void loadValidFolder();
    void loadBrokenFolder_data();
    void loadBrokenFolder();
    void loadEmptyFolder();
    void loadMissingFolder();
};

void TestDefinitionRegistry::builtInTypesInSpecOrder()
{
    // bulk-operations.md section 1, in its order.
    const QStringList expected{
        QStringLiteral("entry-point"),   QStringLiteral("outdial-entry-point"),
        QStringLiteral("queue"),         QStringLiteral("outdial-queue"),
        QStringLiteral("site"),          QStringLiteral("team"),
        QStringLiteral("user"),          QStringLiteral("user-profile"),
        QStringLiteral("work-type"),     QStringLiteral("auxiliary-code"),
        QStringLiteral("agent-profile"), QStringLiteral("address-book"),
        QStringLiteral("outdial-ani"),   QStringLiteral("skill-definition"),
        QStringLiteral("skill-profile"), QStringLiteral("entry-point-mapping"),
        QStringLiteral("audio-file"),
    };
    QStringList ids;
    for (const TypeDefinition &definition : registry().types()) {
        ids << definition.id();
    }
    QCOMPARE(ids.size(), 17);
    QCOMPARE(ids, expected);
    QCOMPARE(ids.first(), QStringLiteral("entry-point"));
    QCOMPARE(ids.last(), QStringLiteral("audio-file"));
    // instance() is one registry.
    QCOMPARE(&DefinitionRegistry::instance(), &registry());
}

void TestDefinitionRegistry::find()
{
    const TypeDefinition *queue = registry().find(u"queue");
    QVERIFY(queue);
    QCOMPARE(queue->id(), QStringLiteral("queue"));
    QCOMPARE(registry().find(u"audio-file")->id(), QStringLiteral("audio-file"));
    QVERIFY(!registry().find(u"nosuchtype"));
    QVERIFY(!registry().find(u""));
    QVERIFY(!registry().find(u"queues"));
    // The pointer is into the registry's own list.
    QCOMPARE(queue, &registry().types().at(2));
}

void TestDefinitionRegistry::formatsAndNames()
{
    for (const TypeDefinition &definition : registry().types()) {
        const bool zip = definition.id() == QLatin1String("audio-file");
        QCOMPARE(definition.format() == FileFormat::Zip, zip);
        QVERIFY(!definition.name(QStringLiteral("en")).isEmpty());
        QVERIFY(!definition.name(QStringLiteral("sv")).isEmpty());
    }
    QCOMPARE(type(QStringLiteral("queue")).name(QStringLiteral("en")), QStringLiteral("Queue"));
    QCOMPARE(type(QStringLiteral("queue")).name(QStringLiteral("sv")), QStringLiteral("Kö"));
    // A language without names falls back to English.
    QCOMPARE(type(QStringLiteral("queue")).name(QStringLiteral("de")), QStringLiteral("Queue"));
}

void TestDefinitionRegistry::keyColumns_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("keyHeader");
    QTest::addColumn<int>("keyMatch");

    for (const TypeDefinition &definition : registry().types()) {
        QString header = QStringLiteral("Name");
        KeyMatch match = KeyMatch::Name;
        if (definition.id() == QLatin1String("user")) {
            header = QStringLiteral("Email");
            match = KeyMatch::Email;
        } else if (definition.id() == QLatin1String("entry-point-mapping")) {
            header = QStringLiteral("Dialed Number");
            match = KeyMatch::DialNumber;
        }
        QTest::newRow(qPrintable(definition.id())) << definition.id() << header << int(match);
    }
}

void TestDefinitionRegistry::keyColumns()
{
    QFETCH(QString, id);
    QFETCH(QString, keyHeader);
    QFETCH(int, keyMatch);

    const TypeDefinition &definition = type(id);
    QCOMPARE(definition.column(definition.keyColumn()).header, keyHeader);
    QCOMPARE(int(definition.keyMatch()), keyMatch);
    QVERIFY(definition.column(definition.keyColumn()).isRequiredAlways());
    QCOMPARE(definition.columnIndex(keyHeader), definition.keyColumn());
}

void TestDefinitionRegistry::columnIndexForHeader_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected"); // the defined header, or empty for none

    // Case and spaces (2.1).
    QTest::newRow("team: exact") << QStringLiteral("team") << QStringLiteral("Name")
                                 << QStringLiteral("Name");
    QTest::newRow("team: upper case, spaces around")
        << QStringLiteral("team") << QStringLiteral("  NAME ") << QStringLiteral("Name");
    QTest::newRow("team: lower case") << QStringLiteral("team") << QStringLiteral("desktop layout")
                                      << QStringLiteral("Desktop Layout");
    QTest::newRow("queue: inner spaces")
        << QStringLiteral("queue") << QStringLiteral("max   time in queue")
        << QStringLiteral("Max Time In Queue");
    QTest::newRow("queue: upper-case export header")
        << QStringLiteral("queue") << QStringLiteral("DEFAULT MUSIC IN QUEUE")
        << QStringLiteral("Default Music in Queue");
    QTest::newRow("site: tab around")
        << QStringLiteral("site") << QStringLiteral("\tMultimedia Profile\t")
        << QStringLiteral("Multimedia Profile");

    // The alias table of 2.1, for every type it lists.
    struct Alias
    {
        const char16_t *header;
        const char16_t *alias;
        QStringList types;
    };
    const QList<Alias> aliases{
        {u"Agent Profile", u"Desktop Profile", {QStringLiteral("user")}},
        {u"Timezone",
         u"Time Zone",
         {QStringLiteral("entry-point"), QStringLiteral("outdial-entry-point"),
          QStringLiteral("queue"), QStringLiteral("outdial-queue")}},
        {u"Max Time In Queue",
         u"Maximum Time In Queue",
         {QStringLiteral("queue"), QStringLiteral("outdial-queue")}},
        {u"Pause or Resume Enabled",
         u"Pause/Resume Enabled",
         {QStringLiteral("queue"), QStringLiteral("outdial-queue")}},
        {u"Skill-Based Agent Selection", u"Skill Based Agent Selection", {QStringLiteral("queue")}},
        {u"Distribution Group Seq",
         u"Distribution Group Sequence",
         {QStringLiteral("queue"), QStringLiteral("outdial-queue")}},
        {u"Work Type", u"Worktype", {QStringLiteral("auxiliary-code")}},
        {u"Outdial EP", u"Outdial Entry Point", {QStringLiteral("agent-profile")}},
        {u"Dial Plan", u"Dial Plans", {QStringLiteral("agent-profile")}},
        {u"Email", u"E-mail", {QStringLiteral("user")}},
        {u"Email", u"Email Address", {QStringLiteral("user")}},
        {u"External Id", u"External Identifier", {QStringLiteral("user")}},
        {u"List Values For Enum", u"Enum Values", {QStringLiteral("skill-definition")}},
        {u"Skill Values", u"Skill Value", {QStringLiteral("skill-profile")}},
        {u"Phone Number", u"Entry Number", {QStringLiteral("address-book")}},
        {u"Entry Number", u"Phone Number", {QStringLiteral("outdial-ani")}},
        {u"Dialed Number", u"Dialled Number", {QStringLiteral("entry-point-mapping")}},
        {u"Entry Point", u"Entry Point Name", {QStringLiteral("entry-point-mapping")}},
    };
    for (const Alias &alias : aliases) {
        const QString header = QString::fromUtf16(alias.header);
        const QString aliasText = QString::fromUtf16(alias.alias);
        for (const QString &id : alias.types) {
            QTest::addRow("%s: alias %s", qPrintable(id), qPrintable(aliasText))
                << id << aliasText << header;
            QTest::addRow("%s: alias %s, upper case", qPrintable(id), qPrintable(aliasText))
                << id << QStringLiteral(" ") + aliasText.toUpper() << header;
        }
    }

    // No match.
    QTest::newRow("unknown header")
        << QStringLiteral("team") << QStringLiteral("Colour") << QString();
    QTest::newRow("empty header") << QStringLiteral("team") << QString() << QString();
    QTest::newRow("error message column")
        << QStringLiteral("team") << QStringLiteral("Error Message") << QString();
    QTest::newRow("alias of another type")
        << QStringLiteral("team") << QStringLiteral("Desktop Profile") << QString();
    QTest::newRow("no spaces is a different header")
        << QStringLiteral("queue") << QStringLiteral("MaxTimeInQueue") << QString();
    QTest::newRow("underscore is not a space")
        << QStringLiteral("queue") << QStringLiteral("Max_Time_In_Queue") << QString();
}

void TestDefinitionRegistry::columnIndexForHeader()
{
    QFETCH(QString, id);
    QFETCH(QString, header);
    QFETCH(QString, expected);

    const TypeDefinition &definition = type(id);
    const int index = definition.columnIndexForHeader(header);
    if (expected.isEmpty()) {
        QCOMPARE(index, -1);
        return;
    }
    QVERIFY2(index >= 0, qPrintable(header));
    QCOMPARE(definition.column(index).header, expected);
    QCOMPARE(definition.columnIndex(expected), index);
}

void TestDefinitionRegistry::normaliseHeader()
{
    QCOMPARE(TypeDefinition::normaliseHeader(u"  Max   Time In\tQueue "),
             QStringLiteral("max time in queue"));
    QCOMPARE(TypeDefinition::normaliseHeader(u"NAME"), TypeDefinition::normaliseHeader(u"name"));
    QVERIFY(TypeDefinition::normaliseHeader(u"   ").isEmpty());
}

void TestDefinitionRegistry::normaliseKey_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    const QString mapping = QStringLiteral("entry-point-mapping");
    QTest::newRow("dial: dots") << mapping << QStringLiteral("+46.8.555.123")
                                << QStringLiteral("+468555123") << true;
    QTest::newRow("dial: dashes") << mapping << QStringLiteral("+46-8-555-123")
                                  << QStringLiteral("+468555123") << true;
    QTest::newRow("dial: dots and dashes mixed")
        << mapping << QStringLiteral("08-555.123") << QStringLiteral("08.555-123") << true;
    QTest::newRow("dial: trimmed")
        << mapping << QStringLiteral("  0855512 ") << QStringLiteral("0855512") << true;
    QTest::newRow("dial: plus matters")
        << mapping << QStringLiteral("+46855") << QStringLiteral("46855") << false;
    QTest::newRow("dial: different digits")
        << mapping << QStringLiteral("0855512") << QStringLiteral("0855513") << false;

    const QString user = QStringLiteral("user");
    QTest::newRow("email: case") << user << QStringLiteral("Anna.Svensson@Example.SE")
                                 << QStringLiteral("anna.svensson@example.se") << true;
    QTest::newRow("email: trimmed")
        << user << QStringLiteral(" anna@example.se ") << QStringLiteral("anna@example.se") << true;
    QTest::newRow("email: dots count") << user << QStringLiteral("anna.s@example.se")
                                       << QStringLiteral("annas@example.se") << false;

    const QString team = QStringLiteral("team");
    QTest::newRow("name: case") << team << QStringLiteral("Support EU")
                                << QStringLiteral("SUPPORT eu") << true;
    QTest::newRow("name: Swedish case")
        << team << QStringLiteral("Kundtjänst Östra") << QStringLiteral("KUNDTJÄNST ÖSTRA") << true;
    QTest::newRow("name: trimmed")
        << team << QStringLiteral("  Support ") << QStringLiteral("Support") << true;
    QTest::newRow("name: dashes count")
        << team << QStringLiteral("Support-EU") << QStringLiteral("SupportEU") << false;
    QTest::newRow("name: dots count")
        << team << QStringLiteral("Support.EU") << QStringLiteral("SupportEU") << false;
}

void TestDefinitionRegistry::normaliseKey()
{
    QFETCH(QString, id);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);

    const TypeDefinition &definition = type(id);
    QCOMPARE(definition.normaliseKey(a) == definition.normaliseKey(b), same);
}

void TestDefinitionRegistry::parentChildTypes()
{
    const QHash<QString, QStringList> expected{
        {QStringLiteral("queue"),
         {QStringLiteral("Distribution Group"), QStringLiteral("Distribution Group Seq"),
          QStringLiteral("Group Fallback Time"), QStringLiteral("Group Teams")}},
        {QStringLiteral("outdial-queue"),
         {QStringLiteral("Distribution Group"), QStringLiteral("Distribution Group Seq"),
          QStringLiteral("Group Fallback Time"), QStringLiteral("Group Teams")}},
        {QStringLiteral("skill-profile"),
         {QStringLiteral("Skill Name"), QStringLiteral("Skill Values"), QStringLiteral("Delete")}},
        {QStringLiteral("address-book"),
         {QStringLiteral("Entry Name"), QStringLiteral("Phone Number")}},
        {QStringLiteral("outdial-ani"),
         {QStringLiteral("Entry Name"), QStringLiteral("Entry Number"),
          QStringLiteral("Default Entry")}},
    };
    QStringList parentChild;
    for (const TypeDefinition &definition : registry().types()) {
        if (!definition.isParentChild()) {
            for (const ColumnDefinition &column : definition.columns()) {
                QVERIFY2(!column.child,
                         qPrintable(definition.id() + QLatin1Char('/') + column.header));
            }
            continue;
        }
        parentChild << definition.id();
        QStringList childHeaders;
        for (const int index : definition.childRules().columns) {
            childHeaders << definition.column(index).header;
        }
        QCOMPARE(childHeaders, expected.value(definition.id()));
        // The child flag is set on exactly those columns.
        for (const ColumnDefinition &column : definition.columns()) {
            QCOMPARE(column.child, childHeaders.contains(column.header));
        }
        QVERIFY(!definition.childRules().columns.contains(definition.keyColumn()));
    }
    QStringList expectedIds = expected.keys();
    expectedIds.sort();
    parentChild.sort();
    QCOMPARE(parentChild, expectedIds);

    // The object-level rules of the specification's sections.
    auto header = [](const TypeDefinition &definition, int index) {
        return index < 0 ? QString() : definition.column(index).header;
    };
    const TypeDefinition &queue = type(QStringLiteral("queue"));
    QCOMPARE(header(queue, queue.childRules().sequenceColumn),
             QStringLiteral("Distribution Group Seq"));
    QCOMPARE(queue.childRules().minChildren, 1);
    QVERIFY(queue.childRules().minChildrenWhen.isEmpty());
    const TypeDefinition &outdialQueue = type(QStringLiteral("outdial-queue"));
    QCOMPARE(outdialQueue.childRules().minChildren, 1);
    QCOMPARE(outdialQueue.childRules().minChildrenWhen.size(), 1);
    QCOMPARE(outdialQueue.childRules().minChildrenWhen.first().column,
             QStringLiteral("Outdial Campaign Enabled"));
    const TypeDefinition &addressBook = type(QStringLiteral("address-book"));
    QCOMPARE(header(addressBook, addressBook.childRules().uniqueColumn),
             QStringLiteral("Entry Name"));
    const TypeDefinition &ani = type(QStringLiteral("outdial-ani"));
    QCOMPARE(header(ani, ani.childRules().uniqueColumn), QStringLiteral("Entry Name"));
    QCOMPARE(header(ani, ani.childRules().atMostOneTrueColumn), QStringLiteral("Default Entry"));
    const TypeDefinition &skillProfile = type(QStringLiteral("skill-profile"));
    QCOMPARE(header(skillProfile, skillProfile.childRules().uniqueColumn),
             QStringLiteral("Skill Name"));
}

void TestDefinitionRegistry::conditionsResolved()
{
    int conditions = 0;
    auto check = [&](const TypeDefinition &definition, const Condition &condition,
                     const QString &where) {
        if (condition.test == Condition::Test::ChildRow) {
            QVERIFY2(definition.isParentChild(), qPrintable(where));
            QCOMPARE(condition.columnIndex, -1);
            return;
        }
        ++conditions;
        QVERIFY2(condition.columnIndex >= 0, qPrintable(where));
        QVERIFY2(condition.columnIndex < definition.columns().size(), qPrintable(where));
        QCOMPARE(definition.column(condition.columnIndex).header, condition.column);
        if (condition.test == Condition::Test::In || condition.test == Condition::Test::NotIn) {
            QVERIFY2(!condition.values.isEmpty(), qPrintable(where));
        }
    };
    for (const TypeDefinition &definition : registry().types()) {
        for (const ColumnDefinition &column : definition.columns()) {
            QCOMPARE(column.index, int(&column - definition.columns().constData()));
            const QString where = definition.id() + QLatin1Char('/') + column.header;
            for (const Condition &condition : column.when) {
                check(definition, condition, where);
            }
            if (column.requirement == Requirement::Conditional) {
                QVERIFY2(!column.when.isEmpty(), qPrintable(where));
            }
            if (!column.requiresTrue.isEmpty()) {
                QVERIFY2(column.requiresTrueIndex >= 0, qPrintable(where));
                QCOMPARE(definition.column(column.requiresTrueIndex).header, column.requiresTrue);
            }
        }
        if (definition.isParentChild()) {
            for (const Condition &condition : definition.childRules().minChildrenWhen) {
                check(definition, condition, definition.id() + QStringLiteral("/minChildrenWhen"));
            }
        }
    }
    QVERIFY(conditions > 20);

    // Spot checks against the specification.
    const TypeDefinition &queue = type(QStringLiteral("queue"));
    const ColumnDefinition &fallback =
        queue.column(queue.columnIndex(QStringLiteral("Group Fallback Time")));
    QCOMPARE(fallback.when.size(), 2);
    QCOMPARE(int(fallback.when.at(0).test), int(Condition::Test::ChildRow));
    QCOMPARE(int(fallback.when.at(1).test), int(Condition::Test::AtLeast));
    QCOMPARE(fallback.when.at(1).atLeast, qint64(2));
    QCOMPARE(fallback.when.at(1).columnIndex,
             queue.columnIndex(QStringLiteral("Distribution Group Seq")));
    const TypeDefinition &skillProfile = type(QStringLiteral("skill-profile"));
    const ColumnDefinition &values =
        skillProfile.column(skillProfile.columnIndex(QStringLiteral("Skill Values")));
    QCOMPARE(int(values.when.last().test), int(Condition::Test::NotIn));
    QCOMPARE(values.when.last().columnIndex, skillProfile.columnIndex(QStringLiteral("Delete")));
}

void TestDefinitionRegistry::loadValidFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject other = validDefinition(QStringLiteral("widget"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("widget.json")), QJsonDocument(other).toJson()));
    // Types the specification does not order come after the known ones.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("team.json")),
                      QJsonDocument(validDefinition(QStringLiteral("team"))).toJson()));
    // Files that are not *.json are not read.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("README.txt")), "not a definition"));

    QString error;
    const auto loaded = DefinitionRegistry::load(dir.path(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->types().size(), 2);
    QCOMPARE(loaded->types().at(0).id(), QStringLiteral("team"));
    QCOMPARE(loaded->types().at(1).id(), QStringLiteral("widget"));
    const TypeDefinition *widget = loaded->find(u"widget");
    QVERIFY(widget);
    QCOMPARE(widget->name(QStringLiteral("sv")), QStringLiteral("Pryl"));
    QCOMPARE(widget->columns().size(), 3);
    QCOMPARE(widget->column(2).when.first().columnIndex, 1);
}

void TestDefinitionRegistry::loadBrokenFolder_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("errorParts");

    const QString id = QStringLiteral("widget");
    const QString fileName = QStringLiteral("widget.json");
    const QJsonObject valid = validDefinition(id);
    auto json = [](const QJsonObject &object) {
        return QJsonDocument(object).toJson();
    };

    {
        QJsonObject broken = valid;
        broken.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        QTest::newRow("unknown type key")
            << fileName << json(broken)
            << QStringList{fileName, QStringLiteral("unknown key \"colour\"")};
    }
    {
        QJsonObject column = columnAt(valid, 0);
        column.insert(QStringLiteral("maxLen"), 80);
        QTest::newRow("unknown column key")
            << fileName << json(withColumn(valid, 0, column))
            << QStringList{fileName, QStringLiteral("column \"Name\""),
                           QStringLiteral("unknown key \"maxLen\"")};
    }
    {
        QJsonObject column = columnAt(valid, 0);
        column.insert(QStringLiteral("kind"), QStringLiteral("string"));
        QTest::newRow("unknown kind")
            << fileName << json(withColumn(valid, 0, column))
            << QStringList{fileName, QStringLiteral("unknown kind \"string\"")};
    }
    {
        QJsonObject broken = valid;
        broken.insert(QStringLiteral("name"),
                      QJsonObject{{QStringLiteral("en"), QStringLiteral("Widget")}});
        QTest::newRow("missing sv name")
            << fileName << json(broken)
            << QStringList{fileName, QStringLiteral("name needs \"en\" and \"sv\"")};
    }
    {
        QJsonObject broken = valid;
        broken.insert(QStringLiteral("description"),
                      QJsonObject{{QStringLiteral("en"), QStringLiteral("Widgets")},
                                  {QStringLiteral("sv"), QString()}});
        QTest::newRow("empty sv description")
            << fileName << json(broken)
            << QStringList{QStringLiteral("description needs \"en\" and \"sv\"")};
    }
    {
        QJsonObject column = columnAt(valid, 2);
        column.insert(
            QStringLiteral("when"),
            QJsonArray{QJsonObject{{QStringLiteral("column"), QStringLiteral("Colour")},
                                   {QStringLiteral("in"), QJsonArray{QStringLiteral("RED")}}}});
        QTest::newRow("condition on a missing column")
            << fileName << json(withColumn(valid, 2, column))
            << QStringList{fileName, QStringLiteral("condition names unknown column \"Colour\"")};
    }
    {
        QJsonObject broken = valid;
        broken.insert(QStringLiteral("key"), QStringLiteral("Mode"));
        QTest::newRow("key not a required column")
            << fileName << json(broken)
            << QStringList{fileName, QStringLiteral("key must name a required column")};
    }
    {
        QJsonObject broken = valid;
        broken.insert(QStringLiteral("key"), QStringLiteral("Label"));
        QTest::newRow("key not a column")
            << fileName << json(broken)
            << QStringList{QStringLiteral("key must name a required column")};
    }
    {
        QJsonObject column = columnAt(valid, 1);
        column.remove(QStringLiteral("values"));
        QTest::newRow("enum without values")
            << fileName << json(withColumn(valid, 1, column))
            << QStringList{fileName, QStringLiteral("column \"Mode\""),
                           QStringLiteral("values go with kind enum")};
    }
    {
        QJsonObject column = columnAt(valid, 1);
        column.insert(QStringLiteral("values"), QJsonArray());
        QTest::newRow("enum with an empty value list")
            << fileName << json(withColumn(valid, 1, column))
            << QStringList{QStringLiteral("values go with kind enum")};
    }
    {
        QTest::newRow("file name is not the id")
            << QStringLiteral("gadget.json") << json(valid)
            << QStringList{QStringLiteral("gadget.json holds type \"widget\"")};
    }
    {
        QTest::newRow("invalid JSON") << fileName << QByteArray("{\"id\": \"widget\", \"format\": ")
                                      << QStringList{fileName, QStringLiteral("not a JSON object")};
    }
    {
        QTest::newRow("JSON array, not an object")
            << fileName << QByteArray("[1, 2, 3]")
            << QStringList{fileName, QStringLiteral("not a JSON object")};
    }
    {
        QJsonObject broken = valid;
        broken.insert(QStringLiteral("keyMatch"), QStringLiteral("phone"));
        QTest::newRow("unknown keyMatch")
            << fileName << json(broken) << QStringList{QStringLiteral("keyMatch must be")};
    }
    {
        QJsonObject broken = valid;
        broken.insert(QStringLiteral("format"), QStringLiteral("xlsx"));
        QTest::newRow("unknown format")
            << fileName << json(broken) << QStringList{QStringLiteral("format must be csv or zip")};
    }
    {
        QJsonObject column = columnAt(valid, 0);
        column.insert(QStringLiteral("pattern"), QStringLiteral("^(abc$"));
        QTest::newRow("invalid pattern") << fileName << json(withColumn(valid, 0, column))
                                         << QStringList{QStringLiteral("bad pattern")};
    }
    {
        QJsonObject column = columnAt(valid, 1);
        column.insert(QStringLiteral("aliases"), QJsonArray{QStringLiteral(" name ")});
        QTest::newRow("alias used twice") << fileName << json(withColumn(valid, 1, column))
                                          << QStringList{QStringLiteral("used twice")};
    }
    {
        QJsonObject broken = valid;
        broken.insert(QStringLiteral("children"),
                      QJsonObject{{QStringLiteral("columns"), QJsonArray{QStringLiteral("Size")}}});
        QTest::newRow("child column that is not a column")
            << fileName << json(broken)
            << QStringList{QStringLiteral("child column \"Size\" is not a column")};
    }
    {
        QJsonObject column = columnAt(valid, 2);
        column.remove(QStringLiteral("when"));
        QTest::newRow("required if without when")
            << fileName << json(withColumn(valid, 2, column))
            << QStringList{QStringLiteral("needs a \"when\"")};
    }
    {
        QJsonObject column = columnAt(valid, 2);
        column.insert(QStringLiteral("when"),
                      QJsonArray{QJsonObject{{QStringLiteral("childRow"), true}}});
        QTest::newRow("childRow without children")
            << fileName << json(withColumn(valid, 2, column))
            << QStringList{QStringLiteral("childRow condition in a type without children")};
    }
}

void TestDefinitionRegistry::loadBrokenFolder()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, errorParts);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A valid file beside the broken one: one bad file is enough to fail.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("aaa.json")),
                      QJsonDocument(validDefinition(QStringLiteral("aaa"))).toJson()));
    QVERIFY(writeFile(dir.filePath(fileName), content));

    QString error;
    const auto loaded = DefinitionRegistry::load(dir.path(), &error);
    QVERIFY(!loaded);
    QVERIFY(!error.isEmpty());
    for (const QString &part : errorParts) {
        QVERIFY2(error.contains(part), qPrintable(error + QStringLiteral(" lacks: ") + part));
    }
}

void TestDefinitionRegistry::loadEmptyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "nothing here"));
    QString error;
    QVERIFY(!DefinitionRegistry::load(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("no definition files")), qPrintable(error));
    QVERIFY2(error.contains(dir.path()), qPrintable(error));
}

void TestDefinitionRegistry::loadMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("does-not-exist"));
    QString error;
    QVERIFY(!DefinitionRegistry::load(missing, &error));
    QVERIFY2(error.contains(QStringLiteral("no definition files")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDefinitionRegistry)
#include "tst_definitionregistry.moc"
