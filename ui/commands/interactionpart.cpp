// SPDX-License-Identifier: MIT
#include "interactionpart.h"

#include <QCoreApplication>

namespace Pactbench {

namespace {
using PartKind = InteractionPart::Kind;
} // namespace

bool InteractionPart::existsIn(const Interaction &interaction) const
{
    switch (kind) {
    case PartKind::Request:
    case PartKind::Response:
        return interaction.kind == InteractionKind::SynchronousHttp;
    case PartKind::Message:
        return interaction.kind == InteractionKind::AsynchronousMessage;
    case PartKind::MessageRequest:
        return interaction.kind == InteractionKind::SynchronousMessages;
    case PartKind::MessageResponse:
        return interaction.kind == InteractionKind::SynchronousMessages && response >= 0
            && response < interaction.messageResponses.size();
    }
    return false;
}

QString InteractionPart::label() const
{
    switch (kind) {
    case PartKind::Request:
    case PartKind::MessageRequest:
        return QCoreApplication::translate("Pactbench::InteractionPart", "Request");
    case PartKind::Response:
        return QCoreApplication::translate("Pactbench::InteractionPart", "Response");
    case PartKind::Message:
        return QCoreApplication::translate("Pactbench::InteractionPart", "Message");
    case PartKind::MessageResponse:
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
    return usesBody || kind != PartKind::Message ? QStringLiteral("body") : QStringLiteral("content");
}

QList<InteractionPart> InteractionPart::partsOf(const Interaction &interaction)
{
    switch (interaction.kind) {
    case InteractionKind::SynchronousHttp:
        return { { PartKind::Request }, { PartKind::Response } };
    case InteractionKind::AsynchronousMessage:
        return { { PartKind::Message } };
    case InteractionKind::SynchronousMessages: {
        QList<InteractionPart> parts{ { PartKind::MessageRequest } };
        for (int i = 0; i < interaction.messageResponses.size(); ++i)
            parts.append({ PartKind::MessageResponse, i });
        return parts;
    }
    case InteractionKind::Unsupported:
        break;
    }
    return {};
}

MessageContents &partMessage(Interaction &interaction, InteractionPart part)
{
    if (part.kind == PartKind::MessageRequest)
        return interaction.messageRequest;
    if (part.kind == PartKind::MessageResponse)
        return interaction.messageResponses[part.response];
    return interaction.message;
}

const MessageContents &partMessage(const Interaction &interaction, InteractionPart part)
{
    return partMessage(const_cast<Interaction &>(interaction), part);
}

Body &partBody(Interaction &interaction, InteractionPart part)
{
    if (part.kind == PartKind::Request)
        return interaction.request.body;
    if (part.kind == PartKind::Response)
        return interaction.response.body;
    return partMessage(interaction, part).contents;
}

const Body &partBody(const Interaction &interaction, InteractionPart part)
{
    return partBody(const_cast<Interaction &>(interaction), part);
}

MatchingRules &partRules(Interaction &interaction, InteractionPart part)
{
    if (part.kind == PartKind::Request)
        return interaction.request.matchingRules;
    if (part.kind == PartKind::Response)
        return interaction.response.matchingRules;
    return partMessage(interaction, part).matchingRules;
}

const MatchingRules &partRules(const Interaction &interaction, InteractionPart part)
{
    return partRules(const_cast<Interaction &>(interaction), part);
}

Generators &partGenerators(Interaction &interaction, InteractionPart part)
{
    if (part.kind == PartKind::Request)
        return interaction.request.generators;
    if (part.kind == PartKind::Response)
        return interaction.response.generators;
    return partMessage(interaction, part).generators;
}

const Generators &partGenerators(const Interaction &interaction, InteractionPart part)
{
    return partGenerators(const_cast<Interaction &>(interaction), part);
}

QString partContentType(const Interaction &interaction, InteractionPart part)
{
    if (part.kind == PartKind::Request)
        return interaction.request.effectiveContentType();
    if (part.kind == PartKind::Response)
        return interaction.response.effectiveContentType();
    return partMessage(interaction, part).effectiveContentType();
}

} // namespace Pactbench
