// SPDX-License-Identifier: MIT
#include "verifier.h"

#include "messagetrigger.h"
#include "providerclient.h"
#include "statechange.h"

#include <core/matching/departures.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace Pactbench {

Verifier::Verifier(const VerificationEngine *engine, QObject *parent)
    : QObject(parent), m_engine(engine), m_client(new ProviderClient(this))
{
    m_comparisons.setMaxThreadCount(1);
    qRegisterMetaType<Pactbench::InteractionResult>();
    qRegisterMetaType<Pactbench::VerificationSummary>();
}

Verifier::~Verifier()
{
    ++m_generation; // a comparison still running posts to a receiver about to go: its event is dropped
    m_comparisons.waitForDone();
    delete m_states;
}

void Verifier::setOptions(const VerificationOptions &options)
{
    m_options = options;
    m_client->setTimeoutMs(options.requestTimeoutMs);
    m_client->setIgnoreTlsErrors(options.ignoreTlsErrors);
    m_client->setMaxBodyBytes(options.maxResponseBytes);
    delete m_states;
    m_states = new StateChangeRunner(m_client, m_options);
}

/// What `i` expects of the provider's answer: status, headers and body, or a message's metadata and contents.
static ExpectedAnswer expectedAnswerOf(const Interaction &i)
{
    ExpectedAnswer out;
    const auto bodyOf = [&out](const Body &body, const QString &contentType) {
        out.body = body.isPresent() ? body.content() : QByteArray();
        out.bodyIsJson = body.isPresent() && contentKindOf(contentType) == ContentKind::Json;
    };
    if (i.kind == InteractionKind::SynchronousHttp) {
        out.status = i.response.status;
        for (const QString &name : i.response.headers.names())
            out.headers.append({name, i.response.headers.values(name).join(QStringLiteral(", "))});
        bodyOf(i.response.body, i.response.effectiveContentType());
        return out;
    }
    static const MessageContents none;
    const MessageContents &m = i.kind == InteractionKind::SynchronousMessages
        ? (i.messageResponses.isEmpty() ? none : i.messageResponses.constFirst())
        : i.message;
    for (auto it = m.metadata.begin(); it != m.metadata.end(); ++it) {
        const QJsonValue v = it.value();
        const QByteArray text = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
            : v.isArray()                    ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        out.metadata.append({it.key(), QString::fromUtf8(text)});
    }
    bodyOf(m.contents, m.effectiveContentType());
    return out;
}

static bool matches(const QString &pattern, const QString &text)
{
    return pattern.isEmpty() || QRegularExpression(pattern).match(text).hasMatch();
}

static bool refersTo(const InteractionRef &ref, const Interaction &i)
{
    if (!ref.key.isEmpty() && !i.key.isEmpty())
        return ref.key == i.key;
    return ref.description == i.description && (!ref.statesKnown || ref.providerStates == i.providerStateNames());
}

bool Verifier::accepts(const VerificationFilter &f, const Pact &pact, const Interaction &i)
{
    if (!matches(f.description, i.description) || !matches(f.consumer, pact.consumer.name))
        return false;
    if (f.noState && !i.providerStates.isEmpty())
        return false;
    if (!f.providerState.isEmpty()) {
        const QStringList names = i.providerStateNames();
        if (std::none_of(names.begin(), names.end(), [&](const QString &n) { return matches(f.providerState, n); }))
            return false;
    }
    if (!f.key.isEmpty() && i.key != f.key)
        return false;
    return f.onlyInteractions.isEmpty()
        || std::any_of(f.onlyInteractions.begin(), f.onlyInteractions.end(),
            [&](const InteractionRef &ref) { return refersTo(ref, i); });
}

bool Verifier::selects(const VerificationFilter &f, const Pact &pact, int index)
{
    if (index < 0 || index >= pact.interactions.size())
        return false;
    if (!f.interactionIndexes.isEmpty() && !f.interactionIndexes.contains(index))
        return false;
    return accepts(f, pact, pact.interactions.at(index));
}

void Verifier::start(const QList<VerificationTarget> &targets)
{
    if (!m_states)
        setOptions(m_options);
    ++m_generation;
    m_targets = targets;
    m_results.clear();
    m_queue.clear();
    m_cancelled = false;
    m_running = true;
    for (int p = 0; p < targets.size(); ++p) {
        const Pact &pact = targets.at(p).pact;
        for (int i = 0; i < pact.interactions.size(); ++i) {
            if (selects(m_options.filter, pact, i))
                m_queue.append({ p, i });
        }
    }
    m_runTimer.start();
    // Start from the event loop so callers can connect first and start() never re-enters them.
    QTimer::singleShot(0, this, [this, g = m_generation] {
        if (g == m_generation)
            runNext();
    });
}

void Verifier::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    ++m_generation;
    if (m_states)
        m_states->cancel();
    m_client->cancelAll();
    finishRun();
}

const Interaction &Verifier::interactionOf(const InteractionResult &r) const
{
    return m_targets.at(r.pactIndex).pact.interactions.at(r.interactionIndex);
}

SpecVersion Verifier::versionOf(const InteractionResult &r) const
{
    return effectiveVersion(m_targets.at(r.pactIndex).pact.specVersion);
}

void Verifier::runNext()
{
    if (m_queue.isEmpty() || m_cancelled) {
        finishRun();
        return;
    }
    const Item item = m_queue.takeFirst();
    const VerificationTarget &target = m_targets.at(item.pact);
    const Interaction &i = target.pact.interactions.at(item.interaction);
    InteractionResult r;
    r.pactIndex = item.pact;
    r.interactionIndex = item.interaction;
    r.consumer = target.pact.consumer.name;
    r.provider = target.pact.provider.name;
    r.description = i.description;
    r.key = i.key;
    r.kind = i.kind;
    r.providerStates = i.providerStateNames();
    const QJsonValue text = i.comments.value(u"text");
    if (text.isString())
        r.comments.append(text.toString());
    for (const QJsonValue &c : text.toArray())
        r.comments.append(c.toString());
    r.testName = i.comments.value(u"testname").toString();
    r.pending = i.pending || target.pending;
    r.expected = expectedAnswerOf(i);
    m_interactionTimer.start();
    Q_EMIT interactionStarted(item.pact, item.interaction, i.description);
    if (i.kind == InteractionKind::Unsupported) {
        r.outcome = InteractionOutcome::Skipped;
        r.errors.append(QStringLiteral("interaction of an unknown type: not verified"));
        finishInteraction(r);
        return;
    }
    m_states->run(i.providerStates, QStringLiteral("setup"),
        [this, r, g = m_generation](QList<StateCall> calls, bool ok, QJsonObject values) {
            if (g == m_generation)
                afterSetup(r, calls, ok, values);
        });
}

void Verifier::afterSetup(InteractionResult r, QList<StateCall> calls, bool ok, const QJsonObject &values)
{
    r.stateCalls = calls;
    for (const StateCall &c : calls) {
        if (c.skipped)
            r.errors.append(c.error + QStringLiteral(" (state '%1')").arg(c.state));
    }
    if (!ok) {
        r.outcome = InteractionOutcome::Error;
        if (!calls.isEmpty())
            r.errors.append(calls.constLast().error);
        r.errors.append(QStringLiteral("One or more of the setup state change handlers has failed")); // the reference's words
        finishInteraction(r);
        return;
    }
    if (r.kind == InteractionKind::SynchronousHttp)
        sendHttp(r, values);
    else
        sendMessage(r);
}

void Verifier::sendHttp(InteractionResult r, const QJsonObject &stateValues)
{
    const HttpRequest request = m_engine->prepareRequest(interactionOf(r), stateValues, versionOf(r));
    Headers headers = request.headers;
    for (const QString &name : m_options.customHeaders.names())
        headers.set(name, m_options.customHeaders.values(name));
    const QUrl url = ProviderClient::requestUrl(m_options.providerBaseUrl, request.path, request.query);
    m_client->send(
        request.method, url, headers, request.body.content(), [this, r, g = m_generation](const HttpExchange &e) {
            if (g == m_generation)
                compareHttp(r, e);
        });
}

void Verifier::compareHttp(InteractionResult r, const HttpExchange &exchange)
{
    r.exchange = exchange;
    if (!exchange.ok()) {
        r.outcome = InteractionOutcome::Error;
        r.errors.append(QStringLiteral("Request failed: ") + exchange.error);
        teardown(r);
        return;
    }
    noteContentEncoding(r);
    HttpResponse actual;
    actual.status = exchange.status;
    actual.headers = exchange.responseHeaders;
    actual.body = Body::fromBytes(exchange.responseBody, {});
    if (exchange.responseBody.isEmpty())
        actual.body.state = Body::State::Empty;
    compareInBackground(r, [engine = m_engine, expected = interactionOf(r).response, actual, v = versionOf(r)] {
        return engine->compareResponse(expected, actual, v);
    });
}

/// The reference drops Content-Encoding from an answer it decoded: a pact expecting the header fails there.
void Verifier::noteContentEncoding(InteractionResult &r)
{
    const QString encoding = r.exchange.responseHeaders.value(QStringLiteral("Content-Encoding")).trimmed().toLower();
    if (encoding != u"gzip" && encoding != u"deflate")
        return;
    for (const auto &[name, value] : std::as_const(r.expected.headers)) {
        if (name.compare(u"Content-Encoding", Qt::CaseInsensitive) == 0) {
            r.departures.append(QStringLiteral("header 'Content-Encoding': the answer came %1-encoded and was decoded "
                                               "for comparing; the reference verifier (%2) then drops Content-Encoding "
                                               "and fails a pact that expects it, we keep the header as received")
                                    .arg(encoding, QLatin1String(kReferenceVerifier)));
        }
    }
}

void Verifier::compareInBackground(InteractionResult r, std::function<QList<VerifierMismatch>()> compare)
{
    m_comparisons.start([this, g = m_generation, r, compare]() mutable {
        DepartureLog departures;
        const QList<VerifierMismatch> mismatches = compare();
        r.departures.append(departures.take());
        // `this` outlives the call: the destructor waits for the pool.
        QMetaObject::invokeMethod(
            this,
            [this, g, r, mismatches]() mutable {
                if (g != m_generation)
                    return;
                r.mismatches = mismatches;
                r.outcome = r.mismatches.isEmpty() ? InteractionOutcome::Passed : InteractionOutcome::Failed;
                teardown(r);
            },
            Qt::QueuedConnection);
    });
}

void Verifier::sendMessage(InteractionResult r)
{
    const Interaction &i = interactionOf(r);
    const QUrl url = m_options.messageUrl.isEmpty() ? m_options.providerBaseUrl : m_options.messageUrl;
    Headers headers = m_options.customHeaders;
    MessageTrigger::send(m_client, url, i, headers, [this, r, g = m_generation](const HttpExchange &e) {
        if (g == m_generation)
            compareMessage(r, e);
    });
}

void Verifier::compareMessage(InteractionResult r, const HttpExchange &exchange)
{
    r.exchange = exchange;
    if (!exchange.ok() || exchange.status < 200 || exchange.status >= 300) {
        r.outcome = InteractionOutcome::Error;
        QString error = exchange.ok() ? QStringLiteral("The message endpoint answered %1").arg(exchange.status)
                                      : QStringLiteral("Request failed: ") + exchange.error;
        if (m_options.messageUrl.isEmpty()) {
            // Most often the cause: the trigger went to the provider's base URL for want of a message path.
            error += QStringLiteral(". No message path is set, so the trigger went to the provider's base URL %1: "
                                    "set it with --transports message:PORT/PATH (pactbench-cli verify) or the "
                                    "Verification panel's Message path")
                         .arg(m_options.providerBaseUrl.toString());
        }
        r.errors.append(error);
        teardown(r);
        return;
    }
    const Interaction &i = interactionOf(r);
    const MessageContents actual = MessageTrigger::messageFrom(exchange, &r.errors);
    r.messageMetadata = actual.metadata;
    const MessageContents *expected = &i.message;
    if (i.kind == InteractionKind::SynchronousMessages) {
        if (i.messageResponses.size() > 1)
            r.errors.append(
                QStringLiteral("only the first of %1 expected responses is compared").arg(i.messageResponses.size()));
        static const MessageContents none;
        expected = i.messageResponses.isEmpty() ? &none : &i.messageResponses.constFirst();
    }
    compareInBackground(r, [engine = m_engine, expected = *expected, actual, v = versionOf(r)] {
        return engine->compareMessage(expected, actual, v);
    });
}

void Verifier::teardown(InteractionResult r)
{
    if (!m_options.stateChangeTeardown || m_options.stateChangeUrl.isEmpty()) {
        finishInteraction(r);
        return;
    }
    m_states->run(interactionOf(r).providerStates, QStringLiteral("teardown"),
        [this, r, g = m_generation](QList<StateCall> calls, bool ok, const QJsonObject &) mutable {
            if (g != m_generation)
                return;
            r.stateCalls.append(calls);
            if (!ok)
                r.errors.append(QStringLiteral("Teardown failed: ") + calls.constLast().error);
            finishInteraction(r);
        });
}

void Verifier::finishInteraction(InteractionResult r)
{
    r.durationMs = m_interactionTimer.elapsed();
    m_results.append(r);
    Q_EMIT interactionFinished(r);
    if (m_options.exitOnFirstError && r.failsRun()) {
        m_queue.clear();
    }
    // Continue from the event loop: a long pact never grows the stack.
    QTimer::singleShot(0, this, [this, g = m_generation] {
        if (g == m_generation)
            runNext();
    });
}

void Verifier::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    VerificationSummary s;
    s.count(m_results);
    for (const VerificationTarget &t : std::as_const(m_targets))
        s.notices.append(t.notices);
    s.cancelled = m_cancelled;
    s.durationMs = m_runTimer.elapsed();
    Q_EMIT finished(s);
}

} // namespace Pactbench
