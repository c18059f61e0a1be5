#pragma once

#include "publish/publishjob.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Byline {

// Someone changed the story on the site since Byline sent it: the site's
// version and Byline's side by side, as plain text, and the person's choice
// of which one stays.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        DecideLater,
        ReplaceSiteVersion, // send Byline's version over the site's edit
        KeepSiteVersion, // leave the site as it is: the job is cancelled
    };

    explicit ConflictDialog(const PublishJob &job, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

    // The CMS's HTML as a reader would copy it off the page.
    static QString plainText(const QString &html);

private:
    Choice m_choice = DecideLater;
};

} // namespace Byline
