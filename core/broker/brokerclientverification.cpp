// SPDX-License-Identifier: MIT
// BrokerClient: fetching a published verification result.
#include "brokerclient.h"

#include "brokerclientsupport.h"
#include "brokertransport.h"

namespace Pactbench {

BrokerReply<PublishedVerification> *BrokerClient::fetchVerification(const QUrl &url)
{
    auto *reply = new BrokerReply<PublishedVerification>(this);
    const QString what = u"the verification result at "_qs + url.toDisplayString(QUrl::RemoveUserInfo);
    // Read here rather than by the transport, so that a broken document is reported with its line and column.
    const BrokerTransport::Request request{"GET", url, {}, what, false};
    BrokerSupport::sendFor(m_transport, reply, request, [what](auto *r, const BrokerTransport::Response &response) {
        const PublishedVerificationReader::Result read = PublishedVerificationReader::read(response.body, response.url);
        if (!read.verification)
            return r->fail(BrokerSupport::invalidResponse(what, what + u": "_qs + read.error.toString()));
        r->succeed(*read.verification);
    });
    return reply;
}

} // namespace Pactbench
