#pragma once

#include "publish/targetaccount.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Byline {

// Settings ▸ Publishing Targets: the sites and folders stories go to. Each
// change is kept at once (passwords in the system keychain, the rest in the
// settings); Test signs in on a worker thread and says what the account may do.
class TargetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsPage(QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    std::optional<TargetAccount> currentAccount() const;
    void selectAccount(const QString &name);
    // What the last test found (empty while none ran).
    QString testResult() const;
    bool isTesting() const { return m_testing; }

    void reload();
    void addTarget();
    void editTarget();
    void removeTarget();
    void makeDefault();
    void testTarget();

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void updateButtons();

    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_default = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    bool m_testing = false;
};

} // namespace Byline
