#include "formulaguard.h"

namespace ccbulk {

namespace {

bool isNumberAfterSign(QStringView rest)
{
    if (rest.isEmpty() || !rest.front().isDigit()) {
        return false;
    }
    for (const QChar c : rest) {
        const bool allowed = (c >= u'0' && c <= u'9') || c == u' ' || c == u'.' || c == u',' ||
                             c == u'-' || c == u'(' || c == u')';
        if (!allowed) {
            return false;
        }
    }
    return true;
}

} // namespace

bool needsFormulaGuard(QStringView cell)
{
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
    case u'\'':
        return needsFormulaGuard(cell.mid(1));
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
