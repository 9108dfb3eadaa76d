// SPDX-License-Identifier: MIT
#pragma once

#include <core/matching/mismatch.h>
#include <core/matching/rules.h>
#include <core/model/interaction.h>
#include <core/model/specversion.h>

#include <QJsonValue>

namespace Pactbench::Diff {

/// One part of an interaction seen the same way whatever it is: an HTTP request or response, or a message.
struct PartView
{
    enum class Kind { Request, Response, Message };
    Kind kind = Kind::Response;
    const HttpRequest *request = nullptr;
    const HttpResponse *response = nullptr;
    const MessageContents *message = nullptr;
    SpecVersion version = SpecVersion::V4;

    static PartView of(const HttpRequest &r, SpecVersion v) { return {Kind::Request, &r, nullptr, nullptr, v}; }
    static PartView of(const HttpResponse &r, SpecVersion v) { return {Kind::Response, nullptr, &r, nullptr, v}; }
    static PartView of(const MessageContents &m, SpecVersion v) { return {Kind::Message, nullptr, nullptr, &m, v}; }

    const Body &body() const;
    /// The content type that decides how the body is compared (declared, header or metadata, detected).
    QString contentType() const;
    const MatchingRules &rules() const;
    const Generators &generators() const;
    /// Body rules: `body` (and for messages `content`, which wins, as the matching engine merges them).
    MatchingRules::Category bodyRules() const;
};

/// Where in a part a value sits: its category and its name or JSON path.
struct Place
{
    enum class Category { Body, Header, Query, Metadata, Status, Path, Method };
    Category category = Category::Body;
    QString name; ///< header, query or metadata name
    QStringList path; ///< body: value path ("$", names, indices)
};

/**
 * Proofs by the matching engine that a difference matters. For a part the provider produces (a
 * response, a message), the proof is the mismatches of OLD's example against NEW's expectations:
 * a provider answering exactly OLD's example passes OLD and fails NEW there. For a part the
 * consumer sends, it is NEW's example against OLD's expectations (the consumer may now send what
 * OLD did not allow). Mismatches of an example against its own pact (a regex its example fails)
 * prove nothing and are left out.
 */
class PartProver
{
public:
    PartProver(const PartView &oldPart, const PartView &newPart, bool consumerSends);

    /// The mismatches that prove a difference (see the class).
    const QList<Mismatch> &proof() const { return m_proof; }
    /**
     * Whether `value` put at `place` of OLD's example (`oldOnly`) passes OLD and makes NEW fail there,
     * or put into NEW's example (!`oldOnly`) passes NEW and makes OLD fail there.
     */
    bool confirm(const Place &place, const QJsonValue &value, bool oldOnly) const;

private:
    QList<Mismatch> match(const PartView &expected, const PartView &actual) const;
    QList<Mismatch> matchSubstituted(const PartView &expected, const PartView &base, const Place &place,
                                     const QJsonValue &value) const;

    PartView m_old;
    PartView m_new;
    QList<Mismatch> m_oldSelf; ///< OLD's example against OLD
    QList<Mismatch> m_newSelf;
    QList<Mismatch> m_oldAgainstNew; ///< OLD's example against NEW
    QList<Mismatch> m_newAgainstOld;
    QList<Mismatch> m_proof;
};

/// `root` with the value at `path` ("$" first) replaced or added; unchanged when the path does not fit.
QJsonValue withValueAt(const QJsonValue &root, const QStringList &path, const QJsonValue &value);

} // namespace Pactbench::Diff
