// SPDX-License-Identifier: MIT
#pragma once

// The names of `pactbench-cli verify`'s options (long forms), shared by the files of VerifyCommandLine.

#include <QString>

namespace Pactbench::Cli::VerifyOptionNames {

// Option names as the reference verifier spells them (pact_verifier_cli, pact-cli 18.1.2).
inline const QString kVersion = QStringLiteral("version");
inline const QString kEnableOtel = QStringLiteral("enable-otel");
inline const QString kEnableOtelLogs = QStringLiteral("enable-otel-logs");
inline const QString kEnableOtelTraces = QStringLiteral("enable-otel-traces");
inline const QString kOtelExporter = QStringLiteral("otel-exporter");
inline const QString kOtelEndpoint = QStringLiteral("otel-exporter-endpoint");
inline const QString kOtelProtocol = QStringLiteral("otel-exporter-protocol");
inline const QString kLogLevelGlobal = QStringLiteral("log-level");
inline const QString kLogLevel = QStringLiteral("loglevel");
inline const QString kPrettyLog = QStringLiteral("pretty-log");
inline const QString kFullLog = QStringLiteral("full-log");
inline const QString kCompactLog = QStringLiteral("compact-log");
inline const QString kJson = QStringLiteral("json");
inline const QString kJunit = QStringLiteral("junit");
inline const QString kHtml = QStringLiteral("html");
inline const QString kXslt = QStringLiteral("xslt");
inline const QString kNoColour = QStringLiteral("no-colour");
inline const QString kFile = QStringLiteral("file");
inline const QString kDir = QStringLiteral("dir");
inline const QString kUrl = QStringLiteral("url");
inline const QString kBrokerUrl = QStringLiteral("broker-url");
inline const QString kWebhook = QStringLiteral("webhook-callback-url");
inline const QString kIgnoreNoPacts = QStringLiteral("ignore-no-pacts-error");
inline const QString kUser = QStringLiteral("user");
inline const QString kPassword = QStringLiteral("password");
inline const QString kToken = QStringLiteral("token");
inline const QString kHost = QStringLiteral("hostname");
inline const QString kPort = QStringLiteral("port");
inline const QString kTransport = QStringLiteral("transport");
inline const QString kTransports = QStringLiteral("transports");
inline const QString kProviderName = QStringLiteral("provider-name");
inline const QString kBasePath = QStringLiteral("base-path");
inline const QString kTimeout = QStringLiteral("request-timeout");
inline const QString kHeader = QStringLiteral("header");
inline const QString kNoTls = QStringLiteral("disable-ssl-verification");
inline const QString kStateUrl = QStringLiteral("state-change-url");
inline const QString kStateQuery = QStringLiteral("state-change-as-query");
inline const QString kStateTeardown = QStringLiteral("state-change-teardown");
inline const QString kFilterDescription = QStringLiteral("filter-description");
inline const QString kFilterState = QStringLiteral("filter-state");
inline const QString kFilterNoState = QStringLiteral("filter-no-state");
inline const QString kFilterConsumer = QStringLiteral("filter-consumer");
inline const QString kPublish = QStringLiteral("publish");
inline const QString kProviderVersion = QStringLiteral("provider-version");
inline const QString kBuildUrl = QStringLiteral("build-url");
inline const QString kProviderTags = QStringLiteral("provider-tags");
inline const QString kProviderBranch = QStringLiteral("provider-branch");
inline const QString kConsumerTags = QStringLiteral("consumer-version-tags");
inline const QString kSelectors = QStringLiteral("consumer-version-selectors");
inline const QString kPending = QStringLiteral("enable-pending");
inline const QString kWipSince = QStringLiteral("include-wip-pacts-since");
inline const QString kRetries = QStringLiteral("retries");
inline const QString kFirstError = QStringLiteral("exit-on-first-error");
inline const QString kLastFailed = QStringLiteral("last-failed");
// Ours (not in the reference).
inline const QString kFilterKey = QStringLiteral("filter-key");
inline const QString kMaxResponse = QStringLiteral("max-response-size");
inline const QString kBaseUrl = QStringLiteral("provider-base-url");
inline const QString kMessagePath = QStringLiteral("message-path");

} // namespace Pactbench::Cli::VerifyOptionNames
