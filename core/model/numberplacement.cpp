// SPDX-License-Identifier: MIT
#include "numberplacement.h"

namespace Pactbench::detail {

namespace {

using L = NumberLexemes;

QString path(std::initializer_list<QStringView> keys)
{
    QString p = QStringLiteral("$");
    for (QStringView k : keys)
        p = L::child(p, k);
    return p;
}

/// Every entry of `all` outside the subtrees at `prefixes`.
NumberLexemes without(NumberLexemes all, const QStringList &prefixes)
{
    for (const QString &p : prefixes)
        all.removeSubtree(p);
    return all;
}

/// The bodies of an interaction with the path of their content in a file of the given shape.
template<typename I, typename F> void forEachBody(I &i, bool v4Shape, F &&f)
{
    const QStringView body = u"body";
    const QStringView content = u"content";
    const QStringView contents = u"contents";
    switch (i.kind) {
    case InteractionKind::SynchronousHttp:
        f(i.request.body, v4Shape ? path({ u"request", body, content }) : path({ u"request", body }));
        f(i.response.body, v4Shape ? path({ u"response", body, content }) : path({ u"response", body }));
        break;
    case InteractionKind::AsynchronousMessage:
        f(i.message.contents, v4Shape ? path({ contents, content }) : path({ contents }));
        break;
    case InteractionKind::SynchronousMessages:
        f(i.messageRequest.contents, path({ u"request", contents, content }));
        for (qsizetype k = 0; k < i.messageResponses.size(); ++k)
            f(i.messageResponses[k].contents,
                L::child(L::child(L::child(path({ u"response" }), k), contents), content));
        break;
    case InteractionKind::Unsupported:
        break;
    }
}

QString statesPath()
{
    return path({ u"providerStates" });
}

void placeInInteraction(Interaction &i, const NumberLexemes &mine, bool v4Shape)
{
    QStringList owned{ statesPath() };
    for (qsizetype s = 0; s < i.providerStates.size(); ++s)
        i.providerStates[s].lexemes = mine.subtree(L::child(statesPath(), s));
    forEachBody(i, v4Shape, [&](Body &b, const QString &at) {
        if (b.encoding == Body::Encoding::Json)
            b.lexemes = mine.subtree(at);
        owned.append(at);
    });
    i.lexemes = without(mine, owned);
}

} // namespace

void placeLexemes(Pact &pact, const NumberLexemes &file, const QList<InteractionOrigin> &origins)
{
    if (file.isEmpty())
        return;
    for (qsizetype n = 0; n < pact.interactions.size() && n < origins.size(); ++n)
        placeInInteraction(pact.interactions[n], file.subtree(origins.at(n).path), origins.at(n).v4Shape);
    pact.lexemes = without(file, { path({ u"interactions" }), path({ u"messages" }) });
}

NumberLexemes gatherLexemes(const Pact &pact, SpecVersion version)
{
    NumberLexemes out = pact.lexemes;
    const bool v4 = version == SpecVersion::V4;
    qsizetype http = 0;
    qsizetype messages = 0;
    for (const Interaction &i : pact.interactions) {
        QString at;
        if (v4 || i.kind == InteractionKind::SynchronousHttp)
            at = L::child(path({ u"interactions" }), http++);
        else if (i.kind == InteractionKind::AsynchronousMessage)
            at = L::child(path({ u"messages" }), messages++);
        else
            continue; // V3 has no synchronous messages
        out.insertSubtree(at, i.lexemes);
        for (qsizetype s = 0; s < i.providerStates.size(); ++s)
            out.insertSubtree(L::child(L::child(at, u"providerStates"), s), i.providerStates.at(s).lexemes);
        forEachBody(i, v4, [&](const Body &b, const QString &rel) {
            if (!b.lexemes.isEmpty())
                out.insertSubtree(at + rel.mid(1), b.lexemes);
        });
    }
    return out;
}

} // namespace Pactbench::detail
