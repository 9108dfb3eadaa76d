// SPDX-License-Identifier: MIT
#pragma once
// The deployment fixture shared by the matrix, can-i-deploy and agreement tests.

#include "brokertestdata.h"
#include "testbroker.h"

namespace Pactbench::Test {

/**
 * OrderWeb 1.0.0 and 1.1.0 (main) → OrderService; OrderWeb 1.1.0 → Payments.
 * OrderService 2.0.0 (main, tag prod, in production) verified OrderWeb 1.0.0 (passed) and 1.1.0 (failed);
 * OrderService 2.1.0 (main) verified 1.1.0 (passed). Payments 3.0.0 is in production, unverified.
 * OrderWeb 1.0.0 is in production. False when a verification could not be added.
 */
inline bool fillOrders(TestBroker &b)
{
    b.addPacticipant(u"OrderWeb"_qs, u"main"_qs);
    b.addPacticipant(u"OrderService"_qs, u"main"_qs);
    b.addPact({u"OrderWeb"_qs, u"OrderService"_qs, u"1.0.0"_qs, pactJson(u"OrderWeb"_qs, u"OrderService"_qs), u"main"_qs, {}});
    b.addPact({u"OrderWeb"_qs, u"OrderService"_qs, u"1.1.0"_qs, pactJson(u"OrderWeb"_qs, u"OrderService"_qs, u"v2"_qs), u"main"_qs, {}});
    b.addPact({u"OrderWeb"_qs, u"Payments"_qs, u"1.1.0"_qs, pactJson(u"OrderWeb"_qs, u"Payments"_qs), u"main"_qs, {}});
    b.addVersion(u"OrderService"_qs, u"2.0.0"_qs, u"main"_qs, {u"prod"_qs});
    b.addVersion(u"OrderService"_qs, u"2.1.0"_qs, u"main"_qs);
    b.addVersion(u"Payments"_qs, u"3.0.0"_qs, u"main"_qs);
    const bool ok = b.addVerification(u"OrderWeb"_qs, u"1.0.0"_qs, u"OrderService"_qs, u"2.0.0"_qs, true)
        && b.addVerification(u"OrderWeb"_qs, u"1.1.0"_qs, u"OrderService"_qs, u"2.0.0"_qs, false)
        && b.addVerification(u"OrderWeb"_qs, u"1.1.0"_qs, u"OrderService"_qs, u"2.1.0"_qs, true);
    b.addDeployment(u"OrderService"_qs, u"2.0.0"_qs, u"production"_qs);
    b.addDeployment(u"Payments"_qs, u"3.0.0"_qs, u"production"_qs);
    b.addDeployment(u"OrderWeb"_qs, u"1.0.0"_qs, u"production"_qs);
    return ok;
}

/**
 * fillOrders(), and Shop 1.0.0 → OrderService (verified by 2.0.0, passed) and → Payments (never
 * verified; its pact pending): Shop can go to production only when Payments is ignored.
 */
inline bool fillOrdersAndShop(TestBroker &b)
{
    if (!fillOrders(b))
        return false;
    b.addPact({u"Shop"_qs, u"OrderService"_qs, u"1.0.0"_qs, pactJson(u"Shop"_qs, u"OrderService"_qs, u"shop"_qs), u"main"_qs, {}});
    b.addPact({u"Shop"_qs, u"Payments"_qs, u"1.0.0"_qs, pactJson(u"Shop"_qs, u"Payments"_qs, u"pay"_qs), u"main"_qs, {}});
    b.setPending(u"Shop"_qs, true);
    return b.addVerification(u"Shop"_qs, u"1.0.0"_qs, u"OrderService"_qs, u"2.0.0"_qs, true);
}

} // namespace Pactbench::Test
