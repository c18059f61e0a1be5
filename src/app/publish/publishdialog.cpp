#include "publishdialog.h"

#include "common/settings.h"
#include "publish/embargo.h"
#include "publish/publishrunner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

// The action chosen last time: a reporter submits, a desk publishes, each
// day after day. Unpublish is never remembered.
const Setting<QString> lastActionSetting {"publish/lastAction", u"draft"_s};

QString photoNames(const QList<Photo> &photos)
{
    QStringList names;
    for (const Photo &photo : photos)
        names << (photo.fileName.isEmpty() ? photo.id : photo.fileName);
    return QLocale().createSeparatedList(names);
}

} // namespace

PublishDialog::PublishDialog(
    const Article &article, const QList<Photo> &photos, const QTimeZone &timeZone, QWidget *parent)
    : QDialog(parent)
    , m_accounts(TargetAccounts::all())
    , m_timeZone(timeZone.isValid() ? timeZone : QTimeZone::systemTimeZone())
    , m_embargo(article.embargo)
{
    setObjectName(u"publishDialog"_s);
    const QString headline = article.headline.trimmed().isEmpty() ? tr("(no headline)") : article.headline;
    setWindowTitle(tr("Publish: %1").arg(headline));

    auto *story = new QLabel(headline, this);
    story->setObjectName(u"publishStory"_s);
    story->setWordWrap(true);
    QFont bigger = story->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    story->setFont(bigger);

    m_target = new QComboBox(this);
    m_target->setObjectName(u"publishTarget"_s);
    for (const TargetAccount &account : std::as_const(m_accounts)) {
        m_target->addItem(u"%1 — %2"_s.arg(account.name, account.description()), account.name);
        m_target->setItemData(m_target->count() - 1, account.description(), Qt::ToolTipRole);
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(TargetAccounts::defaultTarget())));
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_target);
    auto *targetNote = new QLabel(tr("Add a site in Settings ▸ Publishing Targets."), this);
    targetNote->setEnabled(false);

    m_actions = new QButtonGroup(this);
    auto *actionsBox = new QVBoxLayout;
    actionsBox->setSpacing(4);
    const struct
    {
        PublishAction action;
        const char *id;
        QString text;
        QString tip;
    } choices[] = {
        {PublishAction::Draft, "actionDraft", tr("Save as &draft on the site"),
            tr("The site keeps it as a draft; nobody sees it yet.")},
        {PublishAction::Submit, "actionSubmit", tr("Submit for &review"),
            tr("The desk finds it waiting for review (pending).")},
        {PublishAction::Publish, "actionPublish", tr("&Publish now"), tr("Readers see it as soon as it arrives.")},
        {PublishAction::Schedule, "actionSchedule", tr("&Schedule for:"),
            tr("The site publishes it at the time chosen.")},
        {PublishAction::Unpublish, "actionUnpublish", tr("&Unpublish"),
            tr("Take the story off the site; it goes back to draft there.")},
    };
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.text, this);
        button->setObjectName(QString::fromLatin1(choice.id));
        button->setToolTip(choice.tip);
        m_actions->addButton(button, int(choice.action));
        if (choice.action != PublishAction::Schedule) {
            actionsBox->addWidget(button);
            continue;
        }
        // The time is shown and chosen in the publication's zone, kept in UTC.
        m_when = new QDateTimeEdit(this);
        m_when->setObjectName(u"scheduleTime"_s);
        m_when->setTimeZone(m_timeZone);
        m_when->setCalendarPopup(true);
        m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        m_when->setAccessibleName(tr("Publication time"));
        const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(m_timeZone);
        // The next full hour but one: time enough to look the story over.
        const QDateTime suggested = QDateTime(now.date(), QTime(now.time().hour(), 0), m_timeZone).addSecs(2 * 3600);
        // An embargoed story is scheduled for its embargo by default.
        m_when->setDateTime(m_embargo.isValid() && m_embargo > now ? m_embargo.toTimeZone(m_timeZone) : suggested);
        auto *zone =
            new QLabel(u"%1 (%2)"_s.arg(QString::fromUtf8(m_timeZone.id()), m_timeZone.abbreviation(now)), this);
        zone->setObjectName(u"scheduleZone"_s);
        auto *row = new QHBoxLayout;
        row->addWidget(button);
        row->addWidget(m_when, 1);
        row->addWidget(zone);
        actionsBox->addLayout(row);
        connect(button, &QRadioButton::toggled, m_when, &QWidget::setEnabled);
        m_when->setEnabled(false);
    }
    const PublishAction last = PublishNames::actionFromKey(lastActionSetting.value()).value_or(PublishAction::Draft);
    const bool embargoed = m_embargo.isValid() && m_embargo > QDateTime::currentDateTimeUtc();
    setAction(last == PublishAction::Unpublish            ? PublishAction::Draft
            : last == PublishAction::Publish && embargoed ? PublishAction::Schedule
                                                          : last);

    // What the story sends: the photos it shows. Missing alt text or
    // credit is for the person to decide on, not a reason to refuse.
    const QList<Photo> sent = PublishRunner::photosToSend(article, photos);
    QList<Photo> noAlt;
    QList<Photo> noCredit;
    for (const Photo &photo : sent) {
        if (photo.needsAltText())
            noAlt << photo;
        if (photo.needsCredit())
            noCredit << photo;
    }
    if (article.headline.trimmed().isEmpty())
        m_warnings << tr("The story has no headline.");
    if (!noAlt.isEmpty())
        m_warnings << tr("%n photo(s) without alt text, which blind readers rely on: %1", nullptr, int(noAlt.size()))
                          .arg(photoNames(noAlt));
    if (!noCredit.isEmpty())
        m_warnings << tr("%n photo(s) without a credit: %1", nullptr, int(noCredit.size())).arg(photoNames(noCredit));
    auto *warnings = new QLabel(this);
    warnings->setObjectName(u"publishWarnings"_s);
    warnings->setWordWrap(true);
    warnings->setTextFormat(Qt::PlainText);
    warnings->setText(u"⚠ "_s + m_warnings.join(u"\n⚠ "_s));
    warnings->setStyleSheet(u"QLabel { background: #fdf1d6; border: 1px solid #d79b13; border-radius: 4px; "
                            "padding: 6px; color: #222; }"_s);
    warnings->setVisible(!m_warnings.isEmpty());

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"publishProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #c0392b; }"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_send = buttons->button(QDialogButtonBox::Ok);
    m_send->setObjectName(u"publishSend"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PublishDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(targetLabel, m_target);
    form->addRow(QString(), targetNote);
    form->addRow(tr("Action:"), actionsBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(story);
    layout->addLayout(form);
    layout->addWidget(warnings);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &PublishDialog::update);
    connect(m_actions, &QButtonGroup::idToggled, this, &PublishDialog::update);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &PublishDialog::update);
    update();
    m_target->setFocus();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QString PublishDialog::target() const
{
    return m_target->currentData().toString();
}

PublishAction PublishDialog::action() const
{
    return PublishAction(std::max(0, m_actions->checkedId()));
}

QDateTime PublishDialog::scheduledAtUtc() const
{
    if (action() != PublishAction::Schedule)
        return {};
    return m_when->dateTime().toUTC();
}

void PublishDialog::setTarget(const QString &name)
{
    if (const int index = m_target->findData(name); index >= 0)
        m_target->setCurrentIndex(index);
}

void PublishDialog::setAction(PublishAction action)
{
    if (QAbstractButton *button = m_actions->button(int(action)))
        button->setChecked(true);
}

void PublishDialog::setScheduledAt(const QDateTime &time)
{
    m_when->setDateTime(time.toTimeZone(m_timeZone));
}

void PublishDialog::update()
{
    QString problem;
    const std::optional<TargetAccount> account = TargetAccounts::find(target());
    if (!account)
        problem = tr("Choose where the story goes.");
    else
        problem = account->problem();
    if (problem.isEmpty() && action() == PublishAction::Schedule
        && m_when->dateTime() <= QDateTime::currentDateTimeUtc().addSecs(60))
        problem = tr("Choose a time in the future for a scheduled story.");
    // The core refuses it too (Outbox::enqueue): said here before sending.
    if (problem.isEmpty())
        problem = Embargo::refusal(
            m_embargo, action(), scheduledAtUtc(), QDateTime::currentDateTimeUtc().addSecs(60), m_timeZone);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());

    // The button says what will happen.
    switch (action()) {
    case PublishAction::Draft:
        m_send->setText(tr("Save Draft"));
        break;
    case PublishAction::Submit:
        m_send->setText(tr("Submit"));
        break;
    case PublishAction::Publish:
        m_send->setText(tr("Publish"));
        break;
    case PublishAction::Schedule:
        m_send->setText(tr("Schedule"));
        break;
    case PublishAction::Unpublish:
        m_send->setText(tr("Unpublish"));
        break;
    case PublishAction::Return:
    case PublishAction::Approve:
    case PublishAction::Note:
        break; // the desk's, not offered here
    }
    m_send->setEnabled(problem.isEmpty());
}

void PublishDialog::accept()
{
    update();
    if (!m_send->isEnabled())
        return;
    if (action() != PublishAction::Unpublish)
        lastActionSetting.setValue(PublishNames::actionKey(action()));
    QDialog::accept();
}

} // namespace Byline
