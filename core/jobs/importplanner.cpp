#include "importplanner.h"

#include "../i18n/language.h"
#include "../validation/conditions.h"
#include "../validation/fieldvalues.h"
#include "../validation/headermapping.h"
#include "../validation/valuechecker.h"
#include "../validation/valuenormalisation.h"
#include "typerules.h"

#include <algorithm>

namespace ccbulk {

RowValues ImportPlanner::Row::values() const
{
    RowValues views;
    views.reserve(ends.size());
    for (qsizetype column = 0; column < ends.size(); ++column) {
        views.append(value(column));
    }
    return views;
}

ImportPlanner::ImportPlanner(const TypeDefinition &type, const DefinitionRegistry &registry,
                             ReferenceResolver &references)
    : m_type(type), m_registry(registry), m_references(references)
{}

void ImportPlanner::addRow(const HeaderMapping &mapping, const CsvRecord &record)
{
    if (m_present.isEmpty()) {
        for (const int cell : mapping.cellForColumn) {
            m_present.append(cell >= 0);
        }
    }
    Row row;
    row.row = record.row();
    qsizetype length = 0;
    for (const int cell : mapping.cellForColumn) {
        length += cell >= 0 && cell < record.size() ? record.cell(cell).size() : 0;
    }
    row.text.reserve(length);
    row.ends.reserve(mapping.cellForColumn.size());
    for (const int cell : mapping.cellForColumn) {
        if (cell >= 0 && cell < record.size()) {
            row.text.append(record.trimmedCell(cell));
        }
        row.ends.append(row.text.size());
    }
    m_rows.append(std::move(row));
}

QList<ImportPlanner::Rows> ImportPlanner::group(const QList<Row> &rows) const
{
    // Plain types: a row is an object. Parent/child types: consecutive rows
    // with one key (validation has failed keys that come back later).
    QList<Rows> objects;
    objects.reserve(rows.size());
    QString previous;
    qsizetype start = 0;
    const bool parentChild = m_type.isParentChild();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString key =
            parentChild ? m_type.normaliseKey(rows.at(i).value(m_type.keyColumn())) : QString();
        if (!parentChild || i == 0 || key != previous || key.isEmpty()) {
            if (i > start) {
                objects.append(Rows(rows.constData() + start, i - start));
            }
            start = i;
        }
        previous = key;
    }
    if (rows.size() > start) {
        objects.append(Rows(rows.constData() + start, rows.size() - start));
    }
    return objects;
}

bool ImportPlanner::applies(const ColumnDefinition &column, const RowValues &values) const
{
    return column.when.isEmpty() || conditionsHold(m_type, column.when, values);
}

bool ImportPlanner::convert(const ColumnDefinition &column, const RowValues &views,
                            QStringView cell, int row, PlannedObject *object, QString *value,
                            QString *error)
{
    if (!column.when.isEmpty() && !conditionsHold(m_type, column.when, views)) {
        value->clear(); // a cell whose condition does not hold is not applied
        return true;
    }
    if (column.kind != ValueKind::Reference || cell.isEmpty()) {
        *value = canonicalValue(column, cell);
        return true;
    }
    // Names become the stored spelling of the objects they name.
    ReferenceResolver::TypeIndex *index = m_references.index(column.refersTo, error);
    if (!index) {
        return false;
    }
    Resolutions resolutions;
    const auto resolve = [&](QStringView name) {
        const ReferenceResolver::Resolution *resolution = &m_references.lookUp(index, name);
        if (!resolution->problem.isEmpty()) {
            object->errors[row] << Finding(column.header, resolution->problem);
        } else if (resolution->unchecked && !m_uncheckedTypes.contains(column.refersTo)) {
            m_uncheckedTypes.insert(column.refersTo);
            object->warnings[row] << Finding(
                column.header,
                tr("%1 could not be checked: the tenant holds no object of type “%2” at all "
                   "(said once per file).")
                    .arg(ValueChecker::quoted(name.toString()),
                         m_references.typeName(column.refersTo)));
        }
        resolutions.append(resolution);
        return true;
    };
    if (column.list) {
        forEachListItem(cell, resolve);
    } else {
        resolve(cell);
    }
    if (!joinFound(resolutions, value)) {
        *value = joinNames(resolutions);
    }
    return true;
}

QString ImportPlanner::joinNames(const Resolutions &resolutions)
{
    QStringList resolved;
    for (const ReferenceResolver::Resolution *resolution : resolutions) {
        if (!resolved.contains(resolution->name, Qt::CaseInsensitive)) {
            resolved << resolution->name;
        }
    }
    std::sort(resolved.begin(), resolved.end(), nameLessThan);
    return resolved.join(u'|');
}

bool ImportPlanner::joinFound(const Resolutions &resolutions, QString *value)
{
    // What joinNames gives, without comparing names letter by letter: the
    // same object is the same name, and the ranks are nameLessThan's order.
    if (std::any_of(resolutions.cbegin(), resolutions.cend(),
                    [](const auto *resolution) { return resolution->rank < 0; })) {
        return false; // a name not found
    }
    Resolutions found = resolutions;
    std::sort(found.begin(), found.end(),
              [](const auto *a, const auto *b) { return a->rank < b->rank; });
    const auto same = std::unique(found.begin(), found.end(),
                                  [](const auto *a, const auto *b) { return a->rank == b->rank; });
    found.erase(same, found.end());
    qsizetype length = 0;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const QString &name = found.at(i)->name;
        // Two objects whose names differ only in letter case would be one
        // name to joinNames; it handles them.
        if (i > 0 && name.size() == found.at(i - 1)->name.size() &&
            name.compare(found.at(i - 1)->name, Qt::CaseInsensitive) == 0) {
            return false;
        }
        length += (i > 0 ? 1 : 0) + name.size();
    }
    QString joined(length, Qt::Uninitialized);
    QChar *out = joined.data();
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (i > 0) {
            *out++ = u'|';
        }
        out = std::copy(found.at(i)->name.cbegin(), found.at(i)->name.cend(), out);
    }
    *value = std::move(joined);
    return true;
}

bool ImportPlanner::fillFields(const Row &row, PlannedObject *object, QString *error)
{
    const RowValues views = row.values();
    if (!object->stored) {
        object->object.fields.reserve(m_type.columns().size());
    }
    for (const ColumnDefinition &column : m_type.columns()) {
        if (column.child || !column.stored) {
            continue;
        }
        if (!m_present.at(column.index)) {
            // Left out of the file: an update keeps the stored value; a new
            // object has none, which fails where the row requires one (2.1).
            if (!object->stored) {
                const bool needed = applies(column, views);
                if (needed && column.requirement == Requirement::Conditional) {
                    object->errors[row.row] << Finding(
                        column.header,
                        tr("The file has no %1 column, which a new object needs when %2.")
                            .arg(ValueChecker::quoted(column.header),
                                 describeConditions(m_type, column.when)));
                }
                object->object.fields.insert(
                    column.header, needed ? canonicalValue(column, QString()) : QString());
            }
            continue;
        }
        QString value;
        if (!convert(column, views, views.at(column.index), row.row, object, &value, error)) {
            return false;
        }
        if (column.index == m_type.keyColumn()) {
            if (!object->stored) {
                object->object.fields.insert(column.header, value);
            }
            continue; // an update keeps the stored spelling of the key
        }
        if (column.fixed && object->stored) {
            const QString before = object->stored->fields.value(column.header);
            if (before.compare(value, Qt::CaseInsensitive) != 0) {
                object->errors[row.row] << Finding(
                    column.header,
                    tr("%1 cannot change once the object exists: it is %2, the file says %3.")
                        .arg(ValueChecker::quoted(column.header), ValueChecker::quoted(before),
                             ValueChecker::quoted(value)));
            }
        }
        object->object.fields.insert(column.header, value);
    }
    return true;
}

QString ImportPlanner::childKey(const FieldMap &child) const
{
    const ChildRules &rules = m_type.childRules();
    return rules.uniqueColumn >= 0
               ? child.value(m_type.column(rules.uniqueColumn).header).toCaseFolded()
               : QString();
}

void ImportPlanner::sortChildren(QList<FieldMap> *children) const
{
    const ChildRules &rules = m_type.childRules();
    if (rules.sequenceColumn >= 0) {
        const QString header = m_type.column(rules.sequenceColumn).header;
        std::stable_sort(children->begin(), children->end(),
                         [&](const FieldMap &a, const FieldMap &b) {
                             return a.value(header).toLongLong() < b.value(header).toLongLong();
                         });
    } else if (rules.uniqueColumn >= 0) {
        const QString header = m_type.column(rules.uniqueColumn).header;
        std::stable_sort(children->begin(), children->end(),
                         [&](const FieldMap &a, const FieldMap &b) {
                             return nameLessThan(a.value(header), b.value(header));
                         });
    }
}

bool ImportPlanner::fillChildren(Rows rows, PlannedObject *object, QString *error)
{
    const ChildRules &rules = m_type.childRules();
    const bool anyChildColumn = std::any_of(rules.columns.cbegin(), rules.columns.cend(),
                                            [&](int column) { return m_present.at(column); });
    if (!anyChildColumn) {
        return true; // no child column in the file: the stored children stay
    }
    QList<FieldMap> children =
        rules.merge && object->stored ? object->stored->children : QList<FieldMap>();
    const RowValues parentValues = rows.front().values();
    for (const Row &row : rows) {
        // Later rows leave parent cells empty: conditions see the first row's.
        RowValues values = row.values();
        for (const ColumnDefinition &column : m_type.columns()) {
            if (!column.child && values.at(column.index).isEmpty()) {
                values[column.index] = parentValues.at(column.index);
            }
        }
        if (!isChildRow(m_type, values)) {
            continue;
        }
        FieldMap child;
        for (const int index : rules.columns) {
            const ColumnDefinition &column = m_type.column(index);
            if (!column.stored) {
                continue;
            }
            QString value;
            if (!convert(column, values, values.at(index), row.row, object, &value, error)) {
                return false;
            }
            child.insert(column.header, value);
        }
        if (!rules.merge) {
            children << child;
            continue;
        }
        const QString key = childKey(child);
        const auto same =
            std::find_if(children.begin(), children.end(),
                         [&](const FieldMap &other) { return childKey(other) == key; });
        const bool remove =
            rules.deleteColumn >= 0 && parseBoolean(values.at(rules.deleteColumn)).value_or(false);
        if (remove && same == children.end()) {
            object->warnings[row.row]
                << tr("%1 is not in this object, so there is nothing to remove.")
                       .arg(ValueChecker::quoted(
                           child.value(m_type.column(rules.uniqueColumn).header)));
        } else if (remove) {
            children.erase(same);
        } else if (same != children.end()) {
            *same = child;
        } else {
            children << child;
        }
    }
    if (rules.merge && rules.deleteColumn >= 0 && children.isEmpty()) {
        object->errors[rows.front().row]
            << tr("This object would be left without children; it needs at least one.");
    }
    sortChildren(&children);
    object->object.children = children;
    return true;
}

bool ImportPlanner::planObject(Rows rows, PlannedObject *object, QString *error)
{
    const Row &first = rows.front();
    object->key = first.value(m_type.keyColumn()).toString();
    for (const Row &row : rows) {
        object->rows << row.row;
    }
    const QHash<QString, TenantObject> *stored = m_references.objectsOf(m_type.id(), error);
    if (!stored) {
        return false;
    }
    const auto found = stored->constFind(m_type.normaliseKey(object->key));
    if (found != stored->cend()) {
        object->stored = *found;
        object->object = *found;
    } else {
        object->object.typeId = m_type.id();
        object->object.key = object->key;
        if (!m_type.isCreatable()) {
            object->errors[first.row]
                << tr("There is no %1 %2 in the tenant, and an import cannot create one: users "
                      "are created in Control Hub first, with a contact-center licence, and "
                      "then updated here.")
                       .arg(m_type.name(uiLanguage()), ValueChecker::quoted(object->key));
        }
        if (!m_type.sharesNamesWith().isEmpty()) {
            ReferenceResolver::Resolution other;
            if (!m_references.resolve(m_type.sharesNamesWith(), object->key, &other, error)) {
                return false;
            }
            if (other.found) {
                const TypeDefinition *otherType = m_registry.find(m_type.sharesNamesWith());
                object->errors[first.row]
                    << tr("%1 is already the name of an object of type “%2”; the two types "
                          "share their names.")
                           .arg(ValueChecker::quoted(object->key),
                                otherType ? otherType->name(uiLanguage()) : QString());
            }
        }
    }
    if (!fillFields(first, object, error) ||
        (m_type.isParentChild() && !fillChildren(rows, object, error))) {
        return false;
    }
    if (object->errors.isEmpty() && !TypeRules::checkObject(m_type, m_references, object, error)) {
        return false;
    }
    if (!object->errors.isEmpty()) {
        object->action = PlannedObject::Action::Fail;
    } else if (!object->stored) {
        object->action = PlannedObject::Action::Create;
    } else {
        object->action = object->object.sameContent(*object->stored)
                             ? PlannedObject::Action::Unchanged
                             : PlannedObject::Action::Update;
    }
    return true;
}

void ImportPlanner::start(const ValidationReport &validation)
{
    m_rowErrors.clear();
    m_rowWarnings.clear();
    for (const Issue &issue : validation.issues) {
        const QString text = issue.column.isEmpty()
                                 ? issue.message
                                 : QStringLiteral("%1: %2").arg(issue.column, issue.message);
        (issue.isError() ? m_rowErrors : m_rowWarnings)[issue.row] << text;
    }
    m_groups = group(m_rows);
    m_next = 0;
}

bool ImportPlanner::planNext(qsizetype count, QList<PlannedObject> *objects, QString *error)
{
    const qsizetype end = std::min(m_groups.size(), m_next + count);
    objects->reserve(objects->size() + (end - m_next));
    for (; m_next < end; ++m_next) {
        const Rows group = m_groups.at(m_next);
        PlannedObject object;
        bool checked = true;
        for (const Row &row : group) {
            if (const auto found = m_rowErrors.constFind(row.row); found != m_rowErrors.cend()) {
                object.fileErrors[row.row] = *found;
                checked = false;
            }
            if (const auto found = m_rowWarnings.constFind(row.row);
                found != m_rowWarnings.cend()) {
                object.fileWarnings[row.row] = *found;
            }
        }
        if (checked) {
            if (!planObject(group, &object, error)) {
                return false;
            }
        } else {
            object.key = group.front().value(m_type.keyColumn()).toString();
            for (const Row &row : group) {
                object.rows << row.row;
            }
            object.action = PlannedObject::Action::Fail;
        }
        objects->append(std::move(object));
    }
    return true;
}

bool ImportPlanner::hasFileRules() const
{
    return TypeRules::hasFileRules(m_type);
}

bool ImportPlanner::checkFile(QList<PlannedObject> *objects, QString *error)
{
    return TypeRules::checkFile(m_type, m_references, objects, error);
}

} // namespace ccbulk
