#include "exportpage.h"

#include "common/prompts.h"
#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "newoperationwizard.h"
#include "operations/jobmanager.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

namespace ccbulk::ui {

ExportPage::ExportPage(OperationParameters &parameters, JobManager &manager)
    : m_parameters(parameters), m_manager(manager), m_data(new QRadioButton(this)),
      m_template(new QRadioButton(this)), m_fileLabel(new QLabel(this)),
      m_file(new QLineEdit(this)), m_browse(new QPushButton(this)), m_note(new QLabel(this))
{
    setCommitPage(true);
    m_data->setObjectName(QStringLiteral("exportDataChoice"));
    m_template->setObjectName(QStringLiteral("exportTemplateChoice"));
    m_file->setObjectName(QStringLiteral("exportFileEdit"));
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    m_data->setChecked(true);
    m_fileLabel->setBuddy(m_file);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_data, 0, 0, 1, 2);
    layout->addWidget(m_template, 1, 0, 1, 2);
    layout->setRowMinimumHeight(2, 16);
    layout->addWidget(m_fileLabel, 3, 0, 1, 2);
    layout->addWidget(m_file, 4, 0);
    layout->addWidget(m_browse, 4, 1);
    layout->addWidget(m_note, 5, 0, 1, 2);
    layout->setRowStretch(6, 1);
    connect(m_browse, &QPushButton::clicked, this, &ExportPage::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_note->clear();
        Q_EMIT completeChanged();
    });
    connect(&m_manager, &JobManager::busyChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

void ExportPage::retranslate()
{
    setTitle(tr("Export"));
    setButtonText(QWizard::CommitButton, tr("&Submit"));
    m_data->setText(tr("The &objects, as a CSV file (a ZIP of CSV files beyond %n row(s))", nullptr,
                       int(m_manager.settings().limits.maxCsvRows)));
    m_template->setText(tr("An empty &template: the header row only"));
    m_fileLabel->setText(tr("&Save as:"));
    m_browse->setText(tr("&Browse…"));
    m_file->setAccessibleName(tr("File to write"));
}

void ExportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ExportPage::initializePage()
{
    const TypeDefinition *type = DefinitionRegistry::instance().find(m_parameters.typeId);
    setSubTitle(type ? type->name(uiLanguage()) : QString());
    if (m_file->text().isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_file->setText(QDir::toNativeSeparators(
            QDir(folder).filePath(m_parameters.typeId + QStringLiteral(".csv"))));
    }
}

QString ExportPage::chosenPath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

bool ExportPage::isComplete() const
{
    return !chosenPath().isEmpty() && !m_manager.isBusy();
}

void ExportPage::browse()
{
    const QString path = Prompts::saveFileName(this, tr("Save the export as"), chosenPath(),
                                               tr("CSV files (*.csv);;ZIP files (*.zip)"));
    if (!path.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(path));
    }
}

bool ExportPage::validatePage()
{
    const QFileInfo info(chosenPath());
    if (!info.absoluteDir().exists()) {
        m_note->setText(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (info.isDir()) {
        m_note->setText(tr("%1 is a folder; give a file name.")
                            .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return false;
    }
    m_parameters.exportTemplate = m_template->isChecked();
    m_parameters.exportFile = info.absoluteFilePath();
    JobRequest request;
    request.type = JobType::Export;
    request.objectType = m_parameters.typeId;
    request.file = m_parameters.exportFile;
    request.exportTemplate = m_parameters.exportTemplate;
    return m_manager.start(request);
}

int ExportPage::nextId() const
{
    return NewOperationWizard::SubmittedPageId;
}

} // namespace ccbulk::ui
