#pragma once

#include <QStyledItemDelegate>

namespace ccbulk::ui {

// Draws the Status cell of a running job as a progress bar with the status
// text on it, so that the active job shows its progress in its row.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace ccbulk::ui
