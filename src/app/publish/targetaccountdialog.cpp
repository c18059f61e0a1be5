#include "targetaccountdialog.h"

#include "background.h"
#include "publish/credentialstore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

TargetAccountDialog::TargetAccountDialog(const std::optional<TargetAccount> &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
{
    setObjectName(u"targetAccountDialog"_s);
    setWindowTitle(existing ? tr("Edit Publishing Target") : tr("Add Publishing Target"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"targetName"_s);
    m_name->setPlaceholderText(tr("e.g. desk or hanbit-wp"));
    m_name->setToolTip(tr("What the queue and the command line call this target: letters, digits, dots, dashes and "
                          "underscores."));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"targetKind"_s);
    m_kind->addItem(tr("Folder (a static site on this computer)"), TargetAccount::folderKind());
    m_kind->addItem(tr("WordPress site"), TargetAccount::wordPressKind());

    // Folder: where the articles' folders go.
    auto *folderPage = new QWidget(this);
    auto *folderForm = new QFormLayout(folderPage);
    folderForm->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(folderPage);
    m_path->setObjectName(u"targetPath"_s);
    auto *browse = new QPushButton(tr("&Browse…"), folderPage);
    browse->setObjectName(u"targetBrowse"_s);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder to Publish To"), m_path->text());
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen));
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&Folder:"), folderPage);
    pathLabel->setBuddy(m_path);
    folderForm->addRow(pathLabel, pathRow);

    // WordPress: the site, the user and an Application Password.
    auto *wordPressPage = new QWidget(this);
    auto *wordPressForm = new QFormLayout(wordPressPage);
    wordPressForm->setContentsMargins(0, 0, 0, 0);
    m_url = new QLineEdit(wordPressPage);
    m_url->setObjectName(u"targetUrl"_s);
    m_url->setPlaceholderText(u"https://news.example.kr"_s);
    m_user = new QLineEdit(wordPressPage);
    m_user->setObjectName(u"targetUser"_s);
    m_password = new QLineEdit(wordPressPage);
    m_password->setObjectName(u"targetPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(existing && existing->needsPassword()
            ? tr("Leave empty to keep the stored password")
            : tr("From Users ▸ Profile ▸ Application Passwords"));
    m_password->setToolTip(tr("An Application Password made for Byline in your WordPress profile, not your sign-in "
                              "password. It is kept only in the system keychain."));
    auto *urlLabel = new QLabel(tr("Site &address:"), wordPressPage);
    urlLabel->setBuddy(m_url);
    auto *userLabel = new QLabel(tr("&User name:"), wordPressPage);
    userLabel->setBuddy(m_user);
    auto *passwordLabel = new QLabel(tr("Application &password:"), wordPressPage);
    passwordLabel->setBuddy(m_password);
    wordPressForm->addRow(urlLabel, m_url);
    wordPressForm->addRow(userLabel, m_user);
    wordPressForm->addRow(passwordLabel, m_password);

    m_fields = new QStackedWidget(this);
    m_fields->addWidget(folderPage);
    m_fields->addWidget(wordPressPage);
    connect(m_kind, &QComboBox::currentIndexChanged, m_fields, &QStackedWidget::setCurrentIndex);

    m_error = new QLabel(this);
    m_error->setObjectName(u"targetError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TargetAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(nameLabel, m_name);
    form->addRow(kindLabel, m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (existing) {
        // A target's name and kind are what jobs and the keychain know it by.
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(existing->kind)));
        m_kind->setEnabled(false);
        m_path->setText(QDir::toNativeSeparators(existing->path));
        m_url->setText(existing->url.toString());
        m_user->setText(existing->user);
    }
    m_fields->setCurrentIndex(m_kind->currentIndex());
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

TargetAccount TargetAccountDialog::account() const
{
    TargetAccount account;
    account.name = m_name->text().trimmed();
    account.kind = m_kind->currentData().toString();
    if (account.kind == TargetAccount::folderKind()) {
        account.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    } else {
        account.url = QUrl::fromUserInput(m_url->text().trimmed());
        account.user = m_user->text().trimmed();
    }
    return account;
}

void TargetAccountDialog::showError(const QString &text)
{
    m_error->setStyleSheet(u"QLabel { color: #c0392b; }"_s);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void TargetAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    m_fields->setEnabled(!busy);
}

void TargetAccountDialog::accept()
{
    if (m_busy)
        return;
    const TargetAccount account = this->account();
    if (const QString problem = account.problem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (!m_existing && TargetAccounts::find(account.name)) {
        showError(tr("There is already a target called “%1”: edit it, or choose another name.").arg(account.name));
        return;
    }
    const QString password = m_password->text();
    const bool newKey = !m_existing || m_existing->user != account.user || m_existing->kind != account.kind;
    if (account.needsPassword() && password.isEmpty() && newKey) {
        showError(
            tr("Enter the Application Password made for Byline in the WordPress profile of %1.").arg(account.user));
        return;
    }
    if (!account.needsPassword() || password.isEmpty()) {
        save();
        return;
    }
    // The keychain may take a while (or ask to be unlocked): never on the UI thread.
    setBusy(true);
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Saving the password in the system keychain…"));
    m_error->show();
    runInBackground(
        this,
        [account, password] {
            QString error;
            CredentialStore::store(account.name, account.user, password, &error);
            return error;
        },
        [this](const QString &error) {
            setBusy(false);
            if (!error.isEmpty()) {
                showError(error);
                return;
            }
            save();
        });
}

void TargetAccountDialog::save()
{
    const TargetAccount account = this->account();
    QString error;
    if (!TargetAccounts::save(account, &error)) {
        showError(error);
        return;
    }
    // A password kept under the old user name is no use to anyone now.
    if (m_existing && m_existing->needsPassword() && m_existing->user != account.user) {
        const TargetAccount old = *m_existing;
        runInBackground(
            QCoreApplication::instance(),
            [old] {
                QString ignored;
                return CredentialStore::remove(old.name, old.user, &ignored);
            },
            [](bool) {});
    }
    m_password->clear();
    QDialog::accept();
}

} // namespace Byline
