// SPDX-License-Identifier: MIT
#include "textfeeder.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTextCursor>

#include <algorithm>

namespace Pactbench {

namespace {

constexpr qint64 kSliceBudgetNs = 6'000'000; ///< the GUI thread's time per slice
constexpr int kMinSliceLines = 100;
constexpr int kMaxSliceLines = 20000;

} // namespace

TextFeeder::TextFeeder(QPlainTextEdit *view) : QObject(view), m_view(view)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TextFeeder::feedSlice);
}

TextFeeder::~TextFeeder() = default;

void TextFeeder::start(const QString &text)
{
    stop();
    m_text = text;
    m_pos = 0;
    m_timer.start();
    feedSlice();
}

void TextFeeder::stop()
{
    m_timer.stop();
    m_text.clear();
}

qsizetype TextFeeder::endOfSlice() const
{
    qsizetype end = m_pos;
    for (int line = 0; line < m_sliceLines; ++line) {
        end = m_text.indexOf(u'\n', end + 1);
        if (end < 0)
            return m_text.size();
    }
    return end;
}

void TextFeeder::feedSlice()
{
    QElapsedTimer clock;
    clock.start();
    // Every slice but the first starts with the newline that ends the line before it, so the
    // view's last line is always a whole line of the text.
    const qsizetype end = endOfSlice();
    if (m_pos == 0) {
        m_view->setPlainText(m_text.left(end)); // the view's cursor at the start
    } else {
        QTextCursor cursor(m_view->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(m_text.mid(m_pos, end - m_pos));
    }
    m_pos = end;
    if (m_pos >= m_text.size()) {
        stop();
        Q_EMIT finished();
        return;
    }
    const qint64 spent = std::max<qint64>(clock.nsecsElapsed(), 1);
    const qint64 fitting = std::min<qint64>(qint64(m_sliceLines) * kSliceBudgetNs / spent, 2 * m_sliceLines);
    m_sliceLines = int(std::clamp<qint64>(fitting, kMinSliceLines, kMaxSliceLines));
}

} // namespace Pactbench
