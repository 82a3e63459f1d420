#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace ccbulk {

namespace {

QMutex gMutex;
QString gLanguage = QStringLiteral("en");
std::unique_ptr<QTranslator> gOwnTranslator;
std::unique_ptr<QTranslator> gQtTranslator;

QString systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (name.startsWith(QLatin1String("sv"))) {
            return QStringLiteral("sv");
        }
        if (name.startsWith(QLatin1String("en"))) {
            return QStringLiteral("en");
        }
    }
    return QStringLiteral("en");
}

} // namespace

bool isSupportedLanguage(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("sv");
}

QString uiLanguage()
{
    QMutexLocker lock(&gMutex);
    return gLanguage;
}

QString setUiLanguage(const QString &language)
{
    const QString chosen = isSupportedLanguage(language) ? language : systemLanguage();
    QMutexLocker lock(&gMutex);
    if (gOwnTranslator) {
        QCoreApplication::removeTranslator(gOwnTranslator.get());
        gOwnTranslator.reset();
    }
    if (gQtTranslator) {
        QCoreApplication::removeTranslator(gQtTranslator.get());
        gQtTranslator.reset();
    }
    // Qt's own catalogue first, where the system has one for the language:
    // translators installed later are asked first, so ccbulk's own catalogue
    // (which also translates Qt's standard buttons) wins over an old one.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(chosen), QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        gQtTranslator = std::move(qt);
    }
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/ccbulk_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(own.get());
        gOwnTranslator = std::move(own);
    }
    gLanguage = chosen;
    QLocale::setDefault(
        QLocale(chosen == QLatin1String("sv") ? QLocale::Swedish : QLocale::English,
                chosen == QLatin1String("sv") ? QLocale::Sweden : QLocale::UnitedStates));
    return chosen;
}

} // namespace ccbulk
