// SPDX-License-Identifier: MIT
// The line-number gutter of a DiffCodeView (private to its implementation).
#pragma once

#include "diffcodeview.h"

#include <QWidget>

namespace Pactbench {

/// Left of the viewport: asks the view to paint the numbers of the lines on screen.
class DiffCodeView::Gutter : public QWidget
{
public:
    explicit Gutter(DiffCodeView *view) : QWidget(view), m_view(view) { }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    DiffCodeView *m_view;
};

} // namespace Pactbench
