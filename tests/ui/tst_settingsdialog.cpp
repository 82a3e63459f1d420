#include "dashboard/mainwindow.h"
#include "preferences/settingsdialog.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace ccbulk;
using namespace ccbulk::test;
using namespace ccbulk::ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheCurrentSettings();
    void savesWhereEveryProgramReadsThem();
    void switchesLanguageAtOnce();
    void refusesAnAddressThatIsNotOne();
    void restoresDefaultLimits();

private:
    std::unique_ptr<UiTestEnvironment> m_env;
};

void TestSettingsDialog::init()
{
    setUiLanguage(QStringLiteral("en"));
    m_env = std::make_unique<UiTestEnvironment>();
    m_env->settings().limits.maxCsvRows = 1200;
    QVERIFY(m_env->open());
}

void TestSettingsDialog::cleanup()
{
    m_env.reset();
    setUiLanguage(QStringLiteral("en"));
}

void TestSettingsDialog::showsTheCurrentSettings()
{
    SettingsDialog dialog(m_env->manager());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(),
             QStringLiteral("tester@example.com"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("tenantEdit"))->text(),
             QDir::toNativeSeparators(m_env->tenantPath()));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("maxRowsSpin"))->value(), 1200);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("maxCsvSpin"))->value(), 5);
    QCOMPARE(dialog.chosen().limits.maxCsvBytes, 5LL * 1024 * 1024);
}

void TestSettingsDialog::savesWhereEveryProgramReadsThem()
{
    SettingsDialog dialog(m_env->manager());
    dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"))
        ->setText(QStringLiteral("  lena@example.com "));
    const QString tenant = m_env->path(QStringLiteral("other-tenant.sqlite"));
    dialog.findChild<QLineEdit *>(QStringLiteral("tenantEdit"))->setText(tenant);
    dialog.findChild<QSpinBox *>(QStringLiteral("maxRowsSpin"))->setValue(7000);
    dialog.findChild<QSpinBox *>(QStringLiteral("maxZipSpin"))->setValue(80);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const AppSettings stored = AppSettings::load(QSettings());
    QCOMPARE(stored.submitterEmail, QStringLiteral("lena@example.com"));
    QCOMPARE(stored.tenantPath, tenant);
    QCOMPARE(stored.limits.maxCsvRows, 7000);
    QCOMPARE(stored.limits.maxZipBytes, 80LL * 1024 * 1024);
    // The next job runs with them; the new tenant file was created and opened.
    QCOMPARE(m_env->manager().settings().effectiveTenantPath(), tenant);
    QVERIFY(QFile::exists(tenant));
}

void TestSettingsDialog::switchesLanguageAtOnce()
{
    MainWindow window(m_env->manager());
    QAction *settingsAction = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QCOMPARE(settingsAction->text(), QStringLiteral("&Settings…"));

    SettingsDialog dialog(m_env->manager(), &window);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("sv")));
    dialog.accept();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(uiLanguage(), QStringLiteral("sv"));
    QCOMPARE(settingsAction->text(), QStringLiteral("&Inställningar…"));
    QCOMPARE(AppSettings::load(QSettings()).language, QStringLiteral("sv"));
    // The dialog itself speaks Swedish now, and so do Qt's own buttons.
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Inställningar"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
}

void TestSettingsDialog::refusesAnAddressThatIsNotOne()
{
    SettingsDialog dialog(m_env->manager());
    dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("lena"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsProblem"))
                ->text()
                .contains(QStringLiteral("“lena”")));
    QCOMPARE(AppSettings::load(QSettings()).submitterEmail, QString());
}

void TestSettingsDialog::restoresDefaultLimits()
{
    SettingsDialog dialog(m_env->manager());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.chosen().limits.maxCsvRows, Limits::kDefaultMaxCsvRows);
    QCOMPARE(dialog.chosen().limits.maxCsvBytes, Limits::kDefaultMaxCsvBytes);
    QCOMPARE(dialog.chosen().limits.maxZipBytes, Limits::kDefaultMaxZipBytes);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
