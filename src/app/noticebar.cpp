#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Byline {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"noticeBar"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(u"✕"_s);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_layout->setContentsMargins(10, 6, 6, 6);
    m_layout->addWidget(m_label, 1);
    m_layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::showNotice(const QString &text, Kind kind, const QList<QAction *> &actions)
{
    // Later: the notice may change from a click on one of these buttons.
    for (QToolButton *button : std::as_const(m_buttons)) {
        button->hide();
        button->deleteLater();
    }
    m_buttons.clear();
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_layout->insertWidget(m_layout->indexOf(m_close), button, 0, Qt::AlignVCenter);
        m_buttons.append(button);
    }
    static const char *const colours[] = {"#dbe9f9", "#fdf1d6", "#f9dcdc"};
    static const char *const borders[] = {"#3d80c4", "#d79b13", "#c43d3d"};
    setStyleSheet(u"#%3 { background: %1; border: 1px solid %2; border-radius: 4px; } QLabel { color: #222; }"_s.arg(
        QLatin1StringView(colours[kind]), QLatin1StringView(borders[kind]), objectName()));
    m_label->setText(text);
    show();
}

void NoticeBar::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QString NoticeBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace Byline
