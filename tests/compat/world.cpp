// SPDX-License-Identifier: MIT
#include "world.h"

#include "stepregistry.h"

#include <core/mockserver/mockserver.h>
#include <tests/broker/testbroker.h>
#include <tests/verifier/testprovider.h>

namespace Pactbench::Compat {

World::World(const QString &fixtures, SpecVersion v) : fixturesDir(fixtures), version(v)
{ }

World::~World()
{
    if (consumer.server)
        consumer.server->stop();
}

Interaction &World::defined()
{
    if (consumer.defined.isEmpty())
        fail(QStringLiteral("no interaction is being defined"));
    return consumer.defined.last();
}

const Interaction &World::interaction(int number) const
{
    const auto it = interactions.find(number);
    if (it == interactions.end())
        fail(QStringLiteral("no interaction %1 was defined").arg(number));
    return *it;
}

} // namespace Pactbench::Compat
