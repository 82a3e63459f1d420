#pragma once

#include <QString>

class QSettings;

namespace ccbulk {

// Who submits jobs ("Submitted by"): the address given on the command line,
// else the setting user/email, else the name the system knows the user by.
QString submitterName(const QString &given, const QSettings &settings);

} // namespace ccbulk
