#pragma once

#include "settingsnotifier.h"

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Byline {

// A typed setting declared next to where it is used (after Tiled's
// SessionOption), so keys and defaults are never spelled twice. A write that
// changes the value is announced through SettingsNotifier.
template<typename T> class Setting
{
public:
    Setting(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    { }

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        return stored.isValid() ? stored.template value<T>() : m_default;
    }
    void setValue(const T &value) const
    {
        QSettings settings;
        const QVariant stored = settings.value(m_key);
        const bool changed = !stored.isValid() || stored.template value<T>() != value;
        settings.setValue(m_key, QVariant::fromValue(value));
        if (changed)
            SettingsNotifier::notify(m_key);
    }
    // Back to the default.
    void reset() const
    {
        QSettings settings;
        const bool changed = settings.contains(m_key);
        settings.remove(m_key);
        if (changed)
            SettingsNotifier::notify(m_key);
    }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

// Sets organisation and application names once for QSettings and QStandardPaths.
void setApplicationIdentity();

} // namespace Byline
