#pragma once

#include "common/prompts.h"
#include "i18n/language.h"
#include "operations/jobmanager.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ccbulk::test {

// A desktop app of its own for one test: a job store, a lock and a local
// tenant in a temporary folder, settings in that folder too (never the
// user's), and a JobManager that polls often.
class UiTestEnvironment
{
public:
    UiTestEnvironment()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        m_settings.tenantPath = m_dir.filePath(QStringLiteral("tenant.sqlite"));
        m_settings.submitterEmail = QStringLiteral("tester@example.com");
    }

    bool open()
    {
        m_manager = std::make_unique<ui::JobManager>(folder());
        m_manager->setSettings(m_settings);
        m_manager->setPollInterval(50);
        QString error;
        if (!m_manager->open(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    QString folder() const { return m_dir.filePath(QStringLiteral("jobs")); }
    QString tenantPath() const { return m_settings.tenantPath; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    ui::JobManager &manager() { return *m_manager; }
    AppSettings &settings() { return m_settings; }

    // Writes a file into the temporary folder; returns its path.
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString target = path(name);
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return QString();
        }
        return target;
    }

    // Waits until the job started here has ended; returns it.
    std::optional<JobRecord> waitForJob(int timeoutMs = 30000)
    {
        if (!m_manager->isRunningHere()) {
            return std::nullopt;
        }
        QSignalSpy finished(m_manager.get(), &ui::JobManager::jobFinished);
        if (!finished.wait(timeoutMs)) {
            return std::nullopt;
        }
        return finished.first().first().value<JobRecord>();
    }

private:
    QTemporaryDir m_dir;
    AppSettings m_settings;
    std::unique_ptr<ui::JobManager> m_manager;
};

// Answers the app's message boxes and file dialogs in order, and keeps what
// was asked. Installed for its lifetime.
class PromptScript
{
public:
    explicit PromptScript(QStringList answers = {}) : m_answers(std::move(answers))
    {
        ui::Prompts::setResponder([this](const ui::Prompts::Request &request) {
            m_asked << request;
            return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
        });
    }
    ~PromptScript() { ui::Prompts::setResponder(nullptr); }
    Q_DISABLE_COPY_MOVE(PromptScript)

    void answer(const QString &next) { m_answers << next; }
    const QList<ui::Prompts::Request> &asked() const { return m_asked; }

private:
    QStringList m_answers;
    QList<ui::Prompts::Request> m_asked;
};

} // namespace ccbulk::test
