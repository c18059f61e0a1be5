#pragma once

#include "desk/deskstory.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace Byline {

// 반려: the desk's note to the reporter. The note is required: OK stays off
// while it is empty, and an empty note is never accepted.
class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReturnDialog(const QString &headline, QWidget *parent = nullptr);
    QString note() const;
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void accept() override;

private:
    void update();

    QPlainTextEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// 출고: now, or at a time in the publication's time zone. With an embargo
// the time defaults to it, "now" is off before it, and an earlier time is
// refused.
class ApproveDialog : public QDialog
{
    Q_OBJECT

public:
    ApproveDialog(const QString &headline, const QDateTime &embargo, const QTimeZone &zone, QWidget *parent = nullptr,
        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Null: now.
    QDateTime scheduledAtUtc() const;
    QRadioButton *nowButton() const { return m_now; }
    QRadioButton *scheduleButton() const { return m_schedule; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString problem() const;
    void accept() override;

private:
    void update();

    QDateTime m_embargo;
    QTimeZone m_zone;
    QDateTime m_opened;
    QRadioButton *m_now;
    QRadioButton *m_schedule;
    QDateTimeEdit *m_time;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Byline
