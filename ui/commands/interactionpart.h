// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/interaction.h>

#include <QList>
#include <QString>

namespace Pactbench {

/**
 * Names one part of an interaction that has a body, headers or metadata, matching rules and
 * generators: the HTTP request or response, an asynchronous message, or the request or one
 * response of a synchronous message exchange. Editors and undo commands address parts by it.
 */
struct InteractionPart
{
    enum class Kind {
        Request, ///< HTTP request
        Response, ///< HTTP response
        Message, ///< asynchronous message
        MessageRequest, ///< request of a synchronous message exchange
        MessageResponse, ///< one response of a synchronous message exchange (`response` gives which)
    };

    Kind kind = Kind::Request;
    int response = 0; ///< index into Interaction::messageResponses for MessageResponse

    bool isHttp() const { return kind == Kind::Request || kind == Kind::Response; }
    /// Whether the interaction has this part.
    bool existsIn(const Interaction &interaction) const;
    /// "Request", "Response", "Message", "Response 2", … for people.
    QString label() const;
    /// The matching-rule and generator category of the body in this part ("body", or "content" for V4 messages
    /// whose rules the file put there).
    QString bodyCategory(const Interaction &interaction) const;

    /// The parts an interaction has, in display order.
    static QList<InteractionPart> partsOf(const Interaction &interaction);

    bool operator==(const InteractionPart &o) const { return kind == o.kind && response == o.response; }
    bool operator!=(const InteractionPart &o) const { return !(*this == o); }
};

/// The pieces of a part, read and written through one switch.
const Body &partBody(const Interaction &interaction, InteractionPart part);
Body &partBody(Interaction &interaction, InteractionPart part);
const MatchingRules &partRules(const Interaction &interaction, InteractionPart part);
MatchingRules &partRules(Interaction &interaction, InteractionPart part);
const Generators &partGenerators(const Interaction &interaction, InteractionPart part);
Generators &partGenerators(Interaction &interaction, InteractionPart part);
/// The message of a message part (undefined for HTTP parts: do not call).
MessageContents &partMessage(Interaction &interaction, InteractionPart part);
const MessageContents &partMessage(const Interaction &interaction, InteractionPart part);
/// The content type that applies to the part's body.
QString partContentType(const Interaction &interaction, InteractionPart part);

} // namespace Pactbench
