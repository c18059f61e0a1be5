#pragma once

#include <QObject>
#include <QString>

namespace Byline {

// Tells everyone in the process that a setting was written, whoever wrote it
// (the Settings dialog, Settings > Publishing Targets, a command run in
// process), so the open preview and the publish queue take up a new
// publication or template pack at once instead of at the next start.
// Setting<T>::setValue() and reset() call notify(); code writing QSettings
// itself must call it too. Another process's writes are not seen.
class SettingsNotifier : public QObject
{
    Q_OBJECT

public:
    static SettingsNotifier *instance();

    // Safe from any thread: receivers hear it on their own thread.
    static void notify(const QString &key);

Q_SIGNALS:
    void changed(const QString &key);

private:
    SettingsNotifier() = default;
};

} // namespace Byline
