// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QToolButton;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * A busy indicator for the status bar: what is being loaded, a moving bar and a Cancel button.
 * Hidden while idle; it only shows, the work and its cancelling belong to whoever connects it.
 */
class LoadingIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit LoadingIndicator(QWidget *parent = nullptr);
    ~LoadingIndicator() override;
    Q_DISABLE_COPY_MOVE(LoadingIndicator)

    /// Shows "Loading `what`…" (and how many wait after it).
    void start(const QString &what, int remaining);
    void stop();
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Pactbench
