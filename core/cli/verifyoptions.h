// SPDX-License-Identifier: MIT
#pragma once

// The options of `pactbench-cli verify`, named as the reference `pact verifier` names them.

#include <core/verifier/brokerverification.h>
#include <core/verifier/pactsource.h>
#include <core/verifier/verificationoptions.h>

#include <QCommandLineOption>

class QCommandLineParser;

namespace Pactbench::Cli {

class VerifyCommandLine
{
public:
    /// Adds every option to `parser`.
    explicit VerifyCommandLine(QCommandLineParser &parser);

    /// After parsing: fills the options; false with `problem` set when they do not make sense.
    bool read(VerificationOptions *options, PactSources *sources, QString *problem) const;
    /// The broker part (`-b/--broker-url` …); false with `problem` set when it does not make sense.
    /// `broker->connection.baseUrl` stays empty when no broker was given.
    bool readBroker(BrokerVerificationOptions *broker, QString *problem) const;
    QString jsonFile() const;
    QString junitFile() const;
    bool lastFailed() const;
    bool noColour() const;

private:
    QCommandLineOption option(const QString &names, const QString &help, const QString &value = {});
    bool readProvider(VerificationOptions *options, QString *problem) const;
    bool readMaxResponse(qint64 *bytes, QString *problem) const;
    QString valueOrEnv(const QCommandLineOption &o, const char *env) const;

    QCommandLineParser &m_parser;
    QList<QCommandLineOption> m_all;
};

} // namespace Pactbench::Cli
