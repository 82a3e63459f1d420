#pragma once

#include <QString>
#include <QStringView>

namespace ccbulk {

// Spreadsheets run a cell that starts with =, @, + or - as a formula (and Excel
// also acts on a leading tab or carriage return), which lets a crafted export
// run commands when it is opened ("CSV injection"). The writer puts an
// apostrophe in front of such a cell, which spreadsheets show as text, and the
// reader removes that apostrophe again so that an export imports back
// unchanged. A sign followed by a plain number, such as +4681234567, -5 or
// -1.5, is left as it is; +46-8-123 is guarded, since a spreadsheet would
// calculate it.
//
// The rule is recursive so that the round trip is exact: a cell that already
// starts with an apostrophe followed by something that needs the guard gets a
// second apostrophe.
bool needsFormulaGuard(QStringView cell);
QString addFormulaGuard(const QString &cell);
// The length of the guard at the start of cell: 1 when the reader is to drop
// the first character, else 0.
int formulaGuardLength(QStringView cell);

} // namespace ccbulk
