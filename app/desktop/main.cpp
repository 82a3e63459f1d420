#include "common/appicon.h"
#include "dashboard/mainwindow.h"
#include "i18n/language.h"
#include "jobs/jobstore.h"
#include "operations/jobmanager.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ccbulk"));
    QApplication::setApplicationName(QStringLiteral("ccbulk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ccbulk"));
    QApplication::setApplicationVersion(QStringLiteral(CCBULK_VERSION));
    QApplication::setWindowIcon(ccbulk::ui::applicationIcon());

    const ccbulk::AppSettings settings = ccbulk::AppSettings::load(QSettings());
    ccbulk::setUiLanguage(settings.language);

    ccbulk::ui::JobManager manager(ccbulk::JobStore::defaultFolder());
    manager.setSettings(settings);
    QString error;
    if (!manager.open(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ccbulk cannot start"),
                              error);
        return 1;
    }
    ccbulk::ui::MainWindow window(manager);
    window.show();
    return QApplication::exec();
}
