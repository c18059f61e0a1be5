#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Byline {

// A typed setting declared next to where it is used (after Tiled's
// SessionOption), so keys and defaults are never spelled twice.
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
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

// Sets organisation and application names once for QSettings and QStandardPaths.
void setApplicationIdentity();

} // namespace Byline
