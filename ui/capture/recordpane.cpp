// SPDX-License-Identifier: MIT
#include "recordpane.h"

#include "captureformat.h"
#include "recordedexchangemodel.h"

#include <core/capture/record/recordingproxy.h>

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Pactbench {

namespace {
const char *const TargetKey = "Record/target";
const char *const PortKey = "Record/port";
constexpr int BatchMs = 50; ///< recorded exchanges reach the table at most this often, one insertion each
} // namespace

RecordPane::RecordPane(QWidget *parent)
    : QWidget(parent), m_proxy(new RecordingProxy(this)), m_model(new RecordedExchangeModel(this))
{
    setObjectName(QStringLiteral("recordPane"));
    m_batchTimer = new QTimer(this);
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(BatchMs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createControls());
    layout->addWidget(createTable(), 1);

    connect(m_batchTimer, &QTimer::timeout, this, &RecordPane::onRecorded);
    connect(m_proxy, &RecordingProxy::exchangeRecorded, this, [this](const CapturedExchange &exchange) {
        m_pending.append(exchange);
        if (!m_batchTimer->isActive())
            m_batchTimer->start();
    });
    connect(m_proxy, &RecordingProxy::started, this, [this](const QUrl &url) {
        setStatus(tr("Recording: point the client at %1; requests go on to %2.")
                      .arg(url.toString(), m_proxy->config().target.toString()),
            false);
    });
    connect(m_proxy, &RecordingProxy::failed, this,
        [this](const QString &error) { setStatus(tr("Could not start recording: %1").arg(error), true); });
    connect(m_proxy, &RecordingProxy::stopped, this, [this] { setStatus(tr("Recording stopped."), false); });
    connect(m_proxy, &RecordingProxy::forwardFailed, this, [this](const QString &reason) {
        ++m_forwardFailures;
        setStatus(tr("A request could not be forwarded (%n so far; its client got 502): ", nullptr, m_forwardFailures)
                + reason,
            true);
    });
    setStatus(tr("Record real traffic: start a proxy in front of the provider and send requests through it."), false);
}

RecordPane::~RecordPane() = default;

QWidget *RecordPane::createControls()
{
    auto *box = new QWidget(this);
    QSettings settings;
    m_target = new QLineEdit(settings.value(QLatin1String(TargetKey)).toString(), box);
    m_target->setObjectName(QStringLiteral("recordTargetEdit"));
    m_target->setPlaceholderText(tr("http://localhost:8080"));
    m_target->setToolTip(tr("The provider's URL (http or https); its path is put before every request's path"));
    m_port = new QSpinBox(box);
    m_port->setObjectName(QStringLiteral("recordPortSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(settings.value(QLatin1String(PortKey), 0).toInt());
    m_start = new QPushButton(tr("Start"), box);
    m_start->setObjectName(QStringLiteral("recordStartButton"));
    m_stop = new QPushButton(tr("Stop"), box);
    m_stop->setObjectName(QStringLiteral("recordStopButton"));
    m_url = new QLineEdit(box);
    m_url->setObjectName(QStringLiteral("recordUrlEdit"));
    m_url->setReadOnly(true);
    m_url->setPlaceholderText(tr("not listening"));
    m_copyUrl = new QPushButton(tr("Copy URL"), box);
    m_copyUrl->setObjectName(QStringLiteral("recordCopyUrlButton"));
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("recordStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Provider URL:"), box));
    row->addWidget(m_target, 2);
    row->addWidget(new QLabel(tr("Port:"), box));
    row->addWidget(m_port);
    row->addWidget(m_start);
    row->addWidget(m_stop);
    row->addWidget(m_url, 1);
    row->addWidget(m_copyUrl);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_start, &QPushButton::clicked, this, &RecordPane::start);
    connect(m_target, &QLineEdit::returnPressed, this, &RecordPane::start);
    connect(m_stop, &QPushButton::clicked, this, &RecordPane::stop);
    connect(m_copyUrl, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_proxy->url().toString()); });
    connect(m_proxy, &RecordingProxy::started, this, &RecordPane::refreshControls);
    connect(m_proxy, &RecordingProxy::failed, this, &RecordPane::refreshControls);
    connect(m_proxy, &RecordingProxy::stopped, this, &RecordPane::refreshControls);
    return box;
}

QWidget *RecordPane::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordedExchangesView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RecordedExchangeModel::PathColumn, QHeaderView::Stretch);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("recordedExchangeDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setPlaceholderText(tr("Select a recorded exchange to see its request and response."));
    m_addToPact = new QPushButton(tr("Add to Pact…"), this);
    m_addToPact->setObjectName(QStringLiteral("addToPactButton"));
    m_addToPact->setToolTip(tr("Review the selected exchanges with the matchers proposed for them, then add them "
                               "to the open pact or a new one"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("recordClearButton"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addToPact);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordPane::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordPane::onSelectionChanged);
    connect(m_addToPact, &QPushButton::clicked, this, [this] {
        const QList<CapturedExchange> selected = selectedExchanges();
        if (!selected.isEmpty())
            Q_EMIT addToPactRequested(selected);
    });
    connect(m_clear, &QPushButton::clicked, this, &RecordPane::clear);
    refreshControls();
    return box;
}

bool RecordPane::checkTarget(const QString &text, QUrl *url, QString *problem)
{
    const QUrl parsed(text.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (text.trimmed().isEmpty())
        *problem = tr("Enter the provider's URL, e.g. http://localhost:8080.");
    else if (!parsed.isValid())
        *problem = tr("“%1” is not a valid URL: %2").arg(text.trimmed(), parsed.errorString());
    else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        *problem = tr("“%1” is not an http or https URL.").arg(text.trimmed());
    else if (parsed.host().isEmpty())
        *problem = tr("“%1” names no host.").arg(text.trimmed());
    else {
        *url = parsed;
        problem->clear();
        return true;
    }
    return false;
}

bool RecordPane::start()
{
    if (m_proxy->isRunning())
        return false;
    QUrl target;
    QString problem;
    if (!checkTarget(m_target->text(), &target, &problem)) {
        setStatus(problem, true);
        return false;
    }
    RecordingProxy::Config config;
    config.target = target;
    config.port = quint16(m_port->value());
    if (!m_proxy->start(config)) {
        setStatus(tr("Could not start recording: %1").arg(m_proxy->errorString()), true);
        return false;
    }
    QSettings settings;
    settings.setValue(QLatin1String(TargetKey), m_target->text().trimmed());
    settings.setValue(QLatin1String(PortKey), m_port->value());
    m_forwardFailures = 0;
    setStatus(tr("Starting…"), false);
    refreshControls();
    return true;
}

void RecordPane::stop()
{
    m_proxy->stop();
    refreshControls();
}

void RecordPane::clear()
{
    m_batchTimer->stop();
    m_pending.clear();
    m_proxy->clear();
    m_model->clear();
    m_detail->clear();
    m_forwardFailures = 0;
    refreshControls();
}

void RecordPane::onRecorded()
{
    QScrollBar *bar = m_table->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_model->append(std::exchange(m_pending, {}));
    if (atEnd)
        m_table->scrollToBottom(); // follow the newest unless the user scrolled up
    refreshControls();
}

QList<CapturedExchange> RecordPane::selectedExchanges() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    return m_model->exchanges(rows);
}

void RecordPane::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = current.isValid() && m_table->selectionModel()->isRowSelected(current.row())
        ? current.row()
        : (rows.isEmpty() ? -1 : rows.first().row());
    m_detail->setPlainText(row >= 0 ? CaptureFormat::detail(m_model->exchange(row)) : QString());
    refreshControls();
}

QString RecordPane::statusText() const
{
    return m_status->text();
}

void RecordPane::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void RecordPane::refreshControls()
{
    const bool running = m_proxy->isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_target->setEnabled(!running);
    m_port->setEnabled(!running);
    m_url->setText(m_proxy->url().toString());
    m_copyUrl->setEnabled(!m_proxy->url().isEmpty());
    m_addToPact->setEnabled(m_table && m_table->selectionModel()->hasSelection());
    m_clear->setEnabled(m_model->rowCount() > 0);
}

} // namespace Pactbench
