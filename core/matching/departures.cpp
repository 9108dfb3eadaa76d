// SPDX-License-Identifier: MIT
#include "departures.h"

namespace Pactbench {

namespace {
thread_local DepartureLog *t_current = nullptr;
} // namespace

DepartureLog::DepartureLog()
    : m_previous(t_current)
{
    t_current = this;
}

DepartureLog::~DepartureLog()
{
    t_current = m_previous;
}

QStringList DepartureLog::take()
{
    return std::exchange(m_notes, {});
}

void DepartureLog::note(const QString &text)
{
    if (t_current && !t_current->m_notes.contains(text))
        t_current->m_notes.append(text);
}

} // namespace Pactbench
