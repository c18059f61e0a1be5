#include "article/articledocument.h"
#include "library/library.h"
#include "media/photoimport.h"
#include "preview/previewpane.h"
#include "preview/previewweb.h"

#include <QApplication>
#include <QImageWriter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

// Runs Byline's own script in a preview page and waits for the answer.
QVariant evaluate(PreviewPane &pane, Device device, const QString &script)
{
    QVariant result;
    bool done = false;
    pane.page(device)->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 10000)
        QTest::qWait(5);
    if (!done)
        qWarning("the preview page did not answer: %s", qPrintable(script));
    return result;
}

bool waitUpdated(PreviewPane &pane)
{
    QElapsedTimer timer;
    timer.start();
    while (!pane.isReady() && timer.elapsed() < 20000)
        QTest::qWait(10);
    return pane.isReady();
}

QString paragraphs(int count)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += u"<p>%1번째 문단: 강원특별자치도는 산불 피해 복구 계획을 발표했다.</p>\n"_s.arg(i + 1);
    return html;
}

} // namespace

// The preview is a browser showing untrusted article HTML: it must show the
// story as it is typed, and nothing in the story may run, load or navigate.
class tst_PreviewPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.filePath(u"library"_s)));
    }

    // Typing reaches both pages as patches: no reload (the page's own state
    // survives), the reader's scroll position stays, photos come through
    // Byline's scheme.
    void editsPatchBothPagesInPlace()
    {
        Article article = Article::create();
        article.headline = u"춘천 도심 물에 잠겨"_s;
        article.byline = {u"강원일보"_s, {{u"김민지"_s, u"minji@example.kr"_s}}};
        article.body = paragraphs(40);
        QVERIFY(m_library.articleStore().insertArticle(article));
        QImage picture(1200, 800, QImage::Format_RGB32);
        picture.fill(QColor(40, 90, 160));
        const QString photoPath = m_dir.filePath(u"flood.jpg"_s);
        QVERIFY(QImageWriter(photoPath, "jpeg").write(picture));
        QCOMPARE(PhotoImport::importFile(m_library, article.id, photoPath).outcome, PhotoImport::Outcome::Imported);

        ArticleDocument document(
            *m_library.articleStore().article(article.id), m_library.photoStore().photos(article.id));
        PreviewPane pane;
        pane.resize(1100, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy ready(&pane, &PreviewPane::ready);
        pane.setFollowEditing(false);
        pane.setSource(&document, &m_library);
        QVERIFY(ready.wait(20000));
        QVERIFY(waitUpdated(pane));

        for (Device device : {Device::Desktop, Device::Mobile}) {
            QCOMPARE(evaluate(pane, device, u"document.querySelector('[data-byline-slot=headline]').textContent"_s)
                         .toString()
                         .trimmed(),
                article.headline);
            // The lead photo arrived as a rendition through byline-image:.
            QTRY_VERIFY_WITH_TIMEOUT(
                evaluate(pane, device,
                    u"Array.from(document.images).some(i => i.src.startsWith('byline-image:') && i.naturalWidth > 0)"_s)
                    .toBool(),
                10000);
            evaluate(pane, device, u"window.bylineMarker = 'kept'; window.scrollTo(0, 600); window.scrollY"_s);
        }
        const qreal desktopScroll = evaluate(pane, Device::Desktop, u"window.scrollY"_s).toReal();
        QVERIFY(desktopScroll > 0);

        // A headline edit and typing in the first paragraph.
        document.setField(ArticleDocument::Field::Headline, u"춘천 도심 물에 잠겨…300명 대피"_s);
        QTextCursor cursor(document.body());
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(u" 추가 문장."_s);
        QVERIFY(waitUpdated(pane));

        for (Device device : {Device::Desktop, Device::Mobile}) {
            QCOMPARE(evaluate(pane, device, u"document.querySelector('[data-byline-slot=headline]').textContent"_s)
                         .toString()
                         .trimmed(),
                u"춘천 도심 물에 잠겨…300명 대피"_s);
            QVERIFY(evaluate(pane, device, u"document.querySelector('[data-byline-slot=body]').textContent"_s)
                    .toString()
                    .contains(u"1번째 문단: 강원특별자치도는 산불 피해 복구 계획을 발표했다. 추가 문장."_s));
            QCOMPARE(evaluate(pane, device, u"window.bylineMarker"_s).toString(), u"kept"_s); // not reloaded
        }
        QCOMPARE(evaluate(pane, Device::Desktop, u"window.scrollY"_s).toReal(), desktopScroll);

        // A new paragraph and a removed one keep the body in step.
        cursor.insertBlock();
        cursor.insertText(u"새로 넣은 문단"_s);
        QVERIFY(waitUpdated(pane));
        const QString body =
            evaluate(pane, Device::Mobile, u"document.querySelector('[data-byline-slot=body]').innerText"_s).toString();
        QVERIFY(body.indexOf(u"추가 문장."_s) < body.indexOf(u"새로 넣은 문단"_s));
        QVERIFY(body.indexOf(u"새로 넣은 문단"_s) < body.indexOf(u"2번째 문단"_s));

        // With following on, the edited paragraph is brought into view.
        pane.setFollowEditing(true);
        QTextCursor late(document.body());
        late.movePosition(QTextCursor::End);
        late.insertText(u" 끝."_s);
        QVERIFY(waitUpdated(pane));
        QTRY_VERIFY(evaluate(pane, Device::Mobile, u"window.scrollY"_s).toReal() > 2000);
    }

    // Scripts, event handlers, javascript: links, meta refresh, file:// and
    // remote images: none of it runs, loads or navigates.
    void hostileArticleRunsAndLoadsNothing()
    {
        QTcpServer server; // stands for anything on the network
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                socket->close();
            }
        });
        const QString origin = u"http://127.0.0.1:%1"_s.arg(server.serverPort());

        Article article = Article::create();
        article.headline = u"<script>document.body.setAttribute('data-pwned','headline')</script>해킹 시도"_s;
        article.deck = u"<img src=x onerror=\"document.body.setAttribute('data-pwned','deck')\">"_s;
        article.body = u"<p>본문<script>document.body.setAttribute('data-pwned','script')</script></p>"
                       "<p><img src=\"x\" onerror=\"document.body.setAttribute('data-pwned','onerror')\"></p>"
                       "<p><a href=\"javascript:document.body.setAttribute('data-pwned','link')\">링크</a></p>"
                       "<meta http-equiv=\"refresh\" content=\"0;url=%1/refresh\">"
                       "<p><img src=\"file:///etc/passwd\"><img src=\"%1/pixel.png\"></p>"
                       "<iframe src=\"%1/frame\"></iframe><object data=\"%1/object\"></object>"
                       "<p style=\"background:url(%1/style.png)\">스타일</p>"
                       "<figure data-embed=\"%1/embed\"></figure>"
                       "<p><a href=\"https://example.kr/news\" id=\"out\">기사 원문</a></p>"_s.arg(origin);
        QVERIFY(m_library.articleStore().insertArticle(article));
        ArticleDocument document(*m_library.articleStore().article(article.id));

        PreviewPane pane;
        pane.resize(1100, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy ready(&pane, &PreviewPane::ready);
        pane.setSource(&document, &m_library);
        QVERIFY(ready.wait(20000));
        QVERIFY(waitUpdated(pane));
        QTest::qWait(1500); // time for a refresh, a frame or an image to try

        for (Device device : {Device::Desktop, Device::Mobile}) {
            QVERIFY(evaluate(pane, device, u"document.body.getAttribute('data-pwned')"_s).isNull());
            QCOMPARE(
                evaluate(pane, device,
                    u"document.querySelectorAll('script, iframe, object, embed, meta[http-equiv=refresh]').length"_s)
                    .toInt(),
                0);
            QCOMPARE(
                evaluate(pane, device,
                    u"Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length"_s)
                    .toInt(),
                0);
            QCOMPARE(
                evaluate(pane, device, u"document.querySelectorAll('a[href^=\"javascript:\"]').length"_s).toInt(), 0);
            QVERIFY(
                evaluate(pane, device, u"document.querySelector('meta[http-equiv=Content-Security-Policy]').content"_s)
                    .toString()
                    .contains(u"script-src 'none'"_s));
            QVERIFY(pane.page(device)->url().scheme() == QLatin1StringView(PreviewWeb::PageScheme));
        }
        QCOMPARE(connections, 0);

        // Content that slipped past the renderer (here put in by hand) is
        // still refused by the browser: the image never reaches the network.
        evaluate(pane, Device::Desktop,
            u"const i = document.createElement('img'); i.src = '%1/late.png'; document.body.appendChild(i);"
            "const f = document.createElement('img'); f.src = 'file:///etc/hostname'; document.body.appendChild(f); 1"_s
                .arg(origin));
        QTest::qWait(1000);
        QCOMPARE(connections, 0);
        QCOMPARE(
            evaluate(pane, Device::Desktop,
                u"Array.from(document.images).filter(i => (i.src.startsWith('http') || i.src.startsWith('file')) && i.naturalWidth > 0).length"_s)
                .toInt(),
            0);

        // A link the reader clicks goes to the system browser; the preview stays.
        QSignalSpy external(pane.page(Device::Desktop), &PreviewPage::externalLinkRequested);
        const QUrl before = pane.page(Device::Desktop)->url();
        // A real click, where the link is on screen.
        QWebEngineView *view = pane.view(Device::Desktop);
        const QVariantList box = evaluate(pane, Device::Desktop,
            u"(() => { const a = document.querySelector('a[href=\"https://example.kr/news\"]');"
            " a.scrollIntoView({block: 'center'}); const r = a.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"_s)
                                     .toList();
        QCOMPARE(box.size(), 2);
        const QPoint where(
            qRound(box.at(0).toReal() * view->zoomFactor()), qRound(box.at(1).toReal() * view->zoomFactor()));
        QWidget *target = view->focusProxy() ? view->focusProxy() : view;
        QTest::mouseClick(target, Qt::LeftButton, {}, where);
        QTRY_COMPARE(external.size(), 1);
        QCOMPARE(external.first().first().toUrl(), QUrl(u"https://example.kr/news"_s));
        QCOMPARE(pane.page(Device::Desktop)->url(), before);
        evaluate(pane, Device::Desktop, u"window.location.href = '%1/navigate'; 1"_s.arg(origin));
        QTest::qWait(1000);
        QCOMPARE(pane.page(Device::Desktop)->url(), before);
        QCOMPARE(connections, 0);
    }
};

QTEST_MAIN(tst_PreviewPane)
#include "tst_previewpane.moc"
