#include "appicon.h"

#include "paintediconengine.h"

#include <QPainter>

namespace ccbulk::ui {

namespace {

class AppIconEngine final : public PaintedIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                         rect.y() + (rect.height() - side) / 2.0, side, side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x0b, 0x5c, 0xad));
        painter->drawRoundedRect(box.adjusted(side * 0.04, side * 0.04, -side * 0.04, -side * 0.04),
                                 side * 0.18, side * 0.18);
        // Three rows of cells: many objects at once.
        const qreal margin = side * 0.2;
        const qreal rowHeight = side * 0.14;
        const qreal gap = (side - 2 * margin - 3 * rowHeight) / 2.0;
        for (int row = 0; row < 3; ++row) {
            const qreal y = box.y() + margin + row * (rowHeight + gap);
            painter->setBrush(row == 0 ? QColor(0x9f, 0xd3, 0xff) : QColor(Qt::white));
            painter->drawRoundedRect(QRectF(box.x() + margin, y, side * 0.22, rowHeight),
                                     rowHeight * 0.3, rowHeight * 0.3);
            painter->drawRoundedRect(QRectF(box.x() + margin + side * 0.27, y,
                                            side - 2 * margin - side * 0.27, rowHeight),
                                     rowHeight * 0.3, rowHeight * 0.3);
        }
        painter->restore();
    }

    QIconEngine *clone() const override { return new AppIconEngine; }
};

} // namespace

QIcon applicationIcon()
{
    return QIcon(new AppIconEngine);
}

} // namespace ccbulk::ui
