// SPDX-License-Identifier: MIT
#pragma once
// Internal: the matchers of each part of a request, response or message.

#include "mismatch.h"
#include "rules.h"

#include <core/model/body.h>
#include <core/model/multimap.h>

#include <QMap>
#include <functional>

namespace Pactbench::detail {

/// A parsed media type, compared the way Pact's reference compares content types.
struct MediaType
{
    QString main = QStringLiteral("*");
    QString sub = QStringLiteral("*");
    QString suffix;
    QMap<QString, QString> params;

    static MediaType parse(const QString &text);
    bool isUnknown() const { return main == u"*" || sub == u"*"; }
    bool isJson() const;
    bool isXml() const;
    bool isStrictXml() const;
    bool isText() const;
    bool isBinary() const;
    bool isForm() const { return main == u"application" && sub == u"x-www-form-urlencoded"; }
    MediaType base() const;
    bool equivalentTo(const MediaType &other) const;
    bool operator==(const MediaType &o) const
    {
        return main == o.main && sub == o.sub && suffix == o.suffix && params == o.params;
    }
    QString toString() const;
};

/// What Pact's reference guesses from content when no type is given (XML, HTML, JSON, else text).
MediaType detectMediaType(const QByteArray &bytes);

/// One side of a body comparison: the body, its content type and the headers around it.
struct BodySide
{
    const Body *body = nullptr;
    MediaType type;
    Headers headers;
    /// The pact gives the body its content type (V4 bodies, messages): "Present(12 bytes, application/json)" names it, as the reference does.
    bool typeDeclared = false;
    QByteArray bytes() const { return body ? body->content() : QByteArray(); }
};

/// The content type of a body: declared, else from the header, else detected.
MediaType bodyMediaType(const Body &body, const QString &headerType);

using StringListCallback = std::function<QList<Mismatch>(const ValuePath &, const QString &, const QString &,
                                                         const RuleCategory &)>;
/// A rule group on a list of strings (repeated headers, query values): sizes, then each item.
QList<Mismatch> matchStringList(const ValuePath &path, const RuleGroup &group, const QStringList &expected,
                                const QStringList &actual, const RuleCategory &context, MismatchKind kind,
                                const QString &where, const StringListCallback &each);

/// Notes (DepartureLog) the V4 headers the reference verifier fails and we pass; `mismatches`: ours for them.
void noteHeaderDepartures(const Headers &expected, const QList<Mismatch> &mismatches);
QList<Mismatch> matchHeaders(const Headers &expected, const Headers &actual, const RuleCategory &rules, int *checks);
/// Whether an actual header value passes the expected one (used for Content-Type rules on bodies).
bool headerValueMatches(const QString &key, const QString &expected, const QString &actual, const RuleCategory &rules);
/// Content-Type / Accept style comparison: base value equal, expected parameters present and equal.
QStringList matchParameterHeader(const QString &expected, const QString &actual, const QString &header,
                                 const QString &valueType, int index, bool single);

/// Query parameters (or, with formBody, a form-urlencoded body: Body mismatches at "$.name").
QList<Mismatch> matchQuery(const QueryParams &expected, const QueryParams &actual, const RuleCategory &rules,
                           bool formBody, int *checks);

/// The reference's match_body: content types first, then the body by the expected content type.
QList<Mismatch> matchBody(const BodySide &expected, const BodySide &actual, const RuleCategory &bodyRules,
                          const RuleCategory &headerRules, bool allowUnexpectedKeys, int *checks);
/// The body by its state (missing, null, empty, present), then by content type.
QList<Mismatch> matchBodyContent(const MediaType &type, const BodySide &expected, const BodySide &actual,
                                 const RuleCategory &rules, bool allowUnexpectedKeys, int *checks);
/// The comparison of two present bodies of the given type.
QList<Mismatch> compareBodies(const MediaType &type, const BodySide &expected, const BodySide &actual,
                              const RuleCategory &rules, bool allowUnexpectedKeys, int *checks);
QList<Mismatch> matchMultipart(const BodySide &expected, const BodySide &actual, const RuleCategory &rules,
                               bool allowUnexpectedKeys, int *checks);

} // namespace Pactbench::detail
