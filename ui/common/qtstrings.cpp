#include "qtstrings.h"

#include <QtGlobal>

namespace ccbulk::ui {

QList<QPair<const char *, const char *>> qtStringsForTranslation()
{
    // clang-format off
    static const char *const strings[][2] = {
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "< &Back")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "&Next >")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "&Next")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "&Finish")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Cancel")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "&Help")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Go Back")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Continue")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Commit")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Done")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")},
    };
    // clang-format on
    QList<QPair<const char *, const char *>> list;
    for (const auto &entry : strings) {
        list.append(qMakePair(entry[0], entry[1]));
    }
    return list;
}

} // namespace ccbulk::ui
