#include "articleeditor.h"

#include "article/articlehtml.h"
#include "article/bodyediting.h"
#include "article/bylinetext.h"
#include "bodyeditor.h"
#include "linkdialog.h"
#include "sourceview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTextBlock>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

namespace {
using Field = ArticleDocument::Field;

// Sections most Korean regional papers run; any other can be typed.
QStringList commonSections()
{
    return {u"정치"_s, u"경제"_s, u"사회"_s, u"국제"_s, u"문화"_s, u"스포츠"_s, u"지역"_s, u"교육"_s, u"오피니언"_s};
}
} // namespace

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"articleEditor"_s);
    createFields();

    m_body = new BodyEditor(this);
    m_body->installEventFilter(this);
    m_source = new SourceView(this);
    m_source->setObjectName(u"sourceView"_s);
    connect(m_source, &SourceView::applyRequested, this, [this](const QString &html) {
        if (m_document)
            m_document->setBodyHtml(html, tr("Edit HTML source"));
        m_source->setHtml(m_document ? m_document->field(Field::Body).toString() : QString());
    });

    m_formatBar = new QToolBar(tr("Formatting"), this);
    m_formatBar->setObjectName(u"formatBar"_s);
    m_formatBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createFormatActions();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"editorTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabPosition(QTabWidget::South);
    m_tabs->addTab(m_body, tr("Article"));
    m_tabs->addTab(m_source, tr("HTML Source"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ArticleEditor::tabChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_headline);
    layout->addWidget(m_deck);
    layout->addWidget(m_details);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_tabs, 1);

    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(250);
    connect(m_statsTimer, &QTimer::timeout, this, &ArticleEditor::countStats);
    setDocument(nullptr);
}

ArticleEditor::~ArticleEditor() = default;

void ArticleEditor::createFields()
{
    m_headline = new QLineEdit(this);
    m_headline->setObjectName(u"headline"_s);
    m_headline->setPlaceholderText(tr("Headline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.6);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setFrame(false);

    m_deck = new QLineEdit(this);
    m_deck->setObjectName(u"deck"_s);
    m_deck->setPlaceholderText(tr("Deck (subheadline)"));
    QFont deckFont = m_deck->font();
    deckFont.setPointSizeF(deckFont.pointSizeF() * 1.15);
    m_deck->setFont(deckFont);
    m_deck->setFrame(false);

    m_details = new QWidget(this);
    m_details->setObjectName(u"details"_s);
    m_outlet = new QLineEdit(m_details);
    m_outlet->setObjectName(u"outlet"_s);
    m_outlet->setPlaceholderText(tr("Outlet"));
    m_reporters = new QLineEdit(m_details);
    m_reporters->setObjectName(u"reporters"_s);
    m_reporters->setPlaceholderText(tr("Reporter <email>, Reporter"));
    m_section = new QComboBox(m_details);
    m_section->setObjectName(u"section"_s);
    m_section->setEditable(true);
    m_section->addItems(commonSections());
    m_status = new QComboBox(m_details);
    m_status->setObjectName(u"status"_s);
    for (ArticleStatus status :
        {ArticleStatus::Draft, ArticleStatus::Submitted, ArticleStatus::Approved, ArticleStatus::Published})
        m_status->addItem(articleStatusDisplayName(status), int(status));
    m_tags = new QLineEdit(m_details);
    m_tags->setObjectName(u"tags"_s);
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_slug = new QLineEdit(m_details);
    m_slug->setObjectName(u"slug"_s);
    m_slug->setPlaceholderText(tr("web-address-slug"));
    m_dateline = new QLineEdit(m_details);
    m_dateline->setObjectName(u"dateline"_s);
    m_dateline->setPlaceholderText(tr("Dateline"));
    m_summary = new QPlainTextEdit(m_details);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setPlaceholderText(tr("Summary for lists, search and sharing"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 3 + 12);

    // The embargo: unchecked is none; checked, a time in the publication's zone.
    m_embargoOn = new QCheckBox(tr("Em&bargo:"), m_details);
    m_embargoOn->setObjectName(u"embargoOn"_s);
    m_embargoOn->setToolTip(tr("Not to be published before this time. Untick to lift it."));
    m_embargo = new QDateTimeEdit(m_details);
    m_embargo->setObjectName(u"embargo"_s);
    m_embargo->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_embargo->setCalendarPopup(true);
    m_embargo->setEnabled(false);
    // No embargo: the field's lowest value, shown as a word rather than a date.
    m_embargo->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::UTC));
    m_embargo->setSpecialValueText(tr("None"));
    m_embargo->setDateTime(m_embargo->minimumDateTime());
    m_embargoLeft = new QLabel(m_details);
    m_embargoLeft->setObjectName(u"embargoLeft"_s);
    m_embargoTimer = new QTimer(this);
    m_embargoTimer->setInterval(std::chrono::seconds(20));
    connect(m_embargoTimer, &QTimer::timeout, this, &ArticleEditor::showEmbargoLeft);

    auto *grid = new QGridLayout(m_details);
    grid->setContentsMargins(0, 0, 0, 0);
    auto addRow = [grid, this](int row, int column, const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, m_details);
        caption->setBuddy(field);
        grid->addWidget(caption, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    addRow(0, 0, tr("Out&let:"), m_outlet);
    addRow(0, 1, tr("&Reporters:"), m_reporters);
    addRow(0, 2, tr("Sec&tion:"), m_section);
    addRow(1, 0, tr("&Dateline:"), m_dateline);
    addRow(1, 1, tr("Ta&gs:"), m_tags);
    addRow(1, 2, tr("St&atus:"), m_status);
    addRow(2, 0, tr("Sl&ug:"), m_slug);
    auto *embargoRow = new QHBoxLayout;
    embargoRow->setContentsMargins(0, 0, 0, 0);
    embargoRow->addWidget(m_embargo);
    embargoRow->addWidget(m_embargoLeft, 1);
    grid->addWidget(m_embargoOn, 2, 2);
    grid->addLayout(embargoRow, 2, 3, 1, 3);
    auto *summaryCaption = new QLabel(tr("Su&mmary:"), m_details);
    summaryCaption->setBuddy(m_summary);
    grid->addWidget(summaryCaption, 3, 0, Qt::AlignTop);
    grid->addWidget(m_summary, 3, 1, 1, 5);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(5, 1);

    bindLine(m_headline, Field::Headline);
    bindLine(m_deck, Field::Deck);
    bindLine(m_outlet, Field::Outlet);
    bindLine(m_reporters, Field::Reporters);
    // A byline beyond BylineText's limits is not taken: the field keeps the
    // text and says why.
    connect(m_reporters, &QLineEdit::textEdited, this, [this](const QString &text) {
        QString refusal;
        BylineText::parse(text, &refusal);
        m_reporters->setToolTip(refusal);
        if (!refusal.isEmpty())
            QToolTip::showText(m_reporters->mapToGlobal(QPoint(0, m_reporters->height())), refusal, m_reporters);
    });
    bindLine(m_tags, Field::Tags);
    bindLine(m_slug, Field::Slug);
    bindLine(m_dateline, Field::Dateline);
    bindLine(m_section->lineEdit(), Field::Section);
    connect(m_section, &QComboBox::activated, this, [this] {
        if (m_document && !m_updating)
            m_document->setField(Field::Section, m_section->currentText());
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        if (m_document && !m_updating)
            m_document->setField(Field::Status, m_status->currentData());
    });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (m_document && !m_updating)
            m_document->setField(Field::Summary, m_summary->toPlainText());
    });
    m_summary->installEventFilter(this);

    // Each tick or a new time is one undo step with the rest of the article's edits.
    connect(m_embargoOn, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_document || m_updating)
            return;
        m_document->closeTypingRun();
        QDateTime time;
        if (on) {
            // The next full hour: embargoes fall on the hour more often than not.
            const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(m_zone);
            time = QDateTime(now.date(), QTime(now.time().hour(), 0), m_zone).addSecs(3600).toUTC();
        }
        m_document->setField(Field::Embargo, time);
        m_document->closeTypingRun();
    });
    connect(m_embargo, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &time) {
        if (m_document && !m_updating && m_embargoOn->isChecked())
            m_document->setField(Field::Embargo, time.toUTC());
    });
    connect(m_embargo, &QDateTimeEdit::editingFinished, this, [this] {
        if (m_document)
            m_document->closeTypingRun();
    });
    m_embargo->installEventFilter(this);
}

void ArticleEditor::bindLine(QLineEdit *edit, ArticleDocument::Field field)
{
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
        if (m_document && !m_updating)
            m_document->setField(field, text);
    });
    connect(edit, &QLineEdit::editingFinished, this, [this] {
        if (m_document)
            m_document->closeTypingRun();
    });
}

bool ArticleEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and Redo belong to the article's stack, not to each widget's own
    // history: refuse the widgets' claim so the window's actions run.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    // Should the key press still arrive, it goes to the article's stack too.
    if (event->type() == QEvent::KeyPress && m_document) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            m_document->undoStack()->undo();
            return true;
        }
        if (key->matches(QKeySequence::Redo)) {
            m_document->undoStack()->redo();
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut && m_document)
        m_document->closeTypingRun();
    return QWidget::eventFilter(watched, event);
}

void ArticleEditor::createFormatActions()
{
    auto add = [this](const char *id, const QString &text, const QKeySequence &shortcut, const QString &tip,
                   auto function) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(id));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(u"%1 (%2)"_s.arg(tip, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, function] {
            if (!m_document)
                return;
            QTextCursor cursor = m_body->textCursor();
            function(cursor);
            m_body->setTextCursor(cursor);
            m_body->setFocus();
        });
        m_formatBar->addAction(action);
        addAction(action);
        return action;
    };
    using namespace BodyEditing;
    add("format.bold", tr("B"), QKeySequence::Bold, tr("Bold"), [this](QTextCursor &c) {
        if (c.hasSelection()) {
            toggleBold(c);
        } else {
            QTextCharFormat format;
            format.setFontWeight(isBold(c) ? QFont::Normal : QFont::Bold);
            m_body->mergeCurrentCharFormat(format);
        }
    });
    add("format.italic", tr("I"), QKeySequence::Italic, tr("Italic"), [this](QTextCursor &c) {
        if (c.hasSelection()) {
            toggleItalic(c);
        } else {
            QTextCharFormat format;
            format.setFontItalic(!isItalic(c));
            m_body->mergeCurrentCharFormat(format);
        }
    });
    add("format.link", tr("Link"), QKeySequence(Qt::CTRL | Qt::Key_K), tr("Insert or edit a link"),
        [this](QTextCursor &c) {
            LinkDialog dialog(linkAt(c), this);
            if (dialog.exec() == QDialog::Accepted)
                setLink(c, dialog.url());
        });
    m_formatBar->addSeparator();
    add("format.paragraph", tr("Body"), QKeySequence(Qt::CTRL | Qt::Key_0), tr("Body paragraph"),
        [](QTextCursor &c) { setBlockKind(c, BlockKind::Paragraph); });
    add("format.heading2", tr("H2"), QKeySequence(Qt::CTRL | Qt::Key_2), tr("Subheading"),
        [](QTextCursor &c) { setBlockKind(c, BlockKind::Heading2); });
    add("format.heading3", tr("H3"), QKeySequence(Qt::CTRL | Qt::Key_3), tr("Minor subheading"),
        [](QTextCursor &c) { setBlockKind(c, BlockKind::Heading3); });
    add("format.quote", tr("Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period), tr("Block quote"),
        [](QTextCursor &c) { setBlockKind(c, BlockKind::Quote); });
    m_formatBar->addSeparator();
    add("format.bulletList", tr("• List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), tr("Bulleted list"),
        [](QTextCursor &c) { toggleList(c, QTextListFormat::ListDisc); });
    add("format.numberedList", tr("1. List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), tr("Numbered list"),
        [](QTextCursor &c) { toggleList(c, QTextListFormat::ListDecimal); });
    m_formatBar->addSeparator();
    add("format.clear", tr("Clear"), QKeySequence(Qt::CTRL | Qt::Key_Backslash), tr("Clear formatting"),
        [](QTextCursor &c) { clearFormatting(c); });
}

void ArticleEditor::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (!document) {
        m_body->setDocument(new QTextDocument(m_body));
        return;
    }
    m_body->setDocument(document->body());
    connect(document, &ArticleDocument::aboutToBeDestroyed, this, [this] { setDocument(nullptr); });
    connect(document, &ArticleDocument::changed, this, [this](ArticleDocument::Field field) {
        showField(field);
        if (field == Field::Body || field == Field::Headline || field == Field::Deck)
            scheduleStats();
    });
    for (Field field : {Field::Headline, Field::Deck, Field::Outlet, Field::Reporters, Field::Section, Field::Tags,
             Field::Slug, Field::Summary, Field::Dateline, Field::Status, Field::Embargo})
        showField(field);
    m_headline->setCursorPosition(0);
    m_deck->setCursorPosition(0);
    if (isShowingSource())
        m_source->setHtml(document->field(Field::Body).toString());
    countStats();
}

void ArticleEditor::showField(ArticleDocument::Field field)
{
    if (!m_document || field == Field::Body)
        return;
    const QVariant value = m_document->field(field);
    m_updating = true;
    auto showLine = [](QLineEdit *edit, const QString &text) {
        if (edit->text() == text)
            return;
        // Keep the caret where it was when undo changes the text under it.
        const int position = edit->cursorPosition();
        edit->setText(text);
        edit->setCursorPosition(std::min<int>(position, text.size()));
    };
    const QHash<Field, QLineEdit *> lines {
        {Field::Headline, m_headline},
        {Field::Deck, m_deck},
        {Field::Outlet, m_outlet},
        {Field::Reporters, m_reporters},
        {Field::Section, m_section->lineEdit()},
        {Field::Tags, m_tags},
        {Field::Slug, m_slug},
        {Field::Dateline, m_dateline},
    };
    if (QLineEdit *edit = lines.value(field)) {
        // Reporters and tags are tidied when stored ("김민지, " loses its comma):
        // while the person types in them, keep what they typed.
        const bool tidied = field == Field::Reporters || field == Field::Tags;
        if (!(tidied && edit->hasFocus()))
            showLine(edit, value.toString());
    } else if (field == Field::Summary) {
        if (m_summary->toPlainText() != value.toString())
            m_summary->setPlainText(value.toString());
    } else if (field == Field::Status) {
        m_status->setCurrentIndex(std::max(0, m_status->findData(value.toInt())));
    } else if (field == Field::Embargo) {
        showEmbargo();
    }
    m_updating = false;
}

void ArticleEditor::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    const bool updating = m_updating;
    m_updating = true;
    showEmbargo();
    m_updating = updating;
}

void ArticleEditor::showEmbargo()
{
    const QDateTime embargo = m_document ? m_document->field(Field::Embargo).toDateTime() : QDateTime();
    m_embargoOn->setChecked(embargo.isValid());
    m_embargo->setEnabled(embargo.isValid() && !m_readOnly);
    m_embargo->setTimeZone(m_zone);
    if (embargo.isValid() && m_embargo->dateTime() != embargo)
        m_embargo->setDateTime(embargo.toTimeZone(m_zone));
    else if (!embargo.isValid())
        m_embargo->setDateTime(m_embargo->minimumDateTime());
    m_embargo->setToolTip(embargo.isValid() ? tr("In %1").arg(QString::fromUtf8(m_zone.id())) : QString());
    showEmbargoLeft();
}

void ArticleEditor::showEmbargoLeft()
{
    const QDateTime embargo = m_document ? m_document->field(Field::Embargo).toDateTime() : QDateTime();
    const QString left = embargo.isValid() ? timeLeft(embargo, QDateTime::currentDateTimeUtc()) : QString();
    if (!embargo.isValid())
        m_embargoLeft->clear();
    else if (left.isEmpty())
        m_embargoLeft->setText(tr("Embargo lifted"));
    else
        m_embargoLeft->setText(tr("%1 until the embargo").arg(left));
    m_embargoLeft->setStyleSheet(left.isEmpty() ? QString() : u"color: #a15c00; font-weight: bold"_s);
    if (embargo.isValid() && !left.isEmpty())
        m_embargoTimer->start();
    else
        m_embargoTimer->stop();
}

QString ArticleEditor::timeLeft(const QDateTime &embargo, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(embargo);
    if (seconds <= 0)
        return {};
    // Counted up to the next minute: "1분" until the very last second.
    const qint64 minutes = (seconds + 59) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 rest = minutes % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(rest);
    return tr("%1 min").arg(rest);
}

void ArticleEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_headline, m_deck, m_outlet, m_reporters, m_tags, m_slug, m_dateline})
        edit->setReadOnly(readOnly);
    m_section->setEnabled(!readOnly);
    m_status->setEnabled(!readOnly);
    m_summary->setReadOnly(readOnly);
    m_embargoOn->setEnabled(!readOnly);
    m_embargo->setEnabled(!readOnly && m_embargoOn->isChecked());
    m_body->setReadOnly(readOnly);
    m_source->setEnabled(!readOnly);
    m_formatBar->setEnabled(!readOnly && !isShowingSource());
}

void ArticleEditor::scheduleStats()
{
    m_statsTimer->start();
}

void ArticleEditor::countStats()
{
    if (!m_document) {
        Q_EMIT statsChanged(TextStats());
        return;
    }
    // toPlainText is quick; the counting runs off the UI thread.
    const QString text = m_document->body()->toPlainText();
    const int generation = ++m_statsGeneration;
    QPointer<ArticleEditor> self(this);
    QThreadPool::globalInstance()->start([self, text, generation] {
        const TextStats stats = TextStats::count(text);
        QMetaObject::invokeMethod(
            self.data(),
            [self, stats, generation] {
                if (self && generation == self->m_statsGeneration)
                    Q_EMIT self->statsChanged(stats);
            },
            Qt::QueuedConnection);
    });
}

bool ArticleEditor::isShowingSource() const
{
    return m_tabs->currentWidget() == m_source;
}

void ArticleEditor::showSource()
{
    m_tabs->setCurrentWidget(m_source);
}

bool ArticleEditor::showEditor()
{
    m_tabs->setCurrentWidget(m_body);
    return !isShowingSource();
}

void ArticleEditor::tabChanged(int index)
{
    if (!m_document)
        return;
    if (m_tabs->widget(index) == m_source) {
        m_source->setHtml(m_document->field(Field::Body).toString());
        m_formatBar->setEnabled(false);
        return;
    }
    m_formatBar->setEnabled(!m_readOnly);
    if (!m_source->isEdited())
        return;
    if (m_source->check()) {
        m_document->setBodyHtml(m_source->html(), tr("Edit HTML source"));
        m_source->setHtml(m_document->field(Field::Body).toString());
        return;
    }
    // Never apply a broken source silently, and never lose it silently either.
    const int count = int(m_source->problems().size());
    const auto answer = QMessageBox::warning(this, tr("HTML Source"),
        tr("The HTML source has %n problem(s) and was not applied. Go back and fix it, or discard the source edits?",
            nullptr, count),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        m_source->setHtml(m_document->field(Field::Body).toString());
        return;
    }
    const QSignalBlocker blocker(m_tabs);
    m_tabs->setCurrentWidget(m_source);
    m_formatBar->setEnabled(false);
}

} // namespace Byline
