#include "article/articledocument.h"
#include "common/settings.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "library/library.h"
#include "mainwindow.h"
#include "photos/cropdialog.h"
#include "photos/photopanel.h"

#include <QAction>
#include <QComboBox>
#include <QImageWriter>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

class tst_PhotoPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;

    QString writePhoto(const QString &name, QColor colour, QSize size = {1200, 800})
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = m_files.filePath(name);
        QImageWriter writer(path, "jpeg");
        return writer.write(image) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void importEditInsert()
    {
        QTemporaryDir library;
        MainWindow window({library.path(), QString()});
        QVERIFY(window.openLibrary());
        PhotoPanel *panel = window.photoPanel();
        QVERIFY(panel);
        const QString red = writePhoto(u"red.jpg"_s, Qt::red);
        const QString blue = writePhoto(u"blue.jpg"_s, Qt::blue);
        QFile text(m_files.filePath(u"notes.jpg"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("기사 메모일 뿐, 사진이 아닙니다");
        text.close();

        // One bad file in the batch; the good ones still come in.
        QSignalSpy finished(panel, &PhotoPanel::importFinished);
        panel->importFiles({red, text.fileName(), blue});
        QVERIFY(panel->isImporting()); // on a worker: the window stays responsive
        QVERIFY(finished.wait(20000));
        QVERIFY(!panel->isImporting());
        const QStringList problems = finished.first().first().toStringList();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(u"notes.jpg"_s));
        QCOMPARE(panel->view()->model()->rowCount(), 2);
        const qint64 articleId = window.currentArticleId();
        QCOMPARE(window.library()->photoStore().photos(articleId).size(), 2);
        QVERIFY(window.library()->photoStore().photos(articleId).first().lead); // the first photo leads

        // Caption, credit and alt text reach the library as they are typed,
        // with the autosave (within a second).
        auto *caption = panel->findChild<QPlainTextEdit *>(u"photoCaption"_s);
        auto *credit = panel->findChild<QLineEdit *>(u"photoCredit"_s);
        const QString id = panel->currentPhoto()->id;
        caption->setPlainText(u"춘천 공지천에 나타난 수달 한 쌍"_s);
        credit->setFocus();
        QTest::keyClicks(credit, u"Hanbit"_s);
        QTRY_COMPARE(window.library()->photoStore().photo(id)->caption, u"춘천 공지천에 나타난 수달 한 쌍"_s);
        QTRY_COMPARE(window.library()->photoStore().photo(id)->credit, u"Hanbit"_s);

        // Insert puts a captioned figure into the body at the cursor.
        QTextCursor end = window.editor()->bodyEditor()->textCursor();
        end.movePosition(QTextCursor::End);
        window.editor()->bodyEditor()->setTextCursor(end);
        window.insertPhoto(*window.library()->photoStore().photo(id));
        const QString body = window.document()->article().body;
        QVERIFY2(
            body.contains(
                u"<figure data-photo=\"%1\"><figcaption>춘천 공지천에 나타난 수달 한 쌍</figcaption></figure>"_s.arg(
                    id)),
            qPrintable(body.right(300)));

        // The panel's edits are steps of the article's undo stack: Edit >
        // Undo takes back a new lead, then the credit typed, and the fields
        // show it.
        auto *undo = window.findChild<QAction *>(u"edit.undo"_s);
        QVERIFY(undo);
        const QString firstLead = window.document()->metadata().leadPhotoId;
        QVERIFY(firstLead != id); // the photo imported last is the one selected
        panel->makeCurrentLead();
        QCOMPARE(window.document()->metadata().leadPhotoId, id);
        QTRY_VERIFY(window.library()->photoStore().photo(id)->lead);
        undo->trigger(); // the lead
        QCOMPARE(window.document()->metadata().leadPhotoId, firstLead);
        undo->trigger(); // the figure
        QVERIFY(!window.document()->bodyShowsPhoto(id));
        undo->trigger(); // the credit, typed in one run
        QCOMPARE(credit->text(), QString());
        QCOMPARE(caption->toPlainText(), u"춘천 공지천에 나타난 수달 한 쌍"_s);
        QTRY_COMPARE(window.library()->photoStore().photo(id)->credit, QString());
        QTRY_VERIFY(window.library()->photoStore().photo(firstLead)->lead);
    }

    void cropDialogSteps()
    {
        QImage upright(1600, 900, QImage::Format_RGB32);
        upright.fill(Qt::darkGreen);
        CropDialog dialog(upright, PhotoCrop());
        auto *aspect = dialog.findChild<QComboBox *>(u"aspect"_s);
        QVERIFY(aspect);
        aspect->setCurrentIndex(aspect->findData(u"1:1"_s));
        Q_EMIT aspect->activated(aspect->currentIndex());
        const PhotoCrop square = dialog.crop();
        QCOMPARE(square.aspect, u"1:1"_s);
        // Square in pixels: the normalized height covers the whole 900 px.
        QVERIFY(qAbs(square.rect.width() * 1600 - square.rect.height() * 900) < 2);

        dialog.change(PhotoCrop {QRectF(), 90, u"free"_s}, u"rotate"_s);
        QCOMPARE(dialog.crop().rotation, 90);
        dialog.undoStack()->undo();
        QCOMPARE(dialog.crop(), square);
        dialog.undoStack()->undo();
        QVERIFY(dialog.crop().rect.isNull());
    }
};

QTEST_MAIN(tst_PhotoPanel)
#include "tst_photopanel.moc"
