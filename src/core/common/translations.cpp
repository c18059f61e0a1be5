#include "translations.h"

#include "common/logging.h"
#include "common/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Byline::I18n {

namespace {
const Setting<QString> languageSetting {"ui/language", QString()};
}

QStringList uiLanguages()
{
    return {u"ko"_s, u"en"_s};
}

QString chooseLanguage(const QString &override, const QStringList &systemLanguages)
{
    const QStringList known = uiLanguages();
    if (known.contains(override))
        return override;
    for (const QString &language : systemLanguages) {
        // "ko-KR", "ko_KR" and "ko" all mean Korean.
        const QString primary = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (known.contains(primary))
            return primary;
    }
    return u"en"_s;
}

QString languageOverride()
{
    return languageSetting.value();
}

void setLanguageOverride(const QString &language)
{
    languageSetting.setValue(language);
}

QString install(QCoreApplication *app, const QString &override)
{
    const QString language = chooseLanguage(override, QLocale::system().uiLanguages());
    const QLocale locale(language);
    QLocale::setDefault(locale);

    auto load = [app, &locale](const QString &name, const QString &directory) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, name, u"_"_s, directory)) {
            QCoreApplication::installTranslator(translator);
            return;
        }
        qCDebug(lcI18n) << "no translation" << name << "for" << locale.name() << "in" << directory;
        delete translator;
    };
    load(u"byline"_s, u":/i18n"_s);
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    load(u"qtbase"_s, qtTranslations);
    load(u"qtwebengine"_s, qtTranslations);
    qCDebug(lcI18n) << "UI language" << language;
    return language;
}

} // namespace Byline::I18n
