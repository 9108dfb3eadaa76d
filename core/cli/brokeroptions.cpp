// SPDX-License-Identifier: MIT
#include "brokeroptions.h"

#include <core/net/bodyreader.h>

#include <QCommandLineParser>

namespace Pactbench::Cli {

QString optionOrEnv(const QCommandLineParser &parser, const QCommandLineOption &option, const char *variable)
{
    return parser.isSet(option) ? parser.value(option) : qEnvironmentVariable(variable);
}

BrokerOptions::BrokerOptions(const QString &baseUrlHelp)
    : baseUrl({ u"b"_qs, u"broker-base-url"_qs }, baseUrlHelp, u"url"_qs)
    , username({ u"u"_qs, u"broker-username"_qs }, u"Basic auth username (PACT_BROKER_USERNAME)."_qs, u"name"_qs)
    , password({ u"p"_qs, u"broker-password"_qs },
          u"Basic auth password (PACT_BROKER_PASSWORD; prefer the variable: options show in ps)."_qs, u"password"_qs)
    , token({ u"k"_qs, u"broker-token"_qs }, u"Bearer token (PACT_BROKER_TOKEN; prefer the variable)."_qs, u"token"_qs)
    , caFile(u"ca-file"_qs, u"Extra trusted CA certificates (PEM) for the broker's TLS certificate."_qs, u"file"_qs)
    , insecure(u"disable-ssl-verification"_qs, u"Do not verify the broker's TLS certificate."_qs)
    , timeout(u"timeout"_qs, u"Seconds to wait for each answer (default 30)."_qs, u"seconds"_qs)
    , maxResponse(u"max-response-size"_qs,
          u"Largest broker answer read, in bytes or with K/M/G (KiB/MiB/GiB; default 64M)."_qs, u"size"_qs)
{ }

void BrokerOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ baseUrl, username, password, token, caFile, insecure, timeout, maxResponse });
}

QString BrokerOptions::baseUrlValue(const QCommandLineParser &parser) const
{
    return optionOrEnv(parser, baseUrl, "PACT_BROKER_BASE_URL");
}

bool BrokerOptions::apply(const QCommandLineParser &parser, BrokerConnection *c, QString *problem) const
{
    c->username = optionOrEnv(parser, username, "PACT_BROKER_USERNAME");
    c->password = optionOrEnv(parser, password, "PACT_BROKER_PASSWORD");
    c->token = optionOrEnv(parser, token, "PACT_BROKER_TOKEN");
    c->auth = BrokerConnection::authFor(c->username, c->token);
    c->caFile = parser.value(caFile);
    c->insecure = parser.isSet(insecure);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0) {
            *problem = QStringLiteral("--timeout must be a positive number of seconds");
            return false;
        }
        c->timeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(maxResponse) && !BodyReader::parseBytes(parser.value(maxResponse), &c->maxResponseBytes)) {
        *problem = QStringLiteral("--max-response-size must be a positive size: bytes, or with K, M or G");
        return false;
    }
    return true;
}

} // namespace Pactbench::Cli
