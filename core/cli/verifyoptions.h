// SPDX-License-Identifier: MIT
#pragma once

// The options of `pactbench-cli verify`: every option and environment variable of the reference
// `pact verifier` (pact-cli 18.1.2), with its names, its checks and its meaning, plus a few of ours.

#include <core/verifier/brokerverification.h>
#include <core/verifier/pactsource.h>
#include <core/verifier/verificationoptions.h>

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

namespace Pactbench::Cli {

/// How much goes to standard error (-l/--loglevel, --log-level): each level adds to the one before.
enum class LogLevel {
    Off, ///< errors only (they explain the exit code)
    Error, ///< the same as Off: every error is printed anyway
    Warn, ///< + warnings: broker retries, pacts without interactions (the default)
    Info, ///< + each pact loaded, and each folder file skipped for its provider name
    Debug, ///< + for every interaction, the request sent (as curl) and the status received
    Trace, ///< the same as Debug
};

class VerifyCommandLine
{
public:
    /// Adds every option to `parser`.
    explicit VerifyCommandLine(QCommandLineParser &parser);

    /// -v/--version was given.
    bool versionRequested() const;
    /**
     * After parsing: the checks the reference's argument parser makes, on options and on the
     * variables standing in for them (given twice, empty, not a number or level, conflicting
     * options, an option that needs another). False with `problem` set.
     */
    bool check(QString *problem) const;
    /// After check(): fills the options; false with `problem` set when they do not make sense.
    bool read(VerificationOptions *options, PactSources *sources, QString *problem) const;
    /// The broker part (`-b/--broker-url` …); false with `problem` set when it does not make sense.
    /// `broker->connection.baseUrl` stays empty when no broker was given.
    bool readBroker(BrokerVerificationOptions *broker, QString *problem) const;
    /// The exit code for the problem check() or read() reported: 2, or 3 for a `--header` without '='
    /// (as the reference).
    int problemExitCode() const { return m_problemCode; }

    QString jsonFile() const;
    QString junitFile() const;
    QString htmlFile() const;
    /// --webhook-callback-url (or PACT_WEBHOOK_CALLBACK_URL): the one pact to verify, from the broker.
    QString webhookCallbackUrl() const;
    bool lastFailed() const;
    bool noColour() const;
    LogLevel logLevel() const;
    /// One line per option given that we accept but do not implement ("--xslt is accepted but not implemented; ignored").
    QStringList ignoredOptions() const;

    /// The variables the reference reads, each with its option's long name: for --help and the tests.
    static QList<QPair<QString, QString>> environmentVariables();

private:
    struct Spec
    {
        QCommandLineOption option;
        QString env; ///< the variable standing in for the option, or empty
        bool once = true; ///< may be given at most once (the reference's Set and SetTrue actions)
        bool nonEmpty = false; ///< an empty value is refused (the reference's NonEmptyStringValueParser)
    };
    QCommandLineOption option(const QString &names, const QString &help, const QString &value = {},
                              const char *env = nullptr, bool once = true, bool nonEmpty = true);
    const Spec *spec(const QString &name) const;
    /// The option's value from the command line (the last one), else from its variable when that is set.
    std::optional<QString> given(const QString &name) const;
    /// A flag from the command line, else from its variable (PACT_PROVIDER_NO_STATE: "true"/"false";
    /// the state-change ones: false for "", 0, n, no, f, false, off, in any case).
    bool flag(const QString &name) const;
    bool isGiven(const QString &name) const;
    QString display(const QString &name) const;
    bool readProvider(VerificationOptions *options, QString *problem) const;
    bool readMaxResponse(qint64 *bytes, QString *problem) const;
    bool fail(QString *problem, const QString &text, int code = 2) const;

    QCommandLineParser &m_parser;
    QList<Spec> m_specs;
    mutable int m_problemCode = 2;
};

} // namespace Pactbench::Cli
