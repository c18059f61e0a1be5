#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "appsettings.h"
#include "common/translations.h"
#include "publish/targetspage.h"
#include "render/publication.h"
#include "render/templatepack.h"

#include <QDir>
#include <QFileDialog>

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

    // The publication: the masthead and the look. OK saves it, and the open
    // preview and the publish queue take it up at once (SettingsNotifier).
    const Publication publication = Publication::fromSettings();
    m_ui->publicationName->setText(publication.name);
    m_ui->templatePack->addItem(tr("Built-in"), QString());
    const QDir userPacks(TemplatePack::userPacksDirectory());
    for (const QString &name : userPacks.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        m_ui->templatePack->addItem(name, name);
    selectTemplatePack(publication.templatePack);
    connect(m_ui->templatePack, &QComboBox::currentIndexChanged, this, &SettingsDialog::checkTemplatePack);
    connect(m_ui->chooseTemplatePack, &QPushButton::clicked, this, &SettingsDialog::chooseTemplatePack);

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

void SettingsDialog::selectTemplatePack(const QString &pack)
{
    const QString wanted = pack == TemplatePack::builtInName() ? QString() : pack;
    int index = m_ui->templatePack->findData(wanted);
    if (index < 0) {
        m_ui->templatePack->addItem(QDir::toNativeSeparators(wanted), wanted);
        index = m_ui->templatePack->count() - 1;
    }
    m_ui->templatePack->setCurrentIndex(index);
    checkTemplatePack();
}

void SettingsDialog::chooseTemplatePack()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Template Pack Folder"), TemplatePack::userPacksDirectory());
    if (!folder.isEmpty())
        selectTemplatePack(folder);
}

void SettingsDialog::checkTemplatePack()
{
    // Said here, before OK: the preview would fall back to the built-in pack.
    QString problem;
    TemplatePack::forPublication(m_ui->templatePack->currentData().toString(), &problem);
    m_ui->templatePackProblem->setText(problem);
    m_ui->templatePackProblem->setVisible(!problem.isEmpty());
}

void SettingsDialog::accept()
{
    I18n::setLanguageOverride(m_ui->languageCombo->currentData().toString());
    lengthTargetSetting.setValue(m_ui->lengthTarget->value());
    const Publication saved = Publication::fromSettings();
    Publication publication = saved;
    publication.name = m_ui->publicationName->text();
    const QString pack = m_ui->templatePack->currentData().toString();
    if (!(pack.isEmpty() && saved.templatePack == TemplatePack::builtInName()))
        publication.templatePack = pack;
    if (publication != saved)
        publication.saveToSettings();
    QDialog::accept();
}

} // namespace Byline
