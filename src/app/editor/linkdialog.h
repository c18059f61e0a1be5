#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Byline {

// Asks for a link address and checks it before it reaches the article.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LinkDialog(const QString &current, QWidget *parent = nullptr);
    QString url() const { return m_url; }

private:
    void check();

    QLineEdit *m_edit;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_url;
};

} // namespace Byline
