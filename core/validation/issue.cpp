#include "issue.h"

#include <algorithm>

namespace ccbulk {

int ValidationReport::errorCount() const
{
    return int(std::count_if(issues.cbegin(), issues.cend(),
                             [](const Issue &issue) { return issue.isError(); }));
}

int ValidationReport::warningCount() const
{
    return int(issues.size()) - errorCount();
}

} // namespace ccbulk
