#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Byline {

class TargetsPage;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page
    {
        GeneralPage,
        TargetsPageIndex, // Publishing Targets
    };

    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    TargetsPage *targetsPage() const { return m_targets; }

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    TargetsPage *m_targets = nullptr;
};

} // namespace Byline
