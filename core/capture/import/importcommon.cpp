// SPDX-License-Identifier: MIT
#include "importcommon.h"

#include <core/json/jsonreader.h>
#include <core/model/pactreader.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace Pactbench::Import::Detail {

void fail(const QString &location, const QString &message)
{
    throw FormatError{location, message};
}

QString errorText(const QString &name, const FormatError &error)
{
    if (error.location.isEmpty())
        return name + QStringLiteral(": ") + error.message;
    if (error.location.front().isDigit())
        return name + u':' + error.location + QStringLiteral(": ") + error.message;
    return name + QStringLiteral(": ") + error.location + QStringLiteral(": ") + error.message;
}

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

/// A key JavaScript would allow after a dot: letters, digits (not first), _ and $.
bool isPlainKey(const QString &key)
{
    if (key.isEmpty() || key.front().isDigit())
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '$'))
            return false;
    }
    return true;
}

QString childPath(const QString &parent, const QString &key)
{
    if (isPlainKey(key))
        return parent.isEmpty() ? key : parent + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

} // namespace

void Node::wrongType(const char *expected) const
{
    fail(m_path, QStringLiteral("expected %1, found %2").arg(QLatin1StringView(expected), typeName(m_value)));
}

Node Node::operator[](const QString &key) const
{
    if (!isMissing() && !m_value.isObject())
        wrongType("an object");
    return Node(m_value.toObject().value(key), childPath(m_path, key));
}

Node Node::operator[](qsizetype index) const
{
    return Node(m_value.toArray().at(index), m_path + u'[' + QString::number(index) + u']');
}

qsizetype Node::size(bool limited) const
{
    if (isMissing())
        return 0;
    if (!m_value.isArray())
        wrongType("an array");
    const qsizetype n = m_value.toArray().size();
    if (limited && n > MaxEntries)
        fail(m_path, QStringLiteral("%1 entries: more than the limit of 100,000 entries").arg(n));
    return n;
}

QStringList Node::keys() const
{
    return object().keys();
}

QJsonObject Node::object() const
{
    if (!isMissing() && !m_value.isObject())
        wrongType("an object");
    return m_value.toObject();
}

QString Node::string(const QString &fallback) const
{
    if (isMissing())
        return fallback;
    if (!m_value.isString())
        wrongType("a string");
    return m_value.toString();
}

QString Node::text(const QString &fallback) const
{
    if (m_value.isDouble())
        return QString::number(m_value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (m_value.isBool())
        return m_value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return string(fallback);
}

double Node::number(double fallback) const
{
    if (isMissing())
        return fallback;
    if (!m_value.isDouble())
        wrongType("a number");
    return m_value.toDouble();
}

int Node::integer(int fallback) const
{
    const double d = number(fallback);
    if (d != double(qint64(d)) || d < -2147483648.0 || d > 2147483647.0)
        fail(m_path, QStringLiteral("expected an integer, found %1").arg(d));
    return int(d);
}

bool Node::boolean(bool fallback) const
{
    if (isMissing())
        return fallback;
    if (!m_value.isBool())
        wrongType("a boolean");
    return m_value.toBool();
}

const Node &Node::required() const
{
    if (isMissing())
        fail(m_path, m_value.isNull() ? QStringLiteral("null where a value is required") : QStringLiteral("missing"));
    return *this;
}

QJsonValue parseJson(const QByteArray &data, NumberLexemes *lexemes)
{
    const qsizetype bom = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (std::all_of(data.cbegin() + bom, data.cend(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }))
        fail({}, QStringLiteral("the file is empty"));
    const JsonReadResult json = JsonReader::read(bom ? data.sliced(bom) : data);
    if (!json.ok()) {
        const auto [line, column] = lineColumnOf(data, json.errorOffset + bom);
        fail(QStringLiteral("%1:%2").arg(line).arg(column), QStringLiteral("not valid JSON: %1").arg(json.error));
    }
    if (lexemes)
        *lexemes = json.lexemes;
    return json.value;
}

UrlParts splitUrl(const QString &url)
{
    UrlParts parts;
    QString rest = url.trimmed();
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0)
        rest.truncate(hash);
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const QRegularExpressionMatch m = scheme.match(rest);
    if (m.hasMatch() && rest.mid(m.capturedLength(), 2) == QStringLiteral("//")) {
        parts.scheme = m.captured(1).toLower();
        const qsizetype authorityStart = m.capturedLength() + 2;
        qsizetype end = authorityStart;
        while (end < rest.size() && rest.at(end) != u'/' && rest.at(end) != u'?')
            ++end;
        QString authority = rest.mid(authorityStart, end - authorityStart);
        authority = authority.mid(authority.lastIndexOf(u'@') + 1); // no user info in notes
        parts.origin = parts.scheme + QStringLiteral("://") + authority;
        rest = rest.mid(end);
    } else if (m.hasMatch() && !rest.startsWith(u'/')) {
        parts.scheme = m.captured(1).toLower(); // data:, blob:, about:
        parts.origin = parts.scheme + u':';
        return parts;
    }
    const qsizetype q = rest.indexOf(u'?');
    const QString path = q >= 0 ? rest.left(q) : rest;
    parts.path = QUrl::fromPercentEncoding(path.toUtf8());
    if (!parts.path.startsWith(u'/'))
        parts.path.prepend(u'/');
    if (q >= 0) {
        parts.hasQuery = true;
        parts.query = QueryParams::fromQueryString(rest.mid(q + 1));
    }
    return parts;
}

void appendHeader(Headers &headers, const QString &name, const QString &value)
{
    if (name.startsWith(u':') || name.isEmpty())
        return;
    headers.append(name, value);
}

QString basicAuthorization(const QString &user, const QString &password)
{
    return QStringLiteral("Basic ") + QString::fromLatin1((user + u':' + password).toUtf8().toBase64());
}

namespace {

bool looksLikeJsonContainer(const QByteArray &content)
{
    const QByteArray t = content.trimmed();
    return (t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'));
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = decoder(bytes);
    return !decoder.hasError() && !s.contains(QChar(0));
}

} // namespace

Body makeBody(const QByteArray &content, const QString &contentType)
{
    if (content.isEmpty())
        return Body::missing();
    const ContentKind kind = contentKindOf(contentType);
    if (kind == ContentKind::Json || (contentType.isEmpty() && looksLikeJsonContainer(content))) {
        const JsonReadResult json = JsonReader::read(content);
        if (json.ok()) {
            Body body = Body::fromJson(json.value, contentType);
            body.lexemes = json.lexemes;
            return body;
        }
    }
    const bool textual = kind != ContentKind::Binary && kind != ContentKind::Multipart;
    if (textual && isValidUtf8(content))
        return Body::fromText(QString::fromUtf8(content), contentType);
    return Body::fromBytes(content, contentType.isEmpty() ? QStringLiteral("application/octet-stream") : contentType);
}

QString formEncode(const QList<QPair<QString, QString>> &pairs)
{
    QStringList parts;
    for (const auto &[name, value] : pairs) {
        QString part = QString::fromLatin1(QUrl::toPercentEncoding(name));
        part += u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
        parts.append(part);
    }
    return parts.join(u'&');
}

void OriginNote::add(const QString &origin)
{
    if (origin.isEmpty() || m_seen.contains(origin))
        return;
    m_seen.insert(origin);
    m_origins.append(origin);
}

void OriginNote::addTo(CaptureBatch &batch, const QString &where) const
{
    if (m_origins.isEmpty())
        return;
    const QString list = m_origins.size() > 10 ? m_origins.mid(0, 10).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                               : m_origins.join(QStringLiteral(", "));
    batch.notes.append({CaptureNote::Kind::Info, where,
                        QStringLiteral("requests went to %1 (scheme and host are not part of an interaction)").arg(list)});
}

QByteArray readInputFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        fail({}, QStringLiteral("no such file"));
    if (info.size() > MaxInputBytes)
        fail({}, QStringLiteral("the file has %1 bytes: more than the limit of 256 MiB").arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail({}, QStringLiteral("cannot read: %1").arg(file.errorString()));
    QByteArray data = file.read(MaxInputBytes + 1);
    if (data.size() > MaxInputBytes)
        fail({}, QStringLiteral("the file has more than the limit of 256 MiB"));
    return data;
}

QString displayName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

} // namespace Pactbench::Import::Detail
