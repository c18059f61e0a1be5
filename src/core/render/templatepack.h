#pragma once

#include "pagetemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace Byline {

// The two layouts an article page has.
enum class Device
{
    Desktop,
    Mobile,
};

QString deviceKey(Device device); // "desktop", "mobile"
std::optional<Device> deviceFromKey(const QString &key);

// A file of a template pack that the page refers to (a logo, an icon).
struct PackAsset
{
    QString name; // as pack.json names it: "logo"
    QString path; // the file: absolute, or ":/…" for the built-in pack
    QString mimeType; // from the suffix: image/svg+xml, image/png, …
};

// A publication's look: a folder with pack.json, article.html (or
// desktop.html and mobile.html), style.css (+ mobile.css) and assets/
// (docs/templates.md). Everything is read and checked at load, so a loaded
// pack always renders.
class TemplatePack
{
    Q_DECLARE_TR_FUNCTIONS(Byline::TemplatePack)

public:
    static constexpr qint64 MaxTemplateBytes = 1024 * 1024;
    static constexpr qint64 MaxAssetBytes = 2 * 1024 * 1024;
    static constexpr int MaxAssets = 64;
    static constexpr qint64 MaxAssetsTotalBytes = 16 * 1024 * 1024;

    // The pack compiled into Byline (resources/templates/default).
    static TemplatePack builtIn();
    static QString builtInName() { return QStringLiteral("default"); }
    // Where packs named by a publication are looked for:
    // AppDataLocation/templates/NAME.
    static QString userPacksDirectory();

    // nullopt and a translated *error naming the file (and line) on any
    // problem: a file missing, unreadable, too large, or not a regular file
    // inside the folder (a symbolic link, a device); bad pack.json; a template
    // syntax error; a template without {{{page.head}}}, or whose markup could
    // run, frame or load something (TemplateMarkup); a style sheet that
    // imports or loads from outside the pack (StyleSheetCheck).
    static std::optional<TemplatePack> load(const QString &folder, QString *error);
    // The pack a publication names (see Publication::templatePack): a folder
    // path, a name in userPacksDirectory(), or empty/"default". A pack that
    // cannot be loaded falls back to the built-in one and *error says why.
    static TemplatePack forPublication(const QString &templatePack, QString *error);
    // load(), falling back to the built-in pack with *error set.
    static TemplatePack loadOrBuiltIn(const QString &folder, QString *error);

    QString name() const { return m_name; }
    QString version() const { return m_version; }
    QString description() const { return m_description; }
    QString folder() const { return m_folder; }
    bool isBuiltIn() const { return m_builtIn; }

    const PageTemplate &page(Device device) const;
    // style.css, followed by mobile.css for the mobile layout.
    QString css(Device device) const;
    const QHash<QString, PackAsset> &assets() const { return m_assets; }

private:
    // A bare page, used only if the compiled-in pack were broken.
    static TemplatePack emergencyPack();

    QString m_name;
    QString m_version;
    QString m_description;
    QString m_folder;
    bool m_builtIn = false;
    PageTemplate m_desktop;
    PageTemplate m_mobile;
    QString m_css;
    QString m_mobileCss;
    QHash<QString, PackAsset> m_assets;
};

} // namespace Byline
