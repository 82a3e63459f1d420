#include "formulaguard.h"

namespace ccbulk {

namespace {

bool isNumberAfterSign(QStringView rest)
{
    // Digits, with at most one decimal point or comma between digits: what a
    // spreadsheet reads as a plain number. Anything more (+46-8-123, -2-3) it
    // would calculate, so that gets the guard.
    qsizetype i = 0;
    auto digits = [&] {
        const qsizetype start = i;
        while (i < rest.size() && rest[i] >= u'0' && rest[i] <= u'9') {
            ++i;
        }
        return i > start;
    };
    if (!digits()) {
        return false;
    }
    if (i < rest.size() && (rest[i] == u'.' || rest[i] == u',')) {
        ++i;
        if (!digits()) {
            return false;
        }
    }
    return i == rest.size();
}

} // namespace

bool needsFormulaGuard(QStringView cell)
{
    // The rule for an apostrophe is the rule for what follows it, taken in a
    // loop: recursion would run out of stack on a long run of apostrophes.
    while (!cell.isEmpty() && cell.front() == u'\'') {
        cell = cell.sliced(1);
    }
    if (cell.isEmpty()) {
        return false;
    }
    switch (cell.front().unicode()) {
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    case u'+':
    case u'-':
        return !isNumberAfterSign(cell.mid(1));
    default:
        return false;
    }
}

QString addFormulaGuard(const QString &cell)
{
    return needsFormulaGuard(cell) ? QLatin1Char('\'') + cell : cell;
}

int formulaGuardLength(QStringView cell)
{
    return cell.size() > 1 && cell.front() == u'\'' && needsFormulaGuard(cell.mid(1)) ? 1 : 0;
}

} // namespace ccbulk
