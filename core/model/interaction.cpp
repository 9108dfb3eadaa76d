// SPDX-License-Identifier: MIT
#include "interaction.h"

namespace Pactbench {

bool HttpRequest::operator==(const HttpRequest &o) const
{
    return method == o.method && path == o.path && query == o.query && headers == o.headers && body == o.body
        && matchingRules == o.matchingRules && generators == o.generators && extra == o.extra;
}

bool HttpResponse::operator==(const HttpResponse &o) const
{
    return status == o.status && headers == o.headers && body == o.body && matchingRules == o.matchingRules
        && generators == o.generators && extra == o.extra;
}

QString MessageContents::metadataContentType() const
{
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key().compare(u"contentType", Qt::CaseInsensitive) == 0
            || it.key().compare(u"content-type", Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return {};
}

bool MessageContents::operator==(const MessageContents &o) const
{
    return contents == o.contents && metadata == o.metadata && matchingRules == o.matchingRules
        && generators == o.generators && extra == o.extra;
}

QString interactionKindTypeName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::SynchronousHttp:
        return QStringLiteral("Synchronous/HTTP");
    case InteractionKind::AsynchronousMessage:
        return QStringLiteral("Asynchronous/Messages");
    case InteractionKind::SynchronousMessages:
        return QStringLiteral("Synchronous/Messages");
    case InteractionKind::Unsupported:
        break;
    }
    return {};
}

QString interactionKindLabel(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::SynchronousHttp:
        return QStringLiteral("HTTP");
    case InteractionKind::AsynchronousMessage:
        return QStringLiteral("Message");
    case InteractionKind::SynchronousMessages:
        return QStringLiteral("Sync message");
    case InteractionKind::Unsupported:
        return QStringLiteral("Unsupported");
    }
    return {};
}

QStringList Interaction::providerStateNames() const
{
    QStringList out;
    for (const ProviderState &s : providerStates)
        out.append(s.name);
    return out;
}

int Interaction::matcherCount() const
{
    switch (kind) {
    case InteractionKind::SynchronousHttp:
        return request.matchingRules.matcherCount() + response.matchingRules.matcherCount();
    case InteractionKind::AsynchronousMessage:
        return message.matchingRules.matcherCount();
    case InteractionKind::SynchronousMessages: {
        int n = messageRequest.matchingRules.matcherCount();
        for (const MessageContents &m : messageResponses)
            n += m.matchingRules.matcherCount();
        return n;
    }
    case InteractionKind::Unsupported:
        break;
    }
    return 0;
}

int Interaction::generatorCount() const
{
    switch (kind) {
    case InteractionKind::SynchronousHttp:
        return request.generators.count() + response.generators.count();
    case InteractionKind::AsynchronousMessage:
        return message.generators.count();
    case InteractionKind::SynchronousMessages: {
        int n = messageRequest.generators.count();
        for (const MessageContents &m : messageResponses)
            n += m.generators.count();
        return n;
    }
    case InteractionKind::Unsupported:
        break;
    }
    return 0;
}

bool Interaction::operator==(const Interaction &o) const
{
    if (kind != o.kind || description != o.description || providerStates != o.providerStates || key != o.key
        || pending != o.pending || comments != o.comments || pluginConfiguration != o.pluginConfiguration
        || interactionMarkup != o.interactionMarkup || transport != o.transport || extra != o.extra
        || lexemes != o.lexemes)
        return false;
    switch (kind) {
    case InteractionKind::SynchronousHttp:
        return request == o.request && response == o.response;
    case InteractionKind::AsynchronousMessage:
        return message == o.message;
    case InteractionKind::SynchronousMessages:
        return messageRequest == o.messageRequest && messageResponses == o.messageResponses;
    case InteractionKind::Unsupported:
        return true;
    }
    return false;
}

} // namespace Pactbench
