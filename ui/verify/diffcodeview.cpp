// SPDX-License-Identifier: MIT
#include "diffcodeview.h"

#include <ui/widgets/jsonhighlighter.h>

#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

namespace Pactbench {

namespace {

QColor annotationColor(DiffCodeView::Annotation::Kind kind)
{
    return kind == DiffCodeView::Annotation::Kind::Mismatch ? QColor(255, 0, 0, 70) : QColor(0, 110, 255, 40);
}

} // namespace

DiffCodeView::DiffCodeView(QWidget *parent) : CodeEditor(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // CodeEditor repaints its current-line selection on cursor moves: ours are put back after it.
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &DiffCodeView::applyAnnotations);
}

DiffCodeView::~DiffCodeView() = default;

void DiffCodeView::setCode(const QString &text, bool json)
{
    if (json && !m_highlighter)
        m_highlighter = new JsonHighlighter(document());
    else if (!json && m_highlighter) {
        delete m_highlighter;
        m_highlighter = nullptr;
    }
    m_annotations.clear();
    setPlainText(text);
    applyAnnotations();
}

void DiffCodeView::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    applyAnnotations();
}

QString DiffCodeView::annotationText(int line) const
{
    QStringList texts;
    for (const Annotation &a : m_annotations) {
        if (a.line == line && !texts.contains(a.text))
            texts.append(a.text);
    }
    return texts.join(u'\n');
}

void DiffCodeView::showLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
}

void DiffCodeView::applyAnnotations()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Annotation &a : std::as_const(m_annotations)) {
        const QTextBlock block = document()->findBlockByNumber(a.line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setBackground(annotationColor(a.kind));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.format.setToolTip(a.text);
        selections.append(s);
    }
    setExtraSelections(selections);
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

void DiffCodeView::changeEvent(QEvent *event)
{
    CodeEditor::changeEvent(event);
    applyAnnotations();
}

} // namespace Pactbench
