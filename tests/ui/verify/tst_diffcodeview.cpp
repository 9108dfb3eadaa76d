// SPDX-License-Identifier: MIT
// DiffCodeView on its own: the lines of a text, selecting by mouse and Ctrl+A and copying, the
// context menu, moving the current line by keyboard, showLine() centring, the marks painted on
// screen, JSON colours only for lines that were shown (500 000 lines), a new text resetting the
// view, a line too long to lay out whole, and tooltips.
#include "../uitestutils.h"

#include <ui/verify/diffcodeview.h>
#include <ui/verify/textlines.h>

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QScrollBar>
#include <QToolTip>
#include <QtTest>

Q_DECLARE_METATYPE(Pactbench::DiffCodeView::Position)

using namespace Pactbench;

namespace {

using Kind = DiffAnnotation::Kind;
using Position = DiffCodeView::Position;

const QString kText = u"zero\none two\nthree four five\nsix"_qs;

void mouse(QWidget *target, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

void press(DiffCodeView &view, Position at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    mouse(view.viewport(), QEvent::MouseButtonPress, view.cursorRect(at).center(), Qt::LeftButton, Qt::LeftButton,
        modifiers);
}

void dragTo(DiffCodeView &view, Position to)
{
    mouse(view.viewport(), QEvent::MouseMove, view.cursorRect(to).center(), Qt::NoButton, Qt::LeftButton);
}

void release(DiffCodeView &view, Position at)
{
    mouse(view.viewport(), QEvent::MouseButtonRelease, view.cursorRect(at).center(), Qt::LeftButton, Qt::NoButton);
}

/// `count` lines of JSON object members.
QString jsonLines(int count)
{
    QString text;
    text.reserve(qsizetype(count) * 16);
    text += u"{\n"_qs;
    for (int i = 0; i < count; ++i)
        text += u"  \"k%1\": %2,\n"_qs.arg(i).arg(i % 10);
    text += u"  \"end\": true\n}"_qs;
    return text;
}

/// The colour at the right end of `line` (no text there).
QColor colourAt(DiffCodeView &view, int line)
{
    const QImage image = view.viewport()->grab().toImage();
    const int y = view.lineRect(line).center().y() * image.height() / view.viewport()->height();
    return image.pixelColor(image.width() - 3, y);
}

/// Opens the context menu at `line`, and calls `use` with it while it is open.
void withContextMenu(DiffCodeView &view, int line, const std::function<void(QMenu *)> &use)
{
    bool used = false;
    QTimer::singleShot(0, &view, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        use(menu);
        used = true;
        menu->close();
    });
    const QPoint pos = view.lineRect(line).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.viewport(), &event);
    QVERIFY(used);
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestDiffCodeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<DiffCodeView>();
        m_view->resize(600, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void textLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("longest");
        QTest::newRow("empty") << QString() << QStringList{ QString() } << 0;
        QTest::newRow("one line") << u"abc"_qs << QStringList{ u"abc"_qs } << 3;
        QTest::newRow("ends with a break") << u"a\n"_qs << QStringList{ u"a"_qs, QString() } << 1;
        QTest::newRow("CRLF") << u"ab\r\ncd\r\n"_qs << QStringList{ u"ab"_qs, u"cd"_qs, QString() } << 2;
        QTest::newRow("empty lines") << u"\n\nxyz"_qs << QStringList{ QString(), QString(), u"xyz"_qs } << 3;
    }
    void textLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QFETCH(int, longest);
        for (const TextLines &t : { TextLines(text), TextLines(text, TextLines::lineStartsOf(text)) }) {
            QCOMPARE(t.count(), int(lines.size()));
            for (int i = 0; i < lines.size(); ++i)
                QCOMPARE(t.line(i).toString(), lines.at(i));
            QCOMPARE(int(t.longestLine()), longest);
            QVERIFY(t.line(-1).isEmpty() && t.line(t.count()).isEmpty());
        }
        m_view->setCode(text, false);
        QCOMPARE(m_view->lineCount(), int(lines.size()));
        QCOMPARE(m_view->lineText(lines.size() - 1), lines.constLast());
        QCOMPARE(m_view->toPlainText(), text);
    }

    void mouseSelectionIsCopied_data()
    {
        QTest::addColumn<Position>("from");
        QTest::addColumn<Position>("to");
        QTest::addColumn<bool>("shiftClick"); ///< a click at `from`, then a shift-click at `to`; else a drag
        QTest::addColumn<QString>("selected");
        QTest::newRow("within a line") << Position{ 1, 0 } << Position{ 1, 3 } << false << u"one"_qs;
        QTest::newRow("across lines") << Position{ 1, 4 } << Position{ 2, 5 } << false << u"two\nthree"_qs;
        QTest::newRow("upwards") << Position{ 2, 5 } << Position{ 0, 2 } << false << u"ro\none two\nthree"_qs;
        QTest::newRow("shift-click") << Position{ 0, 1 } << Position{ 3, 2 } << true
                                     << u"ero\none two\nthree four five\nsi"_qs;
    }
    void mouseSelectionIsCopied()
    {
        QFETCH(Position, from);
        QFETCH(Position, to);
        QFETCH(bool, shiftClick);
        QFETCH(QString, selected);
        m_view->setCode(kText, false);
        press(*m_view, from);
        if (shiftClick) {
            release(*m_view, from);
            press(*m_view, to, Qt::ShiftModifier);
        } else {
            dragTo(*m_view, to);
        }
        release(*m_view, to);
        QCOMPARE(m_view->selectedText(), selected);
        QCOMPARE(m_view->currentLine(), to.line);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), selected);
        // A click without shift starts again.
        press(*m_view, { 3, 1 });
        release(*m_view, { 3, 1 });
        QVERIFY(!m_view->hasSelection());
    }

    void ctrlAAndTheContextMenu()
    {
        m_view->setCode(kText, false);
        withContextMenu(*m_view, 1, [](QMenu *menu) {
            QVERIFY(!actionNamed(menu, u"Copy"_qs)->isEnabled()); // nothing selected
            actionNamed(menu, u"Select All"_qs)->trigger();
        });
        QCOMPARE(m_view->selectedText(), kText);
        QGuiApplication::clipboard()->clear();
        withContextMenu(*m_view, 1, [](QMenu *menu) {
            QVERIFY(actionNamed(menu, u"Copy"_qs)->isEnabled());
            actionNamed(menu, u"Copy"_qs)->trigger();
        });
        QCOMPARE(QGuiApplication::clipboard()->text(), kText);
        m_view->clearSelection();
        QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_view->selectedText(), kText);
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(m_view.get(), QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), kText);
    }

    void keysMoveTheCurrentLine_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("pages"); ///< expected: start + lines + pages × the lines on a page, within the text
        QTest::newRow("down") << int(Qt::Key_Down) << 10 << 1 << 0;
        QTest::newRow("up") << int(Qt::Key_Up) << 10 << -1 << 0;
        QTest::newRow("up at the top") << int(Qt::Key_Up) << 0 << -1 << 0;
        QTest::newRow("page down") << int(Qt::Key_PageDown) << 10 << 0 << 1;
        QTest::newRow("page up") << int(Qt::Key_PageUp) << 500 << 0 << -1;
        QTest::newRow("home") << int(Qt::Key_Home) << 500 << -1000 << 0;
        QTest::newRow("end") << int(Qt::Key_End) << 10 << 1000 << 0;
        QTest::newRow("down at the end") << int(Qt::Key_Down) << 999 << 1 << 0;
    }
    void keysMoveTheCurrentLine()
    {
        QFETCH(int, key);
        QFETCH(int, start);
        QFETCH(int, lines);
        QFETCH(int, pages);
        QStringList text;
        for (int i = 0; i < 1000; ++i)
            text.append(u"line %1"_qs.arg(i));
        m_view->setCode(text.join(u'\n'), false);
        m_view->setCurrentLine(start);
        QCOMPARE(m_view->currentLine(), start);
        const int page = m_view->viewport()->height() / m_view->lineRect(0).height();
        QTest::keyClick(m_view.get(), Qt::Key(key));
        const int expected = qBound(0, start + lines + pages * page, 999);
        QCOMPARE(m_view->currentLine(), expected);
        QVERIFY(m_view->viewport()->rect().contains(m_view->lineRect(expected)));
        QVERIFY(!m_view->hasSelection());
        // With shift the selection grows by whole lines from where it was.
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
        const int line = m_view->currentLine();
        QCOMPARE(m_view->selectedText(), line > 0 ? text.at(line - 1) + u'\n' : QString());
    }

    void showLineCentres_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("middle"); ///< false: too near an end to be in the middle
        QTest::newRow("middle") << 5000 << true;
        QTest::newRow("start") << 2 << false;
        QTest::newRow("last line") << 9999 << false;
    }
    void showLineCentres()
    {
        QFETCH(int, line);
        QFETCH(bool, middle);
        m_view->setCode(jsonLines(9997), true);
        QCOMPARE(m_view->lineCount(), 10000);
        m_view->showLine(line);
        QCOMPARE(m_view->currentLine(), line);
        const QRect rect = m_view->lineRect(line);
        QVERIFY(m_view->viewport()->rect().contains(rect));
        if (middle)
            QVERIFY(qAbs(rect.center().y() - m_view->viewport()->height() / 2) <= rect.height());
        QTRY_VERIFY(m_view->isHighlighted(line));
        // The wheel scrolls, by lines.
        const int top = m_view->verticalScrollBar()->value();
        QWheelEvent wheel(QPointF(10, 10), m_view->viewport()->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, -120),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &wheel);
        QCOMPARE(m_view->verticalScrollBar()->value(),
            qMin(top + QApplication::wheelScrollLines(), m_view->verticalScrollBar()->maximum()));
    }

    void marksArePaintedOnScreen()
    {
        m_view->setCode(u"{\n  \"id\": \"x\",\n  \"qty\": 2,\n  \"name\": \"a\"\n}"_qs, true);
        m_view->setAnnotations(
            { { 1, Kind::Mismatch, u"equality: expected 1"_qs }, { 2, Kind::Matched, u"matched by Integer"_qs } });
        QTRY_VERIFY(m_view->isHighlighted(3));
        const QColor mismatched = colourAt(*m_view, 1);
        QVERIFY2(mismatched.red() > mismatched.blue() + 40, qPrintable(mismatched.name()));
        const QColor matched = colourAt(*m_view, 2);
        QVERIFY2(matched.blue() > matched.red() + 20, qPrintable(matched.name()));
        const QColor plain = colourAt(*m_view, 3);
        QVERIFY2(plain.red() == plain.blue() && plain.green() == plain.blue(), qPrintable(plain.name()));
        QCOMPARE(m_view->annotationText(1), u"equality: expected 1"_qs);
        // Tooltips give a marked line's text, and nothing elsewhere.
        const QPoint at = m_view->lineRect(1).center();
        QHelpEvent help(QEvent::ToolTip, at, m_view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(m_view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), u"equality: expected 1"_qs);
        const QPoint plainAt = m_view->lineRect(3).center();
        QHelpEvent none(QEvent::ToolTip, plainAt, m_view->viewport()->mapToGlobal(plainAt));
        QApplication::sendEvent(m_view->viewport(), &none);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void onlyShownLinesAreColoured_data()
    {
        QTest::addColumn<bool>("linesGiven"); ///< setCode() with the line starts found beforehand
        QTest::newRow("lines found by the view") << false;
        QTest::newRow("lines found beforehand") << true;
    }
    void onlyShownLinesAreColoured()
    {
        QFETCH(bool, linesGiven);
        const QString text = jsonLines(500000);
        QSignalSpy loaded(m_view.get(), &DiffCodeView::loaded);
        if (linesGiven)
            m_view->setCode(text, TextLines::lineStartsOf(text), true);
        else
            m_view->setCode(text, true);
        QVERIFY(!m_view->isLoading());
        QCOMPARE(m_view->lineCount(), 500003);
        QCOMPARE(m_view->lineText(500001), u"  \"end\": true"_qs);
        QCOMPARE(m_view->lineText(250001), u"  \"k250000\": 0,"_qs);
        QCOMPARE(m_view->toPlainText(), text);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(m_view->verticalScrollBar()->maximum(), m_view->lineCount() - m_view->verticalScrollBar()->pageStep());
        QTRY_VERIFY(m_view->isHighlighted(1));
        QVERIFY(!m_view->lineFormats(1).isEmpty());
        QVERIFY(!m_view->isHighlighted(200));
        QVERIFY(!m_view->isHighlighted(400000));
        m_view->showLine(400000);
        QTRY_VERIFY(m_view->isHighlighted(400000));
        QVERIFY(!m_view->isHighlighted(300000));
        QVERIFY(!m_view->isHighlighted(500002));
    }

    void newTextResetsTheView()
    {
        QSignalSpy loaded(m_view.get(), &DiffCodeView::loaded);
        m_view->setCode(jsonLines(100), true);
        m_view->setAnnotations({ { 5, Kind::Mismatch, u"x"_qs } });
        m_view->showLine(50);
        m_view->selectAll();
        QTRY_VERIFY(m_view->isHighlighted(50));
        QVERIFY(m_view->hasSelection());
        QCOMPARE(loaded.size(), 1);
        m_view->setCode(u"replaced at once"_qs, false);
        m_view->setCode(kText, false);
        QCOMPARE(m_view->toPlainText(), kText);
        QVERIFY(m_view->annotations().isEmpty());
        QVERIFY(!m_view->marks().isMarked(5));
        QVERIFY(!m_view->hasSelection());
        QCOMPARE(m_view->selectedText(), QString());
        QCOMPARE(m_view->currentLine(), 0);
        QCOMPARE(m_view->verticalScrollBar()->value(), 0);
        QVERIFY(!m_view->isHighlighted(50));
        QTRY_COMPARE(loaded.size(), 2); // once more, for the last text
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 2);
        QTest::qWait(20);
        QVERIFY(!m_view->isHighlighted(0)); // not JSON: not coloured
    }

    void aVeryLongLineIsLaidOutWhereItIsShown()
    {
        QString line;
        for (int i = 0; i < 20000; ++i)
            line += u"%1 "_qs.arg(i % 1000, 3, 10, QLatin1Char('0')); // 80 000 characters
        m_view->setCode(line + u"\nnext"_qs, false);
        QScrollBar *horizontal = m_view->horizontalScrollBar();
        QVERIFY(horizontal->maximum() > 80000 * 4);
        horizontal->setValue(horizontal->maximum() / 2);
        const qsizetype middle = 40000;
        QVERIFY(m_view->viewport()->rect().contains(m_view->cursorRect({ 0, middle + 8 }).center()));
        press(*m_view, { 0, middle });
        release(*m_view, { 0, middle });
        press(*m_view, { 0, middle + 8 }, Qt::ShiftModifier);
        release(*m_view, { 0, middle + 8 });
        QCOMPARE(m_view->selectedText(), line.mid(middle, 8));
        m_view->viewport()->grab(); // paints it
        horizontal->setValue(horizontal->maximum());
        m_view->viewport()->grab();
    }

private:
    std::unique_ptr<DiffCodeView> m_view;
};

QTEST_MAIN(TestDiffCodeView)
#include "tst_diffcodeview.moc"
