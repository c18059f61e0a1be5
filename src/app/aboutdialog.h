#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

namespace Byline {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr, const QString &libraryDirectory = {});
    ~AboutDialog() override;

    // The lines the dialog shows, also logged at start.
    static QString versionText();
    static QString qtText();
    static QString chromiumText();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Byline
