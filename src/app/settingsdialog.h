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
        PublicationPage,
        TargetsPageIndex, // Publishing Targets
    };

    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    TargetsPage *targetsPage() const { return m_targets; }
    // A pack name in TemplatePack::userPacksDirectory(), a folder, or empty
    // for the built-in pack, as Publication::templatePack; what Folder… picks.
    void selectTemplatePack(const QString &pack);

    void accept() override;

private:
    void chooseTemplatePack();
    void checkTemplatePack();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    TargetsPage *m_targets = nullptr;
};

} // namespace Byline
