#pragma once

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace ccbulk::ui {

// An icon drawn with QPainter at the exact size and device pixel ratio asked
// for, so it is sharp on every screen without image files: subclasses draw
// in paint(), this makes the pixmaps.
class PaintedIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }
};

} // namespace ccbulk::ui
