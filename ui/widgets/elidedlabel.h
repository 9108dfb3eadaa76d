// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace Pactbench {

/**
 * A one-line label for a file name, URL or status text: when the space is short it shows the text
 * elided ("…" in the middle, or at the end) with the whole text in its tooltip, so the text never
 * sets the minimum width of what holds it. text() is always the whole text.
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);
    ~ElidedLabel() override;
    Q_DISABLE_COPY_MOVE(ElidedLabel)

    void setElideMode(Qt::TextElideMode mode);
    Qt::TextElideMode elideMode() const { return m_mode; }
    /// Whether the text is shown shortened now.
    bool isElided() const;

    QSize minimumSizeHint() const override;

    /// A word-wrapped label may be narrower than its longest word (a URL or a path without spaces): the
    /// word is clipped there instead of setting the minimum width of the window.
    static void letWrappedShrink(QLabel *label);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString shownText() const;

    Qt::TextElideMode m_mode;
};

} // namespace Pactbench
