#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Byline::I18n {

// Languages Byline's own UI is translated into, as BCP 47 codes.
QStringList uiLanguages();

// The language the UI uses: the override ("ko", "en") when one is set,
// otherwise the first of the system's UI languages that Byline speaks.
QString chooseLanguage(const QString &override, const QStringList &systemLanguages);

// The language override from the settings ("" follows the system).
QString languageOverride();
void setLanguageOverride(const QString &language);

// Loads Byline's translations and Qt's own (qtbase, qtwebengine) for the
// chosen language and makes it the default QLocale. Returns the language.
QString install(QCoreApplication *app, const QString &override);

} // namespace Byline::I18n
