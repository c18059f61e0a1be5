#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Byline {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(u"noticeBar"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(u"✕"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::showNotice(const QString &text, Kind kind)
{
    static const char *const colours[] = {"#dbe9f9", "#fdf1d6", "#f9dcdc"};
    static const char *const borders[] = {"#3d80c4", "#d79b13", "#c43d3d"};
    setStyleSheet(
        u"#noticeBar { background: %1; border: 1px solid %2; border-radius: 4px; } QLabel { color: #222; }"_s.arg(
            QLatin1StringView(colours[kind]), QLatin1StringView(borders[kind])));
    m_label->setText(text);
    show();
}

QString NoticeBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace Byline
