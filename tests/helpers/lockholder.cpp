// A second process for tst_joblock: takes the active-job lock and holds it.
//
//   ccbulk_lockholder FOLDER JOB_ID [HOLD_MS]
//
// Prints "locked <job id>" and holds the lock until killed or HOLD_MS
// (default 30000) have passed; or prints "busy <holder's job id>" (exit 1)
// or "error <message>" (exit 2) at once.

#include "jobs/activejoblock.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace ccbulk;

namespace {

int say(const QString &line, int exitCode)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        return say(QStringLiteral("error usage: FOLDER JOB_ID [HOLD_MS]"), 2);
    }
    const int holdMs = args.size() > 3 ? args.at(3).toInt() : 30000;
    ActiveJobLock lock(args.at(1));
    if (!lock.tryAcquire(args.at(2))) {
        if (lock.failure() == ActiveJobLock::Failure::Busy) {
            return say(QStringLiteral("busy ") + lock.holderJobId(), 1);
        }
        return say(QStringLiteral("error ") + lock.errorString(), 2);
    }
    say(QStringLiteral("locked ") + lock.jobId(), 0);
    QTimer::singleShot(holdMs, &app, &QCoreApplication::quit);
    return app.exec();
}
