// SPDX-License-Identifier: MIT
#pragma once

// `--otel-exporter otlp` with `--otel-exporter-protocol http`: the deployment commands' HTTP request
// spans, sent as one OTLP/HTTP JSON export (POST ENDPOINT/v1/traces) when the command ends.

#include <core/net/httpexchange.h>

#include <QList>
#include <QTextStream>
#include <QUrl>

#include <memory>

namespace Pactbench::Cli {

/// The OTLP/HTTP JSON body (ExportTraceServiceRequest) of `spans`, all in one trace `traceId` (32 hex digits).
QByteArray otlpTracesJson(const QList<HttpHop> &spans, const QByteArray &traceId);

/**
 * Collects spans (add(), through the weak pointer observer() holds) and exports them when destroyed:
 * one POST to `endpoint` + "/v1/traces", waiting at most 5 s; a failure is printed to `err` (the
 * command's exit code stays). Own it in a scope that ends after the BrokerClient's.
 */
class OtlpTraceExport
{
public:
    OtlpTraceExport(const QUrl &endpoint, const QString &program, QTextStream &err);
    ~OtlpTraceExport();
    OtlpTraceExport(const OtlpTraceExport &) = delete;
    OtlpTraceExport &operator=(const OtlpTraceExport &) = delete;

    void add(const HttpHop &span) { m_spans << span; }
    /// An observer that adds to `target` while it exists.
    static HttpObserver observer(const std::weak_ptr<OtlpTraceExport> &target);

private:
    QUrl m_endpoint;
    QString m_program;
    QTextStream &m_err;
    QList<HttpHop> m_spans;
};

} // namespace Pactbench::Cli
