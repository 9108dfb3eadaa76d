// SPDX-License-Identifier: MIT
// VerifyCommandLine's options: every option of `pact verifier --help` (pact-cli 18.1.2) with its help
// text and variable, then ours. Reading and checking them is in verifyoptions.cpp.
#include "verifyoptions.h"

#include "verifyoptionnames.h"

#include <QCommandLineParser>

namespace Pactbench::Cli {

using namespace VerifyOptionNames;

VerifyCommandLine::VerifyCommandLine(QCommandLineParser &parser)
    : m_parser(parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Verify a provider against pacts, like the reference `pact verifier` 18.1.2: the same options and variables.\n"
        "Exit 0 when every interaction passed (pending ones may fail), 1 when any failed or a pact could not be\n"
        "loaded, 2 on unusable arguments or a report that cannot be written, 3 on a --header without '='."));
    const QString many = QStringLiteral(" (can be repeated)");
    const QString ignored = QStringLiteral(" Accepted; not implemented (a notice says so).");

    option(QStringLiteral("v,version"), QStringLiteral("Print version information and exit."));
    option(kEnableOtel, QStringLiteral("Enable OpenTelemetry tracing.") + ignored);
    option(kEnableOtelLogs, QStringLiteral("Enable OpenTelemetry logging.") + ignored);
    option(kEnableOtelTraces, QStringLiteral("Enable OpenTelemetry traces.") + ignored);
    option(kOtelExporter, QStringLiteral("The OpenTelemetry exporter(s) to use, comma separated (stdout, otlp).") + ignored,
           QStringLiteral("otel-exporter"), "OTEL_TRACES_EXPORTER");
    option(kOtelEndpoint, QStringLiteral("The endpoint to use for the OTLP exporter.") + ignored,
           QStringLiteral("otel-exporter-endpoint"), "OTEL_EXPORTER_OTLP_ENDPOINT");
    option(kOtelProtocol,
           QStringLiteral("The protocol to use for the OTLP exporter: http or http/protobuf (default http).") + ignored,
           QStringLiteral("otel-exporter-protocol"), "OTEL_EXPORTER_OTLP_PROTOCOL");
    option(kLogLevelGlobal,
           QStringLiteral("Log level: off, none, error, warn, info, debug, trace (as -l; the more verbose of the two wins)."),
           QStringLiteral("LEVEL"));

    option(QStringLiteral("l,loglevel"),
           QStringLiteral("Log level on standard error: error, warn (default), info (+ each pact loaded or skipped), "
                          "debug and trace (+ each request sent, as curl), none. Errors are always printed."),
           QStringLiteral("loglevel"));
    option(kPrettyLog, QStringLiteral("Emits excessively pretty, multi-line logs.") + ignored);
    option(kFullLog, QStringLiteral("Emits single-line logs with the span context.") + ignored);
    option(kCompactLog, QStringLiteral("Emit logs optimized for short line lengths.") + ignored);
    option(QStringLiteral("j,json"), QStringLiteral("Generate a JSON report of the verification."),
           QStringLiteral("json-file"), "PACT_VERIFIER_JSON_REPORT");
    option(QStringLiteral("x,junit"), QStringLiteral("Generate a JUnit XML report of the verification."),
           QStringLiteral("junit-file"), "PACT_VERIFIER_JUNIT_REPORT");
    option(kHtml, QStringLiteral("Generate an HTML report of the verification (one self-contained page)."),
           QStringLiteral("html-file"), "PACT_VERIFIER_HTML_REPORT");
    option(kXslt, QStringLiteral("XSLT to use when generating the HTML report (needs --html).") + ignored,
           QStringLiteral("html-file-xslt"));
    option(QStringLiteral("no-colour,no-color"), QStringLiteral("Disables ANSI escape codes in the output."));

    option(QStringLiteral("f,file"), QStringLiteral("Pact file to verify") + many + u'.', QStringLiteral("file"), nullptr, false);
    option(QStringLiteral("d,dir"),
           QStringLiteral("Directory of pact files to verify") + many
               + QStringLiteral(": every file in it; only the pacts whose provider is --provider-name are verified."),
           QStringLiteral("dir"), nullptr, false);
    option(QStringLiteral("u,url"), QStringLiteral("URL of pact file to verify") + many + u'.', QStringLiteral("url"), nullptr, false);
    option(QStringLiteral("b,broker-url"),
           QStringLiteral("URL of the pact broker to fetch pacts from to verify (requires the provider name)."),
           QStringLiteral("broker-url"), "PACT_BROKER_BASE_URL");
    option(kWebhook, QStringLiteral("URL of a Pact to verify via a webhook callback. Requires the broker-url to be set."),
           QStringLiteral("webhook-callback-url"), "PACT_WEBHOOK_CALLBACK_URL");
    option(kIgnoreNoPacts, QStringLiteral("Do not fail if no pacts are found to verify."));

    option(kUser, QStringLiteral("Username to use when fetching pacts from URLs and the broker."), QStringLiteral("user"),
           "PACT_BROKER_USERNAME");
    option(kPassword, QStringLiteral("Password to use when fetching pacts from URLs and the broker."),
           QStringLiteral("password"), "PACT_BROKER_PASSWORD");
    option(QStringLiteral("t,token"), QStringLiteral("Bearer token to use when fetching pacts from URLs and the broker."),
           QStringLiteral("token"), "PACT_BROKER_TOKEN");

    option(QStringLiteral("h,hostname"), QStringLiteral("Provider hostname (defaults to localhost)."),
           QStringLiteral("hostname"), "PACT_PROVIDER_HOSTNAME");
    option(QStringLiteral("p,port"), QStringLiteral("Provider port (defaults to protocol default 80/443)."),
           QStringLiteral("port"), "PACT_PROVIDER_PORT");
    option(QStringLiteral("transport,scheme"), QStringLiteral("Provider protocol transport: http or https (default http)."),
           QStringLiteral("transport"), "PACT_PROVIDER_TRANSPORT");
    option(kTransports,
           QStringLiteral("Transports with their ports, as NAME:PORT[/PATH] separated by spaces, e.g. "
                          "http:8080 message:8080/_pact/message") + many + u'.',
           QStringLiteral("transports"), nullptr, false);
    option(QStringLiteral("n,provider-name"), QStringLiteral("Provider name (defaults to provider)."),
           QStringLiteral("provider-name"), "PACT_PROVIDER_NAME");
    option(kBasePath, QStringLiteral("Base path to add to all requests."), QStringLiteral("base-path"),
           "PACT_PROVIDER_BASE_PATH");
    option(kTimeout,
           QStringLiteral("Timeout of each request to the provider and of each state change call, in milliseconds "
                          "(default 5000)."),
           QStringLiteral("request-timeout"), "PACT_PROVIDER_REQUEST_TIMEOUT");
    option(QStringLiteral("H,header"), QStringLiteral("Header KEY=VALUE added to every request to the provider") + many + u'.',
           QStringLiteral("custom-header"), nullptr, false);
    option(kNoTls,
           QStringLiteral("Do not verify TLS certificates of the provider: its requests, message triggers "
                          "and state-change calls (as the reference verifier). Pact URLs and the broker "
                          "are always verified."));
    option(kBaseUrl, QStringLiteral("Provider base URL (instead of --transport/--hostname/--port/--base-path; ours)."),
           QStringLiteral("url"), nullptr, true, false);
    option(kMessagePath, QStringLiteral("Path of the provider's message endpoint, e.g. /_pact/message (ours)."),
           QStringLiteral("path"), nullptr, true, false);
    option(kMaxResponse,
           QStringLiteral("Largest response body read from the provider, a pact URL or the broker, in "
                          "bytes or with K/M/G (KiB/MiB/GiB; default 64M). Larger ones are errors (ours)."),
           QStringLiteral("size"), nullptr, true, false);

    option(QStringLiteral("s,state-change-url"), QStringLiteral("URL to post state change requests to."),
           QStringLiteral("state-change-url"), "PACT_PROVIDER_STATE_CHANGE_URL");
    option(kStateQuery,
           QStringLiteral("Send the state change data as query parameters instead of in the request body."),
           {}, "PACT_PROVIDER_STATE_CHANGE_AS_QUERY");
    option(kStateTeardown,
           QStringLiteral("Call the state change URL again after each interaction (action teardown)."), {},
           "PACT_PROVIDER_STATE_CHANGE_TEARDOWN");

    option(kFilterDescription, QStringLiteral("Only interactions whose descriptions match this regex."),
           QStringLiteral("filter-description"), "PACT_DESCRIPTION");
    option(kFilterState, QStringLiteral("Only interactions whose provider states match this regex."),
           QStringLiteral("filter-state"), "PACT_PROVIDER_STATE");
    option(kFilterNoState, QStringLiteral("Only interactions without provider states (variable: true or false)."), {},
           "PACT_PROVIDER_NO_STATE");
    option(QStringLiteral("c,filter-consumer"), QStringLiteral("Only pacts of this consumer") + many + u'.',
           QStringLiteral("filter-consumer"), nullptr, false);
    option(kFilterKey, QStringLiteral("Only the interaction with this V4 key (ours)."), QStringLiteral("key"), nullptr,
           true, false);

    option(kPublish, QStringLiteral("Publish the verification results to the broker (needs --broker-url and --provider-version)."));
    option(kProviderVersion, QStringLiteral("Provider version that is being verified; needed to publish."),
           QStringLiteral("provider-version"));
    option(kBuildUrl, QStringLiteral("URL of the build, published with the results."), QStringLiteral("build-url"));
    option(kProviderTags, QStringLiteral("Provider tags to publish with the results (comma-separated)."),
           QStringLiteral("provider-tags"));
    option(kProviderBranch, QStringLiteral("Provider branch, for selectors and publishing."), QStringLiteral("provider-branch"));

    option(kConsumerTags, QStringLiteral("Consumer tags to fetch pacts from the broker by (comma-separated)."),
           QStringLiteral("consumer-version-tags"));
    option(kSelectors, QStringLiteral("Consumer version selector as JSON, e.g. {\"mainBranch\":true}") + many + u'.',
           QStringLiteral("consumer-version-selectors"), nullptr, false);
    option(kPending, QStringLiteral("Enables pending pacts: their failures do not fail the run."));
    option(kWipSince, QStringLiteral("Also verify work-in-progress pacts since this date (YYYY-MM-DD)."),
           QStringLiteral("include-wip-pacts-since"));
    option(kRetries,
           QStringLiteral("Attempts of each request to the broker that fails with 5xx, 408 or 429 or a refused or "
                          "closed connection (0-255, default 8; as the reference, N attempts in all). Waits 1 s, "
                          "then 2, 4 … s (at most 64 s), or what a 429/503 answer's Retry-After asks."),
           QStringLiteral("N"), "PACT_BROKER_HTTP_RETRIES");

    option(kFirstError, QStringLiteral("Stops the verifier at the first failure."));
    option(kLastFailed, QStringLiteral("Only runs the interactions that failed on the previous verifier run."));
}

} // namespace Pactbench::Cli
