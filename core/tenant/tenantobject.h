#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace ccbulk {

// A record of fields by column header, each in its canonical form: the text an
// export writes (enumerations in the definition's spelling, TRUE/FALSE, lists
// sorted and joined with "|", plain whole numbers, canonical time-zone names).
// An empty string is "no value".
using FieldMap = QHash<QString, QString>;

// One configuration object as a tenant holds it.
struct TenantObject
{
    QString id;               // stable, given by the tenant; empty for an object not yet written
    QString typeId;           // a definition id, or an external type ("multimedia-profile")
    QString key;              // the key as stored, in its stored spelling
    FieldMap fields;          // the parent's columns (the key column included)
    QList<FieldMap> children; // the child rows of a parent/child type, in order
    QDateTime created;
    QDateTime updated;

    // Same content (fields and children), whatever the id and times.
    bool sameContent(const TenantObject &other) const
    {
        return fields == other.fields && children == other.children;
    }
};

// A person of the identity service (Control Hub): users are made there, and an
// import can only update the contact-center side of an existing one.
struct Person
{
    QString email;
    QString firstName;
    QString lastName;
};

} // namespace ccbulk
