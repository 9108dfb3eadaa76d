// SPDX-License-Identifier: MIT
#include "coverage.h"

namespace Pactbench::OpenApi {

int Coverage::coveredOperations() const
{
    int n = 0;
    for (const OperationCoverage &o : operations)
        n += o.interactions > 0 ? 1 : 0;
    return n;
}

int Coverage::coveredResponses() const
{
    int n = 0;
    for (const OperationCoverage &o : operations)
        for (const ResponseCoverage &r : o.responses)
            n += r.interactions > 0 ? 1 : 0;
    return n;
}

int Coverage::totalResponses() const
{
    int n = 0;
    for (const OperationCoverage &o : operations)
        n += int(o.responses.size());
    return n;
}

} // namespace Pactbench::OpenApi
