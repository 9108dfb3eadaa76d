// SPDX-License-Identifier: MIT
#include "messagetrigger.h"

#include <core/json/jsonreader.h>
#include <core/json/jsonwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::MessageTrigger {

namespace {

using L = NumberLexemes;

/// A message request's contents as the trigger sends them, with the lexemes of its numbers.
QJsonValue requestContents(const Body &contents, NumberLexemes *lexemes)
{
    const QJsonValue json = contents.asJson();
    if (json.isUndefined())
        return QString::fromUtf8(contents.content());
    if (contents.encoding == Body::Encoding::Json)
        *lexemes = contents.lexemes;
    else if (contents.isPresent())
        *lexemes = JsonReader::read(contents.bytes).lexemes;
    return json;
}

} // namespace

void send(ProviderClient *client, const QUrl &url, const Interaction &interaction, Headers headers,
          ProviderClient::Callback done)
{
    QJsonObject body{{QStringLiteral("description"), interaction.description}};
    NumberLexemes lexemes; // the numbers of the states' params and of the request, as the pact wrote them
    if (!interaction.providerStates.isEmpty()) {
        QJsonArray states;
        const QString statesAt = L::child(L::root(), u"providerStates");
        for (const ProviderState &s : interaction.providerStates) {
            const QString params = L::child(L::child(statesAt, states.size()), u"params");
            lexemes.insertSubtree(params, s.lexemes.subtree(L::child(L::root(), u"params")));
            QJsonObject state{{QStringLiteral("name"), s.name}};
            if (!s.params.isEmpty()) // as the reference: no "params" for a state without any
                state.insert(QStringLiteral("params"), s.params);
            states.append(state);
        }
        body.insert(QStringLiteral("providerStates"), states);
    }
    if (interaction.kind == InteractionKind::SynchronousMessages) {
        NumberLexemes own;
        body.insert(QStringLiteral("request"), requestContents(interaction.messageRequest.contents, &own));
        lexemes.insertSubtree(L::child(L::root(), u"request"), own);
    }
    headers.set(QStringLiteral("Content-Type"), {QStringLiteral("application/json")});
    client->send(
        QStringLiteral("POST"), url, headers, JsonWriter::write(body, JsonStyle::Compact, &lexemes), std::move(done));
}

MessageContents messageFrom(const HttpExchange &exchange, QStringList *warnings)
{
    MessageContents m;
    const QString contentType = exchange.responseHeaders.value(QStringLiteral("Content-Type"));
    m.contents = Body::fromBytes(exchange.responseBody, contentType);
    if (exchange.responseBody.isEmpty())
        m.contents.state = Body::State::Empty;
    if (!contentType.isEmpty())
        m.metadata.insert(QStringLiteral("contentType"), contentType);
    const QString encoded = exchange.responseHeaders.value(QStringLiteral("Pact-Message-Metadata"));
    if (encoded.isEmpty())
        return m;
    const QByteArray json = QByteArray::fromBase64(encoded.toLatin1());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        warnings->append(QStringLiteral("Pact-Message-Metadata is not base64 of a JSON object; ignored"));
        return m;
    }
    const QJsonObject meta = doc.object();
    for (auto it = meta.begin(); it != meta.end(); ++it)
        m.metadata.insert(it.key(), it.value());
    return m;
}

} // namespace Pactbench::MessageTrigger
