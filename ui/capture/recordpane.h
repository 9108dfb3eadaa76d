// SPDX-License-Identifier: MIT
#pragma once

#include <core/capture/exchange.h>

#include <QList>
#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Pactbench {

class RecordedExchangeModel;
class RecordingProxy;

/**
 * Record mode of the Mock Server dock: a recording proxy (RecordingProxy) in front of a real provider
 * (target URL, http or https; port, 0 = a free one), Start / Stop, the URL to point the client at
 * (copyable), the exchanges recorded in a live table (several can be selected) with the selected one in
 * full below, Add to pact… (the selected exchanges) and Clear. The
 * proxy's problems (cannot listen, a request it could not forward) are shown in the pane, never in a box.
 */
class RecordPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPane)

public:
    explicit RecordPane(QWidget *parent = nullptr);
    ~RecordPane() override;

    /// Checks the target and port and starts the proxy; false (and the reason in the pane) when they are unusable.
    bool start();
    void stop();
    void clear();
    RecordingProxy *proxy() const { return m_proxy; }
    RecordedExchangeModel *model() const { return m_model; }
    /// The exchanges of the selected rows, in order.
    QList<CapturedExchange> selectedExchanges() const;
    /// The text shown under the controls (listening, stopped, the last problem).
    QString statusText() const;

    /// "http://host:port" when it is an http or https URL with a host; else the problem in words.
    static bool checkTarget(const QString &text, QUrl *url, QString *problem);

Q_SIGNALS:
    /// Add to pact… with these exchanges (the window reviews them and adds them to a pact).
    void addToPactRequested(const QList<Pactbench::CapturedExchange> &exchanges);

private:
    QWidget *createControls();
    QWidget *createTable();
    void onRecorded();
    void onSelectionChanged();
    void setStatus(const QString &text, bool problem);
    void refreshControls();

    RecordingProxy *m_proxy = nullptr;
    RecordedExchangeModel *m_model = nullptr;
    QList<CapturedExchange> m_pending; ///< recorded, not yet in the model (one insertion per batch)
    QTimer *m_batchTimer = nullptr;
    QLineEdit *m_target = nullptr;
    QSpinBox *m_port = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QPushButton *m_addToPact = nullptr;
    QPushButton *m_clear = nullptr;
    int m_forwardFailures = 0;
};

} // namespace Pactbench
