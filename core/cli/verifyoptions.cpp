// SPDX-License-Identifier: MIT
#include "verifyoptions.h"

#include "verifyoptionnames.h"

#include <core/net/bodyreader.h>
#include <core/net/origin.h>

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Pactbench::Cli {

using namespace VerifyOptionNames;

namespace {

/// The reference's default for --retries (PACT_BROKER_HTTP_RETRIES).
constexpr int DefaultRetries = 8;
/// A test knob: the length of one second of broker retry waits, in ms (BrokerConnection::retrySecondMs).
constexpr const char *RetrySecondVariable = "PACTBENCH_BROKER_RETRY_SECOND_MS";
/// The same for state-change retries (VerificationOptions::retrySecondMs).
constexpr const char *StateRetrySecondVariable = "PACTBENCH_STATE_RETRY_SECOND_MS";

const QStringList kLogLevels{QStringLiteral("error"), QStringLiteral("warn"), QStringLiteral("info"),
                             QStringLiteral("debug"), QStringLiteral("trace"), QStringLiteral("none")};
const QStringList kGlobalLogLevels{QStringLiteral("off"), QStringLiteral("none"), QStringLiteral("error"),
                                   QStringLiteral("warn"), QStringLiteral("info"), QStringLiteral("debug"),
                                   QStringLiteral("trace")};
const QStringList kOtelProtocols{QStringLiteral("http"), QStringLiteral("http/protobuf")};

QStringList commaList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            out.append(part.trimmed());
    }
    return out;
}

/// An unsigned decimal number no larger than `max`.
std::optional<qint64> unsignedValue(const QString &text, qint64 max)
{
    if (text.isEmpty() || text.size() > 18 || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    const qint64 v = text.toLongLong();
    return v <= max ? std::optional<qint64>(v) : std::nullopt;
}

LogLevel levelFrom(const QString &name)
{
    if (name == u"error")
        return LogLevel::Error;
    if (name == u"warn")
        return LogLevel::Warn;
    if (name == u"info")
        return LogLevel::Info;
    if (name == u"debug")
        return LogLevel::Debug;
    if (name == u"trace")
        return LogLevel::Trace;
    return LogLevel::Off; // none, off
}

} // namespace

QCommandLineOption VerifyCommandLine::option(const QString &names, const QString &help, const QString &value,
                                             const char *env, bool once, bool nonEmpty)
{
    QString text = help;
    if (env)
        text += QStringLiteral(" [env: %1]").arg(QLatin1String(env));
    QCommandLineOption o(names.split(u','), text, value);
    m_parser.addOption(o);
    m_specs.append({o, env ? QString::fromLatin1(env) : QString(), once, nonEmpty && !value.isEmpty()});
    return o;
}


QList<QPair<QString, QString>> VerifyCommandLine::environmentVariables()
{
    return {
        {QStringLiteral("OTEL_TRACES_EXPORTER"), kOtelExporter},
        {QStringLiteral("OTEL_EXPORTER_OTLP_ENDPOINT"), kOtelEndpoint},
        {QStringLiteral("OTEL_EXPORTER_OTLP_PROTOCOL"), kOtelProtocol},
        {QStringLiteral("PACT_VERIFIER_JSON_REPORT"), kJson},
        {QStringLiteral("PACT_VERIFIER_JUNIT_REPORT"), kJunit},
        {QStringLiteral("PACT_VERIFIER_HTML_REPORT"), kHtml},
        {QStringLiteral("PACT_BROKER_BASE_URL"), kBrokerUrl},
        {QStringLiteral("PACT_WEBHOOK_CALLBACK_URL"), kWebhook},
        {QStringLiteral("PACT_BROKER_USERNAME"), kUser},
        {QStringLiteral("PACT_BROKER_PASSWORD"), kPassword},
        {QStringLiteral("PACT_BROKER_TOKEN"), kToken},
        {QStringLiteral("PACT_PROVIDER_HOSTNAME"), kHost},
        {QStringLiteral("PACT_PROVIDER_PORT"), kPort},
        {QStringLiteral("PACT_PROVIDER_TRANSPORT"), kTransport},
        {QStringLiteral("PACT_PROVIDER_NAME"), kProviderName},
        {QStringLiteral("PACT_PROVIDER_BASE_PATH"), kBasePath},
        {QStringLiteral("PACT_PROVIDER_REQUEST_TIMEOUT"), kTimeout},
        {QStringLiteral("PACT_PROVIDER_STATE_CHANGE_URL"), kStateUrl},
        {QStringLiteral("PACT_PROVIDER_STATE_CHANGE_AS_QUERY"), kStateQuery},
        {QStringLiteral("PACT_PROVIDER_STATE_CHANGE_TEARDOWN"), kStateTeardown},
        {QStringLiteral("PACT_DESCRIPTION"), kFilterDescription},
        {QStringLiteral("PACT_PROVIDER_STATE"), kFilterState},
        {QStringLiteral("PACT_PROVIDER_NO_STATE"), kFilterNoState},
        {QStringLiteral("PACT_BROKER_HTTP_RETRIES"), kRetries},
    };
}

const VerifyCommandLine::Spec *VerifyCommandLine::spec(const QString &name) const
{
    for (const Spec &s : m_specs) {
        if (s.option.names().contains(name))
            return &s;
    }
    return nullptr;
}

QString VerifyCommandLine::display(const QString &name) const
{
    const Spec *s = spec(name);
    QString longest = name;
    if (s) {
        for (const QString &n : s->option.names()) {
            if (n.size() > longest.size() || longest.size() == 1)
                longest = n;
        }
    }
    return u"--"_qs + longest;
}

std::optional<QString> VerifyCommandLine::given(const QString &name) const
{
    if (m_parser.isSet(name))
        return m_parser.values(name).constLast();
    const Spec *s = spec(name);
    if (s && !s->env.isEmpty() && qEnvironmentVariableIsSet(qPrintable(s->env)))
        return qEnvironmentVariable(qPrintable(s->env));
    return std::nullopt;
}

bool VerifyCommandLine::isGiven(const QString &name) const
{
    const Spec *s = spec(name);
    if (s && s->option.valueName().isEmpty())
        return flag(name);
    return given(name).has_value();
}

bool VerifyCommandLine::flag(const QString &name) const
{
    if (m_parser.isSet(name))
        return true;
    const Spec *s = spec(name);
    if (!s || s->env.isEmpty() || !qEnvironmentVariableIsSet(qPrintable(s->env)))
        return false;
    const QString value = qEnvironmentVariable(qPrintable(s->env));
    if (name == kFilterNoState)
        return value == u"true"; // check() refused anything but true and false
    static const QStringList falsey{QString(), QStringLiteral("0"), QStringLiteral("n"), QStringLiteral("no"),
                                    QStringLiteral("f"), QStringLiteral("false"), QStringLiteral("off")};
    return !falsey.contains(value.trimmed().toLower());
}

bool VerifyCommandLine::fail(QString *problem, const QString &text, int code) const
{
    *problem = text;
    m_problemCode = code;
    return false;
}

bool VerifyCommandLine::versionRequested() const
{
    return m_parser.isSet(kVersion);
}

bool VerifyCommandLine::check(QString *problem) const
{
    // Given twice, or empty: per option, on the command line, then its variable.
    const QStringList seen = m_parser.optionNames();
    for (const Spec &s : m_specs) {
        const QStringList names = s.option.names();
        const auto count = std::count_if(seen.cbegin(), seen.cend(), [&](const QString &n) { return names.contains(n); });
        if (s.once && count > 1)
            return fail(problem, QStringLiteral("the argument '%1' cannot be used multiple times").arg(display(names.constFirst())));
        if (!s.nonEmpty)
            continue;
        if (count > 0) {
            if (m_parser.values(names.constFirst()).contains(QString()))
                return fail(problem, QStringLiteral("a value is required for '%1' but none was supplied").arg(display(names.constFirst())));
        } else if (!s.env.isEmpty() && qEnvironmentVariableIsSet(qPrintable(s.env))
                   && qEnvironmentVariableIsEmpty(qPrintable(s.env))) {
            return fail(problem, QStringLiteral("%1 is set but empty: a value is required for '%2'")
                                     .arg(s.env, display(names.constFirst())));
        }
    }
    const auto source = [this](const QString &name) -> QString {
        const Spec *s = spec(name);
        return m_parser.isSet(name) || !s || s->env.isEmpty() ? display(name) : display(name) + u" (from "_qs + s->env + u')';
    };
    const auto invalid = [&](const QString &name, const QString &value, const QString &why) {
        return fail(problem, QStringLiteral("invalid value '%1' for %2: %3").arg(value, source(name), why));
    };
    // Values: levels, numbers, filters, the no-state variable.
    for (const auto &[name, allowed] : {std::pair{kLogLevel, kLogLevels}, std::pair{kLogLevelGlobal, kGlobalLogLevels},
                                        std::pair{kOtelProtocol, kOtelProtocols}}) {
        const std::optional<QString> v = given(name);
        if (v && !allowed.contains(*v))
            return invalid(name, *v, u"possible values: "_qs + allowed.join(u", "_qs));
    }
    if (const std::optional<QString> v = given(kPort); v && !unsignedValue(*v, 65535))
        return invalid(kPort, *v, QStringLiteral("not a port number (0-65535)"));
    if (const std::optional<QString> v = given(kTimeout); v) {
        const std::optional<qint64> ms = unsignedValue(*v, std::numeric_limits<int>::max());
        if (!ms || *ms == 0)
            return invalid(kTimeout, *v, QStringLiteral("--request-timeout must be a positive number of milliseconds"));
    }
    if (const std::optional<QString> v = given(kRetries); v && !unsignedValue(*v, 255))
        return invalid(kRetries, *v, QStringLiteral("not a number in 0..=255"));
    for (const QString &name : {kFilterDescription, kFilterState}) {
        const std::optional<QString> v = given(name);
        if (v && !QRegularExpression(*v).isValid())
            return invalid(name, *v, QStringLiteral("invalid filter regex: ") + QRegularExpression(*v).errorString());
    }
    if (!m_parser.isSet(kFilterNoState) && qEnvironmentVariableIsSet("PACT_PROVIDER_NO_STATE")) {
        const QString v = qEnvironmentVariable("PACT_PROVIDER_NO_STATE");
        if (v != u"true" && v != u"false")
            return invalid(kFilterNoState, v, QStringLiteral("true or false"));
    }
    for (const QString &json : m_parser.values(kSelectors)) {
        QJsonParseError error;
        QJsonDocument::fromJson(json.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return invalid(kSelectors, json, QStringLiteral("not valid JSON: ") + error.errorString());
    }
    // Where the pacts come from.
    const bool broker = given(kBrokerUrl).has_value();
    if (!m_parser.isSet(kFile) && !m_parser.isSet(kDir) && !m_parser.isSet(kUrl) && !broker)
        return fail(problem, QStringLiteral("no pact to verify: give --file, --dir, --url or --broker-url"));
    // Options that exclude each other.
    const QList<QPair<QString, QString>> conflicts{
        {kUser, kToken}, {kPassword, kToken}, {kFilterState, kFilterNoState}, {kPrettyLog, kCompactLog},
        {kPrettyLog, kFullLog}, {kFullLog, kCompactLog}, {kFirstError, kPublish}, {kLastFailed, kPublish},
        {kWebhook, kFile}, {kWebhook, kDir}, {kWebhook, kUrl}, {kConsumerTags, kSelectors},
    };
    for (const auto &[a, b] : conflicts) {
        if (isGiven(a) && isGiven(b))
            return fail(problem, QStringLiteral("the argument '%1' cannot be used with '%2'").arg(source(a), source(b)));
    }
    // Options that need another.
    if (isGiven(kPublish) && !broker)
        return fail(problem, QStringLiteral("--publish needs --broker-url"));
    if (isGiven(kPublish) && !isGiven(kProviderVersion))
        return fail(problem, QStringLiteral("--publish needs --provider-version"));
    for (const QString &name : {kWebhook, kConsumerTags, kSelectors, kPending, kWipSince}) {
        if (isGiven(name) && !broker)
            return fail(problem, QStringLiteral("%1 needs --broker-url").arg(source(name)));
    }
    if (broker && !isGiven(kProviderName))
        return fail(problem, QStringLiteral("--provider-name is needed to take pacts from a broker"));
    if (isGiven(kXslt) && !isGiven(kHtml))
        return fail(problem, QStringLiteral("--xslt needs --html"));
    return true;
}

bool VerifyCommandLine::readBroker(BrokerVerificationOptions *broker, QString *problem) const
{
    const QString url = given(kBrokerUrl).value_or(QString());
    if (url.isEmpty())
        return true;
    BrokerConnection &c = broker->connection;
    c.baseUrl = QUrl(url, QUrl::StrictMode);
    if (!c.baseUrl.isValid() || c.baseUrl.host().isEmpty())
        return fail(problem, QStringLiteral("--broker-url '%1' is not a URL").arg(Origin::display(url)));
    c.username = given(kUser).value_or(QString());
    c.password = given(kPassword).value_or(QString());
    c.token = given(kToken).value_or(QString());
    c.auth = BrokerConnection::authFor(c.username, c.token);
    // --disable-ssl-verification is about the provider only (as in the reference verifier).
    if (!readMaxResponse(&c.maxResponseBytes, problem))
        return false;
    c.maxAttempts = std::max(1, given(kRetries).value_or(QString::number(DefaultRetries)).toInt());
    if (const std::optional<qint64> second = unsignedValue(qEnvironmentVariable(RetrySecondVariable), 60000))
        c.retrySecondMs = int(*second);
    PactsForVerificationRequest &r = broker->request;
    r.providerName = given(kProviderName).value_or(QString());
    if (r.providerName.isEmpty())
        return fail(problem, QStringLiteral("--provider-name is needed to take pacts from a broker"));
    for (const QString &json : m_parser.values(kSelectors)) {
        ConsumerVersionSelector selector;
        QString error;
        if (!ConsumerVersionSelector::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &selector, &error))
            return fail(problem, QStringLiteral("--consumer-version-selectors '%1': %2").arg(json, error));
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
    if (broker->publish && broker->providerVersion.isEmpty())
        return fail(problem, QStringLiteral("--publish needs --provider-version"));
    return true;
}

bool VerifyCommandLine::readMaxResponse(qint64 *bytes, QString *problem) const
{
    if (!m_parser.isSet(kMaxResponse) || BodyReader::parseBytes(m_parser.value(kMaxResponse), bytes))
        return true;
    return fail(problem, QStringLiteral("--max-response-size '%1' is not a size: give bytes, or a number with K, M or G")
                             .arg(m_parser.value(kMaxResponse)));
}

bool VerifyCommandLine::readProvider(VerificationOptions *options, QString *problem) const
{
    QString scheme = given(kTransport).value_or(QStringLiteral("http"));
    const QString host = given(kHost).value_or(QStringLiteral("localhost"));
    int port = given(kPort) ? given(kPort)->toInt() : -1; // -1: the scheme's own, 80 or 443
    QString basePath = given(kBasePath).value_or(QString());
    QString messagePath = m_parser.value(kMessagePath);
    int messagePort = -1;
    static const QRegularExpression transport(QStringLiteral("^(\\w+):(\\d+)(/\\S*)?$"));
    for (const QString &value : m_parser.values(kTransports)) {
        const QStringList parts = value.split(u' ', Qt::SkipEmptyParts); // "http:8080 message:8081" in one value
        if (parts.isEmpty())
            return fail(problem, QStringLiteral("--transports '%1' is not NAME:PORT[/PATH]").arg(value));
        for (const QString &t : parts) {
            const QRegularExpressionMatch m = transport.match(t);
            if (!m.hasMatch() || !unsignedValue(m.captured(2), 65535))
                return fail(problem, QStringLiteral("--transports '%1' is not NAME:PORT[/PATH]").arg(t));
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
    }
    if (scheme != u"http" && scheme != u"https")
        return fail(problem, QStringLiteral("transport '%1' is not supported (http or https)").arg(scheme));
    QUrl base;
    if (m_parser.isSet(kBaseUrl)) {
        base = QUrl(m_parser.value(kBaseUrl), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty()) {
            return fail(problem, QStringLiteral("--provider-base-url '%1' is not a URL")
                                     .arg(Origin::display(m_parser.value(kBaseUrl))));
        }
    } else {
        base.setScheme(scheme);
        base.setHost(host);
        base.setPort(port);
        base.setPath(basePath);
        if (!base.isValid())
            return fail(problem, QStringLiteral("--hostname '%1' is not a host name").arg(host));
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
    m_problemCode = 2;
    sources->files = m_parser.values(kFile);
    sources->dirs = m_parser.values(kDir);
    sources->urls = m_parser.values(kUrl);
    sources->user = given(kUser).value_or(QString());
    sources->password = given(kPassword).value_or(QString());
    sources->token = given(kToken).value_or(QString());
    sources->dirProvider = given(kProviderName).value_or(QStringLiteral("provider"));
    // --disable-ssl-verification is about the provider only (as in the reference verifier).
    if (!readMaxResponse(&sources->maxBodyBytes, problem))
        return false;
    options->maxResponseBytes = sources->maxBodyBytes;
    if (sources->files.isEmpty() && sources->dirs.isEmpty() && sources->urls.isEmpty() && !given(kBrokerUrl))
        return fail(problem, QStringLiteral("no pact to verify: give --file, --dir, --url or --broker-url"));
    if (!readProvider(options, problem))
        return false;
    if (const std::optional<QString> url = given(kStateUrl)) {
        options->stateChangeUrl = QUrl(*url, QUrl::StrictMode);
        if (!options->stateChangeUrl.isValid() || options->stateChangeUrl.host().isEmpty())
            return fail(problem, QStringLiteral("--state-change-url '%1' is not a URL").arg(Origin::display(*url)));
    }
    options->stateChangeAsQuery = flag(kStateQuery);
    options->stateChangeTeardown = flag(kStateTeardown);
    if (const std::optional<qint64> second = unsignedValue(qEnvironmentVariable(StateRetrySecondVariable), 60000))
        options->retrySecondMs = int(*second);
    for (const QString &h : m_parser.values(kHeader)) {
        const qsizetype eq = h.indexOf(u'=');
        if (eq <= 0) {
            return fail(problem,
                        QStringLiteral("--header '%1' is not KEY=VALUE: custom header values must be in the form "
                                       "KEY=VALUE, where KEY and VALUE contain ASCII characters (32-127) only")
                            .arg(h),
                        3);
        }
        options->customHeaders.append(h.left(eq).trimmed(), h.mid(eq + 1));
    }
    if (const std::optional<QString> ms = given(kTimeout)) {
        options->requestTimeoutMs = ms->toInt();
        if (options->requestTimeoutMs <= 0)
            return fail(problem, QStringLiteral("--request-timeout must be a positive number of milliseconds"));
    }
    options->ignoreTlsErrors = m_parser.isSet(kNoTls);
    options->exitOnFirstError = m_parser.isSet(kFirstError);
    options->providerName = sources->dirProvider;
    options->filter.description = given(kFilterDescription).value_or(QString());
    options->filter.providerState = given(kFilterState).value_or(QString());
    options->filter.noState = flag(kFilterNoState);
    options->filter.key = m_parser.value(kFilterKey);
    const QStringList consumers = commaList(m_parser.values(kFilterConsumer));
    if (!consumers.isEmpty()) {
        QStringList escaped;
        for (const QString &c : consumers)
            escaped.append(QRegularExpression::escape(c));
        options->filter.consumer = QStringLiteral("^(") + escaped.join(u'|') + QStringLiteral(")$");
    }
    for (const QString &regex : {options->filter.description, options->filter.providerState}) {
        if (!QRegularExpression(regex).isValid())
            return fail(problem, QStringLiteral("invalid filter regex '%1'").arg(regex));
    }
    return true;
}

QString VerifyCommandLine::jsonFile() const
{
    return given(kJson).value_or(QString());
}

QString VerifyCommandLine::junitFile() const
{
    return given(kJunit).value_or(QString());
}

QString VerifyCommandLine::htmlFile() const
{
    return given(kHtml).value_or(QString());
}

QString VerifyCommandLine::webhookCallbackUrl() const
{
    return given(kWebhook).value_or(QString());
}

bool VerifyCommandLine::lastFailed() const
{
    return m_parser.isSet(kLastFailed);
}

bool VerifyCommandLine::noColour() const
{
    return m_parser.isSet(kNoColour);
}

LogLevel VerifyCommandLine::logLevel() const
{
    const std::optional<QString> verifier = given(kLogLevel);
    const std::optional<QString> global = given(kLogLevelGlobal);
    if (!verifier && !global)
        return LogLevel::Warn;
    const LogLevel a = verifier ? levelFrom(*verifier) : LogLevel::Off;
    const LogLevel b = global ? levelFrom(*global) : LogLevel::Off;
    return std::max(a, b);
}

QStringList VerifyCommandLine::ignoredOptions() const
{
    QStringList out;
    for (const QString &name : {kEnableOtel, kEnableOtelLogs, kEnableOtelTraces, kOtelExporter, kOtelEndpoint,
                                kOtelProtocol, kPrettyLog, kFullLog, kCompactLog, kXslt}) {
        if (m_parser.isSet(name)) // on the command line: OTEL_* variables alone serve other tools too
            out.append(display(name) + u" is accepted but not implemented; ignored"_qs);
    }
    return out;
}

} // namespace Pactbench::Cli
