// SPDX-License-Identifier: MIT
#include "interactionindex.h"

#include <algorithm>

namespace Pactbench {

void InteractionIndex::add(int index, const HttpRequest &request)
{
    const Entry entry{ request.method.toUpper(), index };
    if (request.matchingRules.hasCategory(QStringLiteral("path")))
        m_ruled.append(entry);
    else
        m_exact[request.path].append(entry);
    ++m_size;
}

void InteractionIndex::addMatching(Candidates &out, const QList<Entry> &entries, const QString &method)
{
    for (const Entry &e : entries) {
        if (e.method.compare(method, Qt::CaseInsensitive) == 0)
            out.append(e.index);
    }
}

InteractionIndex::Candidates InteractionIndex::candidates(const QString &method, const QString &path) const
{
    Candidates out;
    if (const auto it = m_exact.constFind(path); it != m_exact.constEnd())
        addMatching(out, *it, method);
    const qsizetype exact = out.size();
    addMatching(out, m_ruled, method);
    if (exact > 0 && out.size() > exact)
        std::inplace_merge(out.begin(), out.begin() + exact, out.end());
    return out;
}

} // namespace Pactbench
