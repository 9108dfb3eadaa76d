// SPDX-License-Identifier: MIT
#include "interactionpart.h"

#include <QCoreApplication>

namespace Pactbench {

using Kind = InteractionPart::Kind;

bool InteractionPart::existsIn(const Interaction &interaction) const
{
    switch (kind) {
    case Kind::Request:
    case Kind::Response:
        return interaction.kind == InteractionKind::SynchronousHttp;
    case Kind::Message:
        return interaction.kind == InteractionKind::AsynchronousMessage;
    case Kind::MessageRequest:
        return interaction.kind == InteractionKind::SynchronousMessages;
    case Kind::MessageResponse:
        return interaction.kind == InteractionKind::SynchronousMessages && response >= 0
            && response < interaction.messageResponses.size();
    }
    return false;
}

QString InteractionPart::label() const
{
    switch (kind) {
    case Kind::Request:
    case Kind::MessageRequest:
        return QCoreApplication::translate("Pactbench::InteractionPart", "Request");
    case Kind::Response:
        return QCoreApplication::translate("Pactbench::InteractionPart", "Response");
    case Kind::Message:
        return QCoreApplication::translate("Pactbench::InteractionPart", "Message");
    case Kind::MessageResponse:
        return QCoreApplication::translate("Pactbench::InteractionPart", "Response %1").arg(response + 1);
    }
    return {};
}

QString InteractionPart::bodyCategory(const Interaction &interaction) const
{
    if (isHttp())
        return QStringLiteral("body");
    const MatchingRules &rules = partRules(interaction, *this);
    const bool usesBody = rules.hasCategory(QStringLiteral("body")) && !rules.hasCategory(QStringLiteral("content"));
    return usesBody || kind != Kind::Message ? QStringLiteral("body") : QStringLiteral("content");
}

QList<InteractionPart> InteractionPart::partsOf(const Interaction &interaction)
{
    switch (interaction.kind) {
    case InteractionKind::SynchronousHttp:
        return { { Kind::Request }, { Kind::Response } };
    case InteractionKind::AsynchronousMessage:
        return { { Kind::Message } };
    case InteractionKind::SynchronousMessages: {
        QList<InteractionPart> parts{ { Kind::MessageRequest } };
        for (int i = 0; i < interaction.messageResponses.size(); ++i)
            parts.append({ Kind::MessageResponse, i });
        return parts;
    }
    case InteractionKind::Unsupported:
        break;
    }
    return {};
}

MessageContents &partMessage(Interaction &interaction, InteractionPart part)
{
    if (part.kind == Kind::MessageRequest)
        return interaction.messageRequest;
    if (part.kind == Kind::MessageResponse)
        return interaction.messageResponses[part.response];
    return interaction.message;
}

const MessageContents &partMessage(const Interaction &interaction, InteractionPart part)
{
    return partMessage(const_cast<Interaction &>(interaction), part);
}

Body &partBody(Interaction &interaction, InteractionPart part)
{
    if (part.kind == Kind::Request)
        return interaction.request.body;
    if (part.kind == Kind::Response)
        return interaction.response.body;
    return partMessage(interaction, part).contents;
}

const Body &partBody(const Interaction &interaction, InteractionPart part)
{
    return partBody(const_cast<Interaction &>(interaction), part);
}

MatchingRules &partRules(Interaction &interaction, InteractionPart part)
{
    if (part.kind == Kind::Request)
        return interaction.request.matchingRules;
    if (part.kind == Kind::Response)
        return interaction.response.matchingRules;
    return partMessage(interaction, part).matchingRules;
}

const MatchingRules &partRules(const Interaction &interaction, InteractionPart part)
{
    return partRules(const_cast<Interaction &>(interaction), part);
}

Generators &partGenerators(Interaction &interaction, InteractionPart part)
{
    if (part.kind == Kind::Request)
        return interaction.request.generators;
    if (part.kind == Kind::Response)
        return interaction.response.generators;
    return partMessage(interaction, part).generators;
}

const Generators &partGenerators(const Interaction &interaction, InteractionPart part)
{
    return partGenerators(const_cast<Interaction &>(interaction), part);
}

QString partContentType(const Interaction &interaction, InteractionPart part)
{
    if (part.kind == Kind::Request)
        return interaction.request.effectiveContentType();
    if (part.kind == Kind::Response)
        return interaction.response.effectiveContentType();
    return partMessage(interaction, part).effectiveContentType();
}

} // namespace Pactbench
