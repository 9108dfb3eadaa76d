// SPDX-License-Identifier: MIT
#pragma once

// What the deployment commands (can-i-deploy, record-*, list-environments, describe-version) share:
// the broker options with the reference client's TLS and retry aliases, waiting, tables.

#include "brokeroptions.h"
#include "cli.h"

#include <core/broker/brokerreply.h>

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace Pactbench::Cli {

/// BrokerOptions plus the reference's `-c/--ssl-certificate`, `--skip-ssl-verification`, `--retries`.
struct DeployBrokerOptions
{
    BrokerOptions broker;
    QCommandLineOption sslCertificate{{u"c"_qs, u"ssl-certificate"_qs}, u"Same as --ca-file (as the reference client names it)."_qs, u"file"_qs};
    QCommandLineOption skipSslVerification{u"skip-ssl-verification"_qs, u"Same as --disable-ssl-verification."_qs};
    QCommandLineOption retries{u"retries"_qs, u"Attempts for requests that fail in a way that may pass later (default 1: none)."_qs, u"n"_qs};

    void addTo(QCommandLineParser &parser) const;
    /// The whole connection; false (message printed) when unusable. Exit code Usage then.
    bool connection(const QCommandLineParser &parser, const QString &program, Io &io, BrokerConnection *c) const;
};

/// Waits for `reply`; on failure prints "PROGRAM: error" (and a credentials hint) and returns false.
bool awaitReply(BrokerReplyBase *reply, const QString &program, Io &io);

/// A plain table: header, a rule of dashes, rows; columns padded to their widest cell.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace Pactbench::Cli
