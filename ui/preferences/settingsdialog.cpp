#include "settingsdialog.h"

#include "common/prompts.h"
#include "i18n/language.h"
#include "operations/jobmanager.h"
#include "tenant/local/localtenant.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ccbulk::ui {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

int megabytes(qint64 bytes)
{
    return int(std::max<qint64>(1, bytes / kMegabyte));
}

} // namespace

SettingsDialog::SettingsDialog(JobManager &manager, QWidget *parent)
    : QDialog(parent), m_manager(manager), m_form(new QFormLayout), m_email(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_tenant(new QLineEdit(this)),
      m_browseTenant(new QPushButton(this)), m_maxRows(new QSpinBox(this)),
      m_maxCsvMegabytes(new QSpinBox(this)), m_maxZipMegabytes(new QSpinBox(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_browseTenant->setObjectName(QStringLiteral("tenantBrowseButton"));
    m_maxRows->setObjectName(QStringLiteral("maxRowsSpin"));
    m_maxCsvMegabytes->setObjectName(QStringLiteral("maxCsvSpin"));
    m_maxZipMegabytes->setObjectName(QStringLiteral("maxZipSpin"));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_maxRows->setRange(1, 1000000);
    m_maxCsvMegabytes->setRange(1, 1024);
    m_maxZipMegabytes->setRange(1, 4096);
    // The names of languages are written in their own language.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));

    auto *tenantRow = new QHBoxLayout;
    tenantRow->addWidget(m_tenant, 1);
    tenantRow->addWidget(m_browseTenant);
    m_form->addRow(QStringLiteral("-"), m_email);
    m_form->addRow(QStringLiteral("-"), m_language);
    m_form->addRow(QStringLiteral("-"), tenantRow);
    m_form->addRow(QStringLiteral("-"), m_maxRows);
    m_form->addRow(QStringLiteral("-"), m_maxCsvMegabytes);
    m_form->addRow(QStringLiteral("-"), m_maxZipMegabytes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                const Limits defaults;
                m_maxRows->setValue(int(defaults.maxCsvRows));
                m_maxCsvMegabytes->setValue(megabytes(defaults.maxCsvBytes));
                m_maxZipMegabytes->setValue(megabytes(defaults.maxZipBytes));
            });
    connect(m_browseTenant, &QPushButton::clicked, this, &SettingsDialog::browseTenant);
    load(manager.settings());
    retranslate();
}

void SettingsDialog::load(const AppSettings &settings)
{
    m_email->setText(settings.submitterEmail);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_tenant->setText(QDir::toNativeSeparators(settings.effectiveTenantPath()));
    m_maxRows->setValue(int(std::min<qint64>(settings.limits.maxCsvRows, m_maxRows->maximum())));
    m_maxCsvMegabytes->setValue(megabytes(settings.limits.maxCsvBytes));
    m_maxZipMegabytes->setValue(megabytes(settings.limits.maxZipBytes));
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    const QStringList labels = {tr("Your &e-mail address:"), tr("&Language:"),
                                tr("Local &tenant file:"),   tr("Most &rows in a CSV file:"),
                                tr("Largest &CSV file:"),    tr("Largest &ZIP file:")};
    for (int row = 0; row < labels.size(); ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole)) {
            if (auto *label = qobject_cast<QLabel *>(item->widget())) {
                label->setText(labels.at(row));
            }
        }
    }
    m_email->setPlaceholderText(tr("name@example.com (shown as “Submitted by”)"));
    m_language->setItemText(0, tr("System language"));
    m_browseTenant->setText(tr("&Browse…"));
    m_maxCsvMegabytes->setSuffix(tr(" MB"));
    m_maxZipMegabytes->setSuffix(tr(" MB"));
    m_tenant->setAccessibleName(tr("Local tenant file"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

AppSettings SettingsDialog::chosen() const
{
    AppSettings settings;
    settings.submitterEmail = m_email->text().trimmed();
    settings.language = m_language->currentData().toString();
    const QString tenant = QDir::fromNativeSeparators(m_tenant->text().trimmed());
    settings.tenantPath = tenant == LocalTenant::defaultPath() ? QString() : tenant;
    settings.limits.maxCsvRows = m_maxRows->value();
    settings.limits.maxCsvBytes = m_maxCsvMegabytes->value() * kMegabyte;
    settings.limits.maxZipBytes = m_maxZipMegabytes->value() * kMegabyte;
    return settings;
}

bool SettingsDialog::check(QString *problem) const
{
    const AppSettings settings = chosen();
    const QString &email = settings.submitterEmail;
    if (!email.isEmpty() && (!email.contains(u'@') || email.startsWith(u'@') ||
                             email.endsWith(u'@') || email.contains(u' '))) {
        *problem = tr("“%1” is not an e-mail address.").arg(email);
        return false;
    }
    if (m_tenant->text().trimmed().isEmpty()) {
        *problem = tr("Choose the local tenant file.");
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    QString problem;
    if (!check(&problem)) {
        m_problem->setText(problem);
        return;
    }
    const AppSettings settings = chosen();
    if (settings.effectiveTenantPath() != m_manager.settings().effectiveTenantPath()) {
        // A tenant file that cannot be used is said now, not at the next job.
        LocalTenant tenant(settings.effectiveTenantPath());
        if (!tenant.open(&problem)) {
            m_problem->setText(problem);
            return;
        }
    }
    const bool languageChanged = settings.language != m_manager.settings().language;
    QSettings stored;
    settings.save(stored);
    m_manager.setSettings(settings);
    if (languageChanged) {
        // Every open window retranslates itself on the LanguageChange event.
        setUiLanguage(settings.language);
    }
    QDialog::accept();
}

void SettingsDialog::browseTenant()
{
    const QString current = QDir::fromNativeSeparators(m_tenant->text().trimmed());
    const QString path = Prompts::saveFileName(this, tr("Local tenant file"), current,
                                               tr("Tenant databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty()) {
        m_tenant->setText(QDir::toNativeSeparators(path));
    }
}

} // namespace ccbulk::ui
