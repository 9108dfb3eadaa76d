// SPDX-License-Identifier: MIT
#pragma once
// Shared fixtures of the broker tests: pact documents and a broker filled with them.

#include "testbroker.h"

#include <core/broker/brokerconnection.h>

#include <QByteArray>
#include <QString>

namespace Pactbench::Test {

/// A small valid pact from `consumer` to `provider` in the given spec version ("3.0.0", "4.0").
inline QByteArray pactJson(const QString &consumer, const QString &provider, const QString &description = u"a request"_qs,
                           const QString &version = u"3.0.0"_qs)
{
    const QString interaction = version.startsWith(u'4')
        ? u"{\"type\": \"Synchronous/HTTP\", \"key\": \"k1\", \"description\": \""_qs + description
            + u"\", \"request\": {\"method\": \"GET\", \"path\": \"/x\"}, \"response\": {\"status\": 200}}"_qs
        : u"{\"description\": \""_qs + description
            + u"\", \"request\": {\"method\": \"GET\", \"path\": \"/x\"}, \"response\": {\"status\": 200}}"_qs;
    return (u"{\"consumer\": {\"name\": \""_qs + consumer + u"\"}, \"provider\": {\"name\": \""_qs + provider
            + u"\"}, \"interactions\": ["_qs + interaction + u"], \"metadata\": {\"pactSpecification\": {\"version\": \""_qs
            + version + u"\"}}}"_qs)
        .toUtf8();
}

/// A connection to the test broker, no credentials, a 5 s timeout.
inline BrokerConnection connectionTo(const TestBroker &broker)
{
    BrokerConnection c;
    c.baseUrl = broker.baseUrl();
    c.timeoutMs = 5000;
    return c;
}

/// Foo → Bar (1.0.0 on main tagged prod, then 1.1.0 on feat-x), "Consumer 2" → Bar (2.0.0 on main), Foo → Baz.
inline void fillBroker(TestBroker &broker)
{
    broker.addPacticipant(u"Foo"_qs, u"main"_qs);
    broker.addPact({u"Foo"_qs, u"Bar"_qs, u"1.0.0"_qs, pactJson(u"Foo"_qs, u"Bar"_qs), u"main"_qs, {u"prod"_qs}});
    broker.addPact({u"Foo"_qs, u"Bar"_qs, u"1.1.0"_qs, pactJson(u"Foo"_qs, u"Bar"_qs, u"a newer request"_qs), u"feat-x"_qs, {}});
    broker.addPact({u"Consumer 2"_qs, u"Bar"_qs, u"2.0.0"_qs, pactJson(u"Consumer 2"_qs, u"Bar"_qs, u"c2"_qs, u"4.0"_qs), u"main"_qs, {}});
    broker.addPact({u"Foo"_qs, u"Baz"_qs, u"1.0.0"_qs, pactJson(u"Foo"_qs, u"Baz"_qs), u"main"_qs, {}});
}

} // namespace Pactbench::Test
