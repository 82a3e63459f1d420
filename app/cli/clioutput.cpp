#include "clioutput.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace ccbulk::cli {

namespace {

void writeTo(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString &text)
{
    writeTo(stdout, text.toUtf8());
}

void printErr(const QString &text)
{
    writeTo(stderr, text.toUtf8());
}

void printJson(const QJsonObject &document)
{
    writeTo(stdout, QJsonDocument(document).toJson(QJsonDocument::Indented));
}

void writeRawOut(const QByteArray &bytes)
{
    writeTo(stdout, bytes);
}

} // namespace ccbulk::cli
