#include "peopleimport.h"

#include "../csv/csvproblemtext.h"
#include "../csv/csvreader.h"
#include "../definitions/definitionregistry.h"
#include "../validation/valuechecker.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <array>

namespace ccbulk {

namespace {

enum Column
{
    EmailColumn,
    FirstNameColumn,
    LastNameColumn,
    ColumnCount
};

const QString kEmailHeader = QStringLiteral("Email");

// The user type's Email column: a person's address must be one that a user
// row could name.
const TypeDefinition &userType()
{
    const TypeDefinition *type = DefinitionRegistry::instance().find(QStringLiteral("user"));
    Q_ASSERT(type);
    return *type;
}

const ColumnDefinition &emailDefinition()
{
    return userType().column(userType().keyColumn());
}

// The column a header names, or -1. Email also answers to the user type's
// aliases for it ("E-mail", "Email Address").
int columnForHeader(QStringView header)
{
    const QString normalised = TypeDefinition::normaliseHeader(header);
    if (userType().columnIndexForHeader(header) == userType().keyColumn()) {
        return EmailColumn;
    }
    if (normalised == u"first name") {
        return FirstNameColumn;
    }
    if (normalised == u"last name") {
        return LastNameColumn;
    }
    return -1;
}

QString headerName(int column)
{
    switch (column) {
    case EmailColumn:
        return kEmailHeader;
    case FirstNameColumn:
        return QStringLiteral("First Name");
    case LastNameColumn:
        return QStringLiteral("Last Name");
    }
    return QString();
}

} // namespace

bool PeopleImport::Result::hasErrors() const
{
    if (refused) {
        return true;
    }
    for (const Issue &issue : issues) {
        if (issue.isError()) {
            return true;
        }
    }
    return false;
}

PeopleImport::Result PeopleImport::refuse(const QString &message)
{
    Result result;
    result.refused = true;
    result.issues << Issue{Issue::Severity::Error, 0, -1, QString(), message};
    return result;
}

PeopleImport::Result PeopleImport::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return read(&file);
}

PeopleImport::Result PeopleImport::read(QIODevice *device) const
{
    if (!device->isSequential() && device->size() > m_maxBytes) {
        return refuse(tr("The file is %1, more than the limit of %2.")
                          .arg(CsvProblemText::formatBytes(device->size()),
                               CsvProblemText::formatBytes(m_maxBytes)));
    }
    CsvReader reader(device);
    reader.setMaxBytes(m_maxBytes);
    auto fatal = [&] {
        return refuse(
            CsvProblemText::describe(reader.fatalProblem().value_or(CsvProblem()), m_maxBytes));
    };
    CsvRecord record;
    if (!reader.readRecord(&record)) {
        return fatal();
    }

    Result result;
    std::array<int, ColumnCount> cellFor;
    cellFor.fill(-1);
    for (qsizetype cell = 0; cell < record.size(); ++cell) {
        const QStringView text = record.cell(cell).trimmed();
        if (text.isEmpty()) {
            continue;
        }
        const int column = columnForHeader(text);
        if (column < 0) {
            result.issues << Issue{Issue::Severity::Warning, 1, -1, QString(),
                                   tr("Unknown column %1 (column %2) is ignored.")
                                       .arg(ValueChecker::quoted(text))
                                       .arg(cell + 1)};
            continue;
        }
        if (cellFor.at(column) >= 0) {
            return refuse(tr("The file cannot be used: columns %1 and %2 both name %3.")
                              .arg(cellFor.at(column) + 1)
                              .arg(cell + 1)
                              .arg(ValueChecker::quoted(headerName(column))));
        }
        cellFor[column] = int(cell);
    }
    if (cellFor.at(EmailColumn) < 0) {
        return refuse(tr("The file cannot be used: it has no “Email” column. A people file has "
                         "the columns Email, First Name and Last Name."));
    }

    const ValueChecker checker(DefinitionRegistry::instance());
    auto cellText = [&](int column) {
        const int cell = cellFor.at(column);
        return cell >= 0 && cell < record.size() ? record.cell(cell).trimmed().toString()
                                                 : QString();
    };
    auto rowError = [&](int column, const QString &message) {
        result.issues << Issue{Issue::Severity::Error, record.row(), -1, headerName(column),
                               message};
    };
    QHash<QString, int> rowOfEmail; // case-folded address -> first row
    while (reader.readRecord(&record)) {
        if (record.isBlank()) {
            continue;
        }
        ++result.rows;
        if (!record.problems().isEmpty()) {
            const CsvProblem &problem = record.problems().first();
            rowError(
                -1, tr("Column %1: %2").arg(problem.column).arg(CsvProblemText::describe(problem)));
            continue;
        }
        const QString email = cellText(EmailColumn);
        if (email.isEmpty()) {
            rowError(EmailColumn, tr("The e-mail address is missing."));
            continue;
        }
        const QString problem = checker.check(emailDefinition(), email);
        if (!problem.isEmpty()) {
            rowError(EmailColumn, problem);
            continue;
        }
        const QString folded = email.toCaseFolded();
        const auto earlier = rowOfEmail.constFind(folded);
        if (earlier != rowOfEmail.cend()) {
            rowError(EmailColumn, tr("%1 is already on row %2.")
                                      .arg(ValueChecker::quoted(email))
                                      .arg(earlier.value()));
            continue;
        }
        rowOfEmail.insert(folded, record.row());
        result.people << Person{email, cellText(FirstNameColumn), cellText(LastNameColumn)};
    }
    if (reader.fatalProblem()) {
        return fatal();
    }
    return result;
}

} // namespace ccbulk
