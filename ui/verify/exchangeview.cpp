// SPDX-License-Identifier: MIT
#include "exchangeview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

QString headerLines(const Headers &headers)
{
    QString out;
    for (const auto &entry : headers.entries())
        out += entry.first + QStringLiteral(": ") + entry.second + u'\n';
    return out;
}

QTreeWidgetItem *stateCallItem(const StateCall &c)
{
    QString head = ExchangeView::tr("%1 '%2'").arg(c.action, c.state);
    if (c.skipped)
        head += ExchangeView::tr(" — not called: %1").arg(c.error);
    else if (!c.ok)
        head += ExchangeView::tr(" — failed: %1").arg(c.error);
    else
        head += ExchangeView::tr(" — %1").arg(c.exchange.status);
    auto *item = new QTreeWidgetItem({ head });
    if (!c.skipped) {
        item->addChild(new QTreeWidgetItem({ ExchangeView::tr("Request:\n%1").arg(requestText(c.exchange)) }));
        item->addChild(new QTreeWidgetItem({ ExchangeView::tr("Response:\n%1").arg(responseText(c.exchange)) }));
    }
    return item;
}

} // namespace

QString requestText(const HttpExchange &e)
{
    if (e.method.isEmpty())
        return {};
    return e.method + u' ' + e.url + u'\n' + headerLines(e.requestHeaders) + u'\n' + QString::fromUtf8(e.requestBody);
}

QString responseText(const HttpExchange &e)
{
    if (!e.ok())
        return failureLabel(e.failure) + QStringLiteral(": ") + e.error;
    return QString::number(e.status) + u'\n' + headerLines(e.responseHeaders) + u'\n'
        + QString::fromUtf8(e.responseBody);
}

ExchangeView::ExchangeView(QWidget *parent)
    : QWidget(parent)
    , m_stateCalls(new QTreeWidget(this))
    , m_request(new QPlainTextEdit(this))
    , m_copyCurl(new QPushButton(tr("Copy as curl"), this))
{
    m_stateCalls->setObjectName(QStringLiteral("stateCallsView"));
    m_stateCalls->setHeaderLabels({ tr("Provider-state calls") });
    m_stateCalls->header()->setStretchLastSection(true);
    m_request->setObjectName(QStringLiteral("sentRequestView"));
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setEnabled(false);
    connect(m_copyCurl, &QPushButton::clicked, this, &ExchangeView::copyCurl);
    auto *requestBox = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(requestBox);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(new QLabel(tr("Request sent:"), requestBox));
    requestLayout->addWidget(m_request);
    requestLayout->addWidget(m_copyCurl, 0, Qt::AlignLeft);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stateCalls);
    splitter->addWidget(requestBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

ExchangeView::~ExchangeView() = default;

void ExchangeView::clear()
{
    m_stateCalls->clear();
    m_request->clear();
    m_curl.clear();
    m_copyCurl->setEnabled(false);
}

void ExchangeView::showResult(const InteractionResult &r)
{
    clear();
    for (const StateCall &c : r.stateCalls)
        m_stateCalls->addTopLevelItem(stateCallItem(c));
    m_stateCalls->expandAll();
    m_request->setPlainText(requestText(r.exchange));
    m_curl = r.exchange.method.isEmpty() ? QString() : r.exchange.toCurl();
    m_copyCurl->setEnabled(!m_curl.isEmpty());
}

void ExchangeView::copyCurl()
{
    QApplication::clipboard()->setText(m_curl);
}

} // namespace Pactbench
