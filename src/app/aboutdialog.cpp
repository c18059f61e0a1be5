#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include "bylineversion.h"

#include <QDir>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

using namespace Qt::StringLiterals;

namespace Byline {

AboutDialog::AboutDialog(QWidget *parent, const QString &libraryDirectory)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->versionLabel->setText(versionText());
    m_ui->qtLabel->setText(qtText());
    m_ui->chromiumLabel->setText(chromiumText());
    m_ui->libraryLabel->setText(QDir::toNativeSeparators(libraryDirectory));
    m_ui->libraryCaption->setVisible(!libraryDirectory.isEmpty());
    m_ui->libraryLabel->setVisible(!libraryDirectory.isEmpty());
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText()
{
    return QString::fromLatin1(BYLINE_VERSION_STRING);
}

QString AboutDialog::qtText()
{
    return tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR));
}

QString AboutDialog::chromiumText()
{
    return QString::fromLatin1(qWebEngineChromiumVersion());
}

} // namespace Byline
