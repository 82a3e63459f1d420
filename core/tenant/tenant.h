#pragma once

#include "tenantobject.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ccbulk {

// Where jobs are applied: the local tenant (an embedded database) or a Webex
// Contact Center organisation. The import and export engines talk to this
// interface alone and never know which tenant is behind it.
//
// A tenant is used from one thread at a time; the thread that calls it first
// owns it.
class Tenant
{
public:
    virtual ~Tenant() = default;

    struct Capabilities
    {
        bool audioContent = false;    // stores the bytes of audio files
        bool peopleDirectory = false; // keeps its own directory of people
    };

    // One create or update, to be applied with the others of its batch.
    struct Change
    {
        enum class Kind
        {
            Create,
            Update
        };
        Change(Kind changeKind = Kind::Create, TenantObject changed = {}, QByteArray bytes = {})
            : kind(changeKind), object(std::move(changed)), content(std::move(bytes))
        {}
        Kind kind = Kind::Create;
        TenantObject object; // for Update, object.id names the stored object
        // The bytes of an audio file (type audio-file), where the tenant keeps
        // them (Capabilities::audioContent); replaced on update.
        QByteArray content;
        // What prepare() made of the object, in the tenant's own form; empty
        // when it was not prepared.
        QList<QByteArray> prepared;
    };

    struct ChangeResult
    {
        bool ok = false;
        QString id;    // the object's id, new or existing
        QString error; // why it failed, in the user's language
    };

    virtual QString description() const = 0;
    // Does the work of a change that needs nothing stored (for the local
    // tenant: the object in the form it is stored in) ahead of apply(), so
    // that apply() has less to do. Called on any thread, also while the
    // tenant's own thread uses it; apply() does the work itself for a change
    // that was not prepared.
    virtual void prepare(Change *change) const { Q_UNUSED(change); }
    virtual Capabilities capabilities() const = 0;

    // Every object of a type, in no particular order. nullopt and *error when
    // the tenant cannot be read.
    virtual std::optional<QList<TenantObject>> objects(const QString &typeId, QString *error) = 0;
    // Whether the tenant holds any record of the type at all: a reference to
    // an external type the tenant was never filled with cannot be checked.
    virtual bool knowsType(const QString &typeId) = 0;

    // Applies a batch as one unit where the tenant can: either every change
    // is written or, if the batch as a whole fails (returns false, *error),
    // none. A change the tenant refuses on its own fails alone, in its result.
    virtual bool apply(const QString &typeId, const QList<Change> &changes,
                       QList<ChangeResult> *results, QString *error) = 0;

    // The identity service's people, by e-mail (any letter case).
    virtual std::optional<Person> person(const QString &email) = 0;

    // The stored bytes of an audio file, by object id; nullopt and *error when
    // there are none or the tenant does not keep them.
    virtual std::optional<QByteArray> audioContent(const QString &objectId, QString *error)
    {
        Q_UNUSED(objectId);
        *error = QCoreApplication::translate("ccbulk::Tenant",
                                             "This tenant does not keep the content of audio "
                                             "files.");
        return std::nullopt;
    }
};

} // namespace ccbulk
