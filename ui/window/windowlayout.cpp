// SPDX-License-Identifier: MIT
#include "windowlayout.h"

#include "mainwindow.h"

#include <ui/document/documentmanager.h>
#include <ui/models/pactfilterproxy.h>
#include <ui/models/pacttreemodel.h>
#include <ui/widgets/detailpane.h>
#include <ui/widgets/pacttreewidget.h>

#include <QDockWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStyle>
#include <QTreeView>

namespace Pactbench::WindowLayout {

namespace {

QString sizeText(QSize s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

QString rectText(const QRect &r)
{
    return QStringLiteral("%1x%2%3%4%5%6")
        .arg(r.width())
        .arg(r.height())
        .arg(r.x() < 0 ? QString() : QStringLiteral("+"))
        .arg(r.x())
        .arg(r.y() < 0 ? QString() : QStringLiteral("+"))
        .arg(r.y());
}

QString widgetName(const QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u'#' + w->objectName();
    return name;
}

void walk(const QWidget *widget, QSize limit, int depth, QStringList *out)
{
    const QSize min = effectiveMinimumSize(widget);
    const bool over = min.width() > limit.width() || min.height() > limit.height();
    if (over) {
        out->append(QString(depth * 2, u' ') + widgetName(widget) + u' ' + sizeText(min) + QStringLiteral(" (hint ")
            + sizeText(widget->minimumSizeHint()) + u')');
    }
    for (const QObject *child : widget->children()) {
        const auto *w = qobject_cast<const QWidget *>(child);
        if (w && !w->isWindow() && !w->isHidden())
            walk(w, limit, over ? depth + 1 : depth, out);
    }
}

/// The first interaction row of the tree (pact → group → interaction), in view (proxy) indexes.
QModelIndex firstInteraction(const QTreeView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return {};
    for (int p = 0; p < model->rowCount(); ++p) {
        const QModelIndex pact = model->index(p, 0);
        for (int g = 0; g < model->rowCount(pact); ++g) {
            const QModelIndex group = model->index(g, 0, pact);
            if (model->rowCount(group) > 0)
                return model->index(0, 0, group);
        }
    }
    return {};
}

} // namespace

QSize effectiveMinimumSize(const QWidget *widget)
{
    // As QLayout does (qSmartMinSize): a policy that may not shrink keeps the size hint.
    const QSize hint = widget->sizeHint();
    const QSize minHint = widget->minimumSizeHint();
    const QSizePolicy policy = widget->sizePolicy();
    QSize s(0, 0);
    if (policy.horizontalPolicy() != QSizePolicy::Ignored)
        s.setWidth(policy.horizontalPolicy() & QSizePolicy::ShrinkFlag ? minHint.width()
                                                                        : qMax(hint.width(), minHint.width()));
    if (policy.verticalPolicy() != QSizePolicy::Ignored)
        s.setHeight(policy.verticalPolicy() & QSizePolicy::ShrinkFlag ? minHint.height()
                                                                      : qMax(hint.height(), minHint.height()));
    if (widget->minimumWidth() > 0)
        s.setWidth(widget->minimumWidth());
    if (widget->minimumHeight() > 0)
        s.setHeight(widget->minimumHeight());
    return s.boundedTo(widget->maximumSize()).expandedTo(QSize(0, 0));
}

QStringList oversizedWidgets(const QWidget *root, QSize limit)
{
    QStringList out;
    walk(root, limit, 0, &out);
    return out;
}

QRect fitted(const QRect &geometry, const QRect &available, const QSize &minimum)
{
    if (!available.isValid())
        return geometry;
    QRect r = geometry;
    r.setSize(r.size().boundedTo(available.size()).expandedTo(minimum));
    if (r.right() > available.right())
        r.moveRight(available.right());
    if (r.bottom() > available.bottom())
        r.moveBottom(available.bottom());
    if (r.left() < available.left())
        r.moveLeft(available.left());
    if (r.top() < available.top())
        r.moveTop(available.top());
    return r;
}

int itemColumnCharacters(const MainWindow &window)
{
    const QTreeView *view = window.treeWidget()->treeView();
    const QModelIndex index = firstInteraction(view);
    if (!index.isValid())
        return -1;
    QRect rect = view->visualRect(index); // after the indentation: icon and text
    rect.setLeft(qMax(rect.left(), 0));
    rect.setRight(qMin(rect.right(), view->viewport()->width() - 1));
    const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) + 8; // icon, margins
    return qMax(0, rect.width() - icon) / qMax(1, view->fontMetrics().averageCharWidth());
}

QStringList problems(const MainWindow &window, int itemChars)
{
    QStringList out;
    const QScreen *screen = window.screen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    if (available.isValid()) {
        if (!available.contains(window.frameGeometry()))
            out.append(QStringLiteral("the window (%1) is not inside the screen (%2)")
                           .arg(rectText(window.frameGeometry()), rectText(available)));
        if (minimum.width() > available.width() || minimum.height() > available.height()) {
            out.append(QStringLiteral("the minimum size %1 is larger than the screen %2; from:")
                           .arg(sizeText(minimum), sizeText(available.size())));
            out += oversizedWidgets(&window, available.size() / 2);
        }
    }
    const int chars = itemColumnCharacters(window);
    if (chars >= 0 && chars < itemChars)
        out.append(QStringLiteral("the Item column shows %1 characters of a description, fewer than %2")
                       .arg(chars)
                       .arg(itemChars));
    if (const auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("detailEditor"));
        editor && editor->isVisible()) {
        const int columns = editor->viewport()->width() / qMax(1, editor->fontMetrics().averageCharWidth());
        if (columns < 40)
            out.append(QStringLiteral("Raw JSON shows %1 columns, fewer than 40").arg(columns));
    }
    if (const auto *diagnostics = window.findChild<QWidget *>(QStringLiteral("diagnosticsView"));
        diagnostics && diagnostics->isVisible()) {
        const int columns = diagnostics->width() / qMax(1, diagnostics->fontMetrics().averageCharWidth());
        if (columns < 60)
            out.append(QStringLiteral("Diagnostics is %1 characters wide, fewer than 60").arg(columns));
    }
    return out;
}

QString report(const MainWindow &window)
{
    const QScreen *screen = window.screen();
    return QStringLiteral("window %1 in screen %2, minimum %3, Item column %4 px = %5 characters")
        .arg(rectText(window.frameGeometry()), screen ? rectText(screen->availableGeometry()) : QStringLiteral("?"),
            sizeText(window.minimumSizeHint().expandedTo(window.minimumSize())))
        .arg(window.treeWidget()->treeView()->columnWidth(PactTreeModel::NameColumn))
        .arg(itemColumnCharacters(window));
}

} // namespace Pactbench::WindowLayout
