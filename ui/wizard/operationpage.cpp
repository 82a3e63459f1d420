#include "operationpage.h"

#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "newoperationwizard.h"

#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ccbulk::ui {

OperationPage::OperationPage(OperationParameters &parameters)
    : m_parameters(parameters), m_import(new QRadioButton(this)), m_export(new QRadioButton(this)),
      m_exportNote(new QLabel(this))
{
    m_import->setObjectName(QStringLiteral("importChoice"));
    m_export->setObjectName(QStringLiteral("exportChoice"));
    m_exportNote->setWordWrap(true);
    m_import->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_import);
    layout->addWidget(m_export);
    layout->addWidget(m_exportNote);
    layout->addStretch();
    retranslate();
}

void OperationPage::retranslate()
{
    setTitle(tr("Import or export"));
    m_import->setText(tr("&Import: create and update objects from a file"));
    m_export->setText(tr("&Export: write the objects, or an empty template, to a file"));
    m_exportNote->setText(tr("Audio files are imported only; they cannot be exported."));
}

void OperationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        initializePage();
    }
    QWizardPage::changeEvent(event);
}

void OperationPage::initializePage()
{
    const TypeDefinition *type = DefinitionRegistry::instance().find(m_parameters.typeId);
    const bool exportable = type && type->format() == FileFormat::Csv;
    m_export->setEnabled(exportable);
    m_exportNote->setVisible(!exportable);
    if (!exportable || !m_parameters.importFile.isEmpty()) {
        m_import->setChecked(true);
    }
    if (type) {
        setSubTitle(type->name(uiLanguage()));
    }
}

bool OperationPage::validatePage()
{
    m_parameters.type = m_export->isChecked() ? JobType::Export : JobType::Import;
    return true;
}

int OperationPage::nextId() const
{
    return m_export->isChecked() ? NewOperationWizard::ExportPageId
                                 : NewOperationWizard::ImportFilePageId;
}

} // namespace ccbulk::ui
