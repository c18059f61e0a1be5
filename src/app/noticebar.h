#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace Byline {

// A quiet bar above the editor for things a person should know but need not
// answer at once (recovered text, a library moved aside), after KMessageWidget.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum Kind
    {
        Information,
        Warning,
        Error
    };

    explicit NoticeBar(QWidget *parent = nullptr);
    // `actions` become buttons beside the text (Take over), until the next notice.
    void showNotice(const QString &text, Kind kind = Information, const QList<QAction *> &actions = {});
    QString text() const;
    // Whether the person may close it; a notice about the story's state stays.
    void setClosable(bool closable);

private:
    QLabel *m_label;
    QHBoxLayout *m_layout;
    QToolButton *m_close;
    QList<QToolButton *> m_buttons;
};

} // namespace Byline
