// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * Puts a long text into a QPlainTextEdit a slice of lines at a time from the event loop, each
 * slice a few milliseconds of the GUI thread (a text document takes microseconds per line, so a
 * body of half a million lines would otherwise freeze the window for seconds). The first slice
 * is shown at once; the view can be scrolled and read while the rest arrives.
 */
class TextFeeder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFeeder)

public:
    explicit TextFeeder(QPlainTextEdit *view);
    ~TextFeeder() override;

    /// Appends `text` to the view (meant to be empty): the first slice now, the rest later.
    void start(const QString &text);
    /// Stops appending; what is in the view stays.
    void stop();
    bool isFeeding() const { return m_timer.isActive(); }

Q_SIGNALS:
    /// The whole text is in the view.
    void finished();

private:
    void feedSlice();
    qsizetype endOfSlice() const;

    QPlainTextEdit *m_view;
    QString m_text;
    qsizetype m_pos = 0;
    int m_sliceLines = 2000; ///< adapted so that a slice takes about kSliceBudgetNs
    QTimer m_timer;
};

} // namespace Pactbench
