// SPDX-License-Identifier: MIT
#pragma once

// Private to the reader: requests, responses, messages and bodies.

#include "interaction.h"
#include "readcontext.h"

namespace Pactbench::detail {

HttpRequest readHttpRequest(const QJsonObject &json, const QString &path, ReadContext &ctx);
HttpResponse readHttpResponse(const QJsonObject &json, const QString &path, ReadContext &ctx);
/// A V3 message or V4 message contents: `contents`, `metadata`/`metaData`, rules, generators.
MessageContents readMessageContents(const QJsonObject &json, const QString &path, ReadContext &ctx,
                                    const QSet<QString> &alsoKnown = {});
/// Reads the `body` member (V1–V3 inline JSON or V4 body object). `contextType` is the
/// content type the headers or metadata give, used to interpret strings.
Body readBody(const QJsonObject &parent, const QString &key, const QString &path, const QString &contextType,
              ReadContext &ctx);

} // namespace Pactbench::detail
