// SPDX-License-Identifier: MIT
// YAML (yaml-cpp's event parser) into Qt values. Scalars are typed as YAML 1.2's core schema types plain ones;
// aliases share the anchored value (Qt values are implicitly shared) while their expanded size is counted
// against LoadLimits::maxNodes and their depth against maxDepth, so a "billion laughs" fails at once.
#include "sourcedoc.h"
#include "yamlscalars.h"
#include "yamltextbuilder.h"

#include <QJsonArray>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>
#include <vector>

namespace Pactbench::OpenApi::detail {

namespace {

struct Anchored
{
    QJsonValue value;
    qint64 nodes = 1; ///< values it holds once expanded, itself included
    int height = 0; ///< mappings and sequences nested in it, itself included
    QStringList keys; ///< a mapping's keys in document order, for the places an alias repeats it
};

class Builder final : public ContainerEvents<Builder>
{
    friend class ContainerEvents<Builder>;

public:
    Builder(SourceDoc &doc, const LoadLimits &limits) : m_doc(doc), m_limits(limits) { }

    bool done = false;

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (expectingKey()) {
            setKey(u"null"_qs, false, mark);
            return;
        }
        count(1, mark);
        remember(anchor, { QJsonValue(QJsonValue::Null), 1, 0, {} });
        deliver(QJsonValue(QJsonValue::Null));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw YamlStop{ u"an alias refers to an anchor that is not complete yet (a value holding itself)"_qs,
                mark };
        const Anchored &a = it->second;
        if (expectingKey()) {
            if (a.value.isObject() || a.value.isArray())
                throw YamlStop{ u"a mapping key must be a scalar"_qs, mark };
            setKey(a.value.toVariant().toString(), false, mark);
            return;
        }
        if (qsizetype(m_stack.size()) + a.height > m_limits.maxDepth)
            throw YamlStop{
                u"values nest deeper than %1 levels once aliases are expanded (LoadLimits::maxDepth)"_qs.arg(
                    m_limits.maxDepth),
                mark
            };
        count(a.nodes, mark);
        if (a.height > 0)
            m_doc.lines.insert(childPointer(), valueLine(mark));
        if (!a.keys.isEmpty())
            m_doc.keyOrder.insert(childPointer(), a.keys);
        deliver(a.value, a.height);
    }

    void OnScalar(
        const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        const QString text = QString::fromStdString(value);
        if (expectingKey()) {
            setKey(text, tag == "?" && text == u"<<"_qs, mark);
            remember(anchor, { text, 1, 0, {} });
            return;
        }
        count(1, mark);
        // Lines for the root's own scalars (openapi, swagger…) and for $refs, which errors name.
        if (!m_stack.empty() && (m_stack.size() == 1 || (m_stack.back().map && m_stack.back().key == u"$ref"_qs)))
            m_doc.lines.insert(childPointer(), mark.line + 1);
        const QJsonValue v = taggedScalar(tag, text);
        remember(anchor, { v, 1, 0, {} });
        deliver(v);
    }

private:
    struct Frame
    {
        bool map = false;
        QString pointer;
        QJsonObject object;
        QJsonArray array;
        QStringList keys;
        bool haveKey = false;
        QString key;
        int keyLine = 0; ///< a value under a key is placed on the key's line
        bool mergeKey = false;
        QJsonArray merges;
        YAML::anchor_t anchor = 0;
        qint64 nodesAtStart = 0;
        int height = 1;
        YAML::Mark mark;
    };

    bool expectingKey() const { return !m_stack.empty() && m_stack.back().map && !m_stack.back().haveKey; }

    QString childPointer() const
    {
        if (m_stack.empty())
            return QString();
        const Frame &f = m_stack.back();
        return f.map ? pointerChild(f.pointer, f.key) : pointerChild(f.pointer, f.array.size());
    }

    int valueLine(const YAML::Mark &mark) const
    {
        const bool underKey = !m_stack.empty() && m_stack.back().map;
        return underKey ? m_stack.back().keyLine : mark.line + 1;
    }

    void count(qint64 nodes, const YAML::Mark &mark)
    {
        m_nodes += nodes;
        if (m_nodes > m_limits.maxNodes)
            throw YamlStop{ u"the document holds more than %1 values once YAML aliases are expanded "
                            "(LoadLimits::maxNodes)"_qs.arg(m_limits.maxNodes),
                mark };
    }

    void remember(YAML::anchor_t anchor, const Anchored &a)
    {
        if (anchor != 0)
            m_anchors[anchor] = a;
    }

    void setKey(const QString &key, bool merge, const YAML::Mark &mark)
    {
        Frame &f = m_stack.back();
        if (!merge && f.object.contains(key))
            throw YamlStop{ u"the key \"%1\" appears twice in one mapping"_qs.arg(key), mark };
        f.key = key;
        f.keyLine = mark.line + 1;
        f.mergeKey = merge;
        f.haveKey = true;
    }

    void start(bool map, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (expectingKey())
            throw YamlStop{ u"a mapping key must be a scalar"_qs, mark };
        if (qsizetype(m_stack.size()) >= m_limits.maxDepth)
            throw YamlStop{ u"values nest deeper than %1 levels (LoadLimits::maxDepth)"_qs.arg(m_limits.maxDepth),
                mark };
        count(1, mark);
        Frame f;
        f.map = map;
        f.pointer = childPointer();
        f.anchor = anchor;
        f.nodesAtStart = m_nodes - 1;
        f.mark = mark;
        m_doc.lines.insert(f.pointer, valueLine(mark));
        m_stack.push_back(std::move(f));
    }

    void applyMerges(Frame &f)
    {
        for (const QJsonValue &m : std::as_const(f.merges)) {
            const QJsonArray sources = m.isArray() ? m.toArray() : QJsonArray{ m };
            for (const QJsonValue &s : sources) {
                if (!s.isObject())
                    throw YamlStop{ u"a merge key (<<) needs a mapping or a list of mappings"_qs, f.mark };
                const QJsonObject o = s.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (!f.object.contains(it.key()))
                        f.object.insert(it.key(), it.value());
                }
            }
        }
    }

    void finish()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        QJsonValue value;
        if (f.map) {
            applyMerges(f);
            m_doc.keyOrder.insert(f.pointer, f.keys);
            value = f.object;
        } else {
            value = f.array;
        }
        remember(f.anchor, { value, m_nodes - f.nodesAtStart, f.height, f.map ? f.keys : QStringList() });
        deliver(value, f.height);
    }

    void deliver(const QJsonValue &value, int height = 0)
    {
        if (m_stack.empty()) {
            m_doc.root = value;
            done = true;
            return;
        }
        Frame &f = m_stack.back();
        f.height = std::max(f.height, height + 1);
        if (!f.map) {
            f.array.append(value);
            return;
        }
        f.haveKey = false;
        if (f.mergeKey) {
            f.merges.append(value);
            return;
        }
        f.object.insert(f.key, value);
        f.keys.append(f.key);
    }

    SourceDoc &m_doc;
    const LoadLimits &m_limits;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    qint64 m_nodes = 0;
};

void fail(SpecError *error, const QString &file, const YAML::Mark &mark, const QString &message)
{
    if (!error)
        return;
    error->file = file;
    error->line = mark.is_null() ? 0 : mark.line + 1;
    error->column = mark.is_null() ? 0 : mark.column + 1;
    error->message = message;
}

} // namespace

namespace {

/// `read()`'s document, or nullopt with the problem in `error`: ours (YamlStop), yaml-cpp's, memory.
template<typename Read>
std::optional<SourceDoc> guarded(const QString &file, SpecError *error, const Read &read)
{
    try {
        return read();
    } catch (const YamlStop &stop) {
        fail(error, file, stop.mark, stop.message);
    } catch (const YAML::Exception &e) {
        fail(error, file, e.mark, u"not valid YAML: "_qs + QString::fromStdString(e.msg));
    } catch (const std::bad_alloc &) {
        fail(error, file, YAML::Mark::null_mark(), u"out of memory while reading YAML"_qs);
    } catch (const std::exception &e) {
        fail(error, file, YAML::Mark::null_mark(), u"cannot read YAML: "_qs + QString::fromLocal8Bit(e.what()));
    }
    return std::nullopt;
}

std::optional<SourceDoc> emptyDocument(const QString &file, SpecError *error)
{
    fail(error, file, YAML::Mark::null_mark(), u"the document is empty"_qs);
    return std::nullopt;
}

} // namespace

std::optional<SourceDoc> readYamlDocument(
    const QByteArray &bytes, const QString &file, const LoadLimits &limits, SpecError *error)
{
    // Most documents are read through JSON text; those with anchors, aliases, merge keys… by Builder.
    bool needsValues = false;
    std::optional<SourceDoc> read = guarded(file, error, [&]() -> std::optional<SourceDoc> {
        SourceDoc doc;
        doc.file = file;
        bool empty = false;
        needsValues = !readYamlAsText(std::string(bytes.constData(), size_t(bytes.size())), limits, &doc, &empty);
        if (needsValues)
            return std::nullopt;
        return empty ? emptyDocument(file, error) : std::optional<SourceDoc>(std::move(doc));
    });
    return needsValues ? readYamlDocumentWithValues(bytes, file, limits, error) : read;
}

std::optional<SourceDoc> readYamlDocumentWithValues(
    const QByteArray &bytes, const QString &file, const LoadLimits &limits, SpecError *error)
{
    return guarded(file, error, [&]() -> std::optional<SourceDoc> {
        SourceDoc doc;
        doc.file = file;
        std::istringstream in(std::string(bytes.constData(), size_t(bytes.size())));
        YAML::Parser parser(in);
        Builder builder(doc, limits);
        parser.HandleNextDocument(builder);
        return builder.done ? std::optional<SourceDoc>(std::move(doc)) : emptyDocument(file, error);
    });
}

} // namespace Pactbench::OpenApi::detail
