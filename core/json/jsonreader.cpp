// SPDX-License-Identifier: MIT
#include "jsonreader.h"

#include "lexemescanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pactbench {

namespace {

/// Qt skips a UTF-8 BOM at the very start, when more follows it.
qsizetype bomLength(QByteArrayView text)
{
    return text.size() > 3 && text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

qsizetype skipSpace(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
        ++pos;
    return pos;
}

/// Where a top-level scalar starts, or -1 when the text does not start like one.
qsizetype scalarStart(QByteArrayView text)
{
    const qsizetype pos = skipSpace(text, bomLength(text));
    if (pos < text.size() && QByteArrayView("\"-0123456789tfn").contains(text[pos]))
        return pos;
    return -1;
}

/// Where the top-level scalar at `start` ends, by Qt's grammar.
qsizetype scalarEnd(QByteArrayView text, qsizetype start)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    const char *p = begin + start;
    switch (*p) {
    case '"':
        return detail::LexemeScanner::skipString(p + 1, end) - begin;
    case 't':
    case 'n':
        return qMin(start + 4, text.size());
    case 'f':
        return qMin(start + 5, text.size());
    default:
        return detail::LexemeScanner::skipNumber(p, end) - begin;
    }
}

void setError(JsonReadResult &r, QJsonParseError::ParseError error, qsizetype offset)
{
    QJsonParseError e;
    e.error = error;
    r.error = e.errorString();
    r.errorOffset = offset;
}

/**
 * A scalar at the top, which Qt refuses: Qt reads it inside an array, offsets are mapped back,
 * and anything after it is garbage at the end, as after a top-level array.
 */
JsonReadResult readScalar(const QByteArray &text, qsizetype start)
{
    JsonReadResult r;
    const qsizetype bom = bomLength(text);
    const qsizetype end = scalarEnd(text, start);
    QByteArray wrapped;
    wrapped.reserve(end - bom + 2);
    wrapped += '[';
    wrapped += QByteArrayView(text).sliced(bom, end - bom);
    wrapped += ']';
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(wrapped, &error).array();
    if (error.error != QJsonParseError::NoError)
        setError(r, error.error, qBound(qsizetype(0), qsizetype(error.offset) - 1 + bom, text.size()));
    else if (const qsizetype after = skipSpace(text, end); after < text.size())
        setError(r, QJsonParseError::GarbageAtEnd, after);
    else
        r.value = array.at(0);
    return r;
}

} // namespace

JsonReadResult JsonReader::read(const QByteArray &text, bool numberSpellings)
{
    JsonReadResult r;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        r.value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    } else if (const qsizetype start = scalarStart(text); start >= 0) {
        r = readScalar(text, start);
        if (!r.ok())
            return r;
    } else {
        setError(r, error.error, error.offset);
        return r;
    }
    if (numberSpellings)
        r.lexemes = scanLexemes(text);
    return r;
}

NumberLexemes JsonReader::scanLexemes(const QByteArray &validJsonText)
{
    NumberLexemes out;
    const char *begin = validJsonText.constData();
    detail::LexemeScanner(begin + bomLength(validJsonText), begin + validJsonText.size(), out).run();
    return out;
}

} // namespace Pactbench
