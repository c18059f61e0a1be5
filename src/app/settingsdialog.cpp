#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "appsettings.h"
#include "common/translations.h"
#include "publish/targetspage.h"

using namespace Qt::StringLiterals;

namespace Byline {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("System default"), QString());
    // Each language is named in itself, so a person can find their own.
    m_ui->languageCombo->addItem(u"한국어"_s, u"ko"_s);
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(I18n::languageOverride())));
    m_ui->lengthTarget->setSuffix(tr(" characters"));
    m_ui->lengthTarget->setValue(lengthTargetSetting.value());
    // Targets are kept as they are changed (passwords go to the keychain at
    // once); OK and Cancel concern the other pages.
    m_targets = new TargetsPage(m_ui->pages);
    m_ui->pages->addTab(m_targets, tr("&Publishing Targets"));
}

void SettingsDialog::showPage(Page page)
{
    m_ui->pages->setCurrentIndex(int(page));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    I18n::setLanguageOverride(m_ui->languageCombo->currentData().toString());
    lengthTargetSetting.setValue(m_ui->lengthTarget->value());
    QDialog::accept();
}

} // namespace Byline
