#include "definitions/definitionregistry.h"
#include "tenant/local/localcheckpointer.h"
#include "tenant/local/localtenant.h"
#include "tenant/peopleimport.h"
#include "testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <memory>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

using Change = Tenant::Change;
using ChangeResult = Tenant::ChangeResult;

// A second connection to a tenant's file, as another program would hold it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = QString())
        : m_name(u"raw-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (!db.open()) {
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        }
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            return QVariant();
        }
        return query.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

// A clock the test moves by hand.
struct TestClock
{
    QDateTime now = QDateTime(QDate(2024, 3, 1), QTime(8, 15, 30, 123), Qt::UTC);
    std::function<QDateTime()> function()
    {
        return [this] {
            return now;
        };
    }
};

TenantObject object(const QString &key, const FieldMap &fields = FieldMap(),
                    const QList<FieldMap> &children = {})
{
    TenantObject result;
    result.key = key;
    result.fields = fields;
    if (!result.fields.contains(u"Name"_s)) {
        result.fields.insert(u"Name"_s, key);
    }
    result.children = children;
    return result;
}

Change create(const TenantObject &object)
{
    return Change{Change::Kind::Create, object};
}

Change update(const QString &id, TenantObject object)
{
    object.id = id;
    return Change{Change::Kind::Update, object};
}

QStringList keys(const QList<TenantObject> &objects)
{
    QStringList list;
    for (const TenantObject &object : objects) {
        list << object.key;
    }
    list.sort();
    return list;
}

QList<bool> oks(const QList<ChangeResult> &results)
{
    QList<bool> list;
    for (const ChangeResult &result : results) {
        list << result.ok;
    }
    return list;
}

} // namespace

class TestLocalTenant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void openCreatesWalDatabaseAtLatestVersion();
    void defaultPathIsInAppData();
    void newTenantHoldsTheDefaults();
    void defaultsAreNotDuplicatedOnReopen();
    void roundTrip_data();
    void roundTrip();
    void idsStableAndTimesKept();
    void idsAreRandomUuids();
    void storedAsUtf8Text();
    void utf16DatabaseKeepsText();
    void readsWhatOtherWritersStored();
    void duplicateCreateFailsAlone();
    void updateOfUnknownIdFailsAlone();
    void renameOntoAnotherKeyFailsAlone();
    void changeWithoutKeyOrOfAnotherTypeFailsAlone();
    void keyFromFieldsWhenKeyIsEmpty();
    void keyUniqueness_data();
    void keyUniqueness();
    void knowsType_data();
    void knowsType();
    void peopleImportCreatesUsersOnce();
    void personIsCaseInsensitive();
    void newerSchemaIsRefused();
    void version2IsUpgraded();
    void existingFileKeepsItsPageSize();
    void notADatabaseIsRefused();
    void notOpen();
    void integrityAfterBatch();
    void preparedChangesAreStoredAlike();
    void logReachesDatabaseFileWhileOpen();
    void checkpointerThatCannotCheckpointSaysSo();
    void batchIsAtomicWhenLocked();
    void batchIsAtomicWhenFailingMidway();
    void peopleImportIsAtomic();

private:
    std::unique_ptr<LocalTenant> openTenant();
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    TestClock m_clock;
};

void TestLocalTenant::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s), "QSQLITE driver missing");
    QStandardPaths::setTestModeEnabled(true);
}

void TestLocalTenant::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"tenant.sqlite"_s);
    m_clock = TestClock();
}

void TestLocalTenant::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<LocalTenant> TestLocalTenant::openTenant()
{
    auto tenant = std::make_unique<LocalTenant>(m_path);
    tenant->setClock(m_clock.function());
    QString error;
    if (!tenant->open(&error)) {
        qWarning("open failed: %s", qPrintable(error));
        return nullptr;
    }
    return tenant;
}

void TestLocalTenant::openCreatesWalDatabaseAtLatestVersion()
{
    m_path = m_dir->filePath(u"nested/folders/tenant.sqlite"_s);
    auto tenant = openTenant();
    QVERIFY(tenant);
    QVERIFY(tenant->isOpen());
    QVERIFY(QFileInfo::exists(m_path));
    QCOMPARE(tenant->description(), m_path);
    QVERIFY(tenant->capabilities().audioContent);
    QVERIFY(tenant->capabilities().peopleDirectory);

    const RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(raw.value(u"PRAGMA page_size"_s).toInt(), 16384);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), LocalTenant::latestSchemaVersion());
    QVERIFY(LocalTenant::latestSchemaVersion() >= 1);
    // Lookups by type use UNIQUE (type, key); no index of its own (version 3).
    QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'objects_type'"_s).toInt(),
             0);

    // Two tenants on one file use connections of their own.
    LocalTenant second(m_path);
    QString error;
    QVERIFY2(second.open(&error), qPrintable(error));
    QCOMPARE(second.objects(u"work-type"_s, &error)->size(), 2);
}

void TestLocalTenant::defaultPathIsInAppData()
{
    const QString path = LocalTenant::defaultPath();
    QCOMPARE(QFileInfo(path).fileName(), u"tenant.sqlite"_s);
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).isDir());
}

void TestLocalTenant::newTenantHoldsTheDefaults()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    QString error;
    const auto workTypes = tenant->objects(u"work-type"_s, &error);
    QVERIFY2(workTypes, qPrintable(error));
    QCOMPARE(keys(*workTypes),
             (QStringList{u"Default Idle Work Type"_s, u"Default Wrapup Work Type"_s}));
    for (const TenantObject &workType : *workTypes) {
        const QString type = workType.key.contains(u"Idle") ? u"IDLE_CODE"_s : u"WRAP_UP_CODE"_s;
        QCOMPARE(workType.fields,
                 (FieldMap{
                     {u"Name"_s, workType.key}, {u"Description"_s, QString()}, {u"Type"_s, type}}));
        QCOMPARE(workType.typeId, u"work-type"_s);
        QVERIFY(workType.children.isEmpty());
        QVERIFY(!workType.id.isEmpty());
        QCOMPARE(workType.created, m_clock.now);
        QCOMPARE(workType.updated, m_clock.now);
    }
    // The work types' fields are the definition's headers.
    QCOMPARE(QStringList(workTypes->first().fields.keys()).size(),
             DefinitionRegistry::instance().find(u"work-type")->columns().size());

    const auto profiles = tenant->objects(u"multimedia-profile"_s, &error);
    QVERIFY2(profiles, qPrintable(error));
    QCOMPARE(profiles->size(), 1);
    QCOMPARE(profiles->first().fields, (FieldMap{{u"Name"_s, u"Default Multimedia Profile"_s}}));
    const auto layouts = tenant->objects(u"desktop-layout"_s, &error);
    QVERIFY2(layouts, qPrintable(error));
    QCOMPARE(keys(*layouts), QStringList{u"Global Layout"_s});
    QCOMPARE(layouts->first().fields, (FieldMap{{u"Name"_s, u"Global Layout"_s}}));
}

void TestLocalTenant::defaultsAreNotDuplicatedOnReopen()
{
    QString firstId;
    {
        auto tenant = openTenant();
        QVERIFY(tenant);
        QString error;
        firstId = tenant->objects(u"desktop-layout"_s, &error)->first().id;
    }
    m_clock.now = m_clock.now.addDays(3);
    for (int round = 0; round < 2; ++round) {
        auto tenant = openTenant();
        QVERIFY(tenant);
        QString error;
        QCOMPARE(tenant->objects(u"work-type"_s, &error)->size(), 2);
        const auto layouts = tenant->objects(u"desktop-layout"_s, &error);
        QCOMPARE(layouts->size(), 1);
        QCOMPARE(layouts->first().id, firstId);
        QCOMPARE(tenant->objects(u"multimedia-profile"_s, &error)->size(), 1);
    }
}

void TestLocalTenant::roundTrip_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QString>("key");
    QTest::addColumn<FieldMap>("fields");
    QTest::addColumn<QList<FieldMap>>("children");

    QTest::newRow("site, Swedish letters")
        << u"site"_s << u"Göteborg Väst"_s
        << FieldMap{{u"Name"_s, u"Göteborg Väst"_s},
                    {u"Multimedia Profile"_s, u"Default Multimedia Profile"_s}}
        << QList<FieldMap>();
    QTest::newRow("queue with distribution groups and lists")
        << u"queue"_s << u"Kö Sälj"_s
        << FieldMap{{u"Name"_s, u"Kö Sälj"_s},
                    {u"Description"_s, u"Årets kö, \"citat\" och ; semikolon"_s},
                    {u"Channel Type"_s, u"TELEPHONY"_s},
                    {u"Timezone"_s, u"Europe/Stockholm"_s},
                    {u"Distribution Group"_s, QString()}}
        << QList<FieldMap>{{{u"Distribution Group Seq"_s, u"1"_s},
                            {u"Group Teams"_s, u"Team Malmö|Team Örebro"_s},
                            {u"Group Fallback Time"_s, QString()}},
                           {{u"Distribution Group Seq"_s, u"2"_s},
                            {u"Group Teams"_s, u"Support|Växel"_s},
                            {u"Group Fallback Time"_s, u"30"_s}}};
    QTest::newRow("text that JSON escapes")
        << u"site"_s << u"Escapes"_s
        << FieldMap{{u"Name"_s, u"Escapes"_s},
                    {u"Description"_s, u"back\\slash \"quoted\"\ttab\r\nline\x01end"_s},
                    {u"Multi\"Key"_s, u"\\"_s}}
        << QList<FieldMap>();
    QTest::newRow("skill profile, emoji and empty child")
        << u"skill-profile"_s << u"Språk"_s
        << FieldMap{{u"Name"_s, u"Språk"_s}, {u"Description"_s, u"Kunskap 🇸🇪"_s}}
        << QList<FieldMap>{{{u"Skill Name"_s, u"Svenska"_s}, {u"Skill Values"_s, u"8"_s}},
                           FieldMap()};
}

void TestLocalTenant::roundTrip()
{
    QFETCH(QString, typeId);
    QFETCH(QString, key);
    QFETCH(FieldMap, fields);
    QFETCH(QList<FieldMap>, children);

    QString id;
    {
        auto tenant = openTenant();
        QVERIFY(tenant);
        QList<ChangeResult> results;
        QString error;
        QVERIFY2(tenant->apply(typeId, {create(object(key, fields, children))}, &results, &error),
                 qPrintable(error));
        QCOMPARE(oks(results), QList<bool>{true});
        id = results.first().id;
        QVERIFY(!id.isEmpty());
        QVERIFY(!id.contains(u'{'));

        const auto stored = tenant->objects(typeId, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().id, id);
        QCOMPARE(stored->first().key, key);
        QCOMPARE(stored->first().typeId, typeId);
        QCOMPARE(stored->first().fields, fields);
        QCOMPARE(stored->first().children, children);

        // An update replaces fields and children as a whole.
        FieldMap changed = fields;
        changed.insert(u"Description"_s, u"Ändrad – “ny”"_s);
        const QList<FieldMap> fewer = children.mid(0, 1);
        QVERIFY2(tenant->apply(typeId, {update(id, object(key, changed, fewer))}, &results, &error),
                 qPrintable(error));
        QCOMPARE(oks(results), QList<bool>{true});
        QCOMPARE(results.first().id, id);
        fields = changed;
        children = fewer;
    }
    auto reopened = openTenant();
    QVERIFY(reopened);
    QString error;
    const auto stored = reopened->objects(typeId, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().id, id);
    QCOMPARE(stored->first().fields, fields);
    QCOMPARE(stored->first().children, children);
}

void TestLocalTenant::idsAreRandomUuids()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    QList<Change> changes;
    for (int i = 0; i < 2000; ++i) {
        changes << create(object(u"Site %1"_s.arg(i)));
    }
    QList<ChangeResult> results;
    QString error;
    QVERIFY2(tenant->apply(u"site"_s, changes, &results, &error), qPrintable(error));
    QSet<QString> ids;
    for (const ChangeResult &result : std::as_const(results)) {
        const QUuid id(result.id);
        QVERIFY2(!id.isNull(), qPrintable(result.id));
        QCOMPARE(id.version(), QUuid::Random);
        QCOMPARE(id.variant(), QUuid::DCE);
        QCOMPARE(result.id, id.toString(QUuid::WithoutBraces));
        ids.insert(result.id);
    }
    QCOMPARE(ids.size(), 2000);
}

void TestLocalTenant::idsStableAndTimesKept()
{
    const QDateTime created = m_clock.now;
    QString id;
    {
        auto tenant = openTenant();
        QVERIFY(tenant);
        QList<ChangeResult> results;
        QString error;
        QVERIFY(tenant->apply(u"site"_s, {create(object(u"Sales"_s))}, &results, &error));
        id = results.first().id;

        m_clock.now = created.addSecs(3600).addMSecs(7);
        TenantObject renamed = object(u"SALES"_s);
        renamed.fields.insert(u"Multimedia Profile"_s, u"Default Multimedia Profile"_s);
        QVERIFY(tenant->apply(u"site"_s, {update(id, renamed)}, &results, &error));
        QCOMPARE(results.first().id, id);

        const auto stored = tenant->objects(u"site"_s, &error);
        QCOMPARE(stored->first().id, id);
        QCOMPARE(stored->first().key, u"SALES"_s); // the update's spelling
        QCOMPARE(stored->first().created, created);
        QCOMPARE(stored->first().updated, m_clock.now);
        QCOMPARE(stored->first().created.timeSpec(), Qt::UTC);
    }
    const QDateTime updated = m_clock.now;
    m_clock.now = updated.addDays(1);
    auto reopened = openTenant();
    QVERIFY(reopened);
    QString error;
    const auto stored = reopened->objects(u"site"_s, &error);
    QCOMPARE(stored->first().id, id);
    QCOMPARE(stored->first().created, created); // milliseconds kept
    QCOMPARE(stored->first().updated, updated);

    const RawConnection raw(m_path);
    QCOMPARE(raw.value(u"SELECT created FROM objects WHERE display_key = 'SALES'"_s).toString(),
             u"2024-03-01T08:15:30.123Z"_s);
}

void TestLocalTenant::storedAsUtf8Text()
{
    // Every column is TEXT; the fields are compact JSON with sorted keys, in
    // UTF-8, escaping only quotes, backslashes and control characters.
    auto tenant = openTenant();
    QVERIFY(tenant);
    QList<ChangeResult> results;
    QString error;
    const FieldMap fields{{u"Name"_s, u"Kö"_s},
                          {u"Description"_s, u"\"å\\\t\x01"
                                             "€ 🇸🇪\x7f"_s},
                          {u"Multimedia Profile"_s, QString()}};
    QVERIFY2(tenant->apply(u"site"_s, {create(object(u"Kö"_s, fields))}, &results, &error),
             qPrintable(error));
    QCOMPARE(oks(results), QList<bool>{true});

    const RawConnection raw(m_path);
    const QString where = u" FROM objects WHERE type = 'site'"_s;
    QCOMPARE(raw.value(u"SELECT typeof(id) || typeof(type) || typeof(key) || typeof(display_key) "
                       "|| typeof(fields) || typeof(children) || typeof(created) || "
                       "typeof(updated)"_s +
                       where)
                 .toString(),
             u"text"_s.repeated(8));
    const QString json = uR"({"Description":"\"å\\\t\u0001€ 🇸🇪)"_s + QChar(0x7f) +
                         uR"(","Multimedia Profile":"","Name":"Kö"})"_s;
    QCOMPARE(raw.value(u"SELECT fields"_s + where).toString(), json);
    QCOMPARE(raw.value(u"SELECT hex(CAST(fields AS BLOB))"_s + where).toString(),
             QString::fromLatin1(json.toUtf8().toHex().toUpper()));
    QCOMPARE(raw.value(u"SELECT children"_s + where).toString(), u"[]"_s);
    QCOMPARE(
        raw.value(u"SELECT key || '|' || display_key || '|' || length(id)"_s + where).toString(),
        u"kö|Kö|36"_s);
}

void TestLocalTenant::utf16DatabaseKeepsText()
{
    // A file made by another program may hold its text as UTF-16: the
    // tenant writes and reads it as text all the same.
    {
        const RawConnection raw(m_path);
        QVERIFY(raw.exec(u"PRAGMA encoding = 'UTF-16le'"_s));
        QVERIFY(raw.exec(u"CREATE TABLE fixes_the_encoding (x)"_s));
        QVERIFY(raw.exec(u"DROP TABLE fixes_the_encoding"_s));
    }
    const FieldMap fields{{u"Name"_s, u"Växjö 🇸🇪"_s}, {u"Description"_s, u"\"citat\"\n"_s}};
    const QList<FieldMap> children{{{u"Skill Name"_s, u"Språk"_s}, {u"Skill Values"_s, u"8"_s}}};
    {
        auto tenant = openTenant();
        QVERIFY(tenant);
        QList<ChangeResult> results;
        QString error;
        QVERIFY2(tenant->apply(u"skill-profile"_s,
                               {create(object(u"Växjö 🇸🇪"_s, fields, children))}, &results, &error),
                 qPrintable(error));
        QCOMPARE(oks(results), QList<bool>{true});
        FieldMap changed = fields;
        changed.insert(u"Description"_s, u"Ändrad"_s);
        QVERIFY2(tenant->apply(u"skill-profile"_s,
                               {update(results.first().id, object(u"Växjö 🇸🇪"_s, changed))},
                               &results, &error),
                 qPrintable(error));
        QCOMPARE(oks(results), QList<bool>{true});
    }
    auto reopened = openTenant();
    QVERIFY(reopened);
    QString error;
    const auto stored = reopened->objects(u"skill-profile"_s, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().key, u"Växjö 🇸🇪"_s);
    QCOMPARE(stored->first().fields.value(u"Description"_s), u"Ändrad"_s);
    QCOMPARE(stored->first().fields.value(u"Name"_s), u"Växjö 🇸🇪"_s);
    QCOMPARE(stored->first().created, m_clock.now);

    const RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA encoding"_s).toString(), u"UTF-16le"_s);
    QCOMPARE(raw.value(u"SELECT typeof(fields) || typeof(id) || typeof(created) FROM objects "
                       "WHERE type = 'skill-profile'"_s)
                 .toString(),
             u"texttexttext"_s);
    QCOMPARE(raw.value(u"SELECT json_extract(fields, '$.Name') FROM objects "
                       "WHERE type = 'skill-profile'"_s)
                 .toString(),
             u"Växjö 🇸🇪"_s);
}

void TestLocalTenant::readsWhatOtherWritersStored()
{
    // JSON with white space or other escapes, and times in other ISO 8601
    // forms, read as the same fields and times; anything else is damaged.
    QVERIFY(openTenant());
    {
        const RawConnection raw(m_path);
        QVERIFY(raw.exec(
            uR"(INSERT INTO objects (id, type, key, display_key, fields, children, created, updated)
                VALUES ('id-1', 'site', 'spaced', 'Spaced',
                        '{ "Name" : "Spaced", "Description" : "\u00e5\/\ud83d\ude00" }', '[ ]',
                        '2024-03-01T08:15:30Z', '2024-03-01T09:15:30.250+01:00'))"_s));
    }
    auto tenant = openTenant();
    QVERIFY(tenant);
    QString error;
    const auto sites = tenant->objects(u"site"_s, &error);
    QVERIFY2(sites, qPrintable(error));
    QCOMPARE(sites->size(), 1);
    QCOMPARE(sites->first().fields,
             (FieldMap{{u"Name"_s, u"Spaced"_s}, {u"Description"_s, u"å/😀"_s}}));
    QVERIFY(sites->first().children.isEmpty());
    QCOMPARE(sites->first().created, QDateTime(QDate(2024, 3, 1), QTime(8, 15, 30), Qt::UTC));
    QCOMPARE(sites->first().updated, QDateTime(QDate(2024, 3, 1), QTime(8, 15, 30, 250), Qt::UTC));
    QCOMPARE(sites->first().updated.timeSpec(), Qt::UTC);

    {
        const RawConnection raw(m_path);
        QVERIFY(raw.exec(uR"(UPDATE objects SET fields = '{"Name": 5}' WHERE id = 'id-1')"_s));
    }
    QVERIFY(!tenant->objects(u"site"_s, &error));
    QVERIFY2(error.contains(u"id-1"_s) && error.contains(u"damaged"_s), qPrintable(error));
}

void TestLocalTenant::duplicateCreateFailsAlone()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    QList<ChangeResult> results;
    QString error;
    QVERIFY(tenant->apply(u"site"_s, {create(object(u"Stockholm"_s))}, &results, &error));

    QVERIFY2(tenant->apply(u"site"_s,
                           {create(object(u"Malmö"_s)), create(object(u"Lund"_s)),
                            create(object(u"malmö "_s)), create(object(u"STOCKHOLM"_s)),
                            create(object(u"Umeå"_s))},
                           &results, &error),
             qPrintable(error));
    QCOMPARE(oks(results), (QList<bool>{true, true, false, false, true}));
    QVERIFY(results.at(2).id.isEmpty());
    QVERIFY2(results.at(2).error.contains(u"Malmö"), qPrintable(results.at(2).error));
    QVERIFY2(results.at(3).error.contains(u"Stockholm"), qPrintable(results.at(3).error));
    QVERIFY(results.at(0).error.isEmpty());
    const auto stored = tenant->objects(u"site"_s, &error);
    QCOMPARE(keys(*stored), (QStringList{u"Lund"_s, u"Malmö"_s, u"Stockholm"_s, u"Umeå"_s}));
}

void TestLocalTenant::updateOfUnknownIdFailsAlone()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    QString error;
    const QString workTypeId = tenant->objects(u"work-type"_s, &error)->first().id;
    QList<ChangeResult> results;
    QVERIFY2(tenant->apply(u"site"_s,
                           {update(u"0c5b2f7e-0000-4000-8000-000000000000"_s, object(u"Ghost"_s)),
                            create(object(u"Kiruna"_s)),
                            // an id of another type is unknown to this type
                            update(workTypeId, object(u"Default Idle Work Type"_s)),
                            update(QString(), object(u"Nameless"_s))},
                           &results, &error),
             qPrintable(error));
    QCOMPARE(oks(results), (QList<bool>{false, true, false, false}));
    QVERIFY2(results.first().error.contains(u"0c5b2f7e"), qPrintable(results.first().error));
    QVERIFY(!results.at(3).error.isEmpty());
    QCOMPARE(keys(*tenant->objects(u"site"_s, &error)), QStringList{u"Kiruna"_s});
    // The work type was not touched.
    QCOMPARE(tenant->objects(u"work-type"_s, &error)->size(), 2);
}

void TestLocalTenant::renameOntoAnotherKeyFailsAlone()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    QList<ChangeResult> results;
    QString error;
    QVERIFY(tenant->apply(u"site"_s, {create(object(u"Alfa"_s)), create(object(u"Beta"_s))},
                          &results, &error));
    const QString betaId = results.at(1).id;
    QVERIFY(tenant->apply(u"site"_s,
                          {update(betaId, object(u" ALFA"_s)), update(betaId, object(u"Gamma"_s))},
                          &results, &error));
    QCOMPARE(oks(results), (QList<bool>{false, true}));
    QVERIFY2(results.first().error.contains(u"Alfa"), qPrintable(results.first().error));
    QCOMPARE(keys(*tenant->objects(u"site"_s, &error)), (QStringList{u"Alfa"_s, u"Gamma"_s}));
}

void TestLocalTenant::changeWithoutKeyOrOfAnotherTypeFailsAlone()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    TenantObject noKey;
    noKey.fields.insert(u"Name"_s, u"   "_s);
    TenantObject team = object(u"Team Norr"_s);
    team.typeId = u"team"_s;
    QList<ChangeResult> results;
    QString error;
    QVERIFY(tenant->apply(u"site"_s, {create(noKey), create(team), create(object(u"Ok"_s))},
                          &results, &error));
    QCOMPARE(oks(results), (QList<bool>{false, false, true}));
    QVERIFY(!results.at(0).error.isEmpty());
    QVERIFY2(results.at(1).error.contains(u"team"), qPrintable(results.at(1).error));
    QCOMPARE(keys(*tenant->objects(u"site"_s, &error)), QStringList{u"Ok"_s});
    QVERIFY(!tenant->knowsType(u"team"_s));
}

void TestLocalTenant::keyFromFieldsWhenKeyIsEmpty()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    TenantObject mapping;
    mapping.fields = {{u"Dialed Number"_s, u" +46-8-555.123 "_s}, {u"Entry Point"_s, u"Main"_s}};
    QList<ChangeResult> results;
    QString error;
    QVERIFY(tenant->apply(u"entry-point-mapping"_s, {create(mapping)}, &results, &error));
    QCOMPARE(oks(results), QList<bool>{true});
    QCOMPARE(tenant->objects(u"entry-point-mapping"_s, &error)->first().key, u"+46-8-555.123"_s);
}

void TestLocalTenant::keyUniqueness_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");
    QTest::newRow("letter case and spaces") << u"site"_s << u"Sales"_s << u" sales "_s << true;
    QTest::newRow("Swedish letters fold")
        << u"team"_s << u"Säljteam Öst"_s << u"SÄLJTEAM ÖST"_s << true;
    QTest::newRow("different names") << u"site"_s << u"Sales"_s << u"Sales 2"_s << false;
    QTest::newRow("mapping: dots and dashes ignored")
        << u"entry-point-mapping"_s << u"+46-8-123.456"_s << u"+468123456"_s << true;
    QTest::newRow("mapping: different numbers")
        << u"entry-point-mapping"_s << u"+46-8-123.456"_s << u"+468123457"_s << false;
    QTest::newRow("user: e-mail case")
        << u"user"_s << u"Anna@Example.com"_s << u"anna@example.COM"_s << true;
    QTest::newRow("external type: case") << u"dial-plan"_s << u"Sverige"_s << u"SVERIGE "_s << true;
    QTest::newRow("external type: dashes count")
        << u"dial-plan"_s << u"Plan-1"_s << u"Plan1"_s << false;
}

void TestLocalTenant::keyUniqueness()
{
    QFETCH(QString, typeId);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    auto tenant = openTenant();
    QVERIFY(tenant);
    QList<ChangeResult> results;
    QString error;
    QVERIFY(tenant->apply(typeId, {create(object(first))}, &results, &error));
    QCOMPARE(oks(results), QList<bool>{true});
    QVERIFY(tenant->apply(typeId, {create(object(second))}, &results, &error));
    QCOMPARE(results.first().ok, !same);
    QCOMPARE(tenant->objects(typeId, &error)->size(), same ? 1 : 2);
    // Other types never clash.
    QVERIFY(tenant->apply(u"queue"_s, {create(object(first))}, &results, &error));
    QCOMPARE(oks(results), QList<bool>{true});
}

void TestLocalTenant::knowsType_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<bool>("known");
    QTest::newRow("multimedia profiles") << u"multimedia-profile"_s << true;
    QTest::newRow("desktop layouts") << u"desktop-layout"_s << true;
    QTest::newRow("work types") << u"work-type"_s << true;
    QTest::newRow("dial plans") << u"dial-plan"_s << false;
    QTest::newRow("threshold rules") << u"threshold-rule"_s << false;
    QTest::newRow("sites") << u"site"_s << false;
}

void TestLocalTenant::knowsType()
{
    QFETCH(QString, typeId);
    QFETCH(bool, known);
    auto tenant = openTenant();
    QVERIFY(tenant);
    QCOMPARE(tenant->knowsType(typeId), known);
    QList<ChangeResult> results;
    QString error;
    QVERIFY(tenant->apply(typeId, {create(object(u"Något"_s))}, &results, &error));
    QVERIFY(tenant->knowsType(typeId));
}

void TestLocalTenant::peopleImportCreatesUsersOnce()
{
    const PeopleImport::Result file =
        PeopleImport().readFile(test::dataPath(u"people/people.csv"_s));
    QVERIFY(!file.hasErrors());
    QCOMPARE(file.people.size(), 12);

    auto tenant = openTenant();
    QVERIFY(tenant);
    QString error;
    QList<ChangeResult> results;
    // A user the tenant already has, configured for the contact center.
    const FieldMap configured{{u"Email"_s, u"Erik.Johansson@example.com"_s},
                              {u"Contact Center Enabled"_s, u"TRUE"_s},
                              {u"Site"_s, u"Göteborg"_s}};
    TenantObject erik;
    erik.key = u"Erik.Johansson@example.com"_s;
    erik.fields = configured;
    QVERIFY(tenant->apply(u"user"_s, {create(erik)}, &results, &error));
    const QString erikId = results.first().id;

    int added = -1;
    int updated = -1;
    QVERIFY2(tenant->importPeople(file.people, &added, &updated, &error), qPrintable(error));
    QCOMPARE(added, 12);
    QCOMPARE(updated, 0);

    auto users = tenant->objects(u"user"_s, &error);
    QVERIFY2(users, qPrintable(error));
    QCOMPARE(users->size(), 12);
    FieldMap expected;
    for (const ColumnDefinition &column : DefinitionRegistry::instance().find(u"user")->columns()) {
        expected.insert(column.header, QString());
    }
    expected.insert(u"Email"_s, u"anna.lindqvist@example.com"_s);
    expected.insert(u"Contact Center Enabled"_s, u"FALSE"_s);
    for (const TenantObject &user : *users) {
        if (user.id == erikId) {
            QCOMPARE(user.fields, configured); // left alone
            QCOMPARE(user.key, u"Erik.Johansson@example.com"_s);
        } else if (user.key == u"anna.lindqvist@example.com") {
            QCOMPARE(user.fields, expected);
        }
    }

    // The engine configures Anna; a later import changes a name and adds one.
    const auto anna = std::find_if(users->cbegin(), users->cend(), [](const TenantObject &user) {
        return user.key == u"anna.lindqvist@example.com";
    });
    QVERIFY(anna != users->cend());
    TenantObject annaConfigured = *anna;
    annaConfigured.fields.insert(u"Contact Center Enabled"_s, u"TRUE"_s);
    m_clock.now = m_clock.now.addDays(1);
    QVERIFY(tenant->apply(u"user"_s, {update(anna->id, annaConfigured)}, &results, &error));
    const QString annaId = anna->id; // anna points into users, which is read again below

    QList<Person> again = file.people;
    again[0].lastName = u"Lindqvist-Öberg"_s;
    again << Person{u"nils.holgersson@example.com"_s, u"Nils"_s, u"Holgersson"_s};
    m_clock.now = m_clock.now.addDays(1);
    QVERIFY2(tenant->importPeople(again, &added, &updated, &error), qPrintable(error));
    QCOMPARE(added, 1);
    QCOMPARE(updated, 1);

    users = tenant->objects(u"user"_s, &error);
    QCOMPARE(users->size(), 13);
    for (const TenantObject &user : *users) {
        if (user.id == annaId) {
            QCOMPARE(user.fields, annaConfigured.fields);
            QCOMPARE(user.updated, m_clock.now.addDays(-1));
        }
    }
    QCOMPARE(tenant->person(u"anna.lindqvist@example.com"_s)->lastName, u"Lindqvist-Öberg"_s);
}

void TestLocalTenant::personIsCaseInsensitive()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    int added = 0;
    int updated = 0;
    QString error;
    QVERIFY(tenant->importPeople({{u" Maria.Akesson@Example.com "_s, u"Maria"_s, u"Åkesson"_s}},
                                 &added, &updated, &error));
    QCOMPARE(added, 1);
    for (const QString &email : {u"maria.akesson@example.com"_s, u"MARIA.AKESSON@EXAMPLE.COM"_s,
                                 u"  Maria.Akesson@Example.com"_s}) {
        const std::optional<Person> person = tenant->person(email);
        QVERIFY2(person, qPrintable(email));
        QCOMPARE(person->email, u"Maria.Akesson@Example.com"_s);
        QCOMPARE(person->firstName, u"Maria"_s);
        QCOMPARE(person->lastName, u"Åkesson"_s);
    }
    QVERIFY(!tenant->person(u"maria@example.com"_s));
    QVERIFY(!tenant->person(QString()));

    // The same person in another case is the same person.
    QVERIFY(tenant->importPeople({{u"MARIA.AKESSON@EXAMPLE.COM"_s, u"Maria"_s, u"Åkesson"_s}},
                                 &added, &updated, &error));
    QCOMPARE(added, 0);
    QCOMPARE(updated, 1);
    QCOMPARE(tenant->objects(u"user"_s, &error)->size(), 1);
}

void TestLocalTenant::version2IsUpgraded()
{
    {
        auto tenant = openTenant();
        QVERIFY(tenant);
        QList<ChangeResult> results;
        QString error;
        QVERIFY(tenant->apply(u"site"_s, {create(object(u"Luleå"_s))}, &results, &error));
    }
    {
        // As version 2 left it: with the index on type alone.
        const RawConnection raw(m_path);
        QVERIFY(raw.exec(u"CREATE INDEX objects_type ON objects (type)"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 2"_s));
    }
    auto tenant = openTenant();
    QVERIFY(tenant);
    QString error;
    QCOMPARE(keys(*tenant->objects(u"site"_s, &error)), QStringList{u"Luleå"_s});
    const RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 3);
    QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'objects_type'"_s).toInt(),
             0);
    QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestLocalTenant::existingFileKeepsItsPageSize()
{
    {
        // A database another program made, with SQLite's default pages.
        const RawConnection raw(m_path);
        QVERIFY(raw.exec(u"PRAGMA page_size = 4096"_s));
        QVERIFY(raw.exec(u"CREATE TABLE notes (text TEXT)"_s));
    }
    auto tenant = openTenant();
    QVERIFY(tenant);
    QList<ChangeResult> results;
    QString error;
    QVERIFY2(tenant->apply(u"site"_s, {create(object(u"Umeå"_s))}, &results, &error),
             qPrintable(error));
    const RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA page_size"_s).toInt(), 4096);
    QCOMPARE(raw.value(u"SELECT count(*) FROM objects WHERE type = 'site'"_s).toInt(), 1);
}

void TestLocalTenant::newerSchemaIsRefused()
{
    QVERIFY(openTenant());
    const int newer = LocalTenant::latestSchemaVersion() + 1;
    {
        const RawConnection raw(m_path);
        QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(newer)));
    }
    LocalTenant tenant(m_path);
    QString error;
    QVERIFY(!tenant.open(&error));
    QVERIFY(!tenant.isOpen());
    QVERIFY2(error.contains(u"newer version"), qPrintable(error));
    QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
    // Nothing was changed.
    const RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), newer);
}

void TestLocalTenant::notADatabaseIsRefused()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    LocalTenant tenant(m_path);
    QString error;
    QVERIFY(!tenant.open(&error));
    QVERIFY2(error.contains(m_path), qPrintable(error));
}

void TestLocalTenant::notOpen()
{
    LocalTenant tenant(m_path);
    QString error;
    QVERIFY(!tenant.objects(u"site"_s, &error));
    QVERIFY(!error.isEmpty());
    QList<ChangeResult> results;
    error.clear();
    QVERIFY(!tenant.apply(u"site"_s, {create(object(u"A"_s))}, &results, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!tenant.knowsType(u"work-type"_s));
    QVERIFY(!tenant.person(u"a@example.com"_s));
    QVERIFY(!QFileInfo::exists(m_path));
}

void TestLocalTenant::preparedChangesAreStoredAlike()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    const FieldMap fields{{u"Description"_s, u"\"Kö\" \\ Åre\tväst"_s}, {u"Type"_s, u"AGENT"_s}};
    const QList<FieldMap> children{{{u"Skill Name"_s, u"Svenska"_s}}};
    Change plain = create(object(u"Plain"_s, fields, children));
    Change prepared = create(object(u"Prepared"_s, fields, children));
    tenant->prepare(&prepared);
    QCOMPARE(prepared.prepared.size(), 2);
    QList<ChangeResult> results;
    QString error;
    QVERIFY2(tenant->apply(u"team"_s, {plain, prepared}, &results, &error), qPrintable(error));
    QCOMPARE(oks(results), (QList<bool>{true, true}));
    {
        // Byte for byte the same JSON, but for the name.
        const RawConnection raw(m_path);
        const auto fieldsOf = [&](const QString &key) {
            return raw.value(u"SELECT fields FROM objects WHERE display_key = '%1'"_s.arg(key))
                .toString();
        };
        QVERIFY(!fieldsOf(u"Plain"_s).isEmpty());
        QCOMPARE(fieldsOf(u"Prepared"_s),
                 fieldsOf(u"Plain"_s).replace(u"\"Plain\""_s, u"\"Prepared\""_s));
    }

    // An update prepared on another thread, as an import prepares it.
    const FieldMap changed{{u"Description"_s, u"ny"_s}, {u"Type"_s, u"AGENT"_s}};
    Change update = ::update(results.at(1).id, object(u"Prepared"_s, changed, children));
    std::unique_ptr<QThread> preparing(QThread::create([&] { tenant->prepare(&update); }));
    preparing->start();
    QVERIFY(preparing->wait(10000));
    QVERIFY2(tenant->apply(u"team"_s, {update}, &results, &error), qPrintable(error));
    QCOMPARE(oks(results), QList<bool>{true});

    const RawConnection raw(m_path);
    const auto column = [&](const QString &name, const QString &key) {
        return raw
            .value(u"SELECT %1 FROM objects WHERE type = 'team' AND display_key = '%2'"_s.arg(name,
                                                                                              key))
            .toString();
    };
    QCOMPARE(column(u"children"_s, u"Prepared"_s), column(u"children"_s, u"Plain"_s));
    const std::optional<QList<TenantObject>> teams = tenant->objects(u"team"_s, &error);
    QVERIFY(teams);
    for (const TenantObject &team : *teams) {
        QCOMPARE(team.children, children);
        QCOMPARE(team.fields.value(u"Description"_s),
                 team.key == u"Plain"_s ? fields.value(u"Description"_s) : u"ny"_s);
    }
    QCOMPARE(teams->size(), 2);
}

void TestLocalTenant::integrityAfterBatch()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    QList<Change> changes;
    for (int i = 0; i < 500; ++i) {
        changes << create(object(u"Plats %1 – Åre"_s.arg(i)));
    }
    QList<ChangeResult> results;
    QString error;
    QVERIFY2(tenant->apply(u"site"_s, changes, &results, &error), qPrintable(error));
    QCOMPARE(results.size(), 500);
    QList<Change> updates;
    for (int i = 0; i < results.size(); i += 2) {
        updates << update(results.at(i).id, object(u"Plats %1 – Åre"_s.arg(i), {{u"x"_s, u"y"_s}}));
    }
    QVERIFY2(tenant->apply(u"site"_s, updates, &results, &error), qPrintable(error));
    QVERIFY(!oks(results).contains(false));

    const RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(raw.value(u"SELECT count(*) FROM objects WHERE type = 'site'"_s).toInt(), 500);
}

void TestLocalTenant::logReachesDatabaseFileWhileOpen()
{
    auto tenant = std::make_unique<LocalTenant>(m_path);
    QString error;
    QVERIFY2(tenant->open(&error), qPrintable(error));
    // Opened to be read, a tenant runs no checkpointer.
    QVERIFY(tenant->objects(u"site"_s, &error));
    QCOMPARE(tenant->backgroundCheckpoints(), -1);
    for (int batch = 0; batch < 3; ++batch) {
        QList<Change> changes;
        for (int i = 0; i < 200; ++i) {
            changes << create(object(u"Site %1-%2"_s.arg(batch).arg(i)));
        }
        QList<ChangeResult> results;
        QVERIFY2(tenant->apply(u"site"_s, changes, &results, &error), qPrintable(error));
    }
    // The checkpoints are made beside the writer, which no longer makes them.
    QVERIFY(tenant->backgroundCheckpoints() >= 1);

    // The database file alone, without its log, holds every batch.
    const QString copy = QFileInfo(m_path).absolutePath() + u"/copy.sqlite"_s;
    QVERIFY(QFile::copy(m_path, copy));
    {
        const RawConnection raw(copy);
        QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(raw.value(u"SELECT count(*) FROM objects WHERE type = 'site'"_s).toInt(), 600);
    }
    // Closed, the tenant is one file again.
    tenant.reset();
    QVERIFY(!QFile::exists(m_path + u"-wal"_s));
    QVERIFY(!QFile::exists(m_path + u"-shm"_s));
}

void TestLocalTenant::checkpointerThatCannotCheckpointSaysSo()
{
    // A log with frames to copy, from a writer that copies none itself.
    const RawConnection writer(m_path);
    QVERIFY(writer.exec(u"PRAGMA journal_mode = WAL"_s));
    QVERIFY(writer.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
    QVERIFY(writer.exec(u"CREATE TABLE notes (text TEXT)"_s));
    QVERIFY(writer.exec(u"INSERT INTO notes VALUES ('Kiruna')"_s));
    QString error;

    // A connection that may not write cannot checkpoint: after a few
    // failures in a row it says so (the tenant then checkpoints itself).
    LocalCheckpointer readOnly(m_path, u"QSQLITE_OPEN_READONLY"_s);
    QVERIFY2(readOnly.start(&error), qPrintable(error));
    for (int i = 0; i < LocalCheckpointer::kFailuresToGiveUp; ++i) {
        QVERIFY(!readOnly.failing());
        readOnly.committed();
        readOnly.waitUntilIdle();
    }
    QCOMPARE(readOnly.checkpoints(), LocalCheckpointer::kFailuresToGiveUp);
    QVERIFY(readOnly.failing());

    LocalCheckpointer writable(m_path, QString());
    QVERIFY2(writable.start(&error), qPrintable(error));
    writable.committed();
    writable.waitUntilIdle();
    QCOMPARE(writable.checkpoints(), 1);
    QVERIFY(!writable.failing());
}

void TestLocalTenant::batchIsAtomicWhenLocked()
{
    auto tenant = std::make_unique<LocalTenant>(m_path);
    tenant->setBusyTimeout(std::chrono::milliseconds(50));
    QString error;
    QVERIFY2(tenant->open(&error), qPrintable(error));
    QList<ChangeResult> results;
    QVERIFY(tenant->apply(u"site"_s, {create(object(u"Före"_s))}, &results, &error));

    {
        // Another program holds the write lock and will not wait.
        const RawConnection other(m_path, u"QSQLITE_BUSY_TIMEOUT=0"_s);
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        results = {ChangeResult{true, u"stale"_s, QString()}};
        error.clear();
        QVERIFY(!tenant->apply(u"site"_s, {create(object(u"A"_s)), create(object(u"B"_s))},
                               &results, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(results.isEmpty());
        QVERIFY(other.exec(u"ROLLBACK"_s));
    }
    QCOMPARE(keys(*tenant->objects(u"site"_s, &error)), QStringList{u"Före"_s});

    // Once the lock is gone, the tenant writes again.
    QVERIFY2(tenant->apply(u"site"_s, {create(object(u"A"_s))}, &results, &error),
             qPrintable(error));
    QCOMPARE(keys(*tenant->objects(u"site"_s, &error)), (QStringList{u"A"_s, u"Före"_s}));
}

void TestLocalTenant::batchIsAtomicWhenFailingMidway()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    QList<ChangeResult> results;
    QString error;
    QVERIFY(tenant->apply(u"site"_s, {create(object(u"Stored"_s))}, &results, &error));
    const QString storedId = results.first().id;
    {
        // The third write of the batch fails inside SQLite, as a full disk
        // would, after two changes of the batch have been written.
        const RawConnection other(m_path);
        QVERIFY(other.exec(u"CREATE TRIGGER fail_midway BEFORE INSERT ON objects "
                           "WHEN NEW.display_key = 'Boom' "
                           "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s));
    }
    const QList<Change> batch{
        create(object(u"First"_s)),
        update(storedId, object(u"Stored"_s, {{u"Name"_s, u"Stored"_s}, {u"x"_s, u"changed"_s}})),
        create(object(u"Boom"_s)), create(object(u"Last"_s))};
    QVERIFY(!tenant->apply(u"site"_s, batch, &results, &error));
    QVERIFY2(error.contains(u"simulated failure"), qPrintable(error));
    QVERIFY(results.isEmpty());

    const auto stored = tenant->objects(u"site"_s, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(keys(*stored), QStringList{u"Stored"_s});
    QCOMPARE(stored->first().fields, (FieldMap{{u"Name"_s, u"Stored"_s}}));
    const RawConnection raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestLocalTenant::peopleImportIsAtomic()
{
    auto tenant = openTenant();
    QVERIFY(tenant);
    {
        const RawConnection other(m_path);
        QVERIFY(other.exec(u"CREATE TRIGGER fail_people BEFORE INSERT ON people "
                           "WHEN NEW.email = 'boom@example.com' "
                           "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s));
    }
    int added = -1;
    int updated = -1;
    QString error;
    QVERIFY(!tenant->importPeople(
        {{u"anna@example.com"_s, u"Anna"_s, u"Lind"_s}, {u"boom@example.com"_s, u"B"_s, u"Oom"_s}},
        &added, &updated, &error));
    QVERIFY2(error.contains(u"simulated failure"), qPrintable(error));
    QCOMPARE(added, 0);
    QCOMPARE(updated, 0);
    QVERIFY(!tenant->person(u"anna@example.com"_s));
    QVERIFY(!tenant->knowsType(u"user"_s));
}

QTEST_GUILESS_MAIN(TestLocalTenant)
#include "tst_localtenant.moc"
