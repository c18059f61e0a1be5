// The same byline text gives the same byline in the editor's Reporters
// field, in `byline new --byline` and in a saved page's author tag: all three
// read it through BylineText (docs/article-format.md, "The byline as text").

#include "article/articledocument.h"
#include "clirun.h"
#include "common/settings.h"
#include "editor/articleeditor.h"
#include "mainwindow.h"
#include "package/htmlimport.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

using Reporters = QList<Reporter>;

class tst_BylineField : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_library;
    QTemporaryDir m_cliLibrary;
    std::unique_ptr<MainWindow> m_window;

    // What the editor's Reporters field makes of text typed into it, one
    // character at a time as an input method commits Hangul.
    ArticleByline typedIntoTheEditor(const QString &text)
    {
        auto *field = m_window->editor()->findChild<QLineEdit *>(u"reporters"_s);
        if (!field)
            return {};
        field->setFocus();
        for (QChar c : text) {
            QInputMethodEvent event;
            event.setCommitString(QString(c));
            QApplication::sendEvent(field, &event);
        }
        m_window->editor()->headlineEdit()->setFocus();
        return m_window->document()->metadata().byline;
    }

    // `byline new --byline TEXT`, read back from the library it stored into.
    ArticleByline storedByTheCommandLine(const QString &text)
    {
        const CliTest::Run created =
            CliTest::run({u"new"_s, u"--headline"_s, u"수달이 돌아왔다"_s, u"--byline"_s, text}, m_cliLibrary.path());
        if (created.code != 0) {
            qWarning() << created.err;
            return {};
        }
        const CliTest::Run shown = CliTest::run({u"show"_s, created.out.trimmed(), u"--json"_s}, m_cliLibrary.path());
        return Article::fromJson(QJsonDocument::fromJson(shown.out.toUtf8()).object()).byline;
    }

    static ArticleByline importedFromAPage(const QString &text)
    {
        const QString page = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"author\" content=\""_s
            + text.toHtmlEscaped()
            + u"\"><title>수달이 돌아왔다</title></head><body><article><p>춘천 공지천에서 수달이 발견됐다.</p>"
              "</article></body></html>"_s;
        QString error;
        const std::optional<Article> article = importHtmlArticle(page.toUtf8(), &error);
        if (!article)
            qWarning() << error;
        return article ? article->byline : ArticleByline();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(MainWindow::Options {m_library.path(), QString()});
        QVERIFY(m_window->openLibrary());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void init()
    {
        // Each row starts from a fresh article, with no outlet.
        m_window->findChild<QAction *>(u"file.new"_s)->trigger();
        QVERIFY(m_window->document());
        QVERIFY(m_window->document()->metadata().byline.outlet.isEmpty());
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_window.reset();
    }

    void sameBylineEverywhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<Reporters>("reporters");
        QTest::newRow("nominal: outlet, ㆍ, title and e-mail")
            << u"한빛일보 김민지ㆍ박서준 기자 <minji@example.kr>"_s << u"한빛일보"_s
            << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, u"minji@example.kr"_s}};
        QTest::newRow("nominal: bracketed outlet and ·")
            << u"[KBS 춘천] 김민지·박서준 기자"_s << u"KBS 춘천"_s << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
        QTest::newRow("nominal: a wire opening, names apart by spaces")
            << u"(춘천=연합뉴스) 김민지 박서준 기자 ="_s << u"춘천=연합뉴스"_s
            << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
        QTest::newRow("nominal: katakana middle dot, no outlet")
            << u"김민지・박서준"_s << QString() << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
        QTest::newRow("nominal: Latin names with e-mail")
            << u"Jane Doe <jane@example.com>, John Roe"_s << QString()
            << Reporters {{u"Jane Doe"_s, u"jane@example.com"_s}, {u"John Roe"_s, {}}};
        QTest::newRow("nominal: 글·사진 and 특파원")
            << u"글·사진 김민지 특파원"_s << QString() << Reporters {{u"김민지"_s, {}}};
        QTest::newRow("robustness: extra spaces") << u"  한빛일보   김민지 ,  박서준  "_s << u"한빛일보"_s
                                                  << Reporters {{u"김민지"_s, {}}, {u"박서준"_s, {}}};
    }

    void sameBylineEverywhere()
    {
        QFETCH(QString, text);
        QFETCH(QString, outlet);
        QFETCH(Reporters, reporters);
        const ArticleByline edited = typedIntoTheEditor(text);
        const ArticleByline stored = storedByTheCommandLine(text);
        const ArticleByline imported = importedFromAPage(text);
        QCOMPARE(edited.reporters, reporters);
        QCOMPARE(edited.outlet, outlet);
        QCOMPARE(stored.reporters, reporters);
        QCOMPARE(stored.outlet, outlet);
        QCOMPARE(imported.reporters, reporters);
        QCOMPARE(imported.outlet, outlet);
        // The Outlet field shows what the Reporters field named.
        QCOMPARE(m_window->editor()->findChild<QLineEdit *>(u"outlet"_s)->text(), outlet);
    }

    // A byline past the limits (a page pasted by mistake) changes nothing;
    // the field keeps the text and says why.
    void overLongBylineIsRefusedAtTheField()
    {
        const ArticleByline typed = typedIntoTheEditor(u"한빛일보 김민지"_s);
        QCOMPARE(typed.reporters.size(), 1);
        auto *field = m_window->editor()->findChild<QLineEdit *>(u"reporters"_s);
        field->setFocus();
        field->selectAll();
        const QString pasted = u"김민지ㆍ"_s.repeated(600);
        QInputMethodEvent paste;
        paste.setCommitString(pasted);
        QApplication::sendEvent(field, &paste);
        QCOMPARE(m_window->document()->metadata().byline, typed);
        QCOMPARE(field->text(), pasted);
        QVERIFY2(
            field->toolTip().contains(u"2000"_s) && field->toolTip().contains(u"2400"_s), qPrintable(field->toolTip()));
    }

    // The same limits at the command line: refused with the reason, exit 2, nothing stored.
    void overLongBylineIsRefusedByTheCommandLine()
    {
        const QString listed = CliTest::run({u"list"_s}, m_cliLibrary.path()).out;
        const CliTest::Run refused = CliTest::run(
            {u"new"_s, u"--headline"_s, u"수달"_s, u"--byline"_s, u"김민지ㆍ"_s.repeated(600)}, m_cliLibrary.path());
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(u"2000"_s) && refused.err.contains(u"2400"_s), qPrintable(refused.err));
        QCOMPARE(CliTest::run({u"list"_s}, m_cliLibrary.path()).out, listed);
    }
};

QTEST_MAIN(tst_BylineField)
#include "tst_bylinefield.moc"
