// Takes the screenshots of the desktop app that docs/screenshots/ and the
// README show: the jobs dashboard, the wizard's check page and a job's
// details, in one language per run. Everything it writes (settings, job
// store, local tenant, the files it submits) lives in a temporary folder, so
// the pictures never show, and the run never touches, the user's own data.
//
//   ccbulk_screenshots --lang en|sv --out FOLDER [--examples FOLDER]
//                      [--grab screen|widget]
//
// scripts/screenshots.sh runs it under xvfb-run for both languages.

#include "dashboard/mainwindow.h"
#include "details/jobdetailsdialog.h"
#include "history.h"
#include "i18n/language.h"
#include "operations/jobmanager.h"
#include "settings/appsettings.h"
#include "wizard/checkpage.h"
#include "wizard/newoperationwizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QWindow>

#include <cstdio>
#include <functional>
#include <memory>

using namespace ccbulk;
using namespace ccbulk::ui;

namespace {

constexpr int kCheckTimeoutMs = 60000;
constexpr int kExposeTimeoutMs = 5000;
// After a window is exposed: long enough for the first paint and the
// deferred layout passes (column sizes, elided texts) to reach the screen.
constexpr int kSettleMs = 600;
// As wide as the virtual screen, the widest a picture in the docs should be.
constexpr QSize kDashboardSize(1280, 720);

// The file the wizard checks: a misspelt site (the check suggests the right
// one), a capacity that is not a number, one team that exists already and
// two new ones.
const char kTeamsToCheck[] =
    "Name,Site,Type,Multimedia Profile,Skill Profile,DN,Capacity,Desktop Layout\r\n"
    "Kundtjänst Göteborg,Stockholm,AGENT,Default Multimedia Profile,Kundservice SE,,,\r\n"
    "Försäljning Malmö,Malmo,AGENT,Default Multimedia Profile,Sales Expert,,,\r\n"
    "Chatt Stockholm,Stokholm,AGENT,Default Multimedia Profile,Kundservice Nordic,,,\r\n"
    "Överflöde Partner 2,Malmo,CAPACITY,,,+46406001235,femton,\r\n"
    "Kundtjänst Malmö,Malmo,AGENT,Default Multimedia Profile,Kundservice Nordic,,,\r\n";

void printError(const QString &message)
{
    std::fprintf(stderr, "ccbulk_screenshots: %s\n", qUtf8Printable(message));
}

// Runs the event loop until done() holds or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    waitUntil([&timer, milliseconds] { return timer.elapsed() >= milliseconds; },
              milliseconds + 1000);
}

// One colour everywhere: a window that never painted, or a grab of nothing.
bool isBlank(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            if (image.pixel(x, y) != first) {
                return false;
            }
        }
    }
    return true;
}

template<typename T>
T *child(QWidget *parent, const char *name, QString *error)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found) {
        *error = QStringLiteral("no widget named %1").arg(QString::fromLatin1(name));
    }
    return found;
}

class ScreenshotRun
{
public:
    // folder: a temporary folder for the settings, the job store, the
    // tenant and the files the jobs read.
    ScreenshotRun(const QString &folder, const QString &language, const QString &outFolder,
                  const QString &examples, bool grabScreen)
        : m_folder(folder), m_language(language), m_out(outFolder), m_examples(examples),
          m_grabScreen(grabScreen)
    {}

    // Everything, in order; false with *error at the first step that fails.
    bool run(QString *error);

private:
    QString path(const QString &name) const { return m_folder.filePath(name); }
    // Where the administrators' own files are: the wizard shows this path.
    QString document(const QString &name) const
    {
        return path(QStringLiteral("Documents/") + name);
    }
    bool fillHistory(QString *error);
    bool openManager(QString *error);
    bool captureDashboard(MainWindow &window, QString *error);
    bool goToCheckPage(NewOperationWizard *wizard, QString *error);
    bool captureCheckPage(MainWindow &window, QString *error);
    bool captureDetails(MainWindow &window, QString *error);
    bool capture(QWidget *window, const QString &name, QString *error);

    QDir m_folder;
    QString m_language;
    QDir m_out;
    QDir m_examples;
    bool m_grabScreen;
    AppSettings m_settings;
    std::unique_ptr<JobManager> m_manager;
    QString m_jobWithErrors;
};

bool ScreenshotRun::fillHistory(QString *error)
{
    screenshots::History history(path(QStringLiteral("jobs")), m_settings.tenantPath, m_examples,
                                 QDir(document(QString())));
    if (!history.fill(error)) {
        return false;
    }
    m_jobWithErrors = history.jobWithErrors();
    return true;
}

bool ScreenshotRun::openManager(QString *error)
{
    m_manager = std::make_unique<JobManager>(path(QStringLiteral("jobs")));
    m_manager->setSettings(m_settings);
    return m_manager->open(error);
}

// Shows window alone at the top left of the screen (no window manager places
// it under xvfb), waits for it to reach the screen, and saves it.
bool ScreenshotRun::capture(QWidget *window, const QString &name, QString *error)
{
    for (QWidget *other : QApplication::topLevelWidgets()) {
        if (other != window && other->isVisible()) {
            other->hide();
        }
    }
    window->move(0, 0);
    window->show();
    window->raise();
    window->activateWindow();
    if (!waitUntil(
            [window] { return window->windowHandle() && window->windowHandle()->isExposed(); },
            kExposeTimeoutMs)) {
        *error = QStringLiteral("%1: the window was never shown").arg(name);
        return false;
    }
    settle(kSettleMs);

    QPixmap picture;
    if (m_grabScreen) {
        const QRect frame = window->frameGeometry();
        picture =
            window->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    }
    if (picture.isNull()) {
        picture = window->grab();
    }
    if (picture.isNull() || isBlank(picture.toImage())) {
        *error = QStringLiteral("%1: the window did not paint").arg(name);
        return false;
    }
    const QString file = m_out.filePath(name);
    if (!picture.save(file, "PNG")) {
        *error = QStringLiteral("cannot save %1").arg(file);
        return false;
    }
    // The title is not in the picture (no window manager draws it): printed
    // so that its translation can be checked too.
    std::printf("%s (%dx%d): %s\n", qUtf8Printable(QDir::toNativeSeparators(file)), picture.width(),
                picture.height(), qUtf8Printable(window->windowTitle()));
    return true;
}

bool ScreenshotRun::captureDashboard(MainWindow &window, QString *error)
{
    window.resize(kDashboardSize);
    return capture(&window, QStringLiteral("dashboard-%1.png").arg(m_language), error);
}

// Team, import, the file: as far as the check page, where the check starts.
bool ScreenshotRun::goToCheckPage(NewOperationWizard *wizard, QString *error)
{
    auto *types = child<QListWidget>(wizard, "typeList", error);
    if (!types) {
        return false;
    }
    for (int row = 0; row < types->count(); ++row) {
        if (types->item(row)->data(Qt::UserRole).toString() == QLatin1String("team")) {
            types->setCurrentRow(row);
        }
    }
    wizard->next();
    auto *importChoice = child<QRadioButton>(wizard, "importChoice", error);
    if (!importChoice) {
        return false;
    }
    if (wizard->currentId() != NewOperationWizard::OperationPageId) {
        *error = QStringLiteral("the team type could not be chosen");
        return false;
    }
    importChoice->setChecked(true);
    wizard->next();
    auto *fileEdit = child<QLineEdit>(wizard, "importFileEdit", error);
    if (!fileEdit) {
        return false;
    }
    if (wizard->currentId() != NewOperationWizard::ImportFilePageId) {
        *error = QStringLiteral("the import file page did not open");
        return false;
    }
    fileEdit->setText(QDir::toNativeSeparators(document(QStringLiteral("teams-gothenburg.csv"))));
    wizard->next();
    if (wizard->currentId() != NewOperationWizard::CheckPageId) {
        *error = QStringLiteral("the check page did not open");
        return false;
    }
    return true;
}

bool ScreenshotRun::captureCheckPage(MainWindow &window, QString *error)
{
    if (!screenshots::writeFile(document(QStringLiteral("teams-gothenburg.csv")), kTeamsToCheck,
                                error)) {
        return false;
    }
    NewOperationWizard *wizard = window.newOperation();
    if (!wizard) {
        *error = QStringLiteral("the wizard did not open");
        return false;
    }
    auto *check = qobject_cast<CheckPage *>(wizard->page(NewOperationWizard::CheckPageId));
    if (!check) {
        *error = QStringLiteral("the wizard has no check page");
        return false;
    }
    // The outcome is shown when the page's watcher reports, a little after
    // the check itself stops running: wait for the page's own signal.
    bool checked = false;
    QObject context; // ends the connection with this function
    QObject::connect(check, &CheckPage::checked, &context, [&checked] { checked = true; });
    if (!goToCheckPage(wizard, error)) {
        return false;
    }
    if (!waitUntil([&checked] { return checked; }, kCheckTimeoutMs)) {
        *error = QStringLiteral("the check did not end in time");
        return false;
    }
    if (check->outcome().report.issues.isEmpty()) {
        *error = QStringLiteral("the check found no issue in the file to show");
        return false;
    }
    if (!capture(wizard, QStringLiteral("check-%1.png").arg(m_language), error)) {
        return false;
    }
    wizard->reject();
    return true;
}

bool ScreenshotRun::captureDetails(MainWindow &window, QString *error)
{
    JobDetailsDialog *details = window.showDetails(m_jobWithErrors);
    if (!details) {
        *error = QStringLiteral("the job details did not open");
        return false;
    }
    if (!capture(details, QStringLiteral("details-%1.png").arg(m_language), error)) {
        return false;
    }
    details->reject();
    return true;
}

bool ScreenshotRun::run(QString *error)
{
    if (!m_folder.mkpath(QStringLiteral("Documents"))) {
        *error = QStringLiteral("cannot create %1").arg(document(QString()));
        return false;
    }
    if (!m_out.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(m_out.path());
        return false;
    }
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       path(QStringLiteral("settings")));
    m_settings.tenantPath = path(QStringLiteral("tenant.sqlite"));
    m_settings.submitterEmail = QStringLiteral("anna.berg@nordicretail.example");
    m_settings.language = m_language;
    QSettings settings;
    m_settings.save(settings);

    if (!fillHistory(error) || !openManager(error)) {
        return false;
    }
    MainWindow window(*m_manager);
    return captureDashboard(window, error) && captureCheckPage(window, error) &&
           captureDetails(window, error);
}

// Keeps QStandardPaths (the default tenant, job store and settings folders)
// inside folder as well, for any code that asks for them.
void redirectUserFolders(const QString &folder)
{
    for (const char *name :
         {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString target = QDir(folder).filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(target);
        qputenv(name, QFile::encodeName(target));
    }
    // xvfb-run starts no session: Qt wants a private runtime folder.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir(folder).filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Before QApplication: Qt reads these folders once.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/ccbulk-screenshots-XXXXXX"));
    if (!home.isValid()) {
        printError(QStringLiteral("cannot create a temporary folder"));
        return 1;
    }
    redirectUserFolders(home.path());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ccbulk"));
    QApplication::setApplicationName(QStringLiteral("ccbulk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ccbulk"));
    QApplication::setApplicationVersion(QStringLiteral(CCBULK_VERSION));
    // One look whatever desktop the pictures are taken on.
    QApplication::setStyle(QStringLiteral("Fusion"));
    // Without a desktop session Qt picks no icon theme; Adwaita is Debian's
    // default, and what most users of the toolbar see.
    if (!QIcon::hasThemeIcon(QStringLiteral("document-new"))) {
        QIcon::setThemeName(QStringLiteral("Adwaita"));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves screenshots of the ccbulk desktop app (dashboard, check page, "
                       "job details) filled with the example contact center."));
    parser.addHelpOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of the app: en or sv."),
                                        QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Folder to write the PNG files to."),
                                       QStringLiteral("folder"), QStringLiteral("."));
    const QCommandLineOption examplesOption(
        QStringLiteral("examples"), QStringLiteral("Folder of the example files."),
        QStringLiteral("folder"), QStringLiteral(CCBULK_EXAMPLES_DIR));
    const QCommandLineOption grabOption(
        QStringLiteral("grab"),
        QStringLiteral("screen: read the pixels from the screen (default); widget: render "
                       "the window (for the offscreen platform)."),
        QStringLiteral("how"), QStringLiteral("screen"));
    parser.addOptions({langOption, outOption, examplesOption, grabOption});
    parser.process(app);

    const QString language = parser.value(langOption);
    if (!isSupportedLanguage(language)) {
        printError(QStringLiteral("--lang must be en or sv, not %1").arg(language));
        return 2;
    }
    const QString grab = parser.value(grabOption);
    if (grab != QLatin1String("screen") && grab != QLatin1String("widget")) {
        printError(QStringLiteral("--grab must be screen or widget, not %1").arg(grab));
        return 2;
    }
    setUiLanguage(language);

    ScreenshotRun run(home.path(), language, parser.value(outOption), parser.value(examplesOption),
                      grab == QLatin1String("screen"));
    QString error;
    if (!run.run(&error)) {
        printError(error);
        return 1;
    }
    return 0;
}
