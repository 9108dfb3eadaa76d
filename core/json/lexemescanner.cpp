// SPDX-License-Identifier: MIT
#include "lexemescanner.h"

#include "jsonnumber.h"
#include "numberformat.h"

#include <QStringDecoder>

#include <cstring>

namespace Pactbench::detail {

namespace {

/// Digits up to which a plain integer is canonical by construction (it fits qint64).
constexpr qsizetype kAlwaysCanonicalDigits = 18;

char16_t hexValue(const char *p)
{
    char16_t v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        v = char16_t(v << 4);
        if (c >= '0' && c <= '9')
            v |= char16_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= char16_t(c - 'a' + 10);
        else
            v |= char16_t(c - 'A' + 10);
    }
    return v;
}

QChar unescaped(char c)
{
    switch (c) {
    case 'b':
        return QChar(0x8);
    case 'f':
        return QChar(0xC);
    case 'n':
        return QChar(0xA);
    case 'r':
        return QChar(0xD);
    case 't':
        return QChar(0x9);
    default:
        return QLatin1Char(c); // `"`, `\`, `/`, and Qt keeps any other escaped character as it is
    }
}

} // namespace

LexemeScanner::LexemeScanner(const char *begin, const char *end, NumberLexemes &out)
    : m_p(begin), m_end(end), m_out(out)
{ }

const char *LexemeScanner::skipString(const char *p, const char *end)
{
    const char *const start = p;
    while (p < end) {
        const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!quote)
            return end;
        // Escapes pair backslashes up: an odd run before the quote escapes it.
        const char *run = quote;
        while (run > start && run[-1] == '\\')
            --run;
        if ((quote - run) % 2 == 0)
            return quote + 1;
        p = quote + 1;
    }
    return end;
}

const char *LexemeScanner::skipNumber(const char *p, const char *end)
{
    const auto digits = [&] {
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
    };
    if (p < end && *p == '-')
        ++p;
    if (p < end && *p == '0')
        ++p;
    else
        digits();
    if (p < end && *p == '.') {
        ++p;
        digits();
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '-' || *p == '+'))
            ++p;
        digits();
    }
    return p;
}

QString LexemeScanner::decodeString(const char *p, const char *end)
{
    const char *escape = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)));
    if (!escape)
        return QString::fromUtf8(p, end - p); // as Qt converts what it kept as UTF-8 (a leading BOM goes)
    // Qt decodes escaped strings character by character: a BOM after an escape stays (U+FEFF),
    // where QString::fromUtf8() would drop it at the start of each run.
    QStringDecoder utf8(
        QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString out;
    out.reserve(end - p);
    while (p < end) {
        if (!escape)
            escape = end;
        out += utf8.decode(QByteArrayView(p, escape - p));
        if (escape + 1 >= end)
            break;
        const char c = escape[1];
        if (c == 'u' && end - escape >= 6) {
            out += QChar(hexValue(escape + 2)); // one UTF-16 unit: a pair is two escapes, as in Qt
            p = escape + 6;
        } else {
            out += unescaped(c);
            p = escape + 2;
        }
        escape = p < end ? static_cast<const char *>(std::memchr(p, '\\', size_t(end - p))) : nullptr;
    }
    return out;
}

void LexemeScanner::run()
{
    bool expectKey = false;
    while (m_p < m_end) {
        switch (*m_p) {
        case '{':
            m_stack.emplace_back().object = true;
            expectKey = true;
            ++m_p;
            break;
        case '[':
            m_stack.emplace_back();
            ++m_p;
            break;
        case '}':
        case ']':
            if (!m_stack.empty())
                m_stack.pop_back();
            ++m_p;
            break;
        case ',':
            if (!m_stack.empty() && !m_stack.back().object)
                ++m_stack.back().index;
            else
                expectKey = true;
            ++m_p;
            break;
        case ':':
            expectKey = false;
            ++m_p;
            break;
        case '"': {
            const char *start = m_p + 1;
            m_p = skipString(start, m_end);
            if (expectKey && !m_stack.empty() && m_stack.back().object) {
                member(start, m_p - 1);
                expectKey = false;
            }
            break;
        }
        case '-':
        case '.':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            number();
            break;
        case 't':
        case 'n':
            m_p += 4;
            break;
        case 'f':
            m_p += 5;
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            ++m_p;
            while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
                ++m_p;
            break;
        default:
            ++m_p;
            break;
        }
    }
}

void LexemeScanner::member(const char *key, const char *keyEnd)
{
    Frame &frame = m_stack.back();
    frame.key = key;
    frame.keyEnd = keyEnd;
    if (frame.keysWithEntries.isEmpty())
        return;
    // A repeated key replaces the earlier member (Qt keeps the last): so do its lexemes.
    if (frame.keysWithEntries.remove(decodeString(key, keyEnd)))
        m_out.removeSubtree(path());
}

void LexemeScanner::number()
{
    const char *start = m_p;
    const char *p = start + (*start == '-' ? 1 : 0);
    const char *digits = p;
    while (p < m_end && *p >= '0' && *p <= '9')
        ++p;
    const bool plain = p == m_end || (*p != '.' && *p != 'e' && *p != 'E');
    // Plain integers are canonical by construction up to 18 digits, except `-0`.
    if (plain && p > digits && p - digits <= kAlwaysCanonicalDigits && !(start != digits && *digits == '0')) {
        m_p = p;
        return;
    }
    m_p = skipNumber(start, m_end);
    const QByteArrayView lexeme(start, m_p - start);
    char canonical[kNumberBufferSize];
    const int length = formatNumber(qtValueOfLexeme(lexeme), canonical);
    // Lexemes only Qt accepts (`.5`, `1.`) are not kept: the writer spells those canonically.
    if (QByteArrayView(canonical, length) == lexeme || !isJsonNumberLexeme(lexeme))
        return;
    m_out.insert(path(), lexeme.toByteArray());
    for (Frame &frame : m_stack) {
        if (frame.object)
            frame.keysWithEntries.insert(decodeString(frame.key, frame.keyEnd));
    }
}

QString LexemeScanner::path() const
{
    QString out = NumberLexemes::root();
    for (const Frame &frame : m_stack) {
        out += NumberLexemes::separator;
        if (frame.object)
            out += decodeString(frame.key, frame.keyEnd);
        else
            out += QString::number(frame.index);
    }
    return out;
}

} // namespace Pactbench::detail
