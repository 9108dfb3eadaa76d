// SPDX-License-Identifier: MIT
#pragma once

// The broker connection options `broker` and `diff` share, with their PACT_BROKER_* variables, as
// the reference broker client (pact-broker-client) takes them.

#include <core/broker/brokerconnection.h>

#include <QCommandLineOption>

class QCommandLineParser;

namespace Pactbench::Cli {

/// The option's value when given, else the environment variable's.
QString optionOrEnv(const QCommandLineParser &parser, const QCommandLineOption &option, const char *variable);

struct BrokerOptions
{
    /// `baseUrlHelp`: what the base URL is for in this command.
    explicit BrokerOptions(const QString &baseUrlHelp = QStringLiteral("Broker base URL (PACT_BROKER_BASE_URL)."));

    QCommandLineOption baseUrl;
    QCommandLineOption username;
    QCommandLineOption password;
    QCommandLineOption token;
    QCommandLineOption caFile;
    QCommandLineOption insecure;
    QCommandLineOption timeout;
    QCommandLineOption maxResponse;

    void addTo(QCommandLineParser &parser) const;
    /// The base URL given (option or PACT_BROKER_BASE_URL); empty when none.
    QString baseUrlValue(const QCommandLineParser &parser) const;
    /**
     * Fills `c` from the options and variables: credentials, TLS, timeout, answer size limit (not the
     * base URL). False, with the reason in `problem`, when a value is unusable.
     */
    bool apply(const QCommandLineParser &parser, BrokerConnection *c, QString *problem) const;
};

} // namespace Pactbench::Cli
