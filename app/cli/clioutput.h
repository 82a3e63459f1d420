#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ccbulk::cli {

// UTF-8 text and JSON on standard output and standard error.
void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonObject &document);
void writeRawOut(const QByteArray &bytes);

} // namespace ccbulk::cli
