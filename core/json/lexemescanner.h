// SPDX-License-Identifier: MIT
#pragma once

// Private to the reader.

#include "numberlexemes.h"

#include <QSet>

#include <vector>

namespace Pactbench::detail {

/**
 * One pass over JSON text that Qt's parser accepted, recording the numbers whose text differs from
 * the canonical spelling of the value Qt made of them. Grammar, string escapes and duplicate keys
 * (the last one wins) are taken as Qt takes them; nothing is checked again.
 */
class LexemeScanner
{
public:
    LexemeScanner(const char *begin, const char *end, NumberLexemes &out);
    void run();

    /// Where the string whose opening quote is before `p` ends (after its closing quote).
    static const char *skipString(const char *p, const char *end);
    /// Where the number starting at `p` ends, by Qt's grammar.
    static const char *skipNumber(const char *p, const char *end);
    /// A key or string's raw bytes (between the quotes) decoded as Qt's parser decodes them.
    static QString decodeString(const char *p, const char *end);

private:
    struct Frame
    {
        bool object = false;
        const char *key = nullptr; ///< the current member's raw key
        const char *keyEnd = nullptr;
        qsizetype index = 0; ///< the current element of an array
        QSet<QString> keysWithEntries; ///< members below which entries were recorded
    };

    void member(const char *key, const char *keyEnd);
    void number();
    QString path() const;

    const char *m_p;
    const char *m_end;
    NumberLexemes &m_out;
    std::vector<Frame> m_stack;
};

} // namespace Pactbench::detail
