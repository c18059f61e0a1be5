#include "targetspage.h"

#include "background.h"
#include "publish/credentialstore.h"
#include "publish/publishservice.h"
#include "targetaccountdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

enum Column
{
    NameColumn,
    KindColumn,
    WhereColumn,
};

} // namespace

TargetsPage::TargetsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"targetsPage"_s);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"targetList"_s);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Publishing targets"));
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);

    auto button = [this](const char *id, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(id));
        return b;
    };
    m_add = button("targetAdd", tr("&Add…"));
    m_edit = button("targetEdit", tr("&Edit…"));
    m_remove = button("targetRemove", tr("&Remove"));
    m_default = button("targetDefault", tr("Set as &Default"));
    m_test = button("targetTest", tr("&Test"));
    m_test->setToolTip(tr("Sign in and see what this account may do"));
    connect(m_add, &QPushButton::clicked, this, &TargetsPage::addTarget);
    connect(m_edit, &QPushButton::clicked, this, &TargetsPage::editTarget);
    connect(m_remove, &QPushButton::clicked, this, &TargetsPage::removeTarget);
    connect(m_default, &QPushButton::clicked, this, &TargetsPage::makeDefault);
    connect(m_test, &QPushButton::clicked, this, &TargetsPage::testTarget);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TargetsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &TargetsPage::editTarget);

    m_result = new QLabel(this);
    m_result->setObjectName(u"targetTestResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_default, m_test})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *note = new QLabel(tr("Stories go to the default target unless you choose another when you publish. "
                               "Passwords are kept only in the system keychain."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(row, 1);
    layout->addWidget(m_result);
    reload();
}

void TargetsPage::reload()
{
    const QString current = currentAccount() ? currentAccount()->name : QString();
    const QString defaultName = TargetAccounts::defaultTarget();
    m_list->clear();
    for (const TargetAccount &account : TargetAccounts::all()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, account.name);
        item->setText(NameColumn, account.name == defaultName ? tr("%1 (default)").arg(account.name) : account.name);
        item->setText(KindColumn, account.kind == TargetAccount::wordPressKind() ? tr("WordPress") : tr("Folder"));
        item->setText(WhereColumn,
            account.kind == TargetAccount::wordPressKind()
                ? tr("%1 at %2").arg(account.user, account.url.toDisplayString())
                : QDir::toNativeSeparators(account.path));
        item->setToolTip(WhereColumn, item->text(WhereColumn));
        if (account.name == defaultName) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        }
    }
    selectAccount(current.isEmpty() ? defaultName : current);
    updateButtons();
}

std::optional<TargetAccount> TargetsPage::currentAccount() const
{
    const QTreeWidgetItem *item = m_list ? m_list->currentItem() : nullptr;
    if (!item)
        return std::nullopt;
    return TargetAccounts::find(item->data(NameColumn, Qt::UserRole).toString());
}

void TargetsPage::selectAccount(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(item);
            return;
        }
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QString TargetsPage::testResult() const
{
    return m_result->text();
}

void TargetsPage::updateButtons()
{
    const std::optional<TargetAccount> account = currentAccount();
    m_edit->setEnabled(account.has_value());
    // The built-in folder is always there; a stored account of that name can go.
    const bool builtIn = account && *account == TargetAccounts::builtInFolder();
    m_remove->setEnabled(account && !builtIn);
    m_default->setEnabled(account && account->name != TargetAccounts::defaultTarget());
    m_test->setEnabled(account && !m_testing);
}

void TargetsPage::addTarget()
{
    TargetAccountDialog dialog(std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectAccount(dialog.account().name);
}

void TargetsPage::editTarget()
{
    const std::optional<TargetAccount> account = currentAccount();
    if (!account)
        return;
    TargetAccountDialog dialog(account, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TargetsPage::removeTarget()
{
    const std::optional<TargetAccount> account = currentAccount();
    if (!account || !m_remove->isEnabled())
        return;
    const auto answer = QMessageBox::question(this, tr("Remove Publishing Target"),
        tr("Remove the target “%1”? Stories already on it stay there; jobs still queued for it will wait for a "
           "target of that name.")
            .arg(account->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    TargetAccounts::remove(account->name);
    if (account->needsPassword()) {
        const TargetAccount removed = *account;
        runInBackground(
            QCoreApplication::instance(),
            [removed] {
                QString ignored;
                return CredentialStore::remove(removed.name, removed.user, &ignored);
            },
            [](bool) {});
    }
    reload();
}

void TargetsPage::makeDefault()
{
    const std::optional<TargetAccount> account = currentAccount();
    if (!account)
        return;
    TargetAccounts::setDefaultTarget(account->name);
    reload();
}

void TargetsPage::testTarget()
{
    const std::optional<TargetAccount> account = currentAccount();
    if (!account || m_testing)
        return;
    m_testing = true;
    updateButtons();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Signing in to %1…").arg(account->description()));
    // The command line's `byline targets test` says the same, in the same words.
    runInBackground(
        this, [account = *account] { return PublishService::testTarget(account, PublishEnvironment::fromSettings()); },
        [this](const PublishService::TargetCheck &outcome) {
            m_testing = false;
            m_result->setStyleSheet(outcome.ok ? QString() : u"QLabel { color: #c0392b; }"_s);
            m_result->setText(outcome.text);
            updateButtons();
            Q_EMIT testFinished(outcome.ok);
        });
}

} // namespace Byline
