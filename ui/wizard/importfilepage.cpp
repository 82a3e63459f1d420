#include "importfilepage.h"

#include "common/prompts.h"
#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "jobs/exportengine.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace ccbulk::ui {

ImportFilePage::ImportFilePage(OperationParameters &parameters)
    : m_parameters(parameters), m_templateNote(new QLabel(this)),
      m_templateButton(new QPushButton(this)), m_fileLabel(new QLabel(this)),
      m_file(new QLineEdit(this)), m_browseButton(new QPushButton(this)),
      m_fileProblem(new QLabel(this))
{
    m_templateButton->setObjectName(QStringLiteral("templateButton"));
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_fileProblem->setObjectName(QStringLiteral("fileProblem"));
    m_templateNote->setWordWrap(true);
    m_fileProblem->setWordWrap(true);
    m_fileLabel->setBuddy(m_file);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_templateNote, 0, 0, 1, 2);
    layout->addWidget(m_templateButton, 1, 0, Qt::AlignLeft);
    layout->setRowMinimumHeight(2, 16);
    layout->addWidget(m_fileLabel, 3, 0, 1, 2);
    layout->addWidget(m_file, 4, 0);
    layout->addWidget(m_browseButton, 4, 1);
    layout->addWidget(m_fileProblem, 5, 0, 1, 2);
    layout->setRowStretch(6, 1);
    connect(m_templateButton, &QPushButton::clicked, this, &ImportFilePage::downloadTemplate);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_fileProblem->clear();
        Q_EMIT completeChanged();
    });
    retranslate();
}

bool ImportFilePage::isZipType() const
{
    const TypeDefinition *type = DefinitionRegistry::instance().find(m_parameters.typeId);
    return type && type->format() == FileFormat::Zip;
}

void ImportFilePage::retranslate()
{
    setTitle(tr("File to import"));
    m_templateButton->setText(tr("&Download a sample template…"));
    m_browseButton->setText(tr("&Browse…"));
    m_file->setAccessibleName(tr("File to import"));
    initializePage();
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ImportFilePage::initializePage()
{
    const TypeDefinition *type = DefinitionRegistry::instance().find(m_parameters.typeId);
    const QString name = type ? type->name(uiLanguage()) : QString();
    setSubTitle(name);
    const bool zip = isZipType();
    m_templateButton->setVisible(!zip);
    m_templateNote->setText(
        zip ? tr("Audio files are imported as one ZIP file of WAV files (at most 50 MB).")
            : tr("Start from a sample template: a CSV file with the columns of %1, ready to fill "
                 "in with a spreadsheet.")
                  .arg(name));
    m_fileLabel->setText(zip ? tr("&ZIP file of WAV files:") : tr("&CSV file:"));
    if (m_file->text().isEmpty() && !m_parameters.importFile.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(m_parameters.importFile));
    }
}

bool ImportFilePage::isComplete() const
{
    return !m_file->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_fileProblem->setText(
            tr("%1 is not a file that can be read.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_parameters.importFile = info.absoluteFilePath();
    return true;
}

void ImportFilePage::downloadTemplate()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_parameters.typeId + QStringLiteral(".csv"));
    const QString path = Prompts::saveFileName(this, tr("Download a sample template"), suggested,
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const TypeDefinition *type = DefinitionRegistry::instance().find(m_parameters.typeId);
    if (!type) {
        return;
    }
    const ExportOutcome written = ExportEngine::writeTemplate(*type, path);
    if (!written.ok) {
        Prompts::tell(this, QMessageBox::Warning, tr("Download a sample template"),
                      written.message);
        return;
    }
    m_fileProblem->setText(tr("Template saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void ImportFilePage::browse()
{
    const QString filter =
        isZipType() ? tr("ZIP files (*.zip)") : tr("CSV files (*.csv *.txt);;All files (*)");
    const QString current = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString folder = current.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(current).absolutePath();
    const QString path =
        Prompts::openFileName(this, tr("Choose the file to import"), folder, filter);
    if (!path.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(path));
    }
}

} // namespace ccbulk::ui
