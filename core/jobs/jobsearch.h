#pragma once

#include "jobrecord.h"

#include <QString>

namespace ccbulk {

// What a search over jobs matches: every field the dashboard shows, by its
// stable name and by the words the user sees, case-folded and joined, so that
// the CLI's `jobs --search` and the dashboard's search field agree. Built in
// the current UI language; build again after the language changes.
QString jobSearchText(const JobRecord &job);

// A search as typed, ready to look for in jobSearchText(): trimmed and
// case-folded. Empty matches everything.
QString jobSearchNeedle(const QString &typed);

inline bool jobMatches(const QString &searchText, const QString &needle)
{
    return needle.isEmpty() || searchText.contains(needle);
}

} // namespace ccbulk
