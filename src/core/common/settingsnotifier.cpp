#include "settingsnotifier.h"

#include <QCoreApplication>

namespace Byline {

SettingsNotifier *SettingsNotifier::instance()
{
    // Lives as long as the process; never deleted, so a setting written while
    // the application object goes away still has somewhere to go.
    static SettingsNotifier *notifier = [] {
        auto *created = new SettingsNotifier;
        // Belongs to the main thread even when a worker asks first.
        if (QCoreApplication *application = QCoreApplication::instance())
            created->moveToThread(application->thread());
        return created;
    }();
    return notifier;
}

void SettingsNotifier::notify(const QString &key)
{
    Q_EMIT instance()->changed(key);
}

} // namespace Byline
