// End to end: the real ccbulk-cli run as a process, its words, exit codes and
// JSON shapes as cli.md fixes them. Every run gets HOME, XDG_CONFIG_HOME and
// XDG_DATA_HOME in a temporary folder, so no user settings or data leak in,
// and a C.UTF-8 locale.
//
// validate checks a file against the tenant too. Tests whose point is the
// file itself use data whose references resolve in a new, empty tenant (the
// default one of the temporary data folder); tests of whole valid files run
// against a prepared tenant (--tenant), filled the way a user fills one: the
// prerequisite files under cli/tenant imported with ccbulk-cli, in order.

#include "definitions/definitionregistry.h"
#include "tenant/local/localtenant.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

enum ExitCode
{
    Success = 0,
    FileHasErrors = 1,
    Usage = 2,
    Refused = 3
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString dataFile(const QString &name)
{
    return test::dataPath(QStringLiteral("cli/") + name);
}

const TypeDefinition &type(const QString &id)
{
    const TypeDefinition *found = DefinitionRegistry::instance().find(id);
    if (!found) {
        qFatal("no type %s", qPrintable(id));
    }
    return *found;
}

QString issuesText(const QJsonObject &report)
{
    return QString::fromUtf8(
        QJsonDocument(report.value(QStringLiteral("issues")).toArray()).toJson());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void typesText();
    void typesJson_data();
    void typesJson();
    void templateToStdout_data();
    void templateToStdout();
    void templateToFile();
    void templateToUnwritablePath();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();

    void validFiles_data();
    void validFiles();
    void fileWithErrors_data();
    void fileWithErrors();
    void rowNumbersCountRecordsNotLines();
    void windows1252Semicolons();
    void refusedFiles_data();
    void refusedFiles();
    void rowLimit();
    void sizeLimit();
    void limitsFromSettings();
    void swedishMessages();
    void humanOutput();
    void humanOutputValid();
    void humanOutputRefused();
    void standardInput();
    void countsAgainstTheTenant();

private:
    QProcessEnvironment environment(const QString &home) const;
    Run run(const QStringList &arguments, const QString &home = QString()) const;
    QJsonObject runJson(const QStringList &arguments, int *exitCode) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    // The arguments with --tenant naming the prepared tenant.
    QStringList onPrepared(const QStringList &arguments) const;
    void prepareTenant();

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    QTemporaryDir m_tenants;
    QString m_prepared;
};

QProcessEnvironment TestCli::environment(const QString &homePath) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("HOME"), homePath);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), homePath + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), homePath + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), homePath + QStringLiteral("/cache"));
    return environment;
}

Run TestCli::run(const QStringList &arguments, const QString &home) const
{
    QProcess process;
    process.setProcessEnvironment(environment(home.isEmpty() ? m_home.path() : home));
    process.setWorkingDirectory(m_files.path());
    process.start(QStringLiteral(CCBULK_CLI_PATH), arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        qWarning("ccbulk-cli did not start: %s", qPrintable(process.errorString()));
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning("ccbulk-cli timed out: %s", qPrintable(arguments.join(u' ')));
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

QJsonObject TestCli::runJson(const QStringList &arguments, int *exitCode) const
{
    const Run result = run(arguments);
    *exitCode = result.exitCode;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object (%s): %s / %s", qPrintable(error.errorString()),
                 result.out.constData(), result.err.constData());
        return QJsonObject();
    }
    return document.object();
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QStringList TestCli::onPrepared(const QStringList &arguments) const
{
    return QStringList{u"--tenant"_s, m_prepared} + arguments;
}

void TestCli::prepareTenant()
{
    // What a tenant holds that no file imports: external types (2.9), as a
    // copy of a real tenant has them, and audio files (a ZIP, not a CSV).
    {
        LocalTenant tenant(m_prepared);
        QString error;
        QVERIFY2(tenant.open(&error), qPrintable(error));
        const QList<QPair<QString, QString>> objects{{u"multimedia-profile"_s, u"Default MM"_s},
                                                     {u"multimedia-profile"_s, u"Chat Only"_s},
                                                     {u"audio-file"_s, u"hold-music.wav"_s},
                                                     {u"audio-file"_s, u"welcome.wav"_s}};
        for (const auto &[typeId, name] : objects) {
            Tenant::Change change;
            change.object.typeId = typeId;
            change.object.key = name;
            change.object.fields.insert(u"Name"_s, name);
            QList<Tenant::ChangeResult> results;
            QVERIFY2(tenant.apply(typeId, {change}, &results, &error), qPrintable(error));
            QVERIFY2(results.value(0).ok, qPrintable(results.value(0).error));
        }
    }
    // The rest as a user would: each type's file, in dependency order.
    const QDir folder(test::dataPath(u"cli/tenant"_s));
    const QStringList files = folder.entryList({u"*-*.csv"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 7);
    for (const QString &file : files) {
        const QString typeId = file.section(u'-', 1).section(u'.', 0, 0);
        const Run result = run(onPrepared({u"import"_s, typeId, folder.filePath(file)}));
        QVERIFY2(result.exitCode == Success,
                 qPrintable(file + u": "_s + QString::fromUtf8(result.out + result.err)));
    }
    const Run people =
        run(onPrepared({u"people"_s, u"import"_s, folder.filePath(u"people.csv"_s)}));
    QVERIFY2(people.exitCode == Success, people.err.constData());
}

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_files.isValid());
    QVERIFY(m_tenants.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CCBULK_CLI_PATH)), CCBULK_CLI_PATH);
    QVERIFY(QFile::exists(dataFile(QStringLiteral("team_valid.csv"))));
    m_prepared = m_tenants.filePath(u"prepared.sqlite"_s);
    prepareTenant();
}

void TestCli::typesText()
{
    const Run result = run({QStringLiteral("types")});
    QCOMPARE(result.exitCode, int(Success));
    QVERIFY(result.err.isEmpty());
    const QString text = QString::fromUtf8(result.out);
    const auto &types = DefinitionRegistry::instance().types();
    QCOMPARE(types.size(), 17);
    QStringList idsInOrder;
    for (const QString &line : text.split(u'\n')) {
        if (!line.isEmpty() && !line.front().isSpace()) {
            idsInOrder << line.section(u' ', 0, 0);
        }
    }
    QStringList expected;
    for (const TypeDefinition &definition : types) {
        expected << definition.id();
        QVERIFY2(text.contains(definition.name(QStringLiteral("en"))), qPrintable(definition.id()));
    }
    QCOMPARE(idsInOrder, expected);
}

void TestCli::typesJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("queueName");

    QTest::newRow("default (C locale: English)")
        << QStringList{QStringLiteral("types"), QStringLiteral("--json")} << QStringLiteral("en")
        << QStringLiteral("Queue");
    QTest::newRow("--lang en") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                              QStringLiteral("types"), QStringLiteral("--json")}
                               << QStringLiteral("en") << QStringLiteral("Queue");
    QTest::newRow("--lang sv") << QStringList{QStringLiteral("--lang"), QStringLiteral("sv"),
                                              QStringLiteral("types"), QStringLiteral("--json")}
                               << QStringLiteral("sv") << QStringLiteral("Kö");
    QTest::newRow("--lang=sv after the command")
        << QStringList{QStringLiteral("types"), QStringLiteral("--json"),
                       QStringLiteral("--lang=sv")}
        << QStringLiteral("sv") << QStringLiteral("Kö");
}

void TestCli::typesJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QString, queueName);

    int exitCode = -1;
    const QJsonObject document = runJson(arguments, &exitCode);
    QCOMPARE(exitCode, int(Success));
    QCOMPARE(document.keys(), QStringList{QStringLiteral("types")});
    const QJsonArray list = document.value(QStringLiteral("types")).toArray();
    const auto &types = DefinitionRegistry::instance().types();
    QCOMPARE(list.size(), 17);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const TypeDefinition &definition = types.at(i);
        QCOMPARE(entry.size(), 3);
        QCOMPARE(entry.value(QStringLiteral("id")).toString(), definition.id());
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), definition.name(language));
        const QString format = entry.value(QStringLiteral("format")).toString();
        QCOMPARE(format, definition.id() == QLatin1String("audio-file") ? QStringLiteral("zip")
                                                                        : QStringLiteral("csv"));
        if (definition.id() == QLatin1String("queue")) {
            QCOMPARE(entry.value(QStringLiteral("name")).toString(), queueName);
        }
    }
    QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("entry-point"));
    QCOMPARE(list.last().toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("audio-file"));
}

void TestCli::templateToStdout_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("extra");

    QTest::newRow("team") << QStringLiteral("team") << QStringList();
    QTest::newRow("team, -o -") << QStringLiteral("team")
                                << QStringList{QStringLiteral("-o"), QStringLiteral("-")};
    QTest::newRow("queue") << QStringLiteral("queue") << QStringList();
    QTest::newRow("user") << QStringLiteral("user") << QStringList();
    QTest::newRow("agent-profile") << QStringLiteral("agent-profile") << QStringList();
}

void TestCli::templateToStdout()
{
    QFETCH(QString, id);
    QFETCH(QStringList, extra);

    const Run result = run(QStringList{QStringLiteral("template"), id} + extra);
    QCOMPARE(result.exitCode, int(Success));
    QVERIFY(result.err.isEmpty());
    const QByteArray expected =
        "\xEF\xBB\xBF" + type(id).templateHeaders().join(u',').toUtf8() + "\r\n";
    QVERIFY(result.out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(result.out.endsWith("\r\n"));
    QCOMPARE(result.out.count('\n'), 1);
    QCOMPARE(result.out, expected);
}

void TestCli::templateToFile()
{
    const QString path = m_files.filePath(QStringLiteral("queue-template.csv"));
    const Run result =
        run({QStringLiteral("template"), QStringLiteral("queue"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, int(Success));
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, "\xEF\xBB\xBF" +
                        type(QStringLiteral("queue")).templateHeaders().join(u',').toUtf8() +
                        "\r\n");
    // A template is a header without rows: validating it refuses the file.
    const Run validate = run({QStringLiteral("validate"), QStringLiteral("queue"), path});
    QCOMPARE(validate.exitCode, int(Refused));

    // --output is the long spelling; an existing file is replaced.
    const Run again =
        run({QStringLiteral("template"), QStringLiteral("site"), QStringLiteral("--output"), path});
    QCOMPARE(again.exitCode, int(Success));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFName,Multimedia Profile\r\n"));
}

void TestCli::templateToUnwritablePath()
{
    const QString path = m_files.filePath(QStringLiteral("no/such/folder/team.csv"));
    const Run result =
        run({QStringLiteral("template"), QStringLiteral("team"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, int(Refused));
    QVERIFY(!result.err.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorText"); // a part of standard error

    QTest::newRow("template audio-file")
        << QStringList{QStringLiteral("template"), QStringLiteral("audio-file")} << int(Refused)
        << QStringLiteral("ZIP");
    QTest::newRow("template nosuchtype")
        << QStringList{QStringLiteral("template"), QStringLiteral("nosuchtype")} << int(Usage)
        << QStringLiteral("nosuchtype");
    QTest::newRow("template without type")
        << QStringList{QStringLiteral("template")} << int(Usage) << QStringLiteral("template");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << int(Usage) << QStringLiteral("frobnicate");
    QTest::newRow("no command") << QStringList() << int(Usage) << QStringLiteral("Usage");
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("types")} << int(Usage)
        << QStringLiteral("--frobnicate");
    QTest::newRow("unknown option after the command")
        << QStringList{QStringLiteral("types"), QStringLiteral("-x")} << int(Usage)
        << QStringLiteral("-x");
    QTest::newRow("--lang xx") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"),
                                              QStringLiteral("types")}
                               << int(Usage) << QStringLiteral("xx");
    QTest::newRow("--lang=xx") << QStringList{QStringLiteral("--lang=xx"), QStringLiteral("types")}
                               << int(Usage) << QStringLiteral("xx");
    QTest::newRow("--lang without value")
        << QStringList{QStringLiteral("--lang")} << int(Usage) << QStringLiteral("--lang");
    QTest::newRow("types with an argument")
        << QStringList{QStringLiteral("types"), QStringLiteral("queue")} << int(Usage)
        << QStringLiteral("types");
    QTest::newRow("validate without file")
        << QStringList{QStringLiteral("validate"), QStringLiteral("team")} << int(Usage)
        << QStringLiteral("validate");
    QTest::newRow("validate nosuchtype")
        << QStringList{QStringLiteral("validate"), QStringLiteral("nosuchtype"),
                       dataFile(QStringLiteral("team_valid.csv"))}
        << int(Usage) << QStringLiteral("nosuchtype");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, errorText);

    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    // Nothing a script would read as a result goes to standard output.
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(errorText), result.err.constData());
}

void TestCli::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, int(Success));
    QVERIFY(help.out.contains("validate TYPE FILE"));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, int(Success));
    QVERIFY(!version.out.trimmed().isEmpty());
}

void TestCli::validFiles_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("rows");
    // Objects against the prepared tenant (cli/tenant): to create, to update,
    // unchanged.
    QTest::addColumn<QList<int>>("objects");

    // Support EU and Kundtjänst Östra are as the tenant holds them; Overflow
    // has another Capacity there.
    QTest::newRow("team") << QStringLiteral("team") << QStringLiteral("team_valid.csv") << 3
                          << QList<int>{0, 1, 2};
    QTest::newRow("site") << QStringLiteral("site") << QStringLiteral("site_valid.csv") << 3
                          << QList<int>{1, 0, 2};
    QTest::newRow("queue, parent values on every row")
        << QStringLiteral("queue") << QStringLiteral("queue_valid.csv") << 5 << QList<int>{3, 0, 0};
    // Support Queue as export writes it; Sales Queue with the parent on a row
    // of its own, then its groups out of order.
    QTest::newRow("queue, export layout")
        << QStringLiteral("queue") << QStringLiteral("queue_export_layout.csv") << 6
        << QList<int>{2, 0, 0};
    QTest::newRow("outdial-queue, export layout")
        << QStringLiteral("outdial-queue") << QStringLiteral("outdial-queue_export_layout.csv") << 2
        << QList<int>{1, 0, 0};
    // Users are only ever updated: the people import made all three.
    QTest::newRow("user") << QStringLiteral("user") << QStringLiteral("user_valid.csv") << 3
                          << QList<int>{0, 3, 0};
    QTest::newRow("skill-profile")
        << QStringLiteral("skill-profile") << QStringLiteral("skill-profile_valid.csv") << 4
        << QList<int>{1, 1, 0};
    QTest::newRow("entry-point-mapping")
        << QStringLiteral("entry-point-mapping") << QStringLiteral("entry-point-mapping_valid.csv")
        << 3 << QList<int>{3, 0, 0};
    QTest::newRow("address-book") << QStringLiteral("address-book")
                                  << QStringLiteral("address-book_valid.csv") << 3
                                  << QList<int>{2, 0, 0};
    QTest::newRow("outdial-ani") << QStringLiteral("outdial-ani")
                                 << QStringLiteral("outdial-ani_valid.csv") << 3
                                 << QList<int>{2, 0, 0};
}

void TestCli::validFiles()
{
    QFETCH(QString, id);
    QFETCH(QString, fileName);
    QFETCH(int, rows);
    QFETCH(QList<int>, objects);

    int exitCode = -1;
    const QJsonObject report = runJson(
        onPrepared({QStringLiteral("validate"), id, dataFile(fileName), QStringLiteral("--json")}),
        &exitCode);
    const bool clean = exitCode == Success && report.value(QStringLiteral("valid")).toBool() &&
                       report.value(QStringLiteral("issues")).toArray().isEmpty();
    // The export layouts: later rows of a parent/child object leave the
    // parent cells empty (section 2.11). Each row used to be checked on its
    // own, so those rows failed "A value is required." on the required parent
    // columns, and conditions on a parent column (Outdial Campaign Enabled =
    // TRUE) were read from the empty cell.
    QVERIFY2(clean,
             qPrintable(QStringLiteral("exit %1: %2").arg(exitCode).arg(issuesText(report))));

    QCOMPARE(exitCode, int(Success));
    QCOMPARE(report.value(QStringLiteral("valid")), QJsonValue(true));
    QCOMPARE(report.value(QStringLiteral("rows")).toInt(-1), rows);
    QVERIFY(report.value(QStringLiteral("issues")).isArray());
    QVERIFY(report.value(QStringLiteral("issues")).toArray().isEmpty());
    // What the import would do, by object, against the tenant.
    QCOMPARE(report.size(), 6);
    QCOMPARE((QList<int>{report.value(u"create"_s).toInt(-1), report.value(u"update"_s).toInt(-1),
                         report.value(u"unchanged"_s).toInt(-1)}),
             objects);
}

void TestCli::fileWithErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("rows");
    // "row:column" of each issue, in report order.
    QTest::addColumn<QStringList>("issues");

    // Upper-case headers, as vendor exports write them.
    QTest::newRow("team, upper-case headers")
        << QStringLiteral("team") << QStringLiteral("team_errors.csv") << 4
        << QStringList{QStringLiteral("3:Type"), QStringLiteral("4:DN"),
                       QStringLiteral("4:Capacity"), QStringLiteral("5:Name")};
    // Aliases (E-mail, Desktop Profile) in upper case.
    QTest::newRow("user, aliased headers")
        << QStringLiteral("user") << QStringLiteral("user_errors.csv") << 2
        << QStringList{QStringLiteral("2:Email"), QStringLiteral("3:Teams"),
                       QStringLiteral("3:Agent Profile")};
}

void TestCli::fileWithErrors()
{
    QFETCH(QString, id);
    QFETCH(QString, fileName);
    QFETCH(int, rows);
    QFETCH(QStringList, issues);

    int exitCode = -1;
    const QJsonObject report = runJson(
        onPrepared({QStringLiteral("validate"), id, dataFile(fileName), QStringLiteral("--json")}),
        &exitCode);
    QCOMPARE(exitCode, int(FileHasErrors));
    QCOMPARE(report.value(QStringLiteral("valid")), QJsonValue(false));
    QCOMPARE(report.value(QStringLiteral("rows")).toInt(-1), rows);

    const QStringList headers = type(id).templateHeaders();
    QStringList found;
    for (const QJsonValue &value : report.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject issue = value.toObject();
        QCOMPARE(issue.size(), 4);
        QVERIFY(issue.value(QStringLiteral("row")).isDouble());
        QVERIFY(issue.value(QStringLiteral("message")).isString());
        QVERIFY(!issue.value(QStringLiteral("message")).toString().isEmpty());
        const QString severity = issue.value(QStringLiteral("severity")).toString();
        QVERIFY2(severity == QLatin1String("error") || severity == QLatin1String("warning"),
                 qPrintable(severity));
        const QJsonValue column = issue.value(QStringLiteral("column"));
        QVERIFY(column.isString() || column.isNull());
        if (column.isString()) {
            // The definition's spelling, never the file's.
            QVERIFY2(headers.contains(column.toString()), qPrintable(column.toString()));
        }
        if (severity == QLatin1String("error")) {
            found << QStringLiteral("%1:%2")
                         .arg(issue.value(QStringLiteral("row")).toInt())
                         .arg(column.toString());
        }
    }
    QCOMPARE(found, issues);
}

void TestCli::rowNumbersCountRecordsNotLines()
{
    // Row 2 spans three lines; the failing record is spreadsheet row 3 (line 5).
    // Work types refer to nothing, so an empty tenant has nothing to add.
    int exitCode = -1;
    const QJsonObject report =
        runJson({QStringLiteral("validate"), QStringLiteral("work-type"),
                 dataFile(QStringLiteral("work-type_multiline.csv")), QStringLiteral("--json")},
                &exitCode);
    QCOMPARE(exitCode, int(FileHasErrors));
    QCOMPARE(report.value(QStringLiteral("rows")).toInt(), 2);
    const QJsonArray issues = report.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    const QJsonObject issue = issues.first().toObject();
    QCOMPARE(issue.value(QStringLiteral("row")).toInt(), 3);
    QCOMPARE(issue.value(QStringLiteral("column")).toString(), QStringLiteral("Type"));
    QVERIFY(issue.value(QStringLiteral("message")).toString().contains(QStringLiteral("SQUAD")));

    // The same in a file written here, with two multi-line cells and LF ends.
    const QString path = writeFile(
        QStringLiteral("multiline-lf.csv"),
        "Name,Multimedia Profile\n\"Site\nOne\",\"Profile\n\nA\"\nGood,Default Multimedia "
        "Profile\nBad.Site,MM\n");
    const QJsonObject second = runJson(
        {QStringLiteral("validate"), QStringLiteral("site"), path, QStringLiteral("--json")},
        &exitCode);
    QCOMPARE(exitCode, int(FileHasErrors));
    QStringList rows;
    for (const QJsonValue &value : second.value(QStringLiteral("issues")).toArray()) {
        rows << QStringLiteral("%1:%2")
                    .arg(value.toObject().value(QStringLiteral("row")).toInt())
                    .arg(value.toObject().value(QStringLiteral("column")).toString());
    }
    // "Site\nOne" has a line break the pattern rejects (row 2); "Bad.Site" a
    // dot (row 4, physical line 7).
    QCOMPARE(rows, (QStringList{QStringLiteral("2:Name"), QStringLiteral("4:Name")}));
}

void TestCli::windows1252Semicolons()
{
    // What Excel writes on a Swedish Windows: Windows-1252 bytes, semicolons.
    const QByteArray bytes = "Name;Site;Type;Multimedia Profile;Skill Profile;DN;Capacity;"
                             "Desktop Layout\r\n"
                             "Kundtj\xe4nst;Stockholm;AGENT;;;;;\r\n"
                             "\xd6stra F\xf6rs\xe4ljning;Malmo-2;CAPACITY;;;08-555-12;2;\r\n"
                             "\xc5rets \xe5terf\xf6rs\xe4ljare;Stockholm;agent;;;;;\r\n";
    const QString path = writeFile(QStringLiteral("excel-sv.csv"), bytes);
    int exitCode = -1;
    // Against the prepared tenant, where the teams' sites exist.
    const QJsonObject report =
        runJson(onPrepared({QStringLiteral("validate"), QStringLiteral("team"), path,
                            QStringLiteral("--json")}),
                &exitCode);
    QVERIFY2(exitCode == Success, qPrintable(issuesText(report)));
    QCOMPARE(report.value(QStringLiteral("valid")), QJsonValue(true));
    QCOMPARE(report.value(QStringLiteral("rows")).toInt(), 3);
    QVERIFY(report.value(QStringLiteral("issues")).toArray().isEmpty());
    // Three new teams: the decoded names are not the tenant's Kundtjänst Östra.
    QCOMPARE(report.value(u"create"_s).toInt(-1), 3);
    QCOMPARE(report.value(u"update"_s).toInt(-1), 0);

    // The letters were decoded, not replaced: a site name may not hold them,
    // and the message shows the real letter.
    const QString site =
        writeFile(QStringLiteral("excel-site.csv"), "Name;Multimedia Profile\r\nMalm\xf6;MM\r\n");
    const QJsonObject siteReport = runJson(
        {QStringLiteral("validate"), QStringLiteral("site"), site, QStringLiteral("--json")},
        &exitCode);
    QCOMPARE(exitCode, int(FileHasErrors));
    const QJsonArray issues = siteReport.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    const QString message = issues.first().toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("Malmö")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("ö")), qPrintable(message));
}

void TestCli::refusedFiles_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("messagePart");

    // The quote opens on row 3 (line 4, after a two-line cell) and never closes.
    QTest::newRow("quote left open")
        << QStringLiteral("team") << dataFile(QStringLiteral("team_open_quote.csv")) << 3
        << QStringLiteral("row 3");
    QTest::newRow("missing required header")
        << QStringLiteral("site") << dataFile(QStringLiteral("site_missing_header.csv")) << 0
        << QStringLiteral("Multimedia Profile");
    QTest::newRow("missing file") << QStringLiteral("team")
                                  << dataFile(QStringLiteral("no-such-file.csv")) << 0
                                  << QStringLiteral("no-such-file.csv");
    QTest::newRow("header only") << QStringLiteral("team")
                                 << dataFile(QStringLiteral("team_header_only.csv")) << 0
                                 << QStringLiteral("no data rows");
}

void TestCli::refusedFiles()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    QFETCH(int, row);
    QFETCH(QString, messagePart);

    int exitCode = -1;
    const QJsonObject report =
        runJson({QStringLiteral("validate"), id, path, QStringLiteral("--json")}, &exitCode);
    QCOMPARE(exitCode, int(Refused));
    QCOMPARE(report.value(QStringLiteral("valid")), QJsonValue(false));
    const QJsonArray issues = report.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    const QJsonObject issue = issues.first().toObject();
    QCOMPARE(issue.value(QStringLiteral("row")).toInt(-1), row);
    // A refusal is about the file (no column), except a quote left open,
    // which names the row and the column where it opened.
    QCOMPARE(issue.value(QStringLiteral("column")).isNull(), row == 0);
    QCOMPARE(issue.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    const QString message = issue.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
}

void TestCli::rowLimit()
{
    // The multimedia profile every new tenant holds: the rows are valid in the
    // empty default tenant.
    QByteArray atLimit = "Name,Multimedia Profile\r\n";
    for (int i = 1; i <= 5000; ++i) {
        atLimit += "Site " + QByteArray::number(i) + ",Default Multimedia Profile\r\n";
    }
    int exitCode = -1;
    const QJsonObject accepted =
        runJson({QStringLiteral("validate"), QStringLiteral("site"),
                 writeFile(QStringLiteral("rows-5000.csv"), atLimit), QStringLiteral("--json")},
                &exitCode);
    QCOMPARE(exitCode, int(Success));
    QCOMPARE(accepted.value(QStringLiteral("rows")).toInt(), 5000);
    QCOMPARE(accepted.value(u"create"_s).toInt(-1), 5000);
    QVERIFY(accepted.value(u"issues"_s).toArray().isEmpty());

    // Blank rows are not counted.
    const QJsonObject blanks =
        runJson({QStringLiteral("validate"), QStringLiteral("site"),
                 writeFile(QStringLiteral("rows-5000-blanks.csv"), atLimit + "\r\n,\r\n , \r\n"),
                 QStringLiteral("--json")},
                &exitCode);
    QCOMPARE(exitCode, int(Success));
    QCOMPARE(blanks.value(QStringLiteral("rows")).toInt(), 5000);
    QCOMPARE(blanks.value(u"create"_s).toInt(-1), 5000);

    const QJsonObject refused =
        runJson({QStringLiteral("validate"), QStringLiteral("site"),
                 writeFile(QStringLiteral("rows-5001.csv"),
                           atLimit + "Site 5001,Default Multimedia Profile\r\n"),
                 QStringLiteral("--json")},
                &exitCode);
    QCOMPARE(exitCode, int(Refused));
    QCOMPARE(refused.value(QStringLiteral("valid")), QJsonValue(false));
    const QJsonArray issues = refused.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    const QJsonObject issue = issues.first().toObject();
    QCOMPARE(issue.value(QStringLiteral("row")).toInt(-1), 0);
    QVERIFY(issue.value(QStringLiteral("column")).isNull());
    const QString message = issue.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("5000")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("5001")), qPrintable(message));
}

void TestCli::sizeLimit()
{
    const qint64 limit = 5 * 1024 * 1024;
    // Rows of about 1.2 KB, so that 5 MB stays under the row limit: skill
    // definitions with a long list of enumeration values (each item short,
    // repeats counting once), a type that refers to nothing, so the rows are
    // valid in the empty default tenant. The last row is padded to reach
    // exactly the size wanted.
    auto fileOfSize = [](qint64 size) {
        QByteArray bytes = "Name,Description,Service Level Threshold,Type,List Values For Enum\r\n";
        const QByteArray values = QByteArray("Level|").repeated(200);
        int i = 0;
        while (bytes.size() + 1300 < size) {
            bytes += "Skill " + QByteArray::number(++i) + ",,10,ENUM," + values + "\r\n";
        }
        const QByteArray last = "Skill " + QByteArray::number(++i) + ",,10,ENUM,";
        bytes += last + values.left(size - bytes.size() - last.size() - 2) + "\r\n";
        return bytes;
    };
    const QByteArray atLimit = fileOfSize(limit);
    QCOMPARE(qint64(atLimit.size()), limit);
    int exitCode = -1;
    const QJsonObject accepted =
        runJson({QStringLiteral("validate"), QStringLiteral("skill-definition"),
                 writeFile(QStringLiteral("size-at-limit.csv"), atLimit), QStringLiteral("--json")},
                &exitCode);
    QVERIFY2(exitCode == Success, qPrintable(issuesText(accepted)));
    QCOMPARE(accepted.value(u"create"_s).toInt(-1), accepted.value(u"rows"_s).toInt(-2));

    const QByteArray over = fileOfSize(limit + 1);
    QCOMPARE(qint64(over.size()), limit + 1);
    const QJsonObject refused =
        runJson({QStringLiteral("validate"), QStringLiteral("skill-definition"),
                 writeFile(QStringLiteral("size-over-limit.csv"), over), QStringLiteral("--json")},
                &exitCode);
    QCOMPARE(exitCode, int(Refused));
    QCOMPARE(refused.value(QStringLiteral("valid")), QJsonValue(false));
    const QJsonArray issues = refused.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    const QJsonObject issue = issues.first().toObject();
    QCOMPARE(issue.value(QStringLiteral("row")).toInt(-1), 0);
    QVERIFY(issue.value(QStringLiteral("column")).isNull());
    QVERIFY(!issue.value(QStringLiteral("message")).toString().isEmpty());
}

void TestCli::limitsFromSettings()
{
    // The limits are settings: a user's ccbulk.conf lowers the row limit. This
    // also shows that the other tests' HOME keeps such a file out.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("config/ccbulk")));
    QFile settings(home.filePath(QStringLiteral("config/ccbulk/ccbulk.conf")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[limits]\nmaxCsvRows=2\n");
    settings.close();

    const Run result = run({QStringLiteral("validate"), QStringLiteral("site"),
                            dataFile(QStringLiteral("site_valid.csv")), QStringLiteral("--json")},
                           home.path());
    QCOMPARE(result.exitCode, int(Refused));
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    const QString message = report.value(QStringLiteral("issues"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    QVERIFY2(message.contains(QLatin1Char('2')) && message.contains(QLatin1Char('3')),
             qPrintable(message));
}

void TestCli::swedishMessages()
{
    // The prepared tenant: row 2's site is there, so only the file's own
    // errors are reported.
    const QStringList arguments =
        onPrepared({QStringLiteral("validate"), QStringLiteral("team"),
                    dataFile(QStringLiteral("team_errors.csv")), QStringLiteral("--json")});
    int exitCode = -1;
    const QJsonObject english =
        runJson(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments, &exitCode);
    QCOMPARE(exitCode, int(FileHasErrors));
    const QJsonObject swedish =
        runJson(QStringList{QStringLiteral("--lang"), QStringLiteral("sv")} + arguments, &exitCode);
    QCOMPARE(exitCode, int(FileHasErrors));

    // Keys, rows, columns and severities are not translated.
    const QJsonArray englishIssues = english.value(QStringLiteral("issues")).toArray();
    const QJsonArray swedishIssues = swedish.value(QStringLiteral("issues")).toArray();
    QCOMPARE(swedishIssues.size(), englishIssues.size());
    QStringList swedishMessages;
    bool allDiffer = true;
    for (qsizetype i = 0; i < swedishIssues.size(); ++i) {
        const QJsonObject en = englishIssues.at(i).toObject();
        const QJsonObject sv = swedishIssues.at(i).toObject();
        for (const QString &key :
             {QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("severity")}) {
            QCOMPARE(sv.value(key), en.value(key));
        }
        const QString message = sv.value(QStringLiteral("message")).toString();
        swedishMessages << message;
        allDiffer = allDiffer && message != en.value(QStringLiteral("message")).toString();
    }
    const QString joined = swedishMessages.join(u'\n');

    QVERIFY2(allDiffer && joined.contains(QStringLiteral("krävs")), qPrintable(joined));
}

void TestCli::humanOutput()
{
    const Run result = run(onPrepared({QStringLiteral("validate"), QStringLiteral("team"),
                                       dataFile(QStringLiteral("team_errors.csv"))}));
    QCOMPARE(result.exitCode, int(FileHasErrors));
    const QString text = QString::fromUtf8(result.out);
    const QString firstLine = text.section(u'\n', 0, 0);
    QVERIFY2(firstLine.contains(QStringLiteral("team_errors.csv")), qPrintable(text));
    QVERIFY2(firstLine.contains(QStringLiteral("4 row")), qPrintable(text));
    QVERIFY2(firstLine.contains(QStringLiteral("4 error")), qPrintable(text));
    QVERIFY2(firstLine.contains(QStringLiteral("0 warning")), qPrintable(text));
    // Each issue on its own line, with its row and column.
    QVERIFY2(text.contains(QStringLiteral("Row 3, Type")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Row 5, Name")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SQUAD")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("is valid")));
    // Human output is not JSON.
    QVERIFY(QJsonDocument::fromJson(result.out).isNull());
}

void TestCli::humanOutputValid()
{
    const Run result = run(onPrepared({QStringLiteral("validate"), QStringLiteral("site"),
                                       dataFile(QStringLiteral("site_valid.csv"))}));
    QCOMPARE(result.exitCode, int(Success));
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("site_valid.csv")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3 row")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0 error")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("valid")), qPrintable(text));
    QVERIFY2(text.contains(u"1 to create, 0 to update, 2 unchanged"_s), qPrintable(text));
}

void TestCli::humanOutputRefused()
{
    const Run result = run({QStringLiteral("validate"), QStringLiteral("site"),
                            dataFile(QStringLiteral("site_missing_header.csv"))});
    QCOMPARE(result.exitCode, int(Refused));
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("site_missing_header.csv")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("refused")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Multimedia Profile")), qPrintable(text));
}

void TestCli::standardInput()
{
    // "-" reads the file from standard input, for pipes in scripts.
    QProcess process;
    process.setProcessEnvironment(environment(m_home.path()));
    process.setWorkingDirectory(m_files.path());
    process.start(QStringLiteral(CCBULK_CLI_PATH),
                  {QStringLiteral("validate"), QStringLiteral("site"), QStringLiteral("-"),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForStarted(10000));
    process.write("Name;Multimedia Profile\r\nMalm\xf6;MM\r\nLund;Default Multimedia Profile\r\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), int(FileHasErrors));
    const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(report.value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(report.value(u"create"_s).toInt(-1), 1); // Lund
    const QJsonArray issues = report.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    // Windows-1252 from a pipe: the letter is decoded, and named.
    QVERIFY2(issues.at(0).toObject().value(QStringLiteral("message")).toString().contains(u"ö"),
             qPrintable(issuesText(report)));
}

void TestCli::countsAgainstTheTenant()
{
    // A tenant of its own: a new file, then the same file imported, then a
    // changed row.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString tenant = folder.filePath(u"tenant.sqlite"_s);
    const QByteArray sites = "Name,Multimedia Profile\r\n"
                             "Lund,Default Multimedia Profile\r\n"
                             "Umea,Default Multimedia Profile\r\n"
                             "Kiruna,Default Multimedia Profile\r\n";
    const QString path = writeFile(u"counts-sites.csv"_s, sites);
    const QStringList validate{u"--tenant"_s, tenant, u"validate"_s, u"site"_s, path, u"--json"_s};
    auto counts = [](const QJsonObject &report) {
        return QList<int>{report.value(u"create"_s).toInt(-1), report.value(u"update"_s).toInt(-1),
                          report.value(u"unchanged"_s).toInt(-1)};
    };

    int exitCode = -1;
    QJsonObject report = runJson(validate, &exitCode);
    QCOMPARE(exitCode, int(Success));
    QCOMPARE(counts(report), (QList<int>{3, 0, 0}));
    // validate writes nothing: the same again.
    report = runJson(validate, &exitCode);
    QCOMPARE(counts(report), (QList<int>{3, 0, 0}));

    const Run imported = run({u"--tenant"_s, tenant, u"import"_s, u"site"_s, path});
    QCOMPARE(imported.exitCode, int(Success));
    report = runJson(validate, &exitCode);
    QCOMPARE(exitCode, int(Success));
    QCOMPARE(counts(report), (QList<int>{0, 0, 3}));

    // One changed, one new, one the same; a reference that does not exist is
    // an error of its row, with a suggestion, and its object is not counted.
    const QString changed =
        writeFile(u"counts-sites-changed.csv"_s, "Name,Multimedia Profile\r\n"
                                                 "lund,Default Multimedia Profile\r\n"
                                                 "Umea,Default Multimedia Profle\r\n"
                                                 "Abisko,Default Multimedia Profile\r\n");
    report =
        runJson({u"--tenant"_s, tenant, u"validate"_s, u"site"_s, changed, u"--json"_s}, &exitCode);
    QCOMPARE(exitCode, int(FileHasErrors));
    QCOMPARE(report.value(u"valid"_s), QJsonValue(false));
    QCOMPARE(counts(report), (QList<int>{1, 0, 1}));
    const QJsonArray issues = report.value(u"issues"_s).toArray();
    QCOMPARE(issues.size(), 1);
    const QJsonObject issue = issues.first().toObject();
    QCOMPARE(issue.value(u"row"_s).toInt(), 3);
    QCOMPARE(issue.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(issue.value(u"column"_s).toString(), u"Multimedia Profile"_s);
    QVERIFY2(issue.value(u"message"_s).toString().contains(u"Did you mean"_s),
             qPrintable(issuesText(report)));

    // --offline checks the file against its type alone: the same file is
    // valid then, and the counts, which need the tenant, are null.
    report = runJson(
        {u"--tenant"_s, tenant, u"validate"_s, u"site"_s, changed, u"--offline"_s, u"--json"_s},
        &exitCode);
    QCOMPARE(exitCode, int(Success));
    QCOMPARE(report.value(u"valid"_s), QJsonValue(true));
    QVERIFY(report.value(u"create"_s).isNull());
    QVERIFY(report.value(u"update"_s).isNull());
    QVERIFY(report.value(u"unchanged"_s).isNull());
    QCOMPARE(report.value(u"issues"_s).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
