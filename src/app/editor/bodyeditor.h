#pragma once

#include <QImage>
#include <QTextEdit>

#include <functional>

namespace Byline {

// The body's rich-text editor. Whatever is pasted (Word, LibreOffice,
// Hangul, web pages, plain text) lands as clean article-profile content.
class BodyEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);

    // How a figure's photo id becomes a picture (the library's thumbnail).
    using PhotoResolver = std::function<QImage(const QString &photoId)>;
    void setPhotoResolver(PhotoResolver resolver) { m_photoResolver = std::move(resolver); }

Q_SIGNALS:
    // A paste that was refused, and why (translated, for the window to show);
    // the body is left as it was.
    void pasteRefused(const QString &message);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    QVariant loadResource(int type, const QUrl &name) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    PhotoResolver m_photoResolver;
};

} // namespace Byline
