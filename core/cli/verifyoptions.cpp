// SPDX-License-Identifier: MIT
#include "verifyoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace Pactbench::Cli {

namespace {

// Option names as the reference verifier spells them (pact_verifier_cli).
const QString kFile = QStringLiteral("file");
const QString kDir = QStringLiteral("dir");
const QString kUrl = QStringLiteral("url");
const QString kUser = QStringLiteral("user");
const QString kPassword = QStringLiteral("password");
const QString kToken = QStringLiteral("token");
const QString kHost = QStringLiteral("hostname");
const QString kPort = QStringLiteral("port");
const QString kTransport = QStringLiteral("transport");
const QString kTransports = QStringLiteral("transports");
const QString kBasePath = QStringLiteral("base-path");
const QString kProviderName = QStringLiteral("provider-name");
const QString kStateUrl = QStringLiteral("state-change-url");
const QString kStateQuery = QStringLiteral("state-change-as-query");
const QString kStateTeardown = QStringLiteral("state-change-teardown");
const QString kFilterDescription = QStringLiteral("filter-description");
const QString kFilterState = QStringLiteral("filter-state");
const QString kFilterNoState = QStringLiteral("filter-no-state");
const QString kFilterConsumer = QStringLiteral("filter-consumer");
const QString kHeader = QStringLiteral("header");
const QString kTimeout = QStringLiteral("request-timeout");
const QString kNoTls = QStringLiteral("disable-ssl-verification");
const QString kJson = QStringLiteral("json");
const QString kJunit = QStringLiteral("junit");
const QString kLastFailed = QStringLiteral("last-failed");
const QString kFirstError = QStringLiteral("exit-on-first-error");
const QString kNoColour = QStringLiteral("no-colour");
const QString kBaseUrl = QStringLiteral("provider-base-url");
const QString kMessagePath = QStringLiteral("message-path");

} // namespace

QCommandLineOption VerifyCommandLine::option(const QString &names, const QString &help, const QString &value)
{
    QCommandLineOption o(names.split(u','), help, value);
    m_parser.addOption(o);
    m_all.append(o);
    return o;
}

VerifyCommandLine::VerifyCommandLine(QCommandLineParser &parser)
    : m_parser(parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Verify a provider against pacts, like the reference `pact verifier` (same options).\n"
        "Exit 0 when every interaction passed (pending ones may fail), 1 when any failed, 2 on unusable arguments."));
    option(QStringLiteral("f,file"), QStringLiteral("Pact file to verify (repeatable)."), QStringLiteral("file"));
    option(QStringLiteral("d,dir"), QStringLiteral("Folder of pact files to verify (repeatable)."), QStringLiteral("dir"));
    option(QStringLiteral("u,url"), QStringLiteral("URL of a pact to verify (repeatable)."), QStringLiteral("url"));
    option(kUser, QStringLiteral("Username for URL basic auth."), QStringLiteral("user"));
    option(kPassword, QStringLiteral("Password for URL basic auth."), QStringLiteral("password"));
    option(QStringLiteral("t,token"), QStringLiteral("Bearer token for URLs."), QStringLiteral("token"));
    option(QStringLiteral("h,hostname"), QStringLiteral("Provider host (default localhost)."), QStringLiteral("hostname"));
    option(QStringLiteral("p,port"), QStringLiteral("Provider port (default 8080)."), QStringLiteral("port"));
    option(kTransport, QStringLiteral("Protocol of the provider: http or https (default http)."), QStringLiteral("transport"));
    option(kTransports, QStringLiteral("Transports as NAME:PORT[/PATH], e.g. http:8080 message:8080/_pact/message (repeatable)."),
           QStringLiteral("transports"));
    option(kBasePath, QStringLiteral("Base path prefixed to every request path."), QStringLiteral("base-path"));
    option(QStringLiteral("n,provider-name"), QStringLiteral("Provider name (for the broker and reports)."), QStringLiteral("name"));
    option(QStringLiteral("s,state-change-url"), QStringLiteral("URL that sets up provider states."), QStringLiteral("url"));
    option(kStateQuery, QStringLiteral("Send the state as query parameters instead of a JSON body."));
    option(kStateTeardown, QStringLiteral("Call the state-change URL again after each interaction (action teardown)."));
    option(kFilterDescription, QStringLiteral("Only interactions whose description matches this regex (env PACT_DESCRIPTION)."),
           QStringLiteral("regex"));
    option(kFilterState, QStringLiteral("Only interactions with a provider state matching this regex (env PACT_PROVIDER_STATE)."),
           QStringLiteral("regex"));
    option(kFilterNoState, QStringLiteral("Only interactions without provider states (env PACT_PROVIDER_NO_STATE)."));
    option(QStringLiteral("c,filter-consumer"), QStringLiteral("Only pacts of this consumer (repeatable)."), QStringLiteral("consumer"));
    option(QStringLiteral("H,header"), QStringLiteral("Header KEY=VALUE added to every request (repeatable)."), QStringLiteral("header"));
    option(kTimeout, QStringLiteral("Timeout of each request in milliseconds (default 5000)."), QStringLiteral("ms"));
    option(kNoTls, QStringLiteral("Do not verify the provider's TLS certificate."));
    option(QStringLiteral("j,json"), QStringLiteral("Write the JSON report here."), QStringLiteral("file"));
    option(QStringLiteral("x,junit"), QStringLiteral("Write a JUnit XML report here."), QStringLiteral("file"));
    option(kLastFailed, QStringLiteral("Only the interactions that failed last time."));
    option(kFirstError, QStringLiteral("Stop at the first failing interaction."));
    option(kNoColour, QStringLiteral("No ANSI colours in the output."));
    option(kBaseUrl, QStringLiteral("Provider base URL (instead of --transport/--hostname/--port/--base-path)."), QStringLiteral("url"));
    option(kMessagePath, QStringLiteral("Path of the provider's message endpoint, e.g. /_pact/message."), QStringLiteral("path"));
}

QString VerifyCommandLine::valueOrEnv(const QCommandLineOption &o, const char *env) const
{
    if (m_parser.isSet(o))
        return m_parser.value(o);
    return QString::fromLocal8Bit(qgetenv(env));
}

bool VerifyCommandLine::readProvider(VerificationOptions *options, QString *problem) const
{
    QString scheme = m_parser.isSet(kTransport) ? m_parser.value(kTransport) : QStringLiteral("http");
    const QString host = m_parser.isSet(kHost) ? m_parser.value(kHost) : QStringLiteral("localhost");
    int port = m_parser.isSet(kPort) ? m_parser.value(kPort).toInt() : 8080;
    QString basePath = m_parser.value(kBasePath);
    QString messagePath = m_parser.value(kMessagePath);
    int messagePort = -1;
    static const QRegularExpression transport(QStringLiteral("^(\\w+):(\\d+)(/.*)?$"));
    for (const QString &t : m_parser.values(kTransports)) {
        const QRegularExpressionMatch m = transport.match(t);
        if (!m.hasMatch()) {
            *problem = QStringLiteral("--transports '%1' is not NAME:PORT[/PATH]").arg(t);
            return false;
        }
        if (m.captured(1) == u"message") {
            messagePort = m.captured(2).toInt();
            messagePath = m.captured(3);
        } else {
            scheme = m.captured(1);
            port = m.captured(2).toInt();
            if (!m.captured(3).isEmpty())
                basePath = m.captured(3);
        }
    }
    if (scheme != u"http" && scheme != u"https") {
        *problem = QStringLiteral("transport '%1' is not supported (http or https)").arg(scheme);
        return false;
    }
    if (port <= 0 || port > 65535) {
        *problem = QStringLiteral("--port must be 1–65535");
        return false;
    }
    QUrl base;
    if (m_parser.isSet(kBaseUrl)) {
        base = QUrl(m_parser.value(kBaseUrl), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty()) {
            *problem = QStringLiteral("--provider-base-url '%1' is not a URL").arg(m_parser.value(kBaseUrl));
            return false;
        }
    } else {
        base.setScheme(scheme);
        base.setHost(host);
        base.setPort(port);
        base.setPath(basePath);
    }
    options->providerBaseUrl = base;
    if (messagePort > 0 || !messagePath.isEmpty()) {
        QUrl message = base;
        if (messagePort > 0) {
            message.setScheme(QStringLiteral("http"));
            message.setPort(messagePort);
        }
        message.setPath(messagePath.isEmpty() ? QStringLiteral("/") : messagePath);
        options->messageUrl = message;
    }
    return true;
}

bool VerifyCommandLine::read(VerificationOptions *options, PactSources *sources, QString *problem) const
{
    sources->files = m_parser.values(kFile);
    sources->dirs = m_parser.values(kDir);
    sources->urls = m_parser.values(kUrl);
    sources->user = m_parser.value(kUser);
    sources->password = m_parser.value(kPassword);
    sources->token = m_parser.value(kToken);
    sources->ignoreTlsErrors = m_parser.isSet(kNoTls);
    if (sources->files.isEmpty() && sources->dirs.isEmpty() && sources->urls.isEmpty()) {
        *problem = QStringLiteral("no pact to verify: give --file, --dir or --url");
        return false;
    }
    if (!readProvider(options, problem))
        return false;
    if (m_parser.isSet(kStateUrl)) {
        options->stateChangeUrl = QUrl(m_parser.value(kStateUrl), QUrl::StrictMode);
        if (!options->stateChangeUrl.isValid() || options->stateChangeUrl.host().isEmpty()) {
            *problem = QStringLiteral("--state-change-url '%1' is not a URL").arg(m_parser.value(kStateUrl));
            return false;
        }
    }
    options->stateChangeAsQuery = m_parser.isSet(kStateQuery);
    options->stateChangeTeardown = m_parser.isSet(kStateTeardown);
    for (const QString &h : m_parser.values(kHeader)) {
        const qsizetype eq = h.indexOf(u'=');
        if (eq <= 0) {
            *problem = QStringLiteral("--header '%1' is not KEY=VALUE").arg(h);
            return false;
        }
        options->customHeaders.append(h.left(eq).trimmed(), h.mid(eq + 1));
    }
    if (m_parser.isSet(kTimeout)) {
        bool ok = false;
        options->requestTimeoutMs = m_parser.value(kTimeout).toInt(&ok);
        if (!ok || options->requestTimeoutMs <= 0) {
            *problem = QStringLiteral("--request-timeout must be a positive number of milliseconds");
            return false;
        }
    }
    options->ignoreTlsErrors = m_parser.isSet(kNoTls);
    options->exitOnFirstError = m_parser.isSet(kFirstError);
    options->providerName = m_parser.value(kProviderName);
    options->filter.description = valueOrEnv(QCommandLineOption(kFilterDescription), "PACT_DESCRIPTION");
    options->filter.providerState = valueOrEnv(QCommandLineOption(kFilterState), "PACT_PROVIDER_STATE");
    options->filter.noState = m_parser.isSet(kFilterNoState) || qEnvironmentVariableIsSet("PACT_PROVIDER_NO_STATE");
    const QStringList consumers = m_parser.values(QStringLiteral("filter-consumer"));
    if (!consumers.isEmpty()) {
        QStringList escaped;
        for (const QString &c : consumers)
            escaped.append(QRegularExpression::escape(c));
        options->filter.consumer = QStringLiteral("^(") + escaped.join(u'|') + QStringLiteral(")$");
    }
    for (const QString &regex : {options->filter.description, options->filter.providerState}) {
        if (!QRegularExpression(regex).isValid()) {
            *problem = QStringLiteral("invalid filter regex '%1'").arg(regex);
            return false;
        }
    }
    return true;
}

QString VerifyCommandLine::jsonFile() const
{
    return m_parser.value(kJson);
}

QString VerifyCommandLine::junitFile() const
{
    return m_parser.value(kJunit);
}

bool VerifyCommandLine::lastFailed() const
{
    return m_parser.isSet(kLastFailed);
}

bool VerifyCommandLine::noColour() const
{
    return m_parser.isSet(kNoColour);
}

} // namespace Pactbench::Cli
