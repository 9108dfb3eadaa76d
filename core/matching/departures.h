// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Pactbench {

/// The reference implementation our deliberate departures are measured against.
inline constexpr const char *kReferenceVerifier = "pact verifier 18.1.2";

/**
 * Where our verdict knowingly differs from the reference's (README "Known departures"): the
 * matching code calls note(); whoever wants the notes keeps a DepartureLog alive on its thread
 * around the matching call (the verifier does, per interaction). Without a log, note() does
 * nothing. Logs nest; each takes the notes made while it is the innermost.
 */
class DepartureLog
{
public:
    DepartureLog();
    ~DepartureLog();
    DepartureLog(const DepartureLog &) = delete;
    DepartureLog &operator=(const DepartureLog &) = delete;

    /// The notes so far, each once, in the order first made.
    QStringList take();
    static void note(const QString &text);

private:
    DepartureLog *m_previous = nullptr;
    QStringList m_notes;
};

} // namespace Pactbench
