// SPDX-License-Identifier: MIT
// Body proposals: every JSON or XML sample walked once into one tree of places, then one rule per place.
#include "inference.h"
#include "walk.h"

#include <core/json/jsonreader.h>

namespace Pactbench::Inference {

namespace {

using detail::PathNode;

struct BodyWalk
{
    PathNode root;
    detail::DepthCut cut;
    int used = 0;
};

void note(InferenceNotes *notes, const QString &message)
{
    if (notes)
        notes->messages.append(message);
}

/// Adds one JSON sample; returns an error sentence when it is not JSON.
QString addJson(BodyWalk &walk, const Body &body)
{
    if (body.encoding == Body::Encoding::Json) {
        const NumberLexemes *lexemes = body.lexemes.isEmpty() ? nullptr : &body.lexemes;
        detail::walkJson(walk.root, body.json, lexemes, NumberLexemes::root(), walk.cut);
        return {};
    }
    const JsonReadResult read = JsonReader::read(body.bytes);
    if (!read.ok())
        return QStringLiteral("not valid JSON (%1 at byte %2)").arg(read.error).arg(read.errorOffset);
    detail::walkJson(walk.root, read.value, read.lexemes.isEmpty() ? nullptr : &read.lexemes, NumberLexemes::root(), walk.cut);
    return {};
}

ContentKind sampleKind(const Body &body, const QString &contentType)
{
    return contentKindOf(body.effectiveContentType(contentType));
}

} // namespace

QList<RuleProposal> bodyRules(const QList<Body> &samples, const QString &contentType, RuleProposal::Side side,
                              const InferenceLimits &limits, InferenceNotes *notes)
{
    ContentKind kind = contentKindOf(contentType);
    BodyWalk walk;
    walk.root.path = QStringLiteral("$");
    walk.cut.maxDepth = limits.maxDepth;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const Body &body = samples.at(i);
        if (!body.isPresent())
            continue;
        const ContentKind k = sampleKind(body, contentType);
        if (kind != ContentKind::Json && kind != ContentKind::Xml)
            kind = k;
        if (k != kind || (k != ContentKind::Json && k != ContentKind::Xml))
            continue;
        const qsizetype size = body.size();
        if (size > limits.maxBodyBytes) {
            note(notes, QStringLiteral("sample %1: its body of %2 bytes is larger than the maxBodyBytes limit of %3 bytes: "
                                       "no body rules proposed").arg(i + 1).arg(size).arg(limits.maxBodyBytes));
            return {};
        }
        const QString error = kind == ContentKind::Json ? addJson(walk, body) : detail::walkXml(walk.root, body.content(), walk.cut);
        if (!error.isEmpty()) {
            note(notes, QStringLiteral("sample %1: the body is %2%3: left out of the inference")
                            .arg(i + 1).arg(kind == ContentKind::Xml ? QStringLiteral("not well-formed XML: ") : QString(), error));
            continue;
        }
        ++walk.used;
    }
    if (walk.used == 0)
        return {};
    if (!walk.cut.firstPath.isEmpty())
        note(notes, QStringLiteral("values nested deeper than the maxDepth limit of %1 levels are left exact (first below %2)")
                        .arg(limits.maxDepth).arg(walk.cut.firstPath));
    return detail::propose(walk.root, kind == ContentKind::Xml, side, limits, notes);
}

} // namespace Pactbench::Inference
