// SPDX-License-Identifier: MIT
#include "pactformat.h"

#include <core/json/jsonwriter.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace Pactbench::PactFormat {

namespace {

QString attributes(const QJsonObject &attrs)
{
    QStringList parts;
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
        parts.append(it.key() + u' ' + value(it.value()));
    return parts.join(QStringLiteral(", "));
}

QString matcher(const Matcher &m)
{
    // The attribute that *is* the rule (a regex, a date format) reads best right after the type.
    for (const char *key : { "regex", "format", "datetime", "date", "time" }) {
        const QString k = QString::fromLatin1(key);
        if (m.attributes.size() == 1 && m.attributes.contains(k))
            return m.type + u' ' + value(m.attributes.value(k));
    }
    if (m.attributes.isEmpty())
        return m.type;
    return m.type + QStringLiteral(" (") + attributes(m.attributes) + u')';
}

} // namespace

QString value(const QJsonValue &json)
{
    if (json.isString())
        return json.toString();
    if (json.isDouble())
        return QString::number(json.toDouble());
    if (json.isBool())
        return json.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (json.isNull())
        return QStringLiteral("null");
    const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString size(qint64 bytes)
{
    if (bytes < 1024)
        return bytes == 1 ? QCoreApplication::translate("Pactbench::PactFormat", "1 byte")
                          : QCoreApplication::translate("Pactbench::PactFormat", "%1 bytes").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString ruleList(const RuleList &rules)
{
    QStringList parts;
    for (const Matcher &m : rules.matchers)
        parts.append(matcher(m));
    return parts.join(rules.combine == RuleLogic::Or ? QStringLiteral(" OR ") : QStringLiteral(" AND "));
}

QString generator(const Generator &g)
{
    if (g.attributes.isEmpty())
        return g.type;
    return g.type + QStringLiteral(" (") + attributes(g.attributes) + u')';
}

QString body(const Body &b, const QString &contextContentType)
{
    switch (b.state) {
    case Body::State::Missing:
        return QCoreApplication::translate("Pactbench::PactFormat", "not checked");
    case Body::State::Null:
        return QStringLiteral("null");
    case Body::State::Empty:
        return QCoreApplication::translate("Pactbench::PactFormat", "empty");
    case Body::State::Present:
        break;
    }
    QString type = b.effectiveContentType(contextContentType);
    if (type.isEmpty())
        type = QCoreApplication::translate("Pactbench::PactFormat", "unknown type");
    QString text = type + QStringLiteral(", ") + size(b.size());
    if (b.encoding == Body::Encoding::Base64)
        text += QStringLiteral(" (base64)");
    return text;
}

QString requestLine(const HttpRequest &request)
{
    QString line = request.method.toUpper() + u' ' + request.path;
    if (!request.query.isEmpty())
        line += u'?' + request.query.toQueryString();
    return line;
}

QString interactionSummary(const Interaction &i)
{
    switch (i.kind) {
    case InteractionKind::SynchronousHttp:
        return i.request.method.toUpper() + u' ' + i.request.path + QStringLiteral(" → ")
            + QString::number(i.response.status);
    case InteractionKind::AsynchronousMessage:
        return body(i.message.contents, i.message.metadataContentType());
    case InteractionKind::SynchronousMessages:
        return i.messageResponses.size() == 1
            ? QCoreApplication::translate("Pactbench::PactFormat", "request → 1 response")
            : QCoreApplication::translate("Pactbench::PactFormat", "request → %1 responses")
                  .arg(i.messageResponses.size());
    case InteractionKind::Unsupported:
        return i.extra.value(u"type").toString();
    }
    return {};
}

QString parameters(const QJsonObject &params)
{
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it)
        parts.append(it.key() + u'=' + value(it.value()));
    return parts.join(QStringLiteral(", "));
}

QString groupName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::SynchronousHttp:
        return QCoreApplication::translate("Pactbench::PactFormat", "HTTP interactions");
    case InteractionKind::AsynchronousMessage:
        return QCoreApplication::translate("Pactbench::PactFormat", "Asynchronous messages");
    case InteractionKind::SynchronousMessages:
        return QCoreApplication::translate("Pactbench::PactFormat", "Synchronous messages");
    case InteractionKind::Unsupported:
        return QCoreApplication::translate("Pactbench::PactFormat", "Other interactions");
    }
    return {};
}

QString numerus(const QString &translated, qsizetype n)
{
    QString text = translated;
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QString matcherCount(int count)
{
    return count == 1 ? QCoreApplication::translate("Pactbench::PactFormat", "1 matcher")
                      : QCoreApplication::translate("Pactbench::PactFormat", "%1 matchers").arg(count);
}

QString generatorCount(int count)
{
    return count == 1 ? QCoreApplication::translate("Pactbench::PactFormat", "1 generator")
                      : QCoreApplication::translate("Pactbench::PactFormat", "%1 generators").arg(count);
}

QString jsonPath(int interaction, const QStringList &path)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QString out = QStringLiteral("$.interactions[%1]").arg(interaction);
    for (const QString &key : path) {
        bool isIndex = false;
        key.toInt(&isIndex);
        if (isIndex)
            out += u'[' + key + u']';
        else if (identifier.match(key).hasMatch())
            out += u'.' + key;
        else
            out += QStringLiteral("['") + key + QStringLiteral("']");
    }
    return out;
}

QString jsonText(const QJsonValue &value, const NumberLexemes *lexemes)
{
    if (value.isUndefined())
        return {};
    return QString::fromUtf8(JsonWriter::write(value, JsonStyle::Pretty, lexemes));
}

} // namespace Pactbench::PactFormat
