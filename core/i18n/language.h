#pragma once

#include <QString>

namespace ccbulk {

// The language of messages: "en" or "sv". Set once at start (from --lang, the
// settings or the system locale) and when the user switches language.
QString uiLanguage();

// Installs ccbulk's translations for language ("en", "sv", or "" for the
// system locale) on the application and returns the language now in force.
// Replaces translators installed by an earlier call.
QString setUiLanguage(const QString &language);

// The languages ccbulk speaks.
bool isSupportedLanguage(const QString &language);

} // namespace ccbulk
