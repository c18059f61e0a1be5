#include "deskdialogs.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {
QString quotedHeadline(const QString &headline)
{
    return headline.isEmpty() ? ReturnDialog::tr("(no headline)") : ReturnDialog::tr("“%1”").arg(headline);
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"problem"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c0392b"_s);
    label->hide();
    return label;
}
} // namespace

ReturnDialog::ReturnDialog(const QString &headline, QWidget *parent)
    : QDialog(parent)
    , m_note(new QPlainTextEdit(this))
    , m_problem(problemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"returnDialog"_s);
    setWindowTitle(tr("Return to Reporter"));
    auto *intro = new QLabel(
        tr("%1 goes back to its reporter as a draft with your note. Say what to change.").arg(quotedHeadline(headline)),
        this);
    intro->setWordWrap(true);
    m_note->setObjectName(u"note"_s);
    m_note->setPlaceholderText(tr("e.g. Name the source of the quote in the second paragraph."));
    m_note->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Return"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReturnDialog::update);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(460, 260);
    update();
}

QString ReturnDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ReturnDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!note().isEmpty());
    if (!note().isEmpty())
        m_problem->hide();
}

void ReturnDialog::accept()
{
    // A return tells the reporter what to change; without words it tells nothing.
    if (note().isEmpty()) {
        m_problem->setText(tr("Write a note for the reporter: a story is never returned without one."));
        m_problem->show();
        m_note->setFocus();
        return;
    }
    QDialog::accept();
}

ApproveDialog::ApproveDialog(
    const QString &headline, const QDateTime &embargo, const QTimeZone &zone, QWidget *parent, const QDateTime &now)
    : QDialog(parent)
    , m_embargo(embargo)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_opened(now)
    , m_now(new QRadioButton(tr("Publish &now"), this))
    , m_schedule(new QRadioButton(tr("&Schedule at:"), this))
    , m_time(new QDateTimeEdit(this))
    , m_problem(problemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"approveDialog"_s);
    setWindowTitle(tr("Approve"));
    auto *intro = new QLabel(tr("%1 goes out on the site.").arg(quotedHeadline(headline)), this);
    intro->setWordWrap(true);
    m_now->setObjectName(u"now"_s);
    m_schedule->setObjectName(u"schedule"_s);
    m_time->setObjectName(u"time"_s);
    m_time->setTimeZone(m_zone);
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    const bool embargoed = embargo.isValid() && embargo > now;
    // The embargo is when the story may go: the natural time to schedule it.
    m_time->setDateTime(embargoed ? embargo.toTimeZone(m_zone) : now.addSecs(3600).toTimeZone(m_zone));
    if (embargoed) {
        m_now->setEnabled(false);
        m_now->setToolTip(
            tr("Embargoed until %1").arg(QLocale().toString(embargo.toTimeZone(m_zone), u"yyyy-MM-dd HH:mm t"_s)));
        m_schedule->setChecked(true);
    } else {
        m_now->setChecked(true);
    }
    auto *embargoLabel = new QLabel(this);
    embargoLabel->setObjectName(u"embargo"_s);
    if (embargo.isValid())
        embargoLabel->setText(
            tr("Embargo: %1").arg(QLocale().toString(embargo.toTimeZone(m_zone), u"yyyy-MM-dd HH:mm t"_s)));
    embargoLabel->setVisible(embargo.isValid());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApproveDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_now, &QRadioButton::toggled, this, &ApproveDialog::update);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ApproveDialog::update);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_schedule);
    timeRow->addWidget(m_time, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(embargoLabel);
    layout->addWidget(m_now);
    layout->addLayout(timeRow);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    update();
}

QDateTime ApproveDialog::scheduledAtUtc() const
{
    if (m_now->isChecked())
        return {};
    QDateTime time = m_time->dateTime();
    time.setTime(QTime(time.time().hour(), time.time().minute()));
    return time.toUTC();
}

QString ApproveDialog::problem() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime goesLive = m_now->isChecked() ? now : scheduledAtUtc();
    if (m_embargo.isValid() && goesLive < m_embargo)
        return tr("Not before the embargo: %1.")
            .arg(QLocale().toString(m_embargo.toTimeZone(m_zone), u"yyyy-MM-dd HH:mm t"_s));
    if (!m_now->isChecked() && goesLive <= now)
        return tr("Choose a time in the future, or publish now.");
    return {};
}

void ApproveDialog::update()
{
    m_time->setEnabled(m_schedule->isChecked());
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void ApproveDialog::accept()
{
    update();
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

} // namespace Byline
