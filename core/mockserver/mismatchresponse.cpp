// SPDX-License-Identifier: MIT
#include "mismatchresponse.h"

#include <core/json/jsonwriter.h>

#include <QJsonArray>

namespace Pactbench {

QString mockProblemTypeName(MockProblemType type)
{
    switch (type) {
    case MockProblemType::RequestMismatch:
        return QStringLiteral("request-mismatch");
    case MockProblemType::RequestNotFound:
        return QStringLiteral("request-not-found");
    case MockProblemType::MissingRequest:
        return QStringLiteral("missing-request");
    }
    return {};
}

namespace {

// The member naming where a mismatch is: "parameter" for query, "key" for headers, "path" for bodies.
QString locationKey(MismatchKind kind)
{
    switch (kind) {
    case MismatchKind::Query:
        return QStringLiteral("parameter");
    case MismatchKind::Header:
    case MismatchKind::Metadata:
        return QStringLiteral("key");
    case MismatchKind::Body:
    case MismatchKind::Rule:
        return QStringLiteral("path");
    default:
        return {};
    }
}

QJsonValue bodyToJson(const Body &body)
{
    if (!body.isPresent())
        return QString();
    const QJsonValue json = body.asJson();
    return json.isUndefined() ? QJsonValue(QString::fromUtf8(body.content())) : json;
}

QJsonObject multiMapToJson(const OrderedMultiMap &map, bool lowerCaseNames, bool asArrays)
{
    QJsonObject out;
    for (const QString &name : map.names()) {
        const QStringList values = map.values(name);
        const QString key = lowerCaseNames ? name.toLower() : name;
        out.insert(key, asArrays ? QJsonValue(QJsonArray::fromStringList(values)) : QJsonValue(values.join(u", ")));
    }
    return out;
}

} // namespace

QString MismatchResponse::matchKey(const MockProblem &problem)
{
    return problem.type == MockProblemType::RequestMismatch ? QStringLiteral("Request-Mismatch")
                                                            : QStringLiteral("Unexpected-Request");
}

QJsonObject MismatchResponse::mismatchToJson(const Mismatch &mismatch)
{
    QJsonObject out{
        { QStringLiteral("type"), referenceMismatchType(mismatch.kind) },
        { QStringLiteral("mismatch"), mismatch.sentence },
        { QStringLiteral("expected"), mismatch.expected },
        { QStringLiteral("actual"), mismatch.actual },
    };
    if (const QString key = locationKey(mismatch.kind); !key.isEmpty())
        out.insert(key, mismatch.path);
    return out;
}

QJsonObject MismatchResponse::problemToJson(const MockProblem &problem)
{
    QJsonObject out{
        { QStringLiteral("type"), mockProblemTypeName(problem.type) },
        { QStringLiteral("method"), problem.method },
        { QStringLiteral("path"), problem.path },
    };
    if (problem.type == MockProblemType::RequestMismatch) {
        QJsonArray list;
        for (const Mismatch &m : problem.mismatches)
            list.append(mismatchToJson(m));
        out.insert(QStringLiteral("mismatches"), list);
    } else {
        out.insert(QStringLiteral("request"), problem.request);
    }
    return out;
}

QJsonObject MismatchResponse::verificationToJson(const MockVerification &verification)
{
    QJsonArray list;
    for (const MockProblem &p : verification.problems)
        list.append(problemToJson(p));
    return { { QStringLiteral("mismatches"), list } };
}

QJsonObject MismatchResponse::actualRequestToJson(const HttpRequest &request)
{
    QJsonObject out{
        { QStringLiteral("method"), request.method },
        { QStringLiteral("path"), request.path },
        { QStringLiteral("body"), bodyToJson(request.body) },
    };
    if (!request.headers.isEmpty())
        out.insert(QStringLiteral("headers"), multiMapToJson(request.headers, true, false));
    if (!request.query.isEmpty())
        out.insert(QStringLiteral("query"), multiMapToJson(request.query, false, true));
    return out;
}

HttpServerResponse MismatchResponse::build(const MockProblem &problem, const QByteArray &target, bool cors)
{
    const QString key = matchKey(problem);
    QJsonObject body = problemToJson(problem);
    body.insert(QStringLiteral("error"), QString(key + u" : " + problem.method + u' ' + QString::fromUtf8(target)));
    if (problem.interactionIndex >= 0)
        body.insert(QStringLiteral("interaction"), problem.description);
    HttpServerResponse out;
    out.status = 500;
    if (cors) // a browser reads the problem only where the server speaks CORS at all
        out.headers.append(QStringLiteral("Access-Control-Allow-Origin"), QStringLiteral("*"));
    out.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json; charset=utf-8"));
    out.headers.append(QStringLiteral("X-Pact"), key);
    NumberLexemes lexemes; // a received body's numbers as the consumer wrote them
    lexemes.insertSubtree(NumberLexemes::child(NumberLexemes::root(), u"request"), problem.requestLexemes);
    out.body = JsonWriter::write(body, JsonStyle::Compact, &lexemes);
    return out;
}

} // namespace Pactbench
