// SPDX-License-Identifier: MIT
#include "elidedlabel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QToolTip>

namespace Pactbench {

ElidedLabel::ElidedLabel(QWidget *parent, Qt::TextElideMode mode) : QLabel(parent), m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::letWrappedShrink(QLabel *label)
{
    label->setWordWrap(true);
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 8);
}

ElidedLabel::~ElidedLabel() = default;

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    update();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // About five characters and the ellipsis: the text's own width is only a preference (sizeHint).
    const QSize hint = QLabel::minimumSizeHint();
    const QMargins m = contentsMargins();
    return { qMin(hint.width(), fontMetrics().averageCharWidth() * 6 + m.left() + m.right()), hint.height() };
}

QString ElidedLabel::shownText() const
{
    const int width = contentsRect().width() - 2 * margin() - (indent() > 0 ? indent() : 0);
    const QString first = text().section(u'\n', 0, 0);
    return fontMetrics().elidedText(first, m_mode, qMax(0, width));
}

bool ElidedLabel::isElided() const
{
    return shownText() != text();
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    drawFrame(&painter);
    const QRect r = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    style()->drawItemText(&painter, r, QStyle::visualAlignment(layoutDirection(), alignment()) | Qt::TextSingleLine,
        option.palette, isEnabled(), shownText(), foregroundRole());
}

bool ElidedLabel::event(QEvent *event)
{
    // The whole text as the tooltip while it is shortened (an explicit tooltip wins).
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (isElided())
            QToolTip::showText(help->globalPos(), text(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QLabel::event(event);
}

} // namespace Pactbench
