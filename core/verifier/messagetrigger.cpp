// SPDX-License-Identifier: MIT
#include "messagetrigger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::MessageTrigger {

void send(ProviderClient *client, const QUrl &url, const Interaction &interaction, Headers headers,
          ProviderClient::Callback done)
{
    QJsonObject body{{QStringLiteral("description"), interaction.description}};
    if (!interaction.providerStates.isEmpty()) {
        QJsonArray states;
        for (const ProviderState &s : interaction.providerStates)
            states.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("params"), s.params}});
        body.insert(QStringLiteral("providerStates"), states);
    }
    if (interaction.kind == InteractionKind::SynchronousMessages) {
        const QJsonValue request = interaction.messageRequest.contents.asJson();
        body.insert(QStringLiteral("request"),
                    request.isUndefined() ? QJsonValue(QString::fromUtf8(interaction.messageRequest.contents.content())) : request);
    }
    headers.set(QStringLiteral("Content-Type"), {QStringLiteral("application/json")});
    client->send(QStringLiteral("POST"), url, headers, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
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
