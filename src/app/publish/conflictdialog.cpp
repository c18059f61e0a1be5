#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {

QGroupBox *versionBox(const QString &title, const QString &when, const QString &headline, const QString &content,
    const QString &name, QPlainTextEdit **text, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(name);
    auto *layout = new QVBoxLayout(box);
    auto *whenLabel = new QLabel(when, box);
    whenLabel->setWordWrap(true);
    auto *headlineEdit = new QLineEdit(headline, box);
    headlineEdit->setObjectName(name + u"Title"_s);
    headlineEdit->setReadOnly(true);
    headlineEdit->setAccessibleName(ConflictDialog::tr("Headline"));
    *text = new QPlainTextEdit(box);
    (*text)->setObjectName(name + u"Content"_s);
    (*text)->setReadOnly(true);
    (*text)->setPlainText(ConflictDialog::plainText(content));
    (*text)->setAccessibleName(ConflictDialog::tr("Text"));
    layout->addWidget(whenLabel);
    layout->addWidget(headlineEdit);
    layout->addWidget(*text, 1);
    return box;
}

} // namespace

QString ConflictDialog::plainText(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText().trimmed();
}

ConflictDialog::ConflictDialog(const PublishJob &job, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Changed on the Site: %1").arg(job.headline));
    const QLocale locale;
    const PublishConflict &conflict = job.conflict;
    auto when = [&](const QDateTime &time) {
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat) : tr("an unknown time");
    };

    auto *intro = new QLabel(tr("Someone edited this story on %1 at %2, after Byline last sent it (%3). Sending "
                                "Byline's version now would overwrite their edit. Choose which version stays.")
                                 .arg(job.target, when(conflict.remoteModified), when(conflict.seenModified)),
        this);
    intro->setWordWrap(true);

    QPlainTextEdit *siteText = nullptr;
    QPlainTextEdit *bylineText = nullptr;
    auto *site = versionBox(tr("On the site"), tr("Changed %1").arg(when(conflict.remoteModified)),
        conflict.remoteTitle, conflict.remoteContent, u"siteVersion"_s, &siteText, this);
    auto *byline = versionBox(tr("In Byline"), tr("Revision %1, queued %2").arg(job.revision).arg(when(job.created)),
        conflict.localTitle.isEmpty() ? job.headline : conflict.localTitle, conflict.localContent, u"bylineVersion"_s,
        &bylineText, this);
    // Reading down one version keeps the other at the same place.
    auto follow = [](QPlainTextEdit *from, QPlainTextEdit *to) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to, [from, to](int value) {
            const int range = std::max(1, from->verticalScrollBar()->maximum());
            to->verticalScrollBar()->setValue(value * to->verticalScrollBar()->maximum() / range);
        });
    };
    follow(siteText, bylineText);
    follow(bylineText, siteText);
    auto *versions = new QHBoxLayout;
    versions->addWidget(site, 1);
    versions->addWidget(byline, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *replace = buttons->addButton(tr("&Replace the Site's Version"), QDialogButtonBox::AcceptRole);
    replace->setObjectName(u"replaceButton"_s);
    replace->setToolTip(tr("Send Byline's version; the edit made on the site is overwritten."));
    QPushButton *keep = buttons->addButton(tr("&Keep the Site's Version"), QDialogButtonBox::DestructiveRole);
    keep->setObjectName(u"keepButton"_s);
    keep->setToolTip(tr("Leave the site as it is and cancel this job."));
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"laterButton"_s);
    later->setDefault(true); // nothing is overwritten by pressing Enter
    connect(replace, &QPushButton::clicked, this, [this] {
        m_choice = ReplaceSiteVersion;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = KeepSiteVersion;
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(versions, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace Byline
