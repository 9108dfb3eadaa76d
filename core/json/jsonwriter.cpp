// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include "jsonnumber.h"
#include "numberformat.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace Pactbench {

namespace {

/// serde_json's escapes for bytes below 0x80: 0 for none, `u` for `\u00XX`, else the letter after `\`.
constexpr auto kEscapes = [] {
    std::array<char, 128> t{};
    for (int c = 0; c < 0x20; ++c)
        t[c] = 'u';
    t['\b'] = 'b';
    t['\t'] = 't';
    t['\n'] = 'n';
    t['\f'] = 'f';
    t['\r'] = 'r';
    t['"'] = '"';
    t['\\'] = '\\';
    return t;
}();

constexpr char kHex[] = "0123456789abcdef";

/// The output: a byte array grown geometrically, written through raw pointers.
class Output
{
public:
    /// Room for `bytes` more bytes; write them from the returned pointer, then commit().
    char *room(qsizetype bytes)
    {
        if (m_size + bytes > m_bytes.size())
            grow(bytes);
        return m_data + m_size;
    }
    void commit(const char *end) { m_size = end - m_data; }
    void append(char c) { *room(1) = c, ++m_size; }
    void append(const char *text, qsizetype length)
    {
        std::memcpy(room(length), text, size_t(length));
        m_size += length;
    }
    qsizetype size() const { return m_size; }
    void truncate(qsizetype size) { m_size = size; }
    QByteArray take()
    {
        const bool wasteful = m_bytes.size() - m_size > 4096 && m_size < m_bytes.size() / 2;
        m_bytes.resize(m_size);
        if (wasteful)
            m_bytes.squeeze();
        return std::move(m_bytes);
    }

private:
    void grow(qsizetype bytes)
    {
        m_bytes.resize(std::max({ m_bytes.size() * 2, m_size + bytes, qsizetype(256) }));
        m_data = m_bytes.data();
    }

    QByteArray m_bytes;
    char *m_data = nullptr;
    qsizetype m_size = 0;
};

char *writeUnitEscape(char *o, char16_t u)
{
    *o++ = '\\';
    *o++ = 'u';
    *o++ = kHex[(u >> 12) & 0xF];
    *o++ = kHex[(u >> 8) & 0xF];
    *o++ = kHex[(u >> 4) & 0xF];
    *o++ = kHex[u & 0xF];
    return o;
}

/// Non-ASCII from `p` up to the next ASCII unit, as UTF-8; lone surrogates as escapes.
char *writeNonAscii(char *o, const char16_t *&p, const char16_t *end)
{
    while (p < end && *p >= 0x80) {
        const char16_t u = *p++;
        if (u < 0x800) {
            *o++ = char(0xC0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *o++ = char(0xF0 | (c >> 18));
            *o++ = char(0x80 | ((c >> 12) & 0x3F));
            *o++ = char(0x80 | ((c >> 6) & 0x3F));
            *o++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            o = writeUnitEscape(o, u);
        } else {
            *o++ = char(0xE0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3F));
            *o++ = char(0x80 | (u & 0x3F));
        }
    }
    return o;
}

class Writer
{
public:
    Writer(JsonStyle style, const NumberLexemes *lexemes)
        : m_pretty(style == JsonStyle::Pretty), m_lexemes(lexemes && !lexemes->isEmpty() ? lexemes : nullptr)
    {
        if (m_lexemes)
            m_path = NumberLexemes::root();
    }

    QByteArray take() { return m_out.take(); }

    /// A QJsonValue, or a QJsonValueConstRef into a container (no QJsonValue made for strings then).
    template<typename Value> void value(const Value &v)
    {
        switch (v.type()) {
        case QJsonValue::Bool:
            v.toBool() ? m_out.append("true", 4) : m_out.append("false", 5);
            break;
        case QJsonValue::Double:
            number(QJsonValue(v));
            break;
        case QJsonValue::String:
            string(v.toString());
            break;
        case QJsonValue::Array:
            array(v.toArray());
            break;
        case QJsonValue::Object:
            object(v.toObject());
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            m_out.append("null", 4);
            break;
        }
    }

    void object(const QJsonObject &o)
    {
        if (o.isEmpty()) {
            m_out.append("{}", 2);
            return;
        }
        const qsizetype start = m_out.size();
        // Qt's order is serde's (UTF-8 bytes) as long as keys are ASCII: only sort otherwise.
        if (members(o, nullptr)) {
            const std::vector<qsizetype> order = utf8Order(o);
            if (!std::is_sorted(order.begin(), order.end()) || qsizetype(order.size()) != o.size()) {
                m_out.truncate(start);
                members(o, &order);
            }
        }
    }

    void array(const QJsonArray &a)
    {
        if (a.isEmpty()) {
            m_out.append("[]", 2);
            return;
        }
        m_out.append('[');
        ++m_depth;
        qsizetype i = 0;
        for (auto it = a.constBegin(); it != a.constEnd(); ++it, ++i) {
            if (i > 0)
                m_out.append(',');
            newline();
            if (m_lexemes) {
                const qsizetype mark = m_path.size();
                m_path += NumberLexemes::separator;
                m_path += QString::number(i);
                value(*it);
                m_path.truncate(mark);
            } else {
                value(*it);
            }
        }
        --m_depth;
        newline();
        m_out.append(']');
    }

private:
    /// Writes `o`'s members in Qt's order or in `order`; returns whether a key was not ASCII.
    bool members(const QJsonObject &o, const std::vector<qsizetype> *order)
    {
        m_out.append('{');
        ++m_depth;
        bool nonAscii = false;
        const qsizetype count = order ? qsizetype(order->size()) : o.size();
        const auto begin = o.constBegin();
        for (qsizetype i = 0; i < count; ++i) {
            const auto it = begin + (order ? order->at(i) : i);
            if (i > 0)
                m_out.append(',');
            newline();
            const QString key = it.key();
            nonAscii = string(key) || nonAscii;
            m_pretty ? m_out.append(": ", 2) : m_out.append(':');
            if (m_lexemes) {
                const qsizetype mark = m_path.size();
                m_path += NumberLexemes::separator;
                m_path += key;
                value(*it);
                m_path.truncate(mark);
            } else {
                value(*it);
            }
        }
        --m_depth;
        newline();
        m_out.append('}');
        return nonAscii;
    }

    /// The members' indexes by their keys' UTF-8 bytes; of equal keys (a Qt quirk) the last one.
    static std::vector<qsizetype> utf8Order(const QJsonObject &o)
    {
        std::vector<std::pair<QByteArray, qsizetype>> keys;
        keys.reserve(size_t(o.size()));
        qsizetype i = 0;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            keys.emplace_back(it.key().toUtf8(), i++);
        std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        std::vector<qsizetype> order;
        for (size_t k = 0; k < keys.size(); ++k) {
            if (k + 1 < keys.size() && keys[k].first == keys[k + 1].first)
                continue;
            order.push_back(keys[k].second);
        }
        return order;
    }

    void newline()
    {
        if (!m_pretty)
            return;
        const qsizetype indent = 2 * qsizetype(m_depth);
        char *o = m_out.room(1 + indent);
        *o++ = '\n';
        std::memset(o, ' ', size_t(indent));
        m_out.commit(o + indent);
    }

    void number(const QJsonValue &v)
    {
        if (m_lexemes) {
            const auto it = m_lexemes->entries().constFind(m_path);
            if (it != m_lexemes->entries().constEnd() && isJsonNumberLexeme(*it) && lexemeFits(*it, v)) {
                m_out.append(it->constData(), it->size());
                return;
            }
        }
        char *o = m_out.room(detail::kNumberBufferSize);
        m_out.commit(o + detail::formatNumber(v, o));
    }

    /// Writes `s` quoted and escaped; returns whether it had non-ASCII characters.
    bool string(QStringView s)
    {
        const char16_t *p = s.utf16();
        const char16_t *const end = p + s.size();
        char *o = m_out.room(2 + 6 * s.size()); // at most 6 bytes for each UTF-16 unit
        *o++ = '"';
        bool nonAscii = false;
        while (p < end) {
            const char16_t u = *p;
            if (u >= 0x80) {
                nonAscii = true;
                o = writeNonAscii(o, p, end);
                continue;
            }
            ++p;
            const char escape = kEscapes[u];
            if (!escape) {
                *o++ = char(u);
            } else if (escape == 'u') {
                o = writeUnitEscape(o, u);
            } else {
                *o++ = '\\';
                *o++ = escape;
            }
        }
        *o++ = '"';
        m_out.commit(o);
        return nonAscii;
    }

    Output m_out;
    const bool m_pretty;
    const NumberLexemes *const m_lexemes; ///< null when there are none: no path is kept then
    QString m_path;
    int m_depth = 0;
};

} // namespace

QByteArray JsonWriter::write(const QJsonValue &value, JsonStyle style, const NumberLexemes *lexemes)
{
    Writer w(style, lexemes);
    w.value(value);
    return w.take();
}

QByteArray JsonWriter::write(const QJsonObject &object, JsonStyle style, const NumberLexemes *lexemes)
{
    Writer w(style, lexemes);
    w.object(object);
    return w.take();
}

QByteArray JsonWriter::write(const QJsonArray &array, JsonStyle style, const NumberLexemes *lexemes)
{
    Writer w(style, lexemes);
    w.array(array);
    return w.take();
}

} // namespace Pactbench
