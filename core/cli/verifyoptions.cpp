// SPDX-License-Identifier: MIT
#include "verifyoptions.h"

#include <core/net/bodyreader.h>
#include <core/net/origin.h>

#include <QCommandLineParser>
#include <QJsonDocument>
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
const QString kFilterKey = QStringLiteral("filter-key");
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
const QString kBrokerUrl = QStringLiteral("broker-url");
const QString kSelectors = QStringLiteral("consumer-version-selectors");
const QString kConsumerTags = QStringLiteral("consumer-version-tags");
const QString kPending = QStringLiteral("enable-pending");
const QString kWipSince = QStringLiteral("include-wip-pacts-since");
const QString kPublish = QStringLiteral("publish");
const QString kProviderVersion = QStringLiteral("provider-version");
const QString kProviderBranch = QStringLiteral("provider-branch");
const QString kProviderTags = QStringLiteral("provider-tags");
const QString kBuildUrl = QStringLiteral("build-url");
const QString kIgnoreNoPacts = QStringLiteral("ignore-no-pacts-error");
const QString kMaxResponse = QStringLiteral("max-response-size");

QStringList commaList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            out.append(part.trimmed());
    }
    return out;
}

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
    option(kFilterKey, QStringLiteral("Only the interaction with this V4 key (ours; not in the reference)."), QStringLiteral("key"));
    option(QStringLiteral("H,header"), QStringLiteral("Header KEY=VALUE added to every request (repeatable)."), QStringLiteral("header"));
    option(kTimeout, QStringLiteral("Timeout of each request in milliseconds (default 5000)."), QStringLiteral("ms"));
    option(kNoTls,
        QStringLiteral("Do not verify TLS certificates of the provider: its requests, message triggers "
                       "and state-change calls (as the reference verifier). Pact URLs and the broker "
                       "are always verified."));
    option(kMaxResponse,
        QStringLiteral("Largest response body read from the provider, a pact URL or the broker, in "
                       "bytes or with K/M/G (KiB/MiB/GiB; default 64M). Larger ones are errors."),
        QStringLiteral("size"));
    option(QStringLiteral("j,json"), QStringLiteral("Write the JSON report here."), QStringLiteral("file"));
    option(QStringLiteral("x,junit"), QStringLiteral("Write a JUnit XML report here."), QStringLiteral("file"));
    option(kLastFailed, QStringLiteral("Only the interactions that failed last time."));
    option(kFirstError, QStringLiteral("Stop at the first failing interaction."));
    option(kNoColour, QStringLiteral("No ANSI colours in the output."));
    option(kBaseUrl, QStringLiteral("Provider base URL (instead of --transport/--hostname/--port/--base-path)."), QStringLiteral("url"));
    option(kMessagePath, QStringLiteral("Path of the provider's message endpoint, e.g. /_pact/message."), QStringLiteral("path"));
    option(QStringLiteral("b,broker-url"), QStringLiteral("Pact Broker to take the pacts from (env PACT_BROKER_BASE_URL); "
                                                          "--user/--password/--token (env PACT_BROKER_USERNAME, "
                                                          "PACT_BROKER_PASSWORD, PACT_BROKER_TOKEN) authenticate."),
           QStringLiteral("url"));
    option(kSelectors, QStringLiteral("Consumer version selector as JSON, e.g. {\"mainBranch\":true} (repeatable)."),
           QStringLiteral("json"));
    option(kConsumerTags, QStringLiteral("Consumer version tags (comma-separated; legacy selectors)."), QStringLiteral("tags"));
    option(kPending, QStringLiteral("Ask the broker which pacts are pending; their failures do not fail the run."));
    option(kWipSince, QStringLiteral("Also verify work-in-progress pacts since this date (YYYY-MM-DD)."), QStringLiteral("date"));
    option(kPublish, QStringLiteral("Publish the verification results to the broker."));
    option(kProviderVersion, QStringLiteral("Provider version, for publishing."), QStringLiteral("version"));
    option(kProviderBranch, QStringLiteral("Provider branch, for selectors and publishing."), QStringLiteral("branch"));
    option(kProviderTags, QStringLiteral("Provider tags (comma-separated), for publishing."), QStringLiteral("tags"));
    option(kBuildUrl, QStringLiteral("URL of the CI build, published with the results."), QStringLiteral("url"));
    option(kIgnoreNoPacts, QStringLiteral("Do not fail when the broker has no pacts to verify."));
}

bool VerifyCommandLine::readBroker(BrokerVerificationOptions *broker, QString *problem) const
{
    const QString url = valueOrEnv(QCommandLineOption(kBrokerUrl), "PACT_BROKER_BASE_URL");
    if (url.isEmpty())
        return true;
    BrokerConnection &c = broker->connection;
    c.baseUrl = QUrl(url, QUrl::StrictMode);
    if (!c.baseUrl.isValid() || c.baseUrl.host().isEmpty()) {
        *problem = QStringLiteral("--broker-url '%1' is not a URL").arg(Origin::display(url));
        return false;
    }
    c.username = valueOrEnv(QCommandLineOption(kUser), "PACT_BROKER_USERNAME");
    c.password = valueOrEnv(QCommandLineOption(kPassword), "PACT_BROKER_PASSWORD");
    c.token = valueOrEnv(QCommandLineOption(kToken), "PACT_BROKER_TOKEN");
    c.auth = BrokerConnection::authFor(c.username, c.token);
    // --disable-ssl-verification is about the provider only (as in the reference verifier).
    if (!readMaxResponse(&c.maxResponseBytes, problem))
        return false;
    PactsForVerificationRequest &r = broker->request;
    r.providerName = m_parser.value(kProviderName);
    if (r.providerName.isEmpty()) {
        *problem = QStringLiteral("--provider-name is needed to take pacts from a broker");
        return false;
    }
    for (const QString &json : m_parser.values(kSelectors)) {
        ConsumerVersionSelector selector;
        QString error;
        if (!ConsumerVersionSelector::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &selector, &error)) {
            *problem = QStringLiteral("--consumer-version-selectors '%1': %2").arg(json, error);
            return false;
        }
        r.consumerVersionSelectors.append(selector);
    }
    for (const QString &tag : commaList(m_parser.values(kConsumerTags)))
        r.consumerVersionSelectors.append(ConsumerVersionSelector::tagSelector(tag));
    r.includePendingStatus = m_parser.isSet(kPending);
    r.includeWipPactsSince = m_parser.value(kWipSince);
    r.providerVersionBranch = m_parser.value(kProviderBranch);
    r.providerVersionTags = commaList(m_parser.values(kProviderTags));
    broker->publish = m_parser.isSet(kPublish);
    broker->providerVersion = m_parser.value(kProviderVersion);
    broker->providerBranch = r.providerVersionBranch;
    broker->providerTags = r.providerVersionTags;
    broker->buildUrl = m_parser.value(kBuildUrl);
    broker->ignoreNoPacts = m_parser.isSet(kIgnoreNoPacts);
    if (broker->publish && broker->providerVersion.isEmpty()) {
        *problem = QStringLiteral("--publish needs --provider-version");
        return false;
    }
    return true;
}

bool VerifyCommandLine::readMaxResponse(qint64 *bytes, QString *problem) const
{
    if (!m_parser.isSet(kMaxResponse) || BodyReader::parseBytes(m_parser.value(kMaxResponse), bytes))
        return true;
    *problem = QStringLiteral("--max-response-size '%1' is not a size: give bytes, or a number with K, M or G")
                   .arg(m_parser.value(kMaxResponse));
    return false;
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
            *problem = QStringLiteral("--provider-base-url '%1' is not a URL")
                           .arg(Origin::display(m_parser.value(kBaseUrl)));
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
    // --disable-ssl-verification is about the provider only (as in the reference verifier).
    if (!readMaxResponse(&sources->maxBodyBytes, problem))
        return false;
    options->maxResponseBytes = sources->maxBodyBytes;
    const bool broker = m_parser.isSet(kBrokerUrl) || qEnvironmentVariableIsSet("PACT_BROKER_BASE_URL");
    if (sources->files.isEmpty() && sources->dirs.isEmpty() && sources->urls.isEmpty() && !broker) {
        *problem = QStringLiteral("no pact to verify: give --file, --dir, --url or --broker-url");
        return false;
    }
    if (!readProvider(options, problem))
        return false;
    if (m_parser.isSet(kStateUrl)) {
        options->stateChangeUrl = QUrl(m_parser.value(kStateUrl), QUrl::StrictMode);
        if (!options->stateChangeUrl.isValid() || options->stateChangeUrl.host().isEmpty()) {
            *problem = QStringLiteral("--state-change-url '%1' is not a URL")
                           .arg(Origin::display(m_parser.value(kStateUrl)));
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
    options->filter.key = m_parser.value(kFilterKey);
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
