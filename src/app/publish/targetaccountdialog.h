#pragma once

#include "publish/targetaccount.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Byline {

// Adds or edits one publishing target. A WordPress Application Password goes
// straight to the system keychain (CredentialStore), never to the settings;
// left empty when editing, the stored one is kept.
class TargetAccountDialog : public QDialog
{
    Q_OBJECT

public:
    // No account: a new one.
    explicit TargetAccountDialog(const std::optional<TargetAccount> &existing, QWidget *parent = nullptr);

    TargetAccount account() const;
    bool isBusy() const { return m_busy; }

    // Checks the account, stores the password (off the UI thread) and then
    // the account; stays open with the reason when something fails.
    void accept() override;

private:
    void showError(const QString &text);
    void save();
    void setBusy(bool busy);

    std::optional<TargetAccount> m_existing;
    bool m_busy = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_fields = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Byline
