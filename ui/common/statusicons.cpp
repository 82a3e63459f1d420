#include "statusicons.h"

#include "paintediconengine.h"

#include <QPainter>
#include <QPainterPath>

namespace ccbulk::ui {

namespace {

enum class Sign
{
    Dot,   // waiting
    Ring,  // running
    Check, // done
    Bang,  // done with errors, warning
    Cross, // failed
    Dash   // skipped, unchanged
};

class DiscIconEngine final : public PaintedIconEngine
{
public:
    DiscIconEngine(QColor colour, Sign sign) : m_colour(colour), m_sign(sign) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                         rect.y() + (rect.height() - side) / 2.0, side, side);
        const QRectF disc = box.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06);
        QColor colour = m_colour;
        if (mode == QIcon::Disabled) {
            colour = QColor(150, 150, 150);
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(disc);
        QPen pen(Qt::white, std::max<qreal>(1.0, side * 0.12), Qt::SolidLine, Qt::RoundCap,
                 Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const QPointF c = disc.center();
        const qreal r = disc.width() / 2.0;
        switch (m_sign) {
        case Sign::Dot:
            painter->setPen(Qt::NoPen);
            painter->setBrush(Qt::white);
            painter->drawEllipse(c, r * 0.25, r * 0.25);
            break;
        case Sign::Ring:
            painter->drawArc(QRectF(c.x() - r * 0.5, c.y() - r * 0.5, r, r), 90 * 16, -270 * 16);
            break;
        case Sign::Check: {
            QPainterPath path(QPointF(c.x() - r * 0.45, c.y()));
            path.lineTo(c.x() - r * 0.1, c.y() + r * 0.35);
            path.lineTo(c.x() + r * 0.45, c.y() - r * 0.35);
            painter->drawPath(path);
            break;
        }
        case Sign::Bang:
            painter->drawLine(QPointF(c.x(), c.y() - r * 0.5), QPointF(c.x(), c.y() + r * 0.1));
            painter->drawPoint(QPointF(c.x(), c.y() + r * 0.45));
            break;
        case Sign::Cross:
            painter->drawLine(QPointF(c.x() - r * 0.35, c.y() - r * 0.35),
                              QPointF(c.x() + r * 0.35, c.y() + r * 0.35));
            painter->drawLine(QPointF(c.x() + r * 0.35, c.y() - r * 0.35),
                              QPointF(c.x() - r * 0.35, c.y() + r * 0.35));
            break;
        case Sign::Dash:
            painter->drawLine(QPointF(c.x() - r * 0.4, c.y()), QPointF(c.x() + r * 0.4, c.y()));
            break;
        }
        painter->restore();
    }

    QIconEngine *clone() const override { return new DiscIconEngine(m_colour, m_sign); }

private:
    QColor m_colour;
    Sign m_sign;
};

QIcon discIcon(QColor colour, Sign sign)
{
    return QIcon(new DiscIconEngine(colour, sign));
}

} // namespace

QIcon statusIcon(JobStatus status)
{
    switch (status) {
    case JobStatus::New:
        return discIcon(QColor(0x60, 0x7d, 0x8b), Sign::Dot);
    case JobStatus::InProgress:
        return discIcon(QColor(0x1e, 0x6f, 0xd9), Sign::Ring);
    case JobStatus::Completed:
        return discIcon(QColor(0x2e, 0x7d, 0x32), Sign::Check);
    case JobStatus::CompletedWithErrors:
        return discIcon(QColor(0xc7, 0x7c, 0x02), Sign::Bang);
    case JobStatus::Failed:
        return discIcon(QColor(0xc6, 0x28, 0x28), Sign::Cross);
    }
    return QIcon();
}

QIcon outcomeIcon(RowResult::Outcome outcome)
{
    switch (outcome) {
    case RowResult::Outcome::Created:
    case RowResult::Outcome::Updated:
        return statusIcon(JobStatus::Completed);
    case RowResult::Outcome::Unchanged:
    case RowResult::Outcome::Skipped:
        return discIcon(QColor(0x60, 0x7d, 0x8b), Sign::Dash);
    case RowResult::Outcome::Failed:
        return statusIcon(JobStatus::Failed);
    }
    return QIcon();
}

} // namespace ccbulk::ui
