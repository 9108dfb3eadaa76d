// SPDX-License-Identifier: MIT
// The documents a load reads, $ref resolution (non-schema refs followed, schema refs turned into definitions)
// and the warnings.
#include "loadcontext.h"

#include "schemaconvert.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Pactbench::OpenApi::detail {

Node Node::child(const QString &key) const
{
    return { doc, pointerChild(pointer, key), value.toObject().value(key) };
}

Node Node::at(qsizetype index) const
{
    return { doc, pointerChild(pointer, index), value.toArray().at(index) };
}

QStringList Node::keys() const
{
    return doc ? doc->keysOf(pointer, value.toObject()) : value.toObject().keys();
}

std::optional<QByteArray> readLocalFile(const QString &path, qint64 maxBytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QByteArray bytes;
    if (file.isSequential()) { // a pipe: its size is unknown, read no more than the limit allows
        while (bytes.size() <= maxBytes) {
            const QByteArray chunk = file.read(std::min<qint64>(maxBytes + 1 - bytes.size(), 1 << 20));
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
    } else if (file.size() <= maxBytes) {
        bytes = file.readAll();
    }
    if (bytes.size() > maxBytes || file.size() > maxBytes) {
        *error = u"the file is larger than %1 bytes (LoadLimits::maxFileBytes)"_qs.arg(maxBytes);
        return std::nullopt;
    }
    return bytes;
}

QString describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_qs;
    case QJsonValue::Bool:
        return u"a boolean"_qs;
    case QJsonValue::Double:
        return u"a number"_qs;
    case QJsonValue::String:
        return u"a string"_qs;
    case QJsonValue::Array:
        return u"a list"_qs;
    case QJsonValue::Object:
        return u"a mapping"_qs;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_qs;
}

namespace {

DocumentReader localFileReader(qint64 maxBytes)
{
    return [maxBytes](const QString &location, QString *error) -> std::optional<QByteArray> {
        const QUrl url(location);
        const bool isUrl = url.scheme().size() > 1;
        if (isUrl && !url.isLocalFile()) {
            *error = u"only local files are read here, not URLs"_qs;
            return std::nullopt;
        }
        return readLocalFile(isUrl ? url.toLocalFile() : location, maxBytes, error);
    };
}

bool isUrl(const QString &s)
{
    return QUrl(s).scheme().size() > 1;
}

QString resolveLocation(const QString &base, const QString &relative)
{
    if (isUrl(relative))
        return relative;
    if (isUrl(base))
        return QUrl(base).resolved(QUrl(relative)).toString();
    const QString path = QUrl::fromPercentEncoding(relative.toUtf8());
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QFileInfo(base).dir().filePath(path));
}

/// The same document reached by different spellings ("./a.yaml", "b/../a.yaml") is read once.
QString documentKey(const QString &location)
{
    return isUrl(location) ? location : QDir::cleanPath(QFileInfo(location).absoluteFilePath());
}

QString sanitizedKey(const QString &text)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_qs);
    QString key = text;
    key.replace(unsafe, u"_"_qs);
    while (key.startsWith(u'_'))
        key.remove(0, 1);
    while (key.endsWith(u'_'))
        key.chop(1);
    return key.isEmpty() ? u"schema"_qs : key;
}

} // namespace

LoadContext::LoadContext(const QString &rootName, const DocumentReader &reader, const LoadLimits &limits)
    : m_reader(reader ? reader : localFileReader(limits.maxFileBytes)), m_limits(limits), m_rootName(rootName)
{
    spec.file = rootName;
}

void LoadContext::readRoot(const QByteArray &bytes)
{
    SpecError error;
    std::optional<SourceDoc> doc = readDocument(bytes, m_rootName, m_limits, &error);
    if (!doc)
        throw SpecFailure{ error };
    auto owned = std::make_unique<SourceDoc>(std::move(*doc));
    m_root = owned.get();
    m_docs.emplace(documentKey(m_rootName), std::move(owned));
    const QJsonObject r = m_root->root.toObject();
    for (const QJsonValue &group :
        { r.value(u"components"_qs).toObject().value(u"schemas"_qs), r.value(u"definitions"_qs) }) {
        const QStringList names = group.toObject().keys();
        for (const QString &name : names)
            m_reservedKeys.insert(name);
    }
}

Node LoadContext::root() const
{
    return { m_root, QString(), m_root->root };
}

const SourceDoc &LoadContext::document(const QString &location, const Node &from)
{
    const QString key = documentKey(location);
    const auto it = m_docs.find(key);
    if (it != m_docs.end())
        return *it->second;
    if (qsizetype(m_docs.size()) >= m_limits.maxFiles)
        throw SpecFailure{ { from.doc->file, from.refLine(), 0,
            u"a $ref reaches more than %1 files (LoadLimits::maxFiles)"_qs.arg(m_limits.maxFiles) } };
    QString problem;
    const std::optional<QByteArray> bytes = m_reader(location, &problem);
    if (!bytes)
        throw SpecFailure{ { from.doc->file, from.refLine(), 0,
            u"cannot read %1, referred to by a $ref here: %2"_qs.arg(location, problem) } };
    SpecError error;
    std::optional<SourceDoc> doc = readDocument(*bytes, location, m_limits, &error);
    if (!doc)
        throw SpecFailure{ error };
    auto owned = std::make_unique<SourceDoc>(std::move(*doc));
    const SourceDoc &out = *owned;
    m_docs.emplace(key, std::move(owned));
    return out;
}

LoadContext::Target LoadContext::resolve(const QString &ref, const Node &from)
{
    const qsizetype hash = ref.indexOf(u'#');
    const QString filePart = hash < 0 ? ref : ref.left(hash);
    const QString fragment = hash < 0 ? QString() : QUrl::fromPercentEncoding(ref.mid(hash + 1).toUtf8());
    const SourceDoc &doc = filePart.isEmpty() ? *from.doc : document(resolveLocation(from.doc->file, filePart), from);
    if (!fragment.isEmpty() && !fragment.startsWith(u'/'))
        return { std::nullopt, u"only JSON pointer fragments are supported, not \"#%1\""_qs.arg(fragment) };
    Node node{ &doc, QString(), doc.root };
    const QStringList steps = fragment.split(u'/');
    for (qsizetype i = 1; i < steps.size(); ++i) {
        QString step = steps.at(i);
        step.replace(u"~1"_qs, u"/"_qs).replace(u"~0"_qs, u"~"_qs);
        bool isIndex = false;
        const qsizetype index = step.toLongLong(&isIndex);
        if (node.value.isObject() && node.has(step))
            node = node.child(step);
        else if (node.value.isArray() && isIndex && index >= 0 && index < node.value.toArray().size())
            node = node.at(index);
        else
            return { std::nullopt, u"no value at #%1"_qs.arg(fragment) };
    }
    return { node, QString() };
}

std::optional<Node> LoadContext::follow(const Node &node, const QString &location)
{
    Node current = node;
    QStringList chain;
    QSet<QString> seen;
    while (current.isObject() && current.has(u"$ref"_qs)) {
        const QJsonValue ref = current.object().value(u"$ref"_qs);
        if (!ref.isString()) {
            warn(u"$ref must be a string, not %1"_qs.arg(describeType(ref)), place(location, current));
            return std::nullopt;
        }
        const QString id = current.doc->file + u'#' + current.pointer;
        chain.append(id);
        if (seen.contains(id))
            throw SpecFailure{ { node.doc->file, node.refLine(), 0, u"a $ref cycle: "_qs + chain.join(u" → "_qs) } };
        seen.insert(id);
        const Target target = resolve(ref.toString(), current);
        if (!target.node) {
            warn(u"cannot resolve $ref \"%1\" in %2: %3"_qs.arg(ref.toString(), current.doc->file, target.problem),
                place(location, current));
            return std::nullopt;
        }
        current = *target.node;
    }
    return current;
}

QString LoadContext::uniqueKey(const QString &wanted)
{
    QString key = wanted;
    for (int n = 2; m_usedKeys.contains(key) || m_reservedKeys.contains(key); ++n)
        key = wanted + u'_' + QString::number(n);
    m_usedKeys.insert(key);
    return key;
}

QString LoadContext::definitionRef(const QString &ref, const Node &from, const QString &location)
{
    // What a $ref names depends only on the document it is written in (a relative file is relative to it).
    if (const auto known = m_refKeys.constFind({from.doc, ref}); known != m_refKeys.constEnd())
        return *known;
    const Target target = resolve(ref, from);
    if (!target.node) {
        warn(u"cannot resolve schema $ref \"%1\" in %2: %3 (any value is accepted there)"_qs.arg(
                 ref, from.doc->file, target.problem),
            place(location, from));
        const QString key = uniqueKey(u"unresolved_"_qs + sanitizedKey(ref));
        spec.definitions.insert(key, QJsonObject());
        return u"#/definitions/"_qs + key;
    }
    const Node &t = *target.node;
    const QString id = t.doc->file + u'#' + t.pointer;
    if (const auto it = m_schemaKeys.constFind(id); it != m_schemaKeys.constEnd())
        return *m_refKeys.insert({from.doc, ref}, u"#/definitions/"_qs + it.value());
    static const QRegularExpression component(u"^/(components/schemas|definitions)/([A-Za-z0-9._-]+)$"_qs);
    const QRegularExpressionMatch m = component.match(t.pointer);
    QString key;
    if (t.doc == m_root && m.hasMatch() && !m_usedKeys.contains(m.captured(2))) {
        key = m.captured(2);
        m_usedKeys.insert(key);
    } else {
        QStringList parts;
        if (t.doc != m_root)
            parts.append(QFileInfo(t.doc->file).fileName());
        if (!t.pointer.isEmpty())
            parts.append(t.pointer.mid(1));
        key = uniqueKey(sanitizedKey(parts.join(u'_')));
    }
    m_schemaKeys.insert(id, key);
    m_pending.append({ key, t, location });
    return *m_refKeys.insert({from.doc, ref}, u"#/definitions/"_qs + key);
}

QJsonValue LoadContext::schema(const Node &node, const QString &location)
{
    return convertSchema(
        node.value, spec.format, [&](const QString &ref) { return definitionRef(ref, node, location); });
}

QJsonValue LoadContext::schema(const QJsonValue &raw, const SourceDoc *doc, const QString &location)
{
    return schema(Node{ doc, QString(), raw }, location);
}

void LoadContext::finishDefinitions()
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const PendingSchema p = m_pending.at(i);
        spec.definitions.insert(p.key, schema(p.node, p.location));
    }
    // A definition that is only a $ref to itself, directly or through others, holds no schema at all.
    const QString prefix = u"#/definitions/"_qs;
    const QStringList keys = spec.definitions.keys();
    for (const QString &key : keys) {
        QSet<QString> seen{ key };
        QJsonObject d = spec.definitions.value(key).toObject();
        while (d.size() == 1 && d.value(u"$ref"_qs).toString().startsWith(prefix)) {
            const QString next = d.value(u"$ref"_qs).toString().mid(prefix.size());
            if (seen.contains(next)) {
                warn(u"the schema %1 is only a $ref cycle; any value is accepted there"_qs.arg(key),
                    SpecPlace{ u"[root].definitions."_qs + key, m_rootName, 0 });
                spec.definitions.insert(key, QJsonObject());
                break;
            }
            seen.insert(next);
            d = spec.definitions.value(next).toObject();
        }
    }
}

SpecPlace LoadContext::place(const QString &location, const Node &node) const
{
    return { location, node.doc ? node.doc->file : m_rootName, node.line() };
}

void LoadContext::warn(const QString &message, const SpecPlace &where)
{
    spec.warnings.append({ message, where });
}

bool LoadContext::expectObject(const Node &node, const QString &location)
{
    if (node.isObject())
        return true;
    warn(u"expected a mapping, found %1"_qs.arg(describeType(node.value)), place(location, node));
    return false;
}

} // namespace Pactbench::OpenApi::detail
