// SPDX-License-Identifier: MIT
// SourceDoc, and JSON documents: Qt's parser for the values, then one pass over the accepted text for the
// lines of mappings and sequences and the order of keys.
#include "sourcedoc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cstring>
#include <vector>

namespace Pactbench::OpenApi::detail {

int SourceDoc::lineOf(const QString &pointer) const
{
    QString p = pointer;
    while (true) {
        const auto it = lines.constFind(p);
        if (it != lines.constEnd())
            return it.value();
        if (p.isEmpty())
            return 0;
        p.truncate(p.lastIndexOf(u'/'));
    }
}

QStringList SourceDoc::keysOf(const QString &pointer, const QJsonObject &object) const
{
    QStringList out;
    QSet<QString> seen;
    const auto it = keyOrder.constFind(pointer);
    if (it != keyOrder.constEnd()) {
        for (const QString &k : it.value()) {
            if (object.contains(k) && !seen.contains(k)) {
                seen.insert(k);
                out.append(k);
            }
        }
        if (out.size() == object.size())
            return out;
    }
    for (auto k = object.begin(); k != object.end(); ++k) { // merged keys, or a value without recorded order
        if (!seen.contains(k.key()))
            out.append(k.key());
    }
    return out;
}

QString pointerChild(const QString &pointer, const QString &key)
{
    if (!key.contains(u'~') && !key.contains(u'/'))
        return pointer + u'/' + key;
    QString k = key;
    k.replace(u'~', u"~0"_qs).replace(u'/', u"~1"_qs);
    return pointer + u'/' + k;
}

QString pointerChild(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

namespace {

/// Where the string whose opening quote is at `p` ends (after its closing quote).
const char *skipString(const char *p, const char *end)
{
    ++p;
    while (p < end) {
        if (*p == '\\')
            p += 2;
        else if (*p == '"')
            return p + 1;
        else
            ++p;
    }
    return end;
}

QString decodeKey(const char *begin, const char *end)
{
    const QByteArray raw(begin, end - begin);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QJsonDocument d = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return d.array().at(0).toString();
}

struct Frame
{
    bool object = false;
    QString pointer;
    QStringList keys;
    QString key;
    qsizetype index = 0;
};

/// Records lines and key order; false with `*depthLine` when nesting passes `maxDepth`.
bool scanStructure(const QByteArray &bytes, SourceDoc &doc, int maxDepth, int *depthLine)
{
    std::vector<Frame> stack;
    bool expectKey = false;
    int line = 1;
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    while (p < end) {
        const char c = *p;
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            const char *close = skipString(p, end);
            if (expectKey && !stack.empty() && stack.back().object) {
                stack.back().key = decodeKey(p + 1, close - 1);
                stack.back().keys.append(stack.back().key);
                expectKey = false;
            } else if (!stack.empty() && stack.back().object
                && (stack.size() == 1 || stack.back().key == u"$ref"_qs)) { // as yamlreader.cpp
                doc.lines.insert(pointerChild(stack.back().pointer, stack.back().key), line);
            }
            p = close;
            continue;
        } else if (c == '{' || c == '[') {
            if (qsizetype(stack.size()) >= maxDepth) {
                *depthLine = line;
                return false;
            }
            Frame f;
            f.object = c == '{';
            if (!stack.empty())
                f.pointer = stack.back().object ? pointerChild(stack.back().pointer, stack.back().key)
                                                : pointerChild(stack.back().pointer, stack.back().index);
            doc.lines.insert(f.pointer, line);
            stack.push_back(std::move(f));
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (stack.empty())
                break;
            if (stack.back().object)
                doc.keyOrder.insert(stack.back().pointer, stack.back().keys);
            stack.pop_back();
            expectKey = false;
        } else if (c == ',' && !stack.empty()) {
            if (stack.back().object)
                expectKey = true;
            else
                ++stack.back().index;
        }
        ++p;
    }
    return true;
}

void lineAndColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArray before = bytes.left(offset);
    *line = int(before.count('\n')) + 1;
    *column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
}

} // namespace

std::optional<SourceDoc> readJsonDocument(
    const QByteArray &bytes, const QString &file, const LoadLimits &limits, SpecError *error)
{
    QJsonParseError parseError;
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = SpecError{ file, 0, 0, u"not valid JSON: "_qs + parseError.errorString() };
            lineAndColumn(bytes, parseError.offset, &error->line, &error->column);
        }
        return std::nullopt;
    }
    SourceDoc doc;
    doc.file = file;
    doc.root = d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array());
    int depthLine = 0;
    if (!scanStructure(bytes, doc, limits.maxDepth, &depthLine)) {
        if (error)
            *error = SpecError{ file, depthLine, 0,
                u"values nest deeper than %1 levels (LoadLimits::maxDepth)"_qs.arg(limits.maxDepth) };
        return std::nullopt;
    }
    return doc;
}

std::optional<SourceDoc> readDocument(
    const QByteArray &bytes, const QString &file, const LoadLimits &limits, SpecError *error)
{
    if (bytes.size() > limits.maxFileBytes) {
        if (error)
            *error = SpecError{ file, 0, 0,
                u"the file is larger than %1 bytes (LoadLimits::maxFileBytes)"_qs.arg(limits.maxFileBytes) };
        return std::nullopt;
    }
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && std::strchr(" \t\r\n", bytes.at(i)) && bytes.at(i) != '\0')
        ++i;
    if (i < bytes.size() && (bytes.at(i) == '{' || bytes.at(i) == '[')) {
        SpecError jsonError;
        if (auto doc = readJsonDocument(bytes, file, limits, &jsonError))
            return doc;
        // Flow-style YAML ({openapi: 3.0.0, …}) is not JSON: try it as YAML, else report the JSON error.
        if (auto doc = readYamlDocument(bytes, file, limits, nullptr))
            return doc;
        if (error)
            *error = jsonError;
        return std::nullopt;
    }
    return readYamlDocument(bytes, file, limits, error);
}

} // namespace Pactbench::OpenApi::detail
