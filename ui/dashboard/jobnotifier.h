#pragma once

#include "jobs/jobrecord.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace ccbulk::ui {

// Tells the user that a job ended while they were in another window: a
// system tray message where the desktop has a tray, else the taskbar's
// attention signal.
class JobNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit JobNotifier(QWidget *window);
    Q_DISABLE_COPY_MOVE(JobNotifier)

    // Notifies unless the window is the active one.
    void jobEnded(const ccbulk::JobRecord &job);

    static QString title(const ccbulk::JobRecord &job);
    static QString text(const ccbulk::JobRecord &job);

Q_SIGNALS:
    // Emitted for every notification given (tests and accessibility).
    void notified(const QString &title, const QString &text);

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace ccbulk::ui
