// SPDX-License-Identifier: MIT
#include "diffcodeview.h"

#include "bodydiffjobs.h"
#include "textfeeder.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QThreadPool>
#include <QToolTip>

namespace Pactbench {

namespace {

/// Documents of more lines are deleted on a worker thread (0.1–0.2 µs a line) and not laid out
/// again when the view's width changes.
constexpr int kLargeDocumentLines = 20000;

QColor annotationColor(DiffCodeView::Annotation::Kind kind)
{
    return kind == DiffCodeView::Annotation::Kind::Mismatch ? QColor(255, 0, 0, 70) : QColor(0, 110, 255, 40);
}

/// Deletes a document the view no longer shows, off the GUI thread when it is large.
void dispose(QTextDocument *document)
{
    if (document->blockCount() <= kLargeDocumentLines) {
        delete document;
        return;
    }
    document->setParent(nullptr);
    document->moveToThread(nullptr); // no thread's events any more: any thread may delete it
    bodyDiffPool()->start([document] { delete document; });
}

} // namespace

DiffCodeView::DiffCodeView(QWidget *parent) : CodeEditor(parent), m_feeder(new TextFeeder(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    replaceDocument();
    connect(m_feeder, &TextFeeder::finished, this, &DiffCodeView::loaded);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &DiffCodeView::textArrived);
}

DiffCodeView::~DiffCodeView()
{
    m_feeder->stop();
    if (document()->blockCount() > kLargeDocumentLines)
        replaceDocument(); // the large one is deleted on a worker thread
}

void DiffCodeView::replaceDocument()
{
    QTextDocument *old = document();
    auto *fresh = new QTextDocument(this);
    fresh->setDocumentLayout(new QPlainTextDocumentLayout(fresh));
    fresh->setDefaultFont(old->defaultFont());
    fresh->setDefaultTextOption(old->defaultTextOption());
    fresh->setUndoRedoEnabled(false); // read-only: the slices appended must not pile up as undo steps
    const bool ours = old->parent() == this; // else it is the editor's first one, which it deletes itself
    setDocument(fresh);
    if (ours)
        dispose(old);
}

void DiffCodeView::setCode(const QString &text, bool json)
{
    m_feeder->stop();
    m_pendingLine = -1;
    m_annotations.clear();
    m_marks = LineMarks();
    if (document()->blockCount() > kLargeDocumentLines)
        replaceDocument(); // clearing it here would take longer than a frame
    m_highlighter.reset(json);
    m_feeder->start(text);
}

void DiffCodeView::setAnnotations(const QList<Annotation> &annotations)
{
    setAnnotations(annotations, LineMarks(annotations));
}

void DiffCodeView::setAnnotations(const QList<Annotation> &annotations, const LineMarks &marks)
{
    m_annotations = annotations;
    m_marks = marks;
    viewport()->update();
}

bool DiffCodeView::isLoading() const
{
    return m_feeder->isFeeding();
}

void DiffCodeView::showLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line);
    m_pendingLine = !block.isValid() && isLoading() ? line : -1;
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
}

void DiffCodeView::textArrived()
{
    if (m_pendingLine >= 0 && m_pendingLine < blockCount())
        showLine(m_pendingLine);
}

void DiffCodeView::paintEvent(QPaintEvent *event)
{
    const int lines = viewport()->height() / qMax(1, fontMetrics().lineSpacing()) + 2;
    m_highlighter.highlight(document(), firstVisibleBlock(), lines);
    paintMarks(event->rect());
    CodeEditor::paintEvent(event);
}

void DiffCodeView::paintMarks(const QRect &rect)
{
    if (m_annotations.isEmpty())
        return;
    QPainter painter(viewport());
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= rect.bottom()) {
        const qreal height = blockBoundingRect(block).height();
        const int line = block.blockNumber();
        if (m_marks.isMarked(line) && top + height >= rect.top())
            painter.fillRect(QRectF(0, top, viewport()->width(), height), annotationColor(m_marks.kind(line)));
        top += height;
        block = block.next();
    }
}

void DiffCodeView::resizeEvent(QResizeEvent *event)
{
    if (event->oldSize().width() == event->size().width() || document()->blockCount() <= kLargeDocumentLines) {
        CodeEditor::resizeEvent(event);
        return;
    }
    // Unwrapped lines do not depend on the width, but QPlainTextEdit lays every line out again when
    // it changes (0.1 s per 100 000 lines): when the line numbers gain a digit, or the splitter moves.
    QResizeEvent sameWidth(event->size(), QSize(event->size().width(), event->oldSize().height()));
    CodeEditor::resizeEvent(&sameWidth);
}

bool DiffCodeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = annotationText(cursorForPosition(help->pos()).blockNumber());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return CodeEditor::viewportEvent(event);
}

} // namespace Pactbench
