// SPDX-License-Identifier: MIT
// The registry holding every step definition of the suite.
#include "stepregistry.h"

namespace Pactbench::Compat {

StepRegistry &registry()
{
    static StepRegistry r = [] {
        StepRegistry all;
        registerMatchingSteps(all);
        registerGeneratorSteps(all);
        registerHttpProviderSteps(all);
        registerHttpConsumerSteps(all);
        registerMessageSteps(all);
        registerV4Steps(all);
        return all;
    }();
    return r;
}

} // namespace Pactbench::Compat
