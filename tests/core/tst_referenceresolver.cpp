// ReferenceResolver: names in cells found among a local tenant's objects, in
// their stored spelling, with a suggestion for a likely typing mistake.

#include "definitions/definitionregistry.h"
#include "jobs/referenceresolver.h"
#include "tenant/local/localtenant.h"
#include "validation/fieldvalues.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

TenantObject objectNamed(const QString &typeId, const QString &key)
{
    TenantObject object;
    object.typeId = typeId;
    object.key = key;
    const TypeDefinition *type = DefinitionRegistry::instance().find(typeId);
    object.fields.insert(type ? type->keyDefinition().header : u"Name"_s, key);
    return object;
}

} // namespace

class TestReferenceResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void foundInStoredSpelling_data();
    void foundInStoredSpelling();
    void missingNameWithSuggestion_data();
    void missingNameWithSuggestion();
    void externalTypeNeverFilledIsUnchecked();
    void externalTypeFilledIsChecked();
    void emptyDefinitionTypeIsChecked();
    void objectsOfIsLoadedOnce();
    void lookUpResolvesEachSpellingOnce();
    void ranksFollowNameOrder();
    void unreadableTenant();
    void closest_data();
    void closest();

private:
    void seed(const QString &typeId, const QStringList &keys);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalTenant> m_tenant;
};

void TestReferenceResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_tenant = std::make_unique<LocalTenant>(m_dir->filePath(u"tenant.sqlite"_s));
    QString error;
    QVERIFY2(m_tenant->open(&error), qPrintable(error));
}

void TestReferenceResolver::cleanup()
{
    m_tenant.reset();
    m_dir.reset();
}

void TestReferenceResolver::seed(const QString &typeId, const QStringList &keys)
{
    QList<Tenant::Change> changes;
    for (const QString &key : keys) {
        Tenant::Change change; // a Create
        change.object = objectNamed(typeId, key);
        changes << change;
    }
    QList<Tenant::ChangeResult> results;
    QString error;
    QVERIFY2(m_tenant->apply(typeId, changes, &results, &error), qPrintable(error));
    for (const Tenant::ChangeResult &result : std::as_const(results)) {
        QVERIFY2(result.ok, qPrintable(result.error));
    }
}

void TestReferenceResolver::foundInStoredSpelling_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QStringList>("stored");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    const QStringList sites{u"Stockholm"_s, u"Malmo-2"_s};
    QTest::newRow("exact") << u"site"_s << sites << u"Stockholm"_s << u"Stockholm"_s;
    QTest::newRow("lower case") << u"site"_s << sites << u"stockholm"_s << u"Stockholm"_s;
    QTest::newRow("upper case, spaces around")
        << u"site"_s << sites << u"  MALMO-2 "_s << u"Malmo-2"_s;
    QTest::newRow("team with letters beyond ASCII")
        << u"team"_s << QStringList{u"Kundtjänst Östra"_s} << u"KUNDTJÄNST östra"_s
        << u"Kundtjänst Östra"_s;
    QTest::newRow("external type, as a new tenant holds it")
        << u"multimedia-profile"_s << QStringList() << u"default multimedia profile"_s
        << u"Default Multimedia Profile"_s;
    QTest::newRow("work type a new tenant holds")
        << u"work-type"_s << QStringList() << u"DEFAULT IDLE WORK TYPE"_s
        << u"Default Idle Work Type"_s;
}

void TestReferenceResolver::foundInStoredSpelling()
{
    QFETCH(QString, typeId);
    QFETCH(QStringList, stored);
    QFETCH(QString, name);
    QFETCH(QString, expected);

    if (!stored.isEmpty()) {
        seed(typeId, stored);
    }
    ReferenceResolver resolver(DefinitionRegistry::instance(), *m_tenant);
    ReferenceResolver::Resolution resolution;
    QString error;
    QVERIFY2(resolver.resolve(typeId, name, &resolution, &error), qPrintable(error));
    QVERIFY(resolution.found);
    QVERIFY(!resolution.unchecked);
    QVERIFY2(resolution.problem.isEmpty(), qPrintable(resolution.problem));
    QCOMPARE(resolution.name, expected);
    QVERIFY(resolution.object);
    QCOMPARE(resolution.object->key, expected);
    QVERIFY(!resolution.object->id.isEmpty());
}

void TestReferenceResolver::missingNameWithSuggestion_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QStringList>("stored");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typeName");   // as the message names the type
    QTest::addColumn<QString>("suggestion"); // empty: none

    const QStringList sites{u"Stockholm"_s, u"Malmo-2"_s, u"Göteborg"_s};
    QTest::newRow("one letter missing")
        << u"site"_s << sites << u"Stockhlm"_s << u"Site"_s << u"Stockholm"_s;
    QTest::newRow("two letters swapped")
        << u"site"_s << sites << u"Stcokholm"_s << u"Site"_s << u"Stockholm"_s;
    QTest::newRow("other letter case and a typo")
        << u"site"_s << sites << u"MALMO-3"_s << u"Site"_s << u"Malmo-2"_s;
    QTest::newRow("nothing close") << u"site"_s << sites << u"Uppsala"_s << u"Site"_s << QString();
    QTest::newRow("too short to guess")
        << u"team"_s << QStringList{u"Ab"_s} << u"Xy"_s << u"Team"_s << QString();
}

void TestReferenceResolver::missingNameWithSuggestion()
{
    QFETCH(QString, typeId);
    QFETCH(QStringList, stored);
    QFETCH(QString, name);
    QFETCH(QString, typeName);
    QFETCH(QString, suggestion);

    seed(typeId, stored);
    ReferenceResolver resolver(DefinitionRegistry::instance(), *m_tenant);
    ReferenceResolver::Resolution resolution;
    QString error;
    QVERIFY2(resolver.resolve(typeId, name, &resolution, &error), qPrintable(error));
    QVERIFY(!resolution.found);
    QVERIFY(!resolution.unchecked);
    QVERIFY(!resolution.object);
    const QString &problem = resolution.problem;
    QVERIFY2(problem.contains(u"“%1”"_s.arg(name)), qPrintable(problem));
    QVERIFY2(problem.contains(typeName), qPrintable(problem));
    if (suggestion.isEmpty()) {
        QVERIFY2(!problem.contains(u"Did you mean"_s), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(u"Did you mean “%1”?"_s.arg(suggestion)), qPrintable(problem));
    }
}

void TestReferenceResolver::externalTypeNeverFilledIsUnchecked()
{
    // Dial plans are an external type (2.9) that a new local tenant holds
    // none of: a name cannot be checked, so it is accepted as written.
    QVERIFY(!m_tenant->knowsType(u"dial-plan"_s));
    ReferenceResolver resolver(DefinitionRegistry::instance(), *m_tenant);
    ReferenceResolver::Resolution resolution;
    QString error;
    QVERIFY(resolver.resolve(u"dial-plan"_s, u" Nordic Plan"_s, &resolution, &error));
    QVERIFY(resolution.unchecked);
    QVERIFY(!resolution.found);
    QVERIFY(resolution.problem.isEmpty());
    QCOMPARE(resolution.name, u" Nordic Plan"_s);
}

void TestReferenceResolver::externalTypeFilledIsChecked()
{
    // Desktop layouts: a new tenant holds "Global Layout", so names are checked.
    QVERIFY(m_tenant->knowsType(u"desktop-layout"_s));
    ReferenceResolver resolver(DefinitionRegistry::instance(), *m_tenant);
    ReferenceResolver::Resolution resolution;
    QString error;
    QVERIFY(resolver.resolve(u"desktop-layout"_s, u"Global Layut"_s, &resolution, &error));
    QVERIFY(!resolution.unchecked);
    QVERIFY(!resolution.found);
    QVERIFY2(resolution.problem.contains(u"Did you mean “Global Layout”?"_s),
             qPrintable(resolution.problem));
}

void TestReferenceResolver::emptyDefinitionTypeIsChecked()
{
    // csv-definitions.md 2.8: a referenced object must exist, or the row
    // fails. Only the external types of 2.9 may go unchecked; a tenant that
    // holds no site at all still has no site "Stockholm".
    ReferenceResolver resolver(DefinitionRegistry::instance(), *m_tenant);
    ReferenceResolver::Resolution resolution;
    QString error;
    QVERIFY(resolver.resolve(u"site"_s, u"Stockholm"_s, &resolution, &error));
    QVERIFY(!resolution.found);
    QVERIFY2(!resolution.unchecked && !resolution.problem.isEmpty(),
             resolution.unchecked ? "accepted unchecked" : "no problem reported");
}

void TestReferenceResolver::objectsOfIsLoadedOnce()
{
    seed(u"site"_s, {u"Stockholm"_s, u"Malmo-2"_s});
    ReferenceResolver resolver(DefinitionRegistry::instance(), *m_tenant);
    QString error;
    const QHash<QString, TenantObject> *sites = resolver.objectsOf(u"site"_s, &error);
    QVERIFY2(sites, qPrintable(error));
    QCOMPARE(sites->size(), 2);
    QVERIFY(sites->contains(u"stockholm"_s));
    QCOMPARE(sites->value(u"stockholm"_s).key, u"Stockholm"_s);

    // One load per job and type: an object written later is not seen by the
    // same resolver, and the same index comes back.
    seed(u"site"_s, {u"Lund"_s});
    QCOMPARE(resolver.objectsOf(u"site"_s, &error), sites);
    QCOMPARE(sites->size(), 2);
    ReferenceResolver fresh(DefinitionRegistry::instance(), *m_tenant);
    QCOMPARE(fresh.objectsOf(u"site"_s, &error)->size(), 3);
}

void TestReferenceResolver::lookUpResolvesEachSpellingOnce()
{
    seed(u"site"_s, {u"Stockholm"_s, u"Malmo-2"_s});
    ReferenceResolver resolver(DefinitionRegistry::instance(), *m_tenant);
    QString error;
    ReferenceResolver::TypeIndex *sites = resolver.index(u"site"_s, &error);
    QVERIFY2(sites, qPrintable(error));
    QCOMPARE(resolver.index(u"site"_s, &error), sites);

    // A spelling seen before gives the same resolution back; another spelling
    // of the same name finds the same object.
    const ReferenceResolver::Resolution &first = resolver.lookUp(sites, u"stockholm");
    QCOMPARE(&resolver.lookUp(sites, u"stockholm"), &first);
    const ReferenceResolver::Resolution &other = resolver.lookUp(sites, u" STOCKHOLM");
    QVERIFY(&other != &first);
    QVERIFY(first.found && other.found);
    QCOMPARE(other.object, first.object);
    QCOMPARE(first.name, u"Stockholm"_s);

    // Names not found are kept too, with their problem; loading another type
    // moves nothing.
    const ReferenceResolver::Resolution &missing = resolver.lookUp(sites, u"Stockholn");
    QVERIFY(!missing.found);
    QVERIFY2(missing.problem.contains(u"Did you mean “Stockholm”?"_s), qPrintable(missing.problem));
    QVERIFY(resolver.index(u"team"_s, &error));
    QCOMPARE(&resolver.lookUp(sites, u"Stockholn"), &missing);
    QCOMPARE(resolver.lookUp(u"site"_s, u"stockholm", &error), &first);

    ReferenceResolver::Resolution copy;
    QVERIFY(resolver.resolve(u"site"_s, u"stockholm"_s, &copy, &error));
    QCOMPARE(copy.object, first.object);
    QCOMPARE(copy.rank, first.rank);
}

void TestReferenceResolver::ranksFollowNameOrder()
{
    // Ranks order found names as nameLessThan orders their stored spellings.
    const QStringList names{u"b"_s, u"Östra"_s, u"A"_s, u"a2"_s, u"Zeta"_s, u"åre"_s};
    seed(u"site"_s, names);
    ReferenceResolver resolver(DefinitionRegistry::instance(), *m_tenant);
    QString error;
    ReferenceResolver::TypeIndex *sites = resolver.index(u"site"_s, &error);
    QVERIFY2(sites, qPrintable(error));
    QList<const ReferenceResolver::Resolution *> found;
    for (const QString &name : names) {
        found << &resolver.lookUp(sites, name.toUpper());
    }
    std::sort(found.begin(), found.end(),
              [](const auto *a, const auto *b) { return a->rank < b->rank; });
    QStringList byRank;
    for (const ReferenceResolver::Resolution *resolution : std::as_const(found)) {
        byRank << resolution->name;
    }
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), nameLessThan);
    QCOMPARE(byRank, sorted);
}

void TestReferenceResolver::unreadableTenant()
{
    LocalTenant closed(m_dir->filePath(u"never-opened.sqlite"_s));
    ReferenceResolver resolver(DefinitionRegistry::instance(), closed);
    ReferenceResolver::Resolution resolution;
    QString error;
    QVERIFY(!resolver.resolve(u"site"_s, u"Stockholm"_s, &resolution, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!resolver.objectsOf(u"team"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestReferenceResolver::closest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QString>("expected");

    const QStringList sites{u"Stockholm"_s, u"Malmo-2"_s, u"Göteborg"_s, u"HQ_1 North"_s};
    QTest::newRow("one letter missing") << u"Stockhlm"_s << sites << u"Stockholm"_s;
    QTest::newRow("one letter extra") << u"Stockhollm"_s << sites << u"Stockholm"_s;
    QTest::newRow("letter case only") << u"GÖTEBORG"_s << sites << u"Göteborg"_s;
    QTest::newRow("letter beyond ASCII replaced") << u"Goteborg"_s << sites << u"Göteborg"_s;
    QTest::newRow("two edits in nine letters") << u"Stokcholm"_s << sites << u"Stockholm"_s;
    QTest::newRow("three edits in nine letters: too far") << u"Stkhlom"_s << sites << QString();
    QTest::newRow("unrelated") << u"Uppsala"_s << sites << QString();
    QTest::newRow("no candidates") << u"Stockholm"_s << QStringList() << QString();
    QTest::newRow("short name: one edit") << u"Salez"_s << QStringList{u"Sales"_s} << u"Sales"_s;
    QTest::newRow("short name: two edits too far")
        << u"Sxlez"_s << QStringList{u"Sales"_s} << QString();
    QTest::newRow("the closer of two")
        << u"Malmo-22"_s << QStringList{u"Malmo-33"_s, u"Malmo-2"_s} << u"Malmo-2"_s;
    QTest::newRow("a tie: the first in order")
        << u"Team 5"_s << QStringList{u"Team 7"_s, u"Team 6"_s} << u"Team 6"_s;
    QTest::newRow("length differs by more than the limit")
        << u"EU"_s << QStringList{u"Europe"_s} << QString();
}

void TestReferenceResolver::closest()
{
    QFETCH(QString, name);
    QFETCH(QStringList, candidates);
    QFETCH(QString, expected);

    QCOMPARE(ReferenceResolver::closest(name, candidates), expected);
}

QTEST_GUILESS_MAIN(TestReferenceResolver)
#include "tst_referenceresolver.moc"
