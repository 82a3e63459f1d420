#pragma once

#include "../definitions/typedefinition.h"
#include "importplanner.h"
#include "referenceresolver.h"

#include <QCoreApplication>

namespace ccbulk {

// The rules of csv-definitions.md section 3 that belong to one type and need
// the tenant's objects: which codes are idle or wrap-up, which teams are on a
// site, what a skill's values may be, which work type's codes may be the
// default. Kept here, in one place, so that the engine stays generic.
class TypeRules
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::TypeRules)

public:
    // Checks one planned object that passed the generic rules; adds errors
    // to its first row. False with *error when the tenant cannot be read.
    static bool checkObject(const TypeDefinition &type, ReferenceResolver &references,
                            PlannedObject *object, QString *error);
    // The other types whose stored objects the rules of a type look at, so
    // that an import can read them before it writes anything.
    static QStringList typesRead(const TypeDefinition &type);
    // Whether checkFile has rules for the type.
    static bool hasFileRules(const TypeDefinition &type);
    // Checks the file's objects together (for example: one default code).
    static bool checkFile(const TypeDefinition &type, ReferenceResolver &references,
                          QList<PlannedObject> *objects, QString *error);
};

} // namespace ccbulk
