#include "jobsearch.h"

#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "jobtext.h"

#include <QHash>

#include <utility>

namespace ccbulk {

namespace {

// The words of a job's type, status and object type, stable and translated,
// case-folded. Every job of the same kind and outcome shares them, so they
// are built once per combination and language (a few hundred) rather than
// once per job (the dashboard builds 100 000 search texts at start).
QString sharedWords(const JobRecord &job)
{
    using Key = std::pair<QString, int>;
    thread_local QHash<Key, QString> cache;
    thread_local QString cachedLanguage;
    const QString language = uiLanguage();
    if (cachedLanguage != language) {
        cache.clear();
        cachedLanguage = language;
    }
    const Key key(job.objectType, int(job.type) * 16 + int(job.status));
    if (const auto found = cache.constFind(key); found != cache.cend()) {
        return *found;
    }
    QString text;
    // A line break between fields, so that a search never matches across two.
    const auto add = [&text](const QString &field) {
        text += field;
        text += u'\n';
    };
    const QString status = jobStatusName(job.status);
    add(jobTypeName(job.type));
    add(JobText::typeName(job.type));
    add(job.objectType);
    add(status);
    add(QString(status).replace(u'_', u' '));
    add(JobText::statusName(job.status));
    if (const TypeDefinition *type = DefinitionRegistry::instance().find(job.objectType)) {
        add(type->name(language));
        add(type->name(QStringLiteral("en")));
    }
    return *cache.insert(key, text.toCaseFolded());
}

} // namespace

QString jobSearchText(const JobRecord &job)
{
    QString text;
    text.reserve(job.id.size() + job.fileName.size() + job.submittedBy.size() + 200);
    text += job.id;
    text += u'\n';
    text += job.fileName;
    text += u'\n';
    text += job.submittedBy;
    text += u'\n';
    text = std::move(text).toCaseFolded();
    text += sharedWords(job);
    return text;
}

QString jobSearchNeedle(const QString &typed)
{
    return typed.trimmed().toCaseFolded();
}

} // namespace ccbulk
