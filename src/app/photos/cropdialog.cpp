#include "cropdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QUndoCommand>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Byline {

class CropChange : public QUndoCommand
{
public:
    CropChange(CropDialog *dialog, PhotoCrop before, PhotoCrop after, const QString &text)
        : QUndoCommand(text)
        , m_dialog(dialog)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void undo() override { m_dialog->apply(m_before); }
    void redo() override { m_dialog->apply(m_after); }

private:
    CropDialog *m_dialog;
    PhotoCrop m_before;
    PhotoCrop m_after;
};

// Shows the rotated picture and the crop rectangle; drag to draw a new one.
class CropView : public QWidget
{
public:
    explicit CropView(CropDialog *dialog)
        : QWidget(dialog)
        , m_dialog(dialog)
    {
        setMinimumSize(480, 360);
        setCursor(Qt::CrossCursor);
    }

    void setState(const QImage &rotated, const PhotoCrop &crop)
    {
        m_rotated = rotated;
        m_crop = crop;
        update();
    }

protected:
    QRectF imageRect() const
    {
        if (m_rotated.isNull())
            return {};
        QSizeF size = m_rotated.size();
        size.scale(QSizeF(this->size()) - QSizeF(16, 16), Qt::KeepAspectRatio);
        return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Dark));
        const QRectF target = imageRect();
        painter.drawImage(target, m_rotated);
        if (m_crop.rect.isNull())
            return;
        const QRectF cropRect(target.left() + m_crop.rect.left() * target.width(),
            target.top() + m_crop.rect.top() * target.height(), m_crop.rect.width() * target.width(),
            m_crop.rect.height() * target.height());
        QPainterPath outside;
        outside.addRect(target);
        outside.addRect(cropRect);
        painter.fillPath(outside, QColor(0, 0, 0, 140)); // dim what is cut away
        painter.setPen(QPen(Qt::white, 2));
        painter.drawRect(cropRect);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        m_start = event->position();
        m_dragging = imageRect().contains(m_start);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (!m_dragging)
            return;
        m_crop.rect = normalized(m_start, event->position());
        update();
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (!m_dragging)
            return;
        m_dragging = false;
        PhotoCrop next = m_dialog->crop();
        next.rect = normalized(m_start, event->position());
        if (next.rect.width() < 0.02 || next.rect.height() < 0.02)
            return; // a click, not a crop
        m_dialog->change(next, CropDialog::tr("Crop"));
    }

private:
    // The dragged rectangle in 0..1 of the picture, held to the chosen aspect.
    QRectF normalized(QPointF a, QPointF b) const
    {
        const QRectF target = imageRect();
        auto clampTo = [&target](QPointF p) {
            return QPointF(
                std::clamp(p.x(), target.left(), target.right()), std::clamp(p.y(), target.top(), target.bottom()));
        };
        a = clampTo(a);
        b = clampTo(b);
        QRectF r = QRectF(a, b).normalized();
        const qreal ratio = CropDialog::ratioFor(m_dialog->crop().aspect);
        if (ratio > 0 && r.height() > 0) {
            if (r.width() / r.height() > ratio)
                r.setWidth(r.height() * ratio);
            else
                r.setHeight(r.width() / ratio);
            if (b.x() < a.x())
                r.moveRight(a.x());
            if (b.y() < a.y())
                r.moveBottom(a.y());
        }
        return QRectF((r.left() - target.left()) / target.width(), (r.top() - target.top()) / target.height(),
            r.width() / target.width(), r.height() / target.height())
            .intersected(QRectF(0, 0, 1, 1));
    }

    CropDialog *m_dialog;
    QImage m_rotated;
    PhotoCrop m_crop;
    QPointF m_start;
    bool m_dragging = false;
};

CropDialog::CropDialog(const QImage &upright, const PhotoCrop &crop, QWidget *parent)
    : QDialog(parent)
    , m_upright(upright)
    , m_crop(crop)
    , m_view(new CropView(this))
    , m_aspect(new QComboBox(this))
{
    setWindowTitle(tr("Crop and Rotate"));
    m_aspect->setObjectName(u"aspect"_s);
    m_aspect->addItem(tr("Free"), u"free"_s);
    m_aspect->addItem(u"16:9"_s, u"16:9"_s);
    m_aspect->addItem(u"4:3"_s, u"4:3"_s);
    m_aspect->addItem(u"1:1"_s, u"1:1"_s);
    if (m_crop.aspect.isEmpty())
        m_crop.aspect = u"free"_s;
    m_aspect->setCurrentIndex(std::max(0, m_aspect->findData(m_crop.aspect)));

    auto *rotateLeft = new QPushButton(tr("Rotate &Left"), this);
    auto *rotateRight = new QPushButton(tr("Rotate &Right"), this);
    auto *reset = new QPushButton(tr("Re&set"), this);
    QAction *undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QPushButton(tr("&Undo"), this);
    connect(undoButton, &QPushButton::clicked, &m_undo, &QUndoStack::undo);
    connect(&m_undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    undoButton->setEnabled(false);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_aspect);
    tools->addWidget(rotateLeft);
    tools->addWidget(rotateRight);
    tools->addWidget(reset);
    tools->addStretch(1);
    tools->addWidget(undoButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_aspect, &QComboBox::activated, this, [this] {
        PhotoCrop next = m_crop;
        next.aspect = m_aspect->currentData().toString();
        const qreal ratio = ratioFor(next.aspect);
        if (ratio > 0) {
            // A centred crop of the chosen shape to start from.
            const QSizeF rotated =
                (m_crop.rotation % 180 == 0) ? QSizeF(m_upright.size()) : QSizeF(m_upright.height(), m_upright.width());
            const qreal imageRatio = rotated.width() / rotated.height();
            QSizeF size = ratio > imageRatio ? QSizeF(1, imageRatio / ratio) : QSizeF(ratio / imageRatio, 1);
            next.rect = QRectF(QPointF((1 - size.width()) / 2, (1 - size.height()) / 2), size);
        }
        change(next, tr("Aspect %1").arg(m_aspect->currentText()));
    });
    auto rotate = [this](int degrees) {
        PhotoCrop next = m_crop;
        next.rotation = (next.rotation + degrees + 360) % 360;
        next.rect = QRectF(); // the old rectangle no longer fits the turned picture
        change(next, tr("Rotate"));
    };
    connect(rotateLeft, &QPushButton::clicked, this, [rotate] { rotate(-90); });
    connect(rotateRight, &QPushButton::clicked, this, [rotate] { rotate(90); });
    connect(reset, &QPushButton::clicked, this, [this] { change(PhotoCrop {QRectF(), 0, u"free"_s}, tr("Reset")); });
    apply(m_crop);
    resize(760, 600);
}

CropDialog::~CropDialog() = default;

qreal CropDialog::ratioFor(const QString &aspect)
{
    if (aspect == "16:9"_L1)
        return 16.0 / 9.0;
    if (aspect == "4:3"_L1)
        return 4.0 / 3.0;
    if (aspect == "1:1"_L1)
        return 1.0;
    return 0;
}

void CropDialog::change(const PhotoCrop &crop, const QString &text)
{
    if (crop == m_crop)
        return;
    m_undo.push(new CropChange(this, m_crop, crop, text));
}

void CropDialog::apply(const PhotoCrop &crop)
{
    m_crop = crop;
    m_aspect->setCurrentIndex(std::max(0, m_aspect->findData(crop.aspect.isEmpty() ? u"free"_s : crop.aspect)));
    m_view->setState(m_upright.transformed(QTransform().rotate(crop.rotation)), crop);
}

} // namespace Byline
