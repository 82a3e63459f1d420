#pragma once

#include "csvrecord.h"

#include <QCoreApplication>
#include <QString>

namespace ccbulk {

// What a CsvProblem means, in the user's language.
class CsvProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::CsvProblemText)

public:
    static QString describe(const CsvProblem &problem, qint64 byteLimit = 0);
    // A byte count as people read it ("5.2 MB (5 452 595 bytes)").
    static QString formatBytes(qint64 bytes);
};

} // namespace ccbulk
