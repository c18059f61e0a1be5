#include "bodyeditor.h"

#include "article/articlehtml.h"
#include "article/bodydocument.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace Byline {

BodyEditor::BodyEditor(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(u"body"_s);
    setAcceptRichText(true);
    setTabChangesFocus(false);
    setAutoFormatting(QTextEdit::AutoNone);
    // Comfortable line length and spacing for long copy.
    document()->setDocumentMargin(18);
}

bool BodyEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText() || QTextEdit::canInsertFromMimeData(source);
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
    // Never Qt's own HTML import: it keeps fonts, colours and styles.
    QString profile;
    if (source->hasHtml()) {
        QString refusal;
        profile = ArticleHtml::sanitize(source->html(), &refusal);
        if (!refusal.isEmpty()) {
            // HTML too large or nested too deep for the parser: the paste is
            // refused whole, and the reporter's text stays as it was.
            Q_EMIT pasteRefused(tr("Nothing was pasted: %1").arg(refusal));
            return;
        }
    }
    if (profile.trimmed().isEmpty() && source->hasText())
        profile = ArticleHtml::fromPlainText(source->text());
    if (profile.trimmed().isEmpty())
        return;
    QTextCursor cursor = textCursor();
    BodyDocument::insertProfileHtml(cursor, profile);
    setTextCursor(cursor);
    ensureCursorVisible();
}

QMimeData *BodyEditor::createMimeDataFromSelection() const
{
    // Copy carries profile HTML too, so copy and paste inside Byline keeps structure.
    auto *data = new QMimeData;
    const QTextCursor cursor = textCursor();
    QTextDocument fragment;
    QTextCursor(&fragment).insertFragment(cursor.selection());
    data->setHtml(BodyDocument::toProfileHtml(&fragment));
    data->setText(cursor.selection().toPlainText());
    return data;
}

QVariant BodyEditor::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.toString().startsWith(BodyFormat::PhotoImagePrefix)) {
        if (m_photoResolver) {
            const QImage photo = m_photoResolver(name.toString().mid(BodyFormat::PhotoImagePrefix.size()));
            if (!photo.isNull())
                return photo.scaledToWidth(std::min(photo.width(), 480), Qt::SmoothTransformation);
        }
        // An unknown photo: a neutral frame where the picture goes.
        QImage placeholder(480, 270, QImage::Format_ARGB32_Premultiplied);
        placeholder.fill(palette().color(QPalette::AlternateBase));
        QPainter painter(&placeholder);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawRect(placeholder.rect().adjusted(0, 0, -1, -1));
        painter.drawText(placeholder.rect(), Qt::AlignCenter, tr("Photo"));
        return placeholder;
    }
    return QTextEdit::loadResource(type, name);
}

void BodyEditor::contextMenuEvent(QContextMenuEvent *event)
{
    // The standard menu's Undo/Redo would bypass the article's undo stack.
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == "edit-undo"_L1 || action->objectName() == "edit-redo"_L1)
            menu->removeAction(action);
    }
    menu->exec(event->globalPos());
}

} // namespace Byline
