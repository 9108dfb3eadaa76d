// SPDX-License-Identifier: MIT
#include "captureformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Pactbench::CaptureFormat {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaptureFormat)
};

QString oneLine(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::fromUtf8(QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return {};
}

/// The body as text: JSON indented, text as is, anything else as hex (at most 64 KiB shown).
QString bodyText(const Body &body, const QString &contentTypeHeader)
{
    if (!body.isPresent())
        return {};
    constexpr qsizetype shown = 64 * 1024;
    const QByteArray bytes = body.content();
    const ContentKind kind = contentKindOf(body.effectiveContentType(contentTypeHeader));
    QString text;
    if (kind == ContentKind::Json && !body.asJson().isUndefined()) {
        const QJsonValue json = body.asJson();
        text = json.isObject() || json.isArray()
            ? QString::fromUtf8(json.isObject() ? QJsonDocument(json.toObject()).toJson()
                                                : QJsonDocument(json.toArray()).toJson())
            : oneLine(json);
    } else if (kind == ContentKind::Binary || kind == ContentKind::Unknown || kind == ContentKind::Multipart)
        text = QString::fromLatin1(bytes.left(shown).toHex(' '));
    else
        text = QString::fromUtf8(bytes.left(shown));
    if (bytes.size() > shown)
        text += u'\n' + Text::tr("… (%1 in all; the first 64 KiB shown)").arg(size(bytes.size()));
    return text;
}

QString headersText(const Headers &headers)
{
    QString out;
    for (const auto &entry : headers.entries())
        out += entry.first + QStringLiteral(": ") + entry.second + u'\n';
    return out;
}

} // namespace

QString matcher(const Matcher &m)
{
    QStringList words{ m.type };
    // The main parameter first (regex, format, min/max), then the others in name order.
    static const QStringList mainKeys{ QStringLiteral("regex"), QStringLiteral("format"), QStringLiteral("min"),
        QStringLiteral("max"), QStringLiteral("value") };
    for (const QString &key : mainKeys) {
        if (m.attributes.contains(key))
            words.append((key == QLatin1String("min") || key == QLatin1String("max") ? QString(key + u' ') : QString())
                + oneLine(m.attributes.value(key)));
    }
    for (auto it = m.attributes.begin(); it != m.attributes.end(); ++it) {
        if (!mainKeys.contains(it.key()))
            words.append(it.key() + u' ' + oneLine(it.value()));
    }
    return words.join(u' ');
}

QString side(RuleProposal::Side s)
{
    return s == RuleProposal::Side::Request ? Text::tr("request") : Text::tr("response");
}

QString place(const RuleProposal &proposal)
{
    return proposal.key.isEmpty() ? proposal.category : proposal.category + u' ' + proposal.key;
}

QString example(const QJsonValue &value, int maxChars)
{
    QString text = oneLine(value);
    text.replace(u'\n', u' ');
    if (text.size() > maxChars)
        text = text.left(qMax(1, maxChars - 1)) + u'…';
    return text;
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString target(const HttpRequest &request)
{
    if (request.query.isEmpty())
        return request.path;
    QStringList pairs;
    for (const auto &entry : request.query.entries())
        pairs.append(entry.first + u'=' + entry.second);
    return request.path + u'?' + pairs.join(u'&');
}

QString contentType(const Body &body, const QString &header)
{
    if (!body.isPresent())
        return {};
    return baseMediaType(body.effectiveContentType(header));
}

QString detail(const CapturedExchange &exchange)
{
    const HttpRequest &q = exchange.request;
    const HttpResponse &r = exchange.response;
    QString out = q.method + u' ' + target(q) + u'\n' + headersText(q.headers);
    if (q.body.isPresent())
        out += u'\n' + bodyText(q.body, q.contentTypeHeader()) + u'\n';
    out += QStringLiteral("\n── ") + Text::tr("response") + QStringLiteral(" ──\n");
    out += QString::number(r.status) + u'\n' + headersText(r.headers);
    if (r.body.isPresent())
        out += u'\n' + bodyText(r.body, r.contentTypeHeader()) + u'\n';
    return out;
}

} // namespace Pactbench::CaptureFormat
