#pragma once

#include "article/article.h"
#include "article/photo.h"
#include "publish/publishjob.h"
#include "publish/targetaccount.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace Byline {

// Article > Publish…: where the story goes and what the site should do with
// it. Photos the story sends without alt text or credit are named as a
// warning; they do not stop it.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    // `timeZone`: the publication's; a scheduled time is chosen in it.
    PublishDialog(
        const Article &article, const QList<Photo> &photos, const QTimeZone &timeZone, QWidget *parent = nullptr);

    QString target() const;
    PublishAction action() const;
    // Schedule only: the chosen time, in UTC.
    QDateTime scheduledAtUtc() const;
    // What the person should know before sending (not blocking).
    QStringList warnings() const { return m_warnings; }

    void setTarget(const QString &name);
    void setAction(PublishAction action);
    void setScheduledAt(const QDateTime &time);

    void accept() override;

private:
    void update();

    QList<TargetAccount> m_accounts;
    QTimeZone m_timeZone;
    QDateTime m_embargo; // the article's, UTC; null: none
    QStringList m_warnings;
    QComboBox *m_target = nullptr;
    QButtonGroup *m_actions = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace Byline
