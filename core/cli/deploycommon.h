// SPDX-License-Identifier: MIT
#pragma once

// What the deployment commands (can-i-deploy, record-*, list-environments, describe-version) share:
// the broker options with the reference client's TLS and retry aliases, waiting, tables.

#include "brokeroptions.h"
#include "cli.h"

#include <core/broker/brokerreply.h>

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace Pactbench {
class BrokerClient;
}

namespace Pactbench::Cli {

class OtlpTraceExport;

/// The cap on all retry waits of one request (--retries), in seconds; each wait is at most 30 s.
constexpr int MaxRetryTotalSeconds = 120;

/**
 * BrokerOptions plus the reference's `-c/--ssl-certificate`, `--skip-ssl-verification`,
 * `--ssl-trust-store`, `--retries`, `--custom-header`, `--log-level` and OpenTelemetry options.
 */
struct DeployBrokerOptions
{
    BrokerOptions broker;
    QCommandLineOption sslCertificate{{u"c"_qs, u"ssl-certificate"_qs}, u"Same as --ca-file (as the reference client names it; also SSL_CERT_FILE)."_qs, u"file"_qs};
    QCommandLineOption skipSslVerification{u"skip-ssl-verification"_qs, u"Same as --disable-ssl-verification (also SSL_SKIP_VERIFICATION=true)."_qs};
    QCommandLineOption sslTrustStore{u"ssl-trust-store"_qs,
        u"true (default) or false: whether the system's CA store is trusted; with false only the certificates of -c/--ca-file are (SSL_TRUST_STORE)."_qs,
        u"bool"_qs};
    QCommandLineOption retries{u"retries"_qs,
        u"Attempts in all, as the reference counts them, for requests answered 5xx, 408 or 429 or refused (default 8, PACT_BROKER_HTTP_RETRIES; 0 to 20, 0 and 1: no retry); waits 0.5 s, doubling, at most 30 s each (a 429's or 503's Retry-After is honoured) and 120 s in all."_qs,
        u"n"_qs};
    QCommandLineOption customHeader{u"custom-header"_qs,
        u"'Name: Value' sent with every request to the broker's origin (not after a redirect elsewhere); repeatable."_qs,
        u"header"_qs};
    QCommandLineOption logLevel{u"log-level"_qs,
        u"off (default), none, error, warn, info, debug or trace: info and debug print one line per HTTP request to standard error, trace its headers too (Authorization redacted)."_qs,
        u"level"_qs};
    QCommandLineOption enableOtel{u"enable-otel"_qs, u"OpenTelemetry traces (as --enable-otel-traces)."_qs};
    QCommandLineOption enableOtelLogs{u"enable-otel-logs"_qs, u"The log lines as JSON log records on standard error (level info unless --log-level says otherwise)."_qs};
    QCommandLineOption enableOtelTraces{u"enable-otel-traces"_qs, u"One span per HTTP request, as a JSON line on standard error (stdout exporter)."_qs};
    QCommandLineOption otelExporter{u"otel-exporter"_qs,
        u"stdout (default: spans as JSON lines on standard error, so that -o json stays parseable) or otlp (OTLP/HTTP JSON, POST ENDPOINT/v1/traces when the command ends; comma-separated; OTEL_TRACES_EXPORTER)."_qs,
        u"exporter"_qs};
    QCommandLineOption otelEndpoint{u"otel-exporter-endpoint"_qs, u"For otlp: the collector's base URL (default http://localhost:4318; OTEL_EXPORTER_OTLP_ENDPOINT)."_qs, u"url"_qs};
    QCommandLineOption otelProtocol{u"otel-exporter-protocol"_qs, u"For otlp: http (JSON, the default); http/protobuf is not supported (OTEL_EXPORTER_OTLP_PROTOCOL)."_qs, u"protocol"_qs};

    void addTo(QCommandLineParser &parser) const;
    /**
     * The whole connection; false (message printed) when unusable. Exit code Usage then. With
     * `--otel-exporter otlp`, `traces` gets the exporter that sends the spans when it is destroyed:
     * keep it in a scope that ends after the BrokerClient's.
     */
    bool connection(const QCommandLineParser &parser, const QString &program, Io &io, BrokerConnection *c,
                    std::shared_ptr<OtlpTraceExport> *traces) const;

private:
    bool applyTls(const QCommandLineParser &parser, BrokerConnection *c, QString *problem) const;
    bool applyRetries(const QCommandLineParser &parser, BrokerConnection *c, QString *problem) const;
    bool applyHeaders(const QCommandLineParser &parser, BrokerConnection *c, QString *problem) const;
    bool applyLogging(const QCommandLineParser &parser, const QString &program, Io &io, BrokerConnection *c,
                      std::shared_ptr<OtlpTraceExport> *traces, QString *problem) const;
    bool startOtlp(const QCommandLineParser &parser, const QString &program, Io &io, const QString &protocol,
                   std::shared_ptr<OtlpTraceExport> *traces, QString *problem) const;
};

/// "Name: Value" split and checked; false with the reason in `problem` when malformed.
bool parseCustomHeader(const QString &text, QByteArray *name, QByteArray *value, QString *problem);

/// Prints the client's "trying again" messages to standard error as "PROGRAM: message".
void reportRetries(BrokerClient &client, const QString &program, Io &io);

/// Waits for `reply`; on failure prints "PROGRAM: error" (and a credentials hint) and returns false.
bool awaitReply(BrokerReplyBase *reply, const QString &program, Io &io);

/// A plain table: header, a rule of dashes, rows; columns padded to their widest cell.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace Pactbench::Cli
