// SPDX-License-Identifier: MIT
#include "yamltextbuilder.h"

#include "yamlscalars.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QUtf8StringView>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <cmath>
#include <sstream>
#include <vector>

namespace Pactbench::OpenApi::detail {

namespace {

/// Thrown to hand the document to the value builder.
struct NeedsValueBuilder
{
};

/// `text` as a JSON string: quotes, backslashes and control characters escaped, the rest as it is (UTF-8).
void writeString(const std::string &text, QByteArray &out)
{
    bool ascii = true;
    out += '"';
    qsizetype from = 0;
    const qsizetype size = qsizetype(text.size());
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(text[size_t(i)]);
        if (c >= 0x80)
            ascii = false;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + from, i - from);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        from = i + 1;
    }
    out.append(text.data() + from, size - from);
    out += '"';
    if (!ascii && !QUtf8StringView(text.data(), size).isValidUtf8())
        throw NeedsValueBuilder{}; // QString::fromStdString would replace what fromJson refuses
}

/// A number as fromJson reads it back: an integer as one, a real with a point or an exponent.
void writeNumber(const Scalar &s, QByteArray &out)
{
    if (s.kind == Scalar::Kind::Integer) {
        out += QByteArray::number(s.integer);
        return;
    }
    if (!std::isfinite(s.real))
        throw NeedsValueBuilder{};
    const QByteArray real = QByteArray::number(s.real, 'g', QLocale::FloatingPointShortest);
    out += real;
    if (!real.contains('.') && !real.contains('e') && !real.contains('E'))
        out += ".0";
}

class TextBuilder final : public ContainerEvents<TextBuilder>
{
    friend class ContainerEvents<TextBuilder>;

public:
    TextBuilder(SourceDoc &doc, const LoadLimits &limits, qsizetype sizeHint)
        : m_doc(doc)
        , m_limits(limits)
    {
        m_text.reserve(sizeHint + sizeHint / 4 + 2);
        m_text += '['; // fromJson reads an array or an object; the root may be a scalar
    }

    bool done = false;
    QByteArray text() { return m_text + ']'; }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (anchor != 0)
            throw NeedsValueBuilder{};
        if (expectingKey()) {
            setKey("null", mark);
            return;
        }
        count(mark);
        beforeValue();
        m_text += "null";
        afterValue();
    }

    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { throw NeedsValueBuilder{}; }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        if (anchor != 0)
            throw NeedsValueBuilder{};
        if (expectingKey()) {
            if (tag == "?" && value == "<<")
                throw NeedsValueBuilder{}; // a merge key
            setKey(value, mark);
            return;
        }
        count(mark);
        // Lines for the root's own scalars (openapi, swagger…) and for $refs, which errors name.
        if (!m_stack.empty() && (m_stack.size() == 1 || (m_stack.back().map && m_stack.back().key == u"$ref"_qs)))
            m_doc.lines.insert(childPointer(), mark.line + 1);
        beforeValue();
        writeScalar(tag, value);
        afterValue();
    }

private:
    struct Frame
    {
        bool map = false;
        QString pointer;
        qsizetype members = 0; ///< values (a sequence) or keys (a mapping) so far
        QStringList keys;
        QSet<QString> keySet; ///< the keys too, once there are many (a scan of `keys` is cheaper before)
        bool haveKey = false;
        QString key;
        int keyLine = 0; ///< a value under a key is placed on the key's line
    };

    bool expectingKey() const { return !m_stack.empty() && m_stack.back().map && !m_stack.back().haveKey; }

    QString childPointer() const
    {
        if (m_stack.empty())
            return QString();
        const Frame &f = m_stack.back();
        return f.map ? pointerChild(f.pointer, f.key) : pointerChild(f.pointer, f.members);
    }

    void count(const YAML::Mark &mark)
    {
        if (++m_nodes > m_limits.maxNodes)
            throw YamlStop{ u"the document holds more than %1 values once YAML aliases are expanded "
                            "(LoadLimits::maxNodes)"_qs.arg(m_limits.maxNodes),
                mark };
    }

    void setKey(const std::string &raw, const YAML::Mark &mark)
    {
        Frame &f = m_stack.back();
        const QString key = QString::fromStdString(raw);
        constexpr qsizetype kScanned = 16;
        if (f.keys.size() < kScanned ? f.keys.contains(key) : f.keySet.contains(key))
            throw YamlStop{ u"the key \"%1\" appears twice in one mapping"_qs.arg(key), mark };
        if (f.keys.size() == kScanned - 1)
            f.keySet = QSet<QString>(f.keys.begin(), f.keys.end());
        if (f.keys.size() >= kScanned - 1)
            f.keySet.insert(key);
        if (f.members++ > 0)
            m_text += ',';
        writeString(raw, m_text);
        m_text += ':';
        f.key = key;
        f.keyLine = mark.line + 1;
        f.haveKey = true;
    }

    void writeScalar(const std::string &tag, const std::string &value)
    {
        // Most scalars are text whose first character says so: no QString for them.
        if (typesScalar(tag) && (value.empty() || mayBeTyped(char16_t(static_cast<unsigned char>(value.front()))))) {
            const Scalar s = taggedScalarKind(tag, QString::fromStdString(value));
            switch (s.kind) {
            case Scalar::Kind::Null:
                m_text += "null";
                return;
            case Scalar::Kind::Bool:
                m_text += s.boolean ? "true" : "false";
                return;
            case Scalar::Kind::Integer:
            case Scalar::Kind::Real:
                writeNumber(s, m_text);
                return;
            case Scalar::Kind::Text:
                break;
            }
        }
        writeString(value, m_text);
    }

    void beforeValue()
    {
        if (!m_stack.empty() && !m_stack.back().map && m_stack.back().members > 0)
            m_text += ',';
    }

    void afterValue()
    {
        if (m_stack.empty()) {
            done = true;
            return;
        }
        Frame &f = m_stack.back();
        if (f.map) {
            f.keys.append(f.key);
            f.haveKey = false;
        } else {
            ++f.members;
        }
    }

    void start(bool map, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != 0)
            throw NeedsValueBuilder{};
        if (expectingKey())
            throw YamlStop{ u"a mapping key must be a scalar"_qs, mark };
        if (qsizetype(m_stack.size()) >= m_limits.maxDepth)
            throw YamlStop{ u"values nest deeper than %1 levels (LoadLimits::maxDepth)"_qs.arg(m_limits.maxDepth), mark };
        count(mark);
        Frame f;
        f.map = map;
        f.pointer = childPointer();
        const bool underKey = !m_stack.empty() && m_stack.back().map;
        m_doc.lines.insert(f.pointer, underKey ? m_stack.back().keyLine : mark.line + 1);
        beforeValue();
        m_text += map ? '{' : '[';
        m_stack.push_back(std::move(f));
    }

    void finish()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        m_text += f.map ? '}' : ']';
        if (f.map)
            m_doc.keyOrder.insert(f.pointer, f.keys);
        afterValue();
    }

    SourceDoc &m_doc;
    const LoadLimits &m_limits;
    QByteArray m_text;
    std::vector<Frame> m_stack;
    qint64 m_nodes = 0;
};

} // namespace

bool readYamlAsText(const std::string &text, const LoadLimits &limits, SourceDoc *doc, bool *empty)
{
    std::istringstream in(text);
    YAML::Parser parser(in);
    TextBuilder builder(*doc, limits, qsizetype(text.size()));
    try {
        parser.HandleNextDocument(builder);
    } catch (const NeedsValueBuilder &) {
        return false;
    }
    *empty = !builder.done;
    if (!builder.done)
        return true;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(builder.text(), &error);
    if (error.error != QJsonParseError::NoError)
        return false; // not expected; the value builder reads it
    doc->root = json.array().at(0);
    return true;
}

} // namespace Pactbench::OpenApi::detail
