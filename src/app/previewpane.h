#pragma once

#include "article/article.h"

#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace Byline {

// The desktop and phone previews side by side. Article HTML is untrusted:
// an off-the-record profile, no JavaScript, no local file access.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    void setArticle(const Article &article);
    bool isReady() const { return m_pendingLoads == 0 && m_loadedOnce; }

    static constexpr int DesktopWidth = 1280;
    static constexpr int MobileWidth = 390;
    static constexpr qreal MobileScale = 0.75;

Q_SIGNALS:
    void ready();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWebEngineView *createView(const QString &objectName);
    void fitDesktop();
    qreal desktopScale() const;

    QList<QWebEngineProfile *> m_profiles;
    QWebEngineView *m_desktop;
    QWebEngineView *m_mobile;
    int m_pendingLoads = 0;
    bool m_loadedOnce = false;
};

} // namespace Byline
