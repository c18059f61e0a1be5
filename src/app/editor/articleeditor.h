#pragma once

#include "article/articledocument.h"
#include "article/textstats.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QToolBar;

namespace Byline {

class BodyEditor;
class SourceView;

// The article's fields and body. Every widget edits the ArticleDocument, so
// one undo stack covers them all and the autosaver sees every keystroke.
class ArticleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleEditor(QWidget *parent = nullptr);
    ~ArticleEditor() override;

    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }
    BodyEditor *bodyEditor() const { return m_body; }
    QLineEdit *headlineEdit() const { return m_headline; }
    QLineEdit *deckEdit() const { return m_deck; }
    SourceView *sourceView() const { return m_source; }
    QToolBar *formatBar() const { return m_formatBar; }

    // Shows the editor tab, applying source edits first; false when the
    // source has problems and the person chose to stay there.
    bool showEditor();
    void showSource();
    bool isShowingSource() const;
    void refreshStats() { countStats(); }

    // Embargo times are set and shown in the publication's time zone.
    void setTimeZone(const QTimeZone &zone);
    QCheckBox *embargoCheck() const { return m_embargoOn; }
    QDateTimeEdit *embargoEdit() const { return m_embargo; }
    QLabel *embargoLeftLabel() const { return m_embargoLeft; }
    // "2시간 10분" until the embargo; empty once it has passed.
    static QString timeLeft(const QDateTime &embargo, const QDateTime &now);

    // A story someone else is editing on the desk: readable, not editable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void statsChanged(const Byline::TextStats &stats);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createFields();
    void createFormatActions();
    void bindLine(QLineEdit *edit, ArticleDocument::Field field);
    void showField(ArticleDocument::Field field);
    void scheduleStats();
    void countStats();
    void tabChanged(int index);
    void showEmbargo();
    void showEmbargoLeft();

    QPointer<ArticleDocument> m_document;
    QLineEdit *m_headline = nullptr;
    QLineEdit *m_deck = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_reporters = nullptr;
    QComboBox *m_section = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_slug = nullptr;
    QLineEdit *m_dateline = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QCheckBox *m_embargoOn = nullptr;
    QDateTimeEdit *m_embargo = nullptr;
    QLabel *m_embargoLeft = nullptr;
    QTimer *m_embargoTimer = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_readOnly = false;
    QWidget *m_details = nullptr;
    QToolBar *m_formatBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    BodyEditor *m_body = nullptr;
    SourceView *m_source = nullptr;
    QTimer *m_statsTimer = nullptr;
    int m_statsGeneration = 0;
    bool m_updating = false;
};

} // namespace Byline
