#pragma once

#include <QDir>
#include <QString>

namespace ccbulk::test {

// The folder of test files: CCBULK_TEST_DATA when set (CTest sets it), else
// the source tree's tests/data as configured at build time.
inline QString dataPath(const QString &relative = QString())
{
    QString root = qEnvironmentVariable("CCBULK_TEST_DATA");
    if (root.isEmpty()) {
        root = QStringLiteral(CCBULK_TEST_DATA_DIR);
    }
    return relative.isEmpty() ? root : QDir(root).filePath(relative);
}

} // namespace ccbulk::test
