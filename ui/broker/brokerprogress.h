// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace Pactbench {

class BrokerReplyBase;

/**
 * The busy indicator of the broker dialog: while any tracked broker call runs it shows a busy
 * bar, what is being done and a Cancel button that cancels every tracked call. Hidden when idle.
 */
class BrokerProgress : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerProgress)

public:
    explicit BrokerProgress(QWidget *parent = nullptr);
    ~BrokerProgress() override;

    /// Shows `what` ("Loading pacticipants…") until `reply` finishes or is destroyed.
    void track(BrokerReplyBase *reply, const QString &what);
    bool isBusy() const { return !m_replies.isEmpty(); }
    /// Cancels every tracked call (each still finishes, with a Cancelled error).
    void cancelAll();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void untrack(QObject *reply);
    void updateView();

    struct Tracked
    {
        QPointer<BrokerReplyBase> reply;
        QObject *key = nullptr;
        QString what;
    };
    QList<Tracked> m_replies;
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Pactbench
