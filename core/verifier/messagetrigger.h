// SPDX-License-Identifier: MIT
#pragma once

#include "providerclient.h"

#include <core/model/interaction.h>

namespace Pactbench {

/**
 * The HTTP message transport Pact's verifiers use: POST `{"description", "providerStates"}`
 * (plus `"request"` for synchronous messages) to the provider's message endpoint; the response
 * body is the message contents, its Content-Type their content type, and the base64-encoded JSON
 * in `Pact-Message-Metadata` the message metadata.
 */
namespace MessageTrigger {

void send(ProviderClient *client, const QUrl &url, const Interaction &interaction, Headers headers,
          ProviderClient::Callback done);
/// The message the provider produced; problems decoding the metadata go to `warnings`.
MessageContents messageFrom(const HttpExchange &exchange, QStringList *warnings);

} // namespace MessageTrigger

} // namespace Pactbench
