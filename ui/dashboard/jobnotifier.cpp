#include "jobnotifier.h"

#include "common/statusicons.h"
#include "definitions/definitionregistry.h"
#include "i18n/language.h"
#include "jobs/jobtext.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ccbulk::ui {

JobNotifier::JobNotifier(QWidget *window) : QObject(window), m_window(window) {}

QString JobNotifier::title(const JobRecord &job)
{
    const TypeDefinition *type = DefinitionRegistry::instance().find(job.objectType);
    const QString object = type ? type->name(uiLanguage()) : job.objectType;
    return tr("%1 of %2: %3", "job type, object, status")
        .arg(JobText::typeName(job.type), object, JobText::statusName(job.status));
}

QString JobNotifier::text(const JobRecord &job)
{
    if (job.status == JobStatus::Failed) {
        return job.message;
    }
    if (job.type == JobType::Export) {
        return job.fileName;
    }
    return tr("%1: %2 created, %3 updated, %4 unchanged, %5 failed.")
        .arg(job.fileName)
        .arg(job.counts.created)
        .arg(job.counts.updated)
        .arg(job.counts.unchanged)
        .arg(job.counts.failed);
}

void JobNotifier::jobEnded(const JobRecord &job)
{
    if (m_window->isActiveWindow()) {
        return;
    }
    const QString heading = title(job);
    const QString body = text(job);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->setToolTip(QCoreApplication::applicationName());
            // A click on the message brings the window back.
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
                m_window->showNormal();
                m_window->activateWindow();
            });
        }
        m_tray->show();
        const QSystemTrayIcon::MessageIcon icon = job.status == JobStatus::Completed
                                                      ? QSystemTrayIcon::Information
                                                      : QSystemTrayIcon::Warning;
        m_tray->showMessage(heading, body, icon);
    } else {
        QApplication::alert(m_window);
    }
    Q_EMIT notified(heading, body);
}

} // namespace ccbulk::ui
