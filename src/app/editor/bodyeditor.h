#pragma once

#include <QTextEdit>

namespace Byline {

// The body's rich-text editor. Whatever is pasted (Word, LibreOffice,
// Hangul, web pages, plain text) lands as clean article-profile content.
class BodyEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    QVariant loadResource(int type, const QUrl &name) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace Byline
