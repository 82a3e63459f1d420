// The local tenant's directory of people (the identity service's, which
// users are made from) and its import.

#include "localobjecttable.h"
#include "localtenant.h"
#include "localtransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ccbulk {

namespace {

const QString kUserType = QStringLiteral("user");

// The people table's statements, prepared once per import.
class PeopleStatements
{
public:
    explicit PeopleStatements(const QSqlDatabase &db) : m_find(db), m_insert(db), m_update(db)
    {
        m_find.setForwardOnly(true);
    }

    bool prepare(QString *error)
    {
        const bool ok =
            m_find.prepare(QStringLiteral(
                "SELECT email, first_name, last_name FROM people WHERE email = ?")) &&
            m_insert.prepare(QStringLiteral(
                "INSERT INTO people (email, first_name, last_name) VALUES (?, ?, ?)")) &&
            m_update.prepare(QStringLiteral("UPDATE people SET email = ?, first_name = ?, "
                                            "last_name = ? WHERE email = ?"));
        if (!ok) {
            *error = firstError();
        }
        return ok;
    }

    // Adds the person or brings the stored one up to date.
    bool upsert(const Person &person, int *added, int *updated, QString *error)
    {
        m_find.bindValue(0, person.email);
        if (!m_find.exec()) {
            *error = m_find.lastError().text();
            return false;
        }
        if (!m_find.next()) {
            m_find.finish();
            m_insert.bindValue(0, person.email);
            m_insert.bindValue(1, person.firstName);
            m_insert.bindValue(2, person.lastName);
            if (!m_insert.exec()) {
                *error = m_insert.lastError().text();
                return false;
            }
            ++*added;
            return true;
        }
        const Person stored{m_find.value(0).toString(), m_find.value(1).toString(),
                            m_find.value(2).toString()};
        m_find.finish();
        if (stored.email == person.email && stored.firstName == person.firstName &&
            stored.lastName == person.lastName) {
            return true;
        }
        m_update.bindValue(0, person.email);
        m_update.bindValue(1, person.firstName);
        m_update.bindValue(2, person.lastName);
        m_update.bindValue(3, stored.email);
        if (!m_update.exec()) {
            *error = m_update.lastError().text();
            return false;
        }
        ++*updated;
        return true;
    }

private:
    QString firstError() const
    {
        for (const QSqlQuery *query : {&m_find, &m_insert, &m_update}) {
            if (query->lastError().isValid()) {
                return query->lastError().text();
            }
        }
        return QString();
    }

    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
};

} // namespace

std::optional<Person> LocalTenant::person(const QString &email)
{
    QString error;
    if (!checkOpen(&error)) {
        return std::nullopt;
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT email, first_name, last_name FROM people WHERE email = ?"))) {
        return std::nullopt;
    }
    query.addBindValue(email.trimmed());
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return Person{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

bool LocalTenant::importPeople(const QList<Person> &people, int *added, int *updated,
                               QString *error)
{
    *added = 0;
    *updated = 0;
    if (!checkOpen(error)) {
        return false;
    }
    const QSqlDatabase db = database();
    LocalTransaction transaction(db);
    QString detail;
    auto fail = [&] {
        *error = tr("The people could not be saved: %1").arg(detail);
        return false;
    };
    if (!transaction.begin(&detail)) {
        return fail();
    }
    int addedCount = 0;
    int updatedCount = 0;
    {
        PeopleStatements statements(db);
        LocalObjectTable users(db);
        if (!statements.prepare(&detail)) {
            return fail();
        }
        const QDateTime now = m_clock();
        for (const Person &given : people) {
            const Person person{given.email.trimmed(), given.firstName.trimmed(),
                                given.lastName.trimmed()};
            if (person.email.isEmpty()) {
                *error = tr("A person without an e-mail address cannot be saved, so none of "
                            "the people were saved.");
                return false;
            }
            if (!statements.upsert(person, &addedCount, &updatedCount, &detail)) {
                return fail();
            }
            // A person who has a user object already keeps it as it is: the
            // insert then writes nothing.
            TenantObject user;
            user.typeId = kUserType;
            user.key = person.email;
            user.fields = LocalObjectTable::blankFields(kUserType);
            user.fields.insert(QStringLiteral("Email"), person.email);
            user.fields.insert(QStringLiteral("Contact Center Enabled"), QStringLiteral("FALSE"));
            bool exists = false;
            if (!users.insert(&user, {}, now, &exists, &detail)) {
                return fail();
            }
        }
    }
    if (!transaction.commit(&detail)) {
        return fail();
    }
    committed();
    *added = addedCount;
    *updated = updatedCount;
    return true;
}

} // namespace ccbulk
