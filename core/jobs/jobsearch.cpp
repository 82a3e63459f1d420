#include "jobsearch.h"

#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "jobtext.h"

namespace ccbulk {

QString jobSearchText(const JobRecord &job)
{
    const QString status = jobStatusName(job.status);
    QString text;
    text.reserve(256);
    // A line break between fields, so that a search never matches across two.
    const auto add = [&text](const QString &field) {
        text += field;
        text += u'\n';
    };
    add(job.id);
    add(job.fileName);
    add(jobTypeName(job.type));
    add(JobText::typeName(job.type));
    add(job.objectType);
    add(status);
    add(QString(status).replace(u'_', u' '));
    add(JobText::statusName(job.status));
    add(job.submittedBy);
    if (const TypeDefinition *type = DefinitionRegistry::instance().find(job.objectType)) {
        add(type->name(uiLanguage()));
        add(type->name(QStringLiteral("en")));
    }
    return text.toCaseFolded();
}

QString jobSearchNeedle(const QString &typed)
{
    return typed.trimmed().toCaseFolded();
}

} // namespace ccbulk
