#pragma once

#include <QIcon>

namespace ccbulk::ui {

// ccbulk's own icon (windows, the task bar, the tray): rows of a table on a
// rounded square, drawn at whatever size and pixel ratio is asked for.
QIcon applicationIcon();

} // namespace ccbulk::ui
