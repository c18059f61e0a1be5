#pragma once

#include "article/photo.h"

#include <QDialog>
#include <QImage>
#include <QUndoStack>

class QComboBox;

namespace Byline {

class CropView;

// Crop (free, 16:9, 4:3, 1:1) and rotate a photo without touching the
// original: the result is a PhotoCrop that renditions apply. Every step can
// be undone inside the dialog.
class CropDialog : public QDialog
{
    Q_OBJECT

public:
    CropDialog(const QImage &upright, const PhotoCrop &crop, QWidget *parent = nullptr);
    ~CropDialog() override;

    PhotoCrop crop() const { return m_crop; }
    QUndoStack *undoStack() { return &m_undo; }

    // Applies a change as one undoable step (used by the view and buttons).
    void change(const PhotoCrop &crop, const QString &text);
    // Ratio width/height for an aspect name; 0 for free.
    static qreal ratioFor(const QString &aspect);

private:
    void apply(const PhotoCrop &crop);

    QImage m_upright;
    PhotoCrop m_crop;
    QUndoStack m_undo;
    CropView *m_view;
    QComboBox *m_aspect;
    friend class CropChange;
};

} // namespace Byline
