#pragma once

#include <QFrame>

class QLabel;

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
    void showNotice(const QString &text, Kind kind = Information);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace Byline
