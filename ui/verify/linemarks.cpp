// SPDX-License-Identifier: MIT
#include "linemarks.h"

namespace Pactbench {

LineMarks::LineMarks(const QList<DiffAnnotation> &annotations)
{
    for (const DiffAnnotation &a : annotations)
        add(a);
}

void LineMarks::add(const DiffAnnotation &a)
{
    if (a.line < 0)
        return;
    if (a.line >= m_textIds.size()) {
        m_kinds.resize(a.line + 1, DiffAnnotation::Kind::Matched);
        m_textIds.resize(a.line + 1, -1);
    }
    const int current = m_textIds.at(a.line);
    if (current < 0 || a.kind == DiffAnnotation::Kind::Mismatch)
        m_kinds[a.line] = a.kind;
    if (current < 0) {
        m_textIds[a.line] = idOf(a.text);
        return;
    }
    QStringList texts = m_joined.value(a.line, { m_texts.at(current) });
    if (texts.contains(a.text))
        return;
    texts.append(a.text);
    m_joined.insert(a.line, texts);
    m_textIds[a.line] = idOf(texts.join(u'\n'));
}

DiffAnnotation::Kind LineMarks::kind(int line) const
{
    return isMarked(line) ? m_kinds.at(line) : DiffAnnotation::Kind::Matched;
}

QString LineMarks::text(int line) const
{
    return isMarked(line) ? m_texts.at(m_textIds.at(line)) : QString();
}

int LineMarks::idOf(const QString &text)
{
    const auto found = m_ids.constFind(text);
    if (found != m_ids.cend())
        return *found;
    m_texts.append(text);
    m_ids.insert(text, int(m_texts.size() - 1));
    return int(m_texts.size() - 1);
}

} // namespace Pactbench
