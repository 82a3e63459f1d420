#pragma once

#include <QList>
#include <QPair>

namespace ccbulk::ui {

// Qt's own words that the app shows (standard buttons, the wizard's buttons,
// a line edit's context menu), as (context, source text). Debian ships no
// Swedish catalogue for Qt 6's widgets, so ccbulk translates them in its own
// .ts files; the list is here for lupdate and for the test that checks them.
QList<QPair<const char *, const char *>> qtStringsForTranslation();

} // namespace ccbulk::ui
