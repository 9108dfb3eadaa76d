// SPDX-License-Identifier: MIT
// JsonDoc: Qt's parse, plus a scan of the text for numbers written as decimals.
#include "jsonbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench::detail {

namespace {

const QChar sep(0x1F);

/// Walks valid JSON text and records the paths of decimal-looking numbers.
class DecimalScanner
{
public:
    DecimalScanner(const QByteArray &t, QSet<QString> &out)
        : m_t(t)
        , m_out(out)
    {
    }
    void run()
    {
        m_path.append(QStringLiteral("$"));
        skipSpace();
        value();
    }

private:
    void skipSpace()
    {
        while (m_pos < m_t.size() && (m_t.at(m_pos) == ' ' || m_t.at(m_pos) == '\n' || m_t.at(m_pos) == '\r'
                                      || m_t.at(m_pos) == '\t'))
            ++m_pos;
    }
    /// Skips a string; returns its raw bytes (escapes kept) when asked.
    QByteArray string(bool keep)
    {
        ++m_pos; // opening quote
        const qsizetype start = m_pos;
        while (m_pos < m_t.size() && m_t.at(m_pos) != '"') {
            if (m_t.at(m_pos) == '\\')
                ++m_pos;
            ++m_pos;
        }
        const qsizetype end = m_pos++;
        return keep ? m_t.mid(start, end - start) : QByteArray();
    }
    static QString decodeKey(const QByteArray &raw)
    {
        if (!raw.contains('\\'))
            return QString::fromUtf8(raw);
        return QJsonDocument::fromJson(QByteArray("[\"") + raw + QByteArray("\"]")).array().at(0).toString();
    }
    void value()
    {
        if (m_pos >= m_t.size())
            return;
        const char c = m_t.at(m_pos);
        if (c == '{')
            object();
        else if (c == '[')
            array();
        else if (c == '"')
            string(false);
        else
            scalar();
    }
    void object()
    {
        ++m_pos;
        skipSpace();
        while (m_pos < m_t.size() && m_t.at(m_pos) != '}') {
            m_path.append(decodeKey(string(true)));
            skipSpace();
            ++m_pos; // ':'
            skipSpace();
            value();
            m_path.removeLast();
            skipSpace();
            if (m_pos < m_t.size() && m_t.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos;
    }
    void array()
    {
        ++m_pos;
        skipSpace();
        int index = 0;
        while (m_pos < m_t.size() && m_t.at(m_pos) != ']') {
            m_path.append(QString::number(index++));
            value();
            m_path.removeLast();
            skipSpace();
            if (m_pos < m_t.size() && m_t.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos;
    }
    void scalar()
    {
        bool decimal = false;
        while (m_pos < m_t.size()) {
            const char c = m_t.at(m_pos);
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            if (c == '.' || c == 'e' || c == 'E')
                decimal = true;
            ++m_pos;
        }
        if (decimal)
            m_out.insert(m_path.join(sep));
    }

    const QByteArray &m_t;
    QSet<QString> &m_out;
    QStringList m_path;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<JsonDoc> JsonDoc::parse(const QByteArray &text, QString *error)
{
    QJsonParseError err;
    // Wrapping accepts scalars at the top, as serde does.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &err);
    if (err.error != QJsonParseError::NoError || doc.array().size() != 1 || text.trimmed().isEmpty()) {
        if (error) {
            *error = text.trimmed().isEmpty() ? QStringLiteral("EOF while parsing a value at line 1 column 0")
                                              : QStringLiteral("%1 at offset %2").arg(err.errorString()).arg(qMax(0, err.offset - 1));
        }
        return std::nullopt;
    }
    JsonDoc d;
    d.root = doc.array().at(0);
    d.fromText = true;
    const QByteArray trimmed = text.trimmed();
    DecimalScanner(trimmed, d.decimalPaths).run();
    return d;
}

JsonDoc JsonDoc::fromValue(const QJsonValue &value)
{
    JsonDoc d;
    d.root = value;
    return d;
}

bool JsonDoc::isDecimal(const ValuePath &path, const QJsonValue &value) const
{
    if (!value.isDouble())
        return false;
    if (!isIntegral(value))
        return true;
    return fromText && decimalPaths.contains(path.join(sep));
}

} // namespace Pactbench::detail
