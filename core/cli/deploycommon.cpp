// SPDX-License-Identifier: MIT
#include "deploycommon.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Pactbench::Cli {

void DeployBrokerOptions::addTo(QCommandLineParser &parser) const
{
    broker.addTo(parser);
    parser.addOptions({sslCertificate, skipSslVerification, retries});
}

bool DeployBrokerOptions::connection(const QCommandLineParser &parser, const QString &program, Io &io,
                                     BrokerConnection *c) const
{
    const QString url = broker.baseUrlValue(parser);
    if (url.isEmpty()) {
        io.err << program << ": no broker: give --broker-base-url or set PACT_BROKER_BASE_URL\n";
        return false;
    }
    c->baseUrl = QUrl::fromUserInput(url);
    QString problem;
    if (!broker.apply(parser, c, &problem)) {
        io.err << program << ": " << problem << '\n';
        return false;
    }
    if (parser.isSet(sslCertificate))
        c->caFile = parser.value(sslCertificate);
    if (parser.isSet(skipSslVerification))
        c->insecure = true;
    if (parser.isSet(retries)) {
        bool ok = false;
        const int n = parser.value(retries).toInt(&ok);
        if (!ok || n < 0 || n > 20) {
            io.err << program << ": --retries must be a whole number from 0 to 20\n";
            return false;
        }
        c->maxAttempts = n + 1;
    }
    return true;
}

bool awaitReply(BrokerReplyBase *reply, const QString &program, Io &io)
{
    reply->waitForFinished();
    if (reply->ok())
        return true;
    io.err << program << ": " << reply->error().toString() << '\n';
    const BrokerError::Kind kind = reply->error().kind;
    if (kind == BrokerError::Kind::Unauthorized || kind == BrokerError::Kind::Forbidden)
        io.err << program << ": check --broker-username/--broker-password or --broker-token "
                             "(PACT_BROKER_USERNAME, PACT_BROKER_PASSWORD, PACT_BROKER_TOKEN)\n";
    return false;
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &r : rows) {
        for (qsizetype i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], r.at(i).size());
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype i = 0; i < widths.size(); ++i)
            padded << cells.value(i).leftJustified(widths.at(i));
        return padded.join(u" | "_qs).trimmed() + u'\n';
    };
    QStringList rule;
    for (qsizetype w : std::as_const(widths))
        rule << QString(w, u'-');
    QString out = line(header) + rule.join(u"-|-"_qs) + u'\n';
    for (const QStringList &r : rows)
        out += line(r);
    return out;
}

} // namespace Pactbench::Cli
