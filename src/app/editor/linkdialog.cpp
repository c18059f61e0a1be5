#include "linkdialog.h"

#include "article/bodyediting.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Byline {

LinkDialog::LinkDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(current, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Link"));
    m_edit->setObjectName(u"linkUrl"_s);
    m_edit->setPlaceholderText(u"https://"_s);
    m_edit->setMinimumWidth(380);
    m_message->setWordWrap(true);
    if (!current.isEmpty())
        m_buttons->addButton(tr("Remove Link"), QDialogButtonBox::DestructiveRole);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Address:"), m_edit);
    layout->addRow(m_message);
    layout->addRow(m_buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &LinkDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::DestructiveRole) {
            m_url.clear();
            accept();
        }
    });
    check();
}

void LinkDialog::check()
{
    QString error;
    m_url = BodyEditing::normalizeLink(m_edit->text(), &error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_url.isEmpty());
    m_message->setText(
        m_edit->text().trimmed().isEmpty() ? tr("Web addresses (http, https) and email addresses.") : error);
}

} // namespace Byline
