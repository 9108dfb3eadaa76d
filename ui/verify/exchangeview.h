// SPDX-License-Identifier: MIT
#pragma once

#include <core/verifier/verificationresult.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Pactbench {

/// "POST http://…\nName: value\n\nbody" for the request of an exchange.
QString requestText(const HttpExchange &exchange);
/// "200\nName: value\n\nbody" for its response, or the failure.
QString responseText(const HttpExchange &exchange);

/// The provider-state calls of a result (with request and response) and the request that was sent, copyable as curl.
class ExchangeView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeView)

public:
    explicit ExchangeView(QWidget *parent = nullptr);
    ~ExchangeView() override;

    void showResult(const InteractionResult &result);
    void clear();
    QString curl() const { return m_curl; }

private:
    void copyCurl();

    QTreeWidget *m_stateCalls;
    QPlainTextEdit *m_request;
    QPushButton *m_copyCurl;
    QString m_curl;
};

} // namespace Pactbench
