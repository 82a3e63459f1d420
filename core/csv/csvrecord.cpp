#include "csvrecord.h"

namespace ccbulk {

QStringList CsvRecord::cells() const
{
    QStringList result;
    result.reserve(m_spans.size());
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        result << cell(i).toString();
    }
    return result;
}

bool CsvRecord::isBlank() const
{
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        if (!trimmedCell(i).isEmpty()) {
            return false;
        }
    }
    return true;
}

} // namespace ccbulk
