#include "article/articledocument.h"
#include "common/settings.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "editor/finddialog.h"
#include "editor/sourceview.h"
#include "library/autosaver.h"
#include "mainwindow.h"
#include "noticebar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_ArticleEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_library;
    std::unique_ptr<MainWindow> m_window;

    ArticleEditor *editor() { return m_window->editor(); }
    ArticleDocument *document() { return m_window->document(); }
    QString body() { return document()->article().body; }

    static QString fixture(const QString &name)
    {
        QFile file(qEnvironmentVariable("BYLINE_SOURCE_DIR") + u"/tests/data/articlehtml/input/"_s + name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // Text as an input method delivers it (QTest::keyClicks is ASCII only).
    static void commitText(QWidget *widget, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget, &event);
    }

    void placeBodyCursorAtEnd()
    {
        QTextCursor cursor = editor()->bodyEditor()->textCursor();
        cursor.movePosition(QTextCursor::End);
        editor()->bodyEditor()->setTextCursor(cursor);
        editor()->bodyEditor()->setFocus();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(MainWindow::Options {m_library.path(), QString()});
        QVERIFY(m_window->openLibrary());
        m_window->show();
        // Activation is asked for once the window is on screen: without a
        // window manager (Xvfb) an earlier request can be lost while the
        // preview's web views are being set up.
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Each test starts from a fresh, empty article.
        m_window->findChild<QAction *>(u"file.new"_s)->trigger();
        QVERIFY(document());
        QVERIFY(body().isEmpty());
    }

    void cleanup()
    {
        m_window->close();
        m_window.reset();
    }

    void pasteFromWordLandsClean()
    {
        const QString word = fixture(u"word-korean.html"_s);
        QVERIFY(!word.isEmpty());
        auto *mime = new QMimeData;
        mime->setHtml(word);
        mime->setText(u"fallback"_s);
        QApplication::clipboard()->setMimeData(mime);
        placeBodyCursorAtEnd();
        editor()->bodyEditor()->paste();
        const QString html = body();
        QVERIFY2(!html.isEmpty(), "something was pasted");
        for (const QString &junk : {u"mso"_s, u"style"_s, u"font"_s, u"class"_s, u"<span"_s, u"<o:p"_s, u"<!--"_s})
            QVERIFY2(!html.contains(junk, Qt::CaseInsensitive), qPrintable(junk + u" in: "_s + html.left(400)));
        QVERIFY(html.contains(u"<p>"_s));
        QVERIFY2(html.contains(u"<li>"_s), qPrintable(html.left(600)));
        // One undo step takes the whole paste back.
        m_window->findChild<QAction *>(u"edit.undo"_s)->trigger();
        QVERIFY(body().isEmpty());
    }

    // A hostile clipboard (HTML nested 100,000 deep took 16 GB and the window
    // with it) is refused with a notice, and the reporter's text stays.
    void hostilePasteIsRefused_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("robustness: 100,000 nested <b>") << u"<b>"_s.repeated(100'000) + u"x"_s << u"512"_s;
        QString attributes = u"<p"_s;
        for (int i = 0; i < 200'000; ++i)
            attributes += u" a"_s + QString::number(i);
        QTest::newRow("robustness: 200,000 attributes on one element") << attributes + u">x</p>"_s << u"256"_s;
    }

    void hostilePasteIsRefused()
    {
        QFETCH(QString, html);
        QFETCH(QString, mentions);
        placeBodyCursorAtEnd();
        commitText(editor()->bodyEditor(), u"기자가 쓴 첫 문장."_s);
        const QString written = body();
        QCOMPARE(written, u"<p>기자가 쓴 첫 문장.</p>\n"_s);

        auto *mime = new QMimeData;
        mime->setHtml(html);
        mime->setText(u"x"_s);
        QApplication::clipboard()->setMimeData(mime);
        QElapsedTimer timer;
        timer.start();
        editor()->bodyEditor()->paste();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        QCOMPARE(body(), written);
        const QString notice = m_window->noticeBar()->text();
        QVERIFY2(notice.contains(u"Nothing was pasted"_s) && notice.contains(mentions), qPrintable(notice));
        QVERIFY(m_window->noticeBar()->isVisible());
    }

    void plainTextPasteKeepsParagraphs()
    {
        auto *mime = new QMimeData;
        mime->setText(u"첫 문단입니다.\n\n둘째 문단입니다.\n셋째 문단"_s);
        QApplication::clipboard()->setMimeData(mime);
        placeBodyCursorAtEnd();
        editor()->bodyEditor()->paste();
        QCOMPARE(body().count(u"<p>"_s), 3);
        QVERIFY(body().contains(u"<p>둘째 문단입니다.</p>"_s));
    }

    void hangulCompositionSurvivesAutosave()
    {
        placeBodyCursorAtEnd();
        BodyEditor *bodyEditor = editor()->bodyEditor();
        auto compose = [bodyEditor](const QString &preedit, const QString &commit = {}) {
            QInputMethodEvent event(preedit, {});
            if (!commit.isEmpty())
                event.setCommitString(commit);
            QApplication::sendEvent(bodyEditor, &event);
        };
        compose(u"ㅅ"_s);
        compose(u"수"_s);
        // Autosave fires in the middle of composing 수달.
        QVERIFY(m_window->autosaver()->flush());
        compose(u"ㄷ"_s, u"수"_s);
        compose(u"다"_s);
        QVERIFY(m_window->autosaver()->flush());
        compose(u"달"_s);
        compose(QString(), u"달"_s);
        QVERIFY(m_window->autosaver()->flush());
        QCOMPARE(body(), u"<p>수달</p>\n"_s);
        // The library has exactly what the person composed, no stray jamo.
        Library reader;
        QVERIFY(reader.open(m_library.path()));
        QCOMPARE(reader.articleStore().article(document()->articleId())->body, u"<p>수달</p>\n"_s);
    }

    void undoWalksBackThroughFieldsInOrder()
    {
        QLineEdit *headline = editor()->headlineEdit();
        headline->setFocus();
        QTest::keyClicks(headline, u"Otters"_s);
        placeBodyCursorAtEnd();
        QTest::keyClicks(editor()->bodyEditor(), u"back"_s);
        QCOMPARE(body(), u"<p>back</p>\n"_s);
        QAction *undo = m_window->findChild<QAction *>(u"edit.undo"_s);
        // Ctrl+Z in the body goes to the article's stack, not the widget's own.
        QTest::keySequence(editor()->bodyEditor(), QKeySequence::Undo);
        QStringList steps;
        for (int i = 0; i < document()->undoStack()->count(); ++i)
            steps << document()->undoStack()->text(i);
        QVERIFY2(body().isEmpty(),
            qPrintable(steps.join(u" | "_s) + u" index "_s + QString::number(document()->undoStack()->index())));
        QCOMPARE(headline->text(), u"Otters"_s);
        undo->trigger();
        QStringList after;
        for (int i = 0; i < document()->undoStack()->count(); ++i)
            after << document()->undoStack()->text(i);
        QVERIFY2(headline->text().isEmpty(),
            qPrintable(after.join(u" | "_s) + u" index "_s + QString::number(document()->undoStack()->index())
                + u" field "_s + document()->field(ArticleDocument::Field::Headline).toString()));
        m_window->findChild<QAction *>(u"edit.redo"_s)->trigger();
        QCOMPARE(headline->text(), u"Otters"_s);
    }

    void formattingShortcuts()
    {
        placeBodyCursorAtEnd();
        commitText(editor()->bodyEditor(), u"소제목"_s);
        QTest::keyClick(editor()->bodyEditor(), '2', Qt::ControlModifier);
        QCOMPARE(body(), u"<h2>소제목</h2>\n"_s);
        QTest::keyClick(editor()->bodyEditor(), '0', Qt::ControlModifier);
        QTextCursor cursor = editor()->bodyEditor()->textCursor();
        cursor.select(QTextCursor::BlockUnderCursor);
        editor()->bodyEditor()->setTextCursor(cursor);
        QTest::keyClick(editor()->bodyEditor(), 'b', Qt::ControlModifier);
        QCOMPARE(body(), u"<p><strong>소제목</strong></p>\n"_s);
    }

    void sourceViewAppliesProfileAndRefusesTheRest()
    {
        editor()->showSource();
        SourceView *source = editor()->sourceView();
        source->editor()->setPlainText(u"<h2>소제목</h2>\n<p>본문 <strong>굵게</strong></p>\n"_s);
        QVERIFY(source->check());
        editor()->showEditor();
        QCOMPARE(body(), u"<h2>소제목</h2>\n<p>본문 <strong>굵게</strong></p>\n"_s);

        editor()->showSource();
        source->editor()->setPlainText(
            u"<p>좋음</p>\n<p onclick=\"x()\">나쁨 <span style=\"color:red\">빨강</span></p>\n"_s);
        QVERIFY(!source->check());
        QVERIFY(!source->problems().isEmpty());
        QCOMPARE(source->problems().first().line, 2);
        // Nothing broken reaches the article.
        QCOMPARE(body(), u"<h2>소제목</h2>\n<p>본문 <strong>굵게</strong></p>\n"_s);
    }

    void findAndReplaceAcrossFields()
    {
        editor()->headlineEdit()->setFocus();
        commitText(editor()->headlineEdit(), u"수달이 돌아왔다"_s);
        placeBodyCursorAtEnd();
        commitText(editor()->bodyEditor(), u"공지천 수달과 수달피"_s);
        FindDialog dialog(editor());
        dialog.setNeedle(u"수달"_s);
        dialog.setReplacement(u"해달"_s);
        QVERIFY(dialog.findNext());
        QCOMPARE(editor()->headlineEdit()->selectedText(), u"수달"_s);
        QCOMPARE(dialog.replaceAll(), 3);
        QCOMPARE(editor()->headlineEdit()->text(), u"해달이 돌아왔다"_s);
        QCOMPARE(body(), u"<p>공지천 해달과 해달피</p>\n"_s);
        // Replace All is one undo step across headline and body.
        m_window->findChild<QAction *>(u"edit.undo"_s)->trigger();
        QCOMPARE(editor()->headlineEdit()->text(), u"수달이 돌아왔다"_s);
        QCOMPARE(body(), u"<p>공지천 수달과 수달피</p>\n"_s);
    }

    void editorLetsGoOfADocumentThatGoes()
    {
        ArticleEditor standalone;
        auto document = std::make_unique<ArticleDocument>(Article::create());
        standalone.setDocument(document.get());
        document.reset();
        QVERIFY(!standalone.document());
        QVERIFY(standalone.bodyEditor()->document()); // a fresh empty one, not a dangling pointer
        standalone.bodyEditor()->insertPlainText(u"계속 입력"_s);
    }

    void countsReachTheStatusBar()
    {
        placeBodyCursorAtEnd();
        commitText(editor()->bodyEditor(), u"수달 두 마리"_s);
        auto *stats = m_window->findChild<QLabel *>(u"stats"_s);
        QVERIFY(stats);
        // 7 characters with spaces, 5 without, 3 words.
        QTRY_VERIFY2(stats->text().startsWith(u"7 "_s), qPrintable(stats->text()));
        QVERIFY(stats->text().contains(u"5 "_s));
    }
};

QTEST_MAIN(tst_ArticleEditor)
#include "tst_articleeditor.moc"
