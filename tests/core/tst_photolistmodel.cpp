#include "library/autosaver.h"
#include "library/library.h"
#include "media/photoimport.h"
#include "media/photolistmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Byline;

namespace {

bool writeJpeg(const QString &path, int seed)
{
    QImage image(160, 120, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 37 % 360, 200, 200));
    for (int x = 0; x < image.width(); ++x)
        image.setPixel(x, seed % image.height(), 0xff000000 | uint(seed * 7919));
    return QImageWriter(path, "jpeg").write(image);
}

} // namespace

// The photo panel's model: the open article's photos (its ArticleDocument's
// list) in their order, roles for what is missing, and reordering by drag and
// drop as undo steps of the article, which the autosaver stores.
class tst_PhotoListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList rowIds(const PhotoListModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row).data(PhotoListModel::PhotoIdRole).toString();
        return ids;
    }

    QStringList libraryIds(const Library &library, qint64 article)
    {
        QStringList ids;
        for (const Photo &photo : library.photoStore().photos(article))
            ids << photo.id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void rolesAndReordering()
    {
        const QString directory = m_dir.filePath(u"library"_s);
        Library library;
        QVERIFY(library.open(directory));
        Article article = Article::create();
        QVERIFY(library.articleStore().insertArticle(article));
        ArticleDocument document(*library.articleStore().article(article.id), library.photoStore().photos(article.id));
        Autosaver autosaver;
        QVERIFY(autosaver.start(directory));
        autosaver.setDocument(&document);

        PhotoListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(&document);
        QCOMPARE(model.rowCount(), 0);

        QStringList files;
        for (int i = 0; i < 4; ++i) {
            files << m_dir.filePath(u"photo-%1.jpg"_s.arg(i));
            QVERIFY(writeJpeg(files.last(), i + 1));
        }
        const QList<PhotoImport::Result> results = PhotoImport::importFiles(library, article.id, files);
        QCOMPARE(results.size(), 4);
        // The document takes in what the import stored, as the panel has it do.
        QList<Photo> imported;
        for (const PhotoImport::Result &result : results)
            imported << result.photo;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(document.adoptPhotos(imported, 1), 4);
        QCOMPARE(model.rowCount(), 4); // followed the document
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(rowIds(model), libraryIds(library, article.id));

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), u"photo-0.jpg"_s);
        QVERIFY(first.data(PhotoListModel::LeadRole).toBool());
        QVERIFY(!model.index(1).data(PhotoListModel::LeadRole).toBool());
        QVERIFY(first.data(PhotoListModel::NeedsAltTextRole).toBool());
        QVERIFY(first.data(PhotoListModel::NeedsCreditRole).toBool());
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(u"photo-0.jpg"_s));
        QCOMPARE(first.data(PhotoListModel::PhotoRole).value<Photo>(),
            *library.photoStore().photo(results.first().photo.id));

        // An edit changes the row in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString second = rowIds(model).at(1);
        document.setPhotoText(second, ArticleDocument::PhotoText::Caption, u"수달이 공지천에서 헤엄치고 있다."_s);
        document.setPhotoText(second, ArticleDocument::PhotoText::Credit, u"김민지 기자"_s);
        document.setPhotoText(second, ArticleDocument::PhotoText::AltText, u"물 위로 머리를 내민 수달"_s);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), u"수달이 공지천에서 헤엄치고 있다."_s);
        QVERIFY(!model.index(1).data(PhotoListModel::NeedsAltTextRole).toBool());
        QVERIFY(!model.index(1).data(PhotoListModel::NeedsCreditRole).toBool());
        // The library has it with the next autosave.
        QVERIFY(autosaver.flush());
        QCOMPARE(library.photoStore().photo(second)->caption, u"수달이 공지천에서 헤엄치고 있다."_s);
        QCOMPARE(library.photoStore().photo(second)->altText, u"물 위로 머리를 내민 수달"_s);

        // moveRows moves in the document, as an undo step, and in the library
        // with the autosave.
        const QStringList before = rowIds(model);
        const int steps = document.undoStack()->count();
        QVERIFY(model.moveRows({}, 3, 1, {}, 0));
        QCOMPARE(rowIds(model), (QStringList {before.at(3), before.at(0), before.at(1), before.at(2)}));
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QVERIFY(autosaver.flush());
        QCOMPARE(libraryIds(library, article.id), rowIds(model));
        QVERIFY(!model.moveRows({}, 1, 1, {}, 1)); // onto itself
        QVERIFY(!model.moveRows({}, 0, 1, {}, 9));
        QCOMPARE(reset.size(), 0); // rows moved, never reset
        document.undoStack()->undo();
        QCOMPARE(rowIds(model), before);
        document.undoStack()->redo();

        // Two rows at once land together, either way.
        const QStringList four = rowIds(model);
        QVERIFY(model.moveRows({}, 0, 2, {}, 4));
        QCOMPARE(rowIds(model), (QStringList {four.at(2), four.at(3), four.at(0), four.at(1)}));
        QVERIFY(model.moveRows({}, 2, 2, {}, 0));
        QCOMPARE(rowIds(model), four);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(rowIds(model), four);

        // Drag and drop: the second row dropped at the end.
        QCOMPARE(model.mimeTypes(), QStringList {u"application/x-byline-photo-id"_s});
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsDragEnabled));
        const QStringList ordered = rowIds(model);
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(1)}));
        QVERIFY(mime);
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, model.rowCount(), 0, {}));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, model.rowCount(), 0, {}));
        QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, model.rowCount(), 0, {}));
        QCOMPARE(rowIds(model), (QStringList {ordered.at(0), ordered.at(2), ordered.at(3), ordered.at(1)}));
        QVERIFY(autosaver.flush());
        QCOMPARE(libraryIds(library, article.id), rowIds(model));

        // A photo of another article is not dropped here.
        QMimeData foreign;
        foreign.setData(u"application/x-byline-photo-id"_s, "not-in-this-article");
        QVERIFY(!model.canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));

        // A new lead shows in the roles; removing a photo removes its row, and
        // Undo brings the row back where it was.
        document.setLeadPhoto(rowIds(model).at(2));
        QVERIFY(model.index(2).data(PhotoListModel::LeadRole).toBool());
        QVERIFY(!model.index(0).data(PhotoListModel::LeadRole).toBool());
        const QStringList withAll = rowIds(model);
        document.removePhoto(rowIds(model).at(1));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(autosaver.flush());
        QCOMPARE(rowIds(model), libraryIds(library, article.id));
        document.undoStack()->undo();
        QCOMPARE(rowIds(model), withAll);
        QCOMPARE(reset.size(), 0);

        // Another article's changes leave the rows alone.
        Article other = Article::create();
        QVERIFY(library.articleStore().insertArticle(other));
        reset.clear();
        PhotoImport::importFile(library, other.id, files.first());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 4);
        ArticleDocument otherDocument(*library.articleStore().article(other.id), library.photoStore().photos(other.id));
        model.setDocument(&otherDocument);
        QCOMPARE(model.rowCount(), 1);
        autosaver.setDocument(nullptr);
    }
};

QTEST_GUILESS_MAIN(tst_PhotoListModel)
#include "tst_photolistmodel.moc"
