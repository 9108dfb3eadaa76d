// SPDX-License-Identifier: MIT
#include "deploycommon.h"

#include "httplog.h"
#include "otlpexport.h"

#include <core/broker/brokerclient.h>

#include <QCommandLineParser>

#include <algorithm>

namespace Pactbench::Cli {

void DeployBrokerOptions::addTo(QCommandLineParser &parser) const
{
    broker.addTo(parser);
    parser.addOptions({sslCertificate, skipSslVerification, sslTrustStore, retries, customHeader, logLevel, enableOtel,
                       enableOtelLogs, enableOtelTraces, otelExporter, otelEndpoint, otelProtocol});
}

bool DeployBrokerOptions::connection(const QCommandLineParser &parser, const QString &program, Io &io,
                                     BrokerConnection *c, std::shared_ptr<OtlpTraceExport> *traces) const
{
    const QString url = broker.baseUrlValue(parser);
    if (url.isEmpty()) {
        io.err << program << ": no broker: give --broker-base-url or set PACT_BROKER_BASE_URL\n";
        return false;
    }
    c->baseUrl = QUrl::fromUserInput(url);
    QString problem;
    if (!broker.apply(parser, c, &problem) || !applyTls(parser, c, &problem) || !applyRetries(parser, c, &problem)
        || !applyHeaders(parser, c, &problem) || !applyLogging(parser, program, io, c, traces, &problem)) {
        io.err << program << ": " << problem << '\n';
        return false;
    }
    return true;
}

bool DeployBrokerOptions::applyTls(const QCommandLineParser &parser, BrokerConnection *c, QString *problem) const
{
    // As the reference: SSL_CERT_FILE names the certificate file when -c does not; SSL_SKIP_VERIFICATION set
    // to anything but a "no" (0, false, no, off, n, f, empty) skips verification.
    const QString certificate = optionOrEnv(parser, sslCertificate, "SSL_CERT_FILE");
    if (!certificate.isEmpty())
        c->caFile = certificate;
    static const QStringList no{u""_qs, u"0"_qs, u"false"_qs, u"no"_qs, u"off"_qs, u"n"_qs, u"f"_qs};
    if (parser.isSet(skipSslVerification)
        || (qEnvironmentVariableIsSet("SSL_SKIP_VERIFICATION")
            && !no.contains(qEnvironmentVariable("SSL_SKIP_VERIFICATION").trimmed().toLower())))
        c->insecure = true;
    const QString trust = optionOrEnv(parser, sslTrustStore, "SSL_TRUST_STORE").trimmed().toLower();
    if (!trust.isEmpty() && trust != u"true" && trust != u"false") {
        *problem = u"--ssl-trust-store must be true or false, not '"_qs + trust + u"' (also SSL_TRUST_STORE)"_qs;
        return false;
    }
    c->useSystemCaStore = trust != u"false";
    return true;
}

bool DeployBrokerOptions::applyRetries(const QCommandLineParser &parser, BrokerConnection *c, QString *problem) const
{
    const QString given = optionOrEnv(parser, retries, "PACT_BROKER_HTTP_RETRIES").trimmed();
    bool ok = true;
    const int n = given.isEmpty() ? 8 : given.toInt(&ok);
    if (!ok || n < 0 || n > 20) {
        *problem = u"--retries must be a whole number from 0 to 20, not '"_qs + given + u"' (also PACT_BROKER_HTTP_RETRIES)"_qs;
        return false;
    }
    // As the reference counts --retries (here and in `pact verifier`): attempts in all, at least one.
    c->maxAttempts = std::max(1, n);
    c->firstRetryWaitMs = 500;
    c->maxRetryWaitSeconds = 30;
    c->maxRetryTotalSeconds = MaxRetryTotalSeconds;
    // A test knob, as for verify: the length of one second of those waits, in ms.
    bool knobOk = false;
    const int second = qEnvironmentVariableIntValue("PACTBENCH_BROKER_RETRY_SECOND_MS", &knobOk);
    if (knobOk && second >= 0 && second <= 60000)
        c->retrySecondMs = second;
    return true;
}

bool parseCustomHeader(const QString &text, QByteArray *name, QByteArray *value, QString *problem)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        *problem = u"--custom-header '"_qs + text + u"' must be 'Name: Value'"_qs;
        return false;
    }
    *name = text.left(colon).trimmed().toUtf8();
    *value = text.mid(colon + 1).trimmed().toUtf8();
    QString why;
    if (!BrokerConnection::isValidHeader(*name, *value, &why)) {
        *problem = u"--custom-header: "_qs + why;
        return false;
    }
    if (value->isEmpty()) {
        *problem = u"--custom-header '"_qs + QString::fromUtf8(*name) + u"' needs a value after the colon"_qs;
        return false;
    }
    return true;
}

bool DeployBrokerOptions::applyHeaders(const QCommandLineParser &parser, BrokerConnection *c, QString *problem) const
{
    for (const QString &text : parser.values(customHeader)) {
        QByteArray name, value;
        if (!parseCustomHeader(text, &name, &value, problem))
            return false;
        c->customHeaders.append({name, value});
    }
    return true;
}

bool DeployBrokerOptions::applyLogging(const QCommandLineParser &parser, const QString &program, Io &io, BrokerConnection *c,
                                       std::shared_ptr<OtlpTraceExport> *traces, QString *problem) const
{
    const QString levelText = parser.isSet(logLevel) ? parser.value(logLevel).trimmed().toLower() : u"off"_qs;
    const std::optional<HttpLogLevel> level = httpLogLevel(levelText);
    if (!level) {
        *problem = u"--log-level must be off, none, error, warn, info, debug or trace, not '"_qs + levelText + u'\'';
        return false;
    }
    const QString protocol = optionOrEnv(parser, otelProtocol, "OTEL_EXPORTER_OTLP_PROTOCOL").trimmed();
    if (!protocol.isEmpty() && protocol != u"http" && protocol != u"http/protobuf") {
        *problem = u"--otel-exporter-protocol must be http or http/protobuf, not '"_qs + protocol + u"' (also OTEL_EXPORTER_OTLP_PROTOCOL)"_qs;
        return false;
    }
    HttpLogSettings settings;
    settings.level = *level;
    const bool tracing = parser.isSet(enableOtel) || parser.isSet(enableOtelTraces);
    settings.jsonLogs = parser.isSet(enableOtelLogs);
    if (settings.jsonLogs && settings.level == HttpLogLevel::Off)
        settings.level = HttpLogLevel::Info;
    const QString exporters = optionOrEnv(parser, otelExporter, "OTEL_TRACES_EXPORTER").trimmed();
    bool otlp = false;
    for (const QString &exporter : exporters.split(u',', Qt::SkipEmptyParts)) {
        const QString e = exporter.trimmed();
        if (e != u"stdout" && e != u"otlp" && e != u"none") {
            *problem = u"--otel-exporter must be stdout or otlp (comma-separated), not '"_qs + e + u"' (also OTEL_TRACES_EXPORTER)"_qs;
            return false;
        }
        settings.spans = settings.spans || (tracing && e == u"stdout");
        otlp = otlp || (tracing && e == u"otlp");
    }
    settings.spans = settings.spans || (tracing && exporters.isEmpty());
    HttpObserver log = httpLogger(settings, io.err);
    if (otlp && !startOtlp(parser, program, io, protocol, traces, problem))
        return false;
    HttpObserver spans = otlp ? OtlpTraceExport::observer(*traces) : HttpObserver();
    if (log && spans)
        c->observer = [log, spans](const HttpHop &e) { log(e); spans(e); };
    else
        c->observer = log ? log : spans;
    return true;
}

bool DeployBrokerOptions::startOtlp(const QCommandLineParser &parser, const QString &program, Io &io, const QString &protocol,
                                    std::shared_ptr<OtlpTraceExport> *traces, QString *problem) const
{
    if (protocol == u"http/protobuf") {
        *problem = u"--otel-exporter-protocol http/protobuf is not supported: use http (OTLP/HTTP with JSON)"_qs;
        return false;
    }
    const QString endpointText = optionOrEnv(parser, otelEndpoint, "OTEL_EXPORTER_OTLP_ENDPOINT").trimmed();
    const QUrl endpoint(endpointText.isEmpty() ? u"http://localhost:4318"_qs : endpointText, QUrl::StrictMode);
    if (!endpoint.isValid() || (endpoint.scheme() != u"http" && endpoint.scheme() != u"https") || endpoint.host().isEmpty()) {
        *problem = u"--otel-exporter-endpoint must be an http(s) URL, not '"_qs + endpointText + u"' (also OTEL_EXPORTER_OTLP_ENDPOINT)"_qs;
        return false;
    }
    if (!traces) {
        *problem = u"--otel-exporter otlp is not supported by this command"_qs;
        return false;
    }
    *traces = std::make_shared<OtlpTraceExport>(endpoint, program, io.err);
    return true;
}

void reportRetries(BrokerClient &client, const QString &program, Io &io)
{
    QObject::connect(&client, &BrokerClient::retrying, &client, [program, &io](const QString &message) {
        io.err << program << ": " << message << '\n';
        io.err.flush();
    });
}

bool awaitReply(BrokerReplyBase *reply, const QString &program, Io &io)
{
    reply->waitForFinished();
    if (reply->ok())
        return true;
    io.err << program << ": " << reply->error().toString() << '\n';
    const BrokerError::Kind kind = reply->error().kind;
    if (kind == BrokerError::Kind::Unauthorized || kind == BrokerError::Kind::Forbidden)
        io.err << program << ": check --broker-username/--broker-password or --broker-token "
                             "(PACT_BROKER_USERNAME, PACT_BROKER_PASSWORD, PACT_BROKER_TOKEN)\n";
    return false;
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &r : rows) {
        for (qsizetype i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], r.at(i).size());
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype i = 0; i < widths.size(); ++i)
            padded << cells.value(i).leftJustified(widths.at(i));
        return padded.join(u" | "_qs).trimmed() + u'\n';
    };
    QStringList rule;
    for (qsizetype w : std::as_const(widths))
        rule << QString(w, u'-');
    QString out = line(header) + rule.join(u"-|-"_qs) + u'\n';
    for (const QStringList &r : rows)
        out += line(r);
    return out;
}

} // namespace Pactbench::Cli
