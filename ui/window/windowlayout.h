// SPDX-License-Identifier: MIT
#pragma once

#include <QRect>
#include <QSize>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Pactbench {

class MainWindow;

/**
 * Whether the workbench window fits its screen, and where a too large minimum size comes from.
 * Used by the window itself (a restored or first geometry is fitted to the screen), by
 * tests/ui/tst_windowlayout and by `pactbench --layout-report` (scripts/screenshots).
 */
namespace WindowLayout {

/// The minimum size a layout gives `widget` (its minimumSize, else its hints as its size policy says).
QSize effectiveMinimumSize(const QWidget *widget);

/// Every visible widget below `root` whose effective minimum size is wider or taller than `limit`, one
/// line each ("  QLabel#name 812x17 (hint 812x17)"), indented by depth: the deepest ones are the cause.
QStringList oversizedWidgets(const QWidget *root, QSize limit);

/// `geometry` moved and shrunk into `available`, never below `minimum`.
QRect fitted(const QRect &geometry, const QRect &available, const QSize &minimum = {});

/// What does not fit: the window outside its screen's available geometry, a minimum size larger than
/// it, an interaction's description cut below `itemChars` average characters in the tree's Item column,
/// a dock too narrow to read. Empty when everything fits.
QStringList problems(const MainWindow &window, int itemChars = 30);

/// "window 1366x768+0+0 in screen 1366x768+0+0, minimum 900x520, Item column 310 px = 44 characters".
QString report(const MainWindow &window);

/// How many average characters of text the tree's Item column shows for an interaction row.
int itemColumnCharacters(const MainWindow &window);

} // namespace WindowLayout
} // namespace Pactbench
