// Every definition file against the specification's tables: a typo in a
// header, a wrong order, a lost required flag or key fails here.

#include "definitions/definitionregistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace ccbulk;

namespace {

struct SpecColumn
{
    QString header;
    QString requirement;
    QString value;
    QString refersTo;
};

struct SpecType
{
    QString id;
    QString key;
    QList<SpecColumn> columns;
    QList<int> childColumns; // 1-based, from "Columns a–b are the child columns"
};

QString readSpec(const QString &name)
{
    QFile file(QStringLiteral(CCBULK_SPEC_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the specification %s", qPrintable(file.fileName()));
    }
    return QString::fromUtf8(file.readAll());
}

QStringList tableCells(const QString &line)
{
    if (!line.startsWith(QLatin1Char('|'))) {
        return {};
    }
    QStringList cells = line.split(QLatin1Char('|'));
    cells.removeFirst();
    cells.removeLast();
    for (QString &cell : cells) {
        cell = cell.trimmed();
    }
    return cells;
}

// Section 3 of csv-definitions.md: "### 3.N id: Name", "Key: X.", a column
// table, and for parent/child types "Columns a–b are the child columns".
QHash<QString, SpecType> parseTypes()
{
    QHash<QString, SpecType> types;
    const QStringList lines = readSpec(QStringLiteral("csv-definitions.md")).split(u'\n');
    static const QRegularExpression heading(QStringLiteral(R"(^### 3\.\d+ ([a-z-]+):)"));
    static const QRegularExpression key(QStringLiteral(R"(^Key: ([A-Za-z ]+?)[.,])"));
    static const QRegularExpression children(
        QStringLiteral(R"(Columns (\d+)–(\d+) are the child columns)"));
    SpecType *current = nullptr;
    for (QString line : lines) {
        // A cell may hold an escaped pipe (\|); keep it out of the split.
        line.replace(QStringLiteral("\\|"), QStringLiteral("\x01"));
        if (const auto match = heading.match(line); match.hasMatch()) {
            current = &types[match.captured(1)];
            current->id = match.captured(1);
            continue;
        }
        if (!current) {
            continue;
        }
        if (const auto match = key.match(line); match.hasMatch() && current->key.isEmpty()) {
            current->key = match.captured(1);
        }
        if (const auto match = children.match(line); match.hasMatch()) {
            for (int i = match.captured(1).toInt(); i <= match.captured(2).toInt(); ++i) {
                current->childColumns << i;
            }
        }
        const QStringList cells = tableCells(line);
        if (cells.size() == 5 && !cells.at(0).isEmpty() && cells.at(0).at(0).isDigit()) {
            QStringList restored = cells;
            for (QString &cell : restored) {
                cell.replace(QChar(1), QStringLiteral("|"));
            }
            current->columns << SpecColumn{restored.at(1), restored.at(2), restored.at(3),
                                           restored.at(4)};
        }
    }
    return types;
}

QStringList backticked(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QStringList result;
    for (auto it = code.globalMatch(text); it.hasNext();) {
        result << it.next().captured(1);
    }
    return result;
}

QString externalTypeId(const QString &italic)
{
    static const QHash<QString, QString> ids{
        {QStringLiteral("multimedia profile"), QStringLiteral("multimedia-profile")},
        {QStringLiteral("desktop layout"), QStringLiteral("desktop-layout")},
        {QStringLiteral("dial plan"), QStringLiteral("dial-plan")},
        {QStringLiteral("threshold rule"), QStringLiteral("threshold-rule")},
        {QStringLiteral("Webex Connect asset"), QStringLiteral("connect-asset")},
    };
    return ids.value(italic);
}

const DefinitionRegistry &registryFromFiles()
{
    static const std::unique_ptr<DefinitionRegistry> registry = [] {
        QString error;
        auto loaded = DefinitionRegistry::load(QStringLiteral(CCBULK_DEFINITIONS_DIR), &error);
        if (!loaded) {
            qFatal("%s", qPrintable(error));
        }
        return loaded;
    }();
    return *registry;
}

} // namespace

class TestSpecConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySpecTypeHasADefinition();
    void namesAndFormats();
    void columns_data();
    void columns();
    void builtInRegistryMatchesFiles();
};

void TestSpecConformance::everySpecTypeHasADefinition()
{
    const QHash<QString, SpecType> spec = parseTypes();
    QCOMPARE(spec.size(), 17);
    QStringList defined;
    for (const TypeDefinition &type : registryFromFiles().types()) {
        defined << type.id();
    }
    QStringList specIds = spec.keys();
    specIds.sort();
    defined.sort();
    QCOMPARE(defined, specIds);
}

void TestSpecConformance::namesAndFormats()
{
    // bulk-operations.md section 1: | id | English name | Swedish name | file |
    const QStringList lines = readSpec(QStringLiteral("bulk-operations.md")).split(u'\n');
    int checked = 0;
    for (const QString &line : lines) {
        const QStringList cells = tableCells(line);
        if (cells.size() != 4) {
            continue;
        }
        const TypeDefinition *type = registryFromFiles().find(cells.at(0));
        if (!type) {
            continue;
        }
        ++checked;
        QCOMPARE(type->name(QStringLiteral("en")), cells.at(1));
        QCOMPARE(type->name(QStringLiteral("sv")), cells.at(2));
        QCOMPARE(type->format() == FileFormat::Zip, cells.at(3).contains(QLatin1String("ZIP")));
        QVERIFY(!type->description(QStringLiteral("en")).isEmpty());
        QVERIFY(!type->description(QStringLiteral("sv")).isEmpty());
    }
    QCOMPARE(checked, 17);
}

void TestSpecConformance::columns_data()
{
    QTest::addColumn<QString>("id");
    const QHash<QString, SpecType> spec = parseTypes();
    for (const TypeDefinition &type : registryFromFiles().types()) {
        if (type.format() == FileFormat::Csv) {
            QTest::newRow(qPrintable(type.id())) << type.id();
        }
    }
}

void TestSpecConformance::columns()
{
    QFETCH(QString, id);
    const SpecType spec = parseTypes().value(id);
    const TypeDefinition *type = registryFromFiles().find(id);
    QVERIFY(type);
    QVERIFY2(!spec.columns.isEmpty(), "no column table in the specification");

    QStringList specHeaders;
    for (const SpecColumn &column : spec.columns) {
        specHeaders << column.header;
    }
    QCOMPARE(type->templateHeaders(), specHeaders);
    QCOMPARE(type->column(type->keyColumn()).header, spec.key);

    QList<int> childColumns;
    for (const ColumnDefinition &column : type->columns()) {
        const SpecColumn &expected = spec.columns.at(column.index);
        const QByteArray whereText = id.toUtf8() + " / " + column.header.toUtf8();
        const char *where = whereText.constData();
        if (column.child) {
            childColumns << column.index + 1;
        }
        const QString req = expected.requirement;
        if (req.startsWith(QLatin1String("yes"))) {
            QVERIFY2(column.requirement == Requirement::Required, where);
        } else if (req.startsWith(QLatin1String("no"))) {
            QVERIFY2(column.requirement == Requirement::Optional, where);
            QCOMPARE(!column.when.isEmpty(), req.contains(QLatin1String("; if")));
        } else {
            QVERIFY2(req.startsWith(QLatin1String("if")), where);
            QVERIFY2(column.requirement == Requirement::Conditional, where);
        }
        // 3.6 says in prose, not in the table, that a team's Site is fixed.
        const bool prosedFixed = id == u"team" && column.header == u"Site";
        QVERIFY2(column.fixed == (req.contains(QLatin1String("fixed")) || prosedFixed), where);

        // Refers to: a type id in code font, or an external type in italics.
        const QString refers = expected.refersTo;
        if (refers.isEmpty()) {
            QVERIFY2(column.kind != ValueKind::Reference, where);
        } else {
            QVERIFY2(column.kind == ValueKind::Reference, where);
            const QString target = refers.startsWith(QLatin1Char('`'))
                                       ? backticked(refers).value(0)
                                       : externalTypeId(refers.mid(1, refers.size() - 2));
            QCOMPARE(column.refersTo, target);
        }

        const QString value = expected.value;
        QCOMPARE(column.list, value.startsWith(QLatin1String("list")));
        if (column.list) {
            QCOMPARE(column.minItems > 0, value.contains(u"(≥1)"));
        }
        static const QRegularExpression maxLength(QStringLiteral("≤(\\d+)"));
        if (const auto match = maxLength.match(value);
            match.hasMatch() && column.kind != ValueKind::SkillValue) {
            QVERIFY2(column.maxLength == match.captured(1).toInt(), where);
        } else if (value.startsWith(QLatin1String("dial number"))) {
            QCOMPARE(column.maxLength, 20);
        }
        const QStringList code = backticked(value);
        for (const QString &fragment : code) {
            if (fragment.startsWith(QLatin1Char('^'))) {
                QVERIFY2(column.pattern.source().contains(fragment.mid(1, fragment.size() - 2)),
                         QByteArray(whereText + " pattern " + fragment.toUtf8()).constData());
            }
        }
        if (column.kind == ValueKind::Enum) {
            QStringList specValues;
            for (const QString &fragment : code) {
                if (!column.valueAliases.contains(fragment) && fragment == fragment.toUpper() &&
                    !fragment.startsWith(u'^') && !specValues.contains(fragment)) {
                    specValues << fragment;
                }
            }
            QCOMPARE(column.values, specValues);
        }
        if (value.startsWith(QLatin1String("int"))) {
            QVERIFY2(column.kind == ValueKind::Integer, where);
            static const QRegularExpression bound(QStringLiteral("int (?:≥)?(\\d+)"));
            QCOMPARE(column.min, bound.match(value).captured(1).toLongLong());
        }
        if (value.startsWith(QLatin1String("bool"))) {
            QVERIFY2(column.kind == ValueKind::Boolean, where);
        }
        if (value.startsWith(QLatin1String("time zone"))) {
            QVERIFY2(column.kind == ValueKind::TimeZone, where);
        }
    }
    QCOMPARE(childColumns, spec.childColumns);
    QCOMPARE(type->isParentChild(), !spec.childColumns.isEmpty());
}

void TestSpecConformance::builtInRegistryMatchesFiles()
{
    // The registry compiled into the library is the same data.
    const auto &builtIn = DefinitionRegistry::instance().types();
    const auto &files = registryFromFiles().types();
    QCOMPARE(builtIn.size(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        QCOMPARE(builtIn.at(i).id(), files.at(i).id());
        QCOMPARE(builtIn.at(i).templateHeaders(), files.at(i).templateHeaders());
    }
}

QTEST_GUILESS_MAIN(TestSpecConformance)
#include "tst_specconformance.moc"
