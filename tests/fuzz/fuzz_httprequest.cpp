// SPDX-License-Identifier: MIT
// The HTTP/1.x request parser on pipelined requests, fed as a connection feeds it: bytes left unconsumed
// are fed again with the next read. Input: a flags byte (bit 0: one byte per read; bits 1–2: header
// limit; bits 3–4: body limit), two bytes of split position, then the bytes of the connection. The
// requests and the error must not depend on how the bytes were cut.
#include "fuzzsupport.h"

#include <core/http/httprequestparser.h>

#include <cstdio>
#include <cstdlib>

using namespace Pactbench;

namespace {

struct Outcome
{
    QList<HttpServerRequest> requests;
    int errorStatus = 0;
    int continues = 0;
};

Outcome parse(const QByteArray &bytes, const QList<qsizetype> &cuts, qint64 maxHeader, qint64 maxBody)
{
    HttpRequestParser parser(maxHeader, maxBody);
    Outcome out;
    QByteArray pending;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= cuts.size() && out.errorStatus == 0; ++i) {
        const qsizetype to = i < cuts.size() ? cuts.at(i) : bytes.size();
        pending.append(bytes.mid(from, to - from));
        from = to;
        qsizetype offset = 0;
        while (offset < pending.size()) {
            qsizetype used = 0;
            const auto event = parser.feed(pending.constData() + offset, pending.size() - offset, &used);
            if (used < 0 || used > pending.size() - offset)
                std::abort();
            offset += used;
            if (event == HttpRequestParser::Event::NeedMoreData)
                break;
            if (event == HttpRequestParser::Event::ContinueExpected)
                ++out.continues;
            if (event == HttpRequestParser::Event::MessageComplete) {
                HttpServerRequest r = parser.takeRequest();
                (void)r.httpVersion();
                r.received = {};
                out.requests.append(r);
            }
            if (event == HttpRequestParser::Event::Error) {
                out.errorStatus = parser.errorStatus();
                (void)parser.errorText();
                break;
            }
        }
        pending.remove(0, offset);
    }
    return out;
}

bool same(const HttpServerRequest &a, const HttpServerRequest &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.rawQuery == b.rawQuery
        && a.query == b.query && a.headers.entries() == b.headers.entries() && a.body == b.body
        && a.versionMajor == b.versionMajor && a.versionMinor == b.versionMinor;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::quietQtMessages();
    if (size < 3)
        return 0;
    const uint8_t flags = data[0];
    const qint64 maxHeader = QList<qint64>{64, 1024, 8192, 65536}.at((flags >> 1) & 3);
    const qint64 maxBody = QList<qint64>{0, 16, 4096, 1 << 20}.at((flags >> 3) & 3);
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 3, qsizetype(size) - 3);
    QList<qsizetype> cuts;
    if (flags & 1) {
        for (qsizetype i = 1; i < bytes.size(); ++i)
            cuts.append(i);
    } else {
        cuts.append(qsizetype((data[1] << 8) | data[2]) % (bytes.size() + 1));
    }
    const Outcome whole = parse(bytes, {}, maxHeader, maxBody);
    const Outcome pieces = parse(bytes, cuts, maxHeader, maxBody);
    // A limit may be noticed at a different request when the bytes come in pieces; before it, all agrees.
    const qsizetype common = qMin(whole.requests.size(), pieces.requests.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (!same(whole.requests.at(i), pieces.requests.at(i))) {
            std::fprintf(stderr, "request %lld differs when the bytes come in pieces\n", qlonglong(i));
            std::abort();
        }
    }
    // The header limit counts what the library has read at the end of each read (431): that may differ.
    if (whole.errorStatus == 431 || pieces.errorStatus == 431)
        return 0;
    if (whole.errorStatus != pieces.errorStatus || whole.requests.size() != pieces.requests.size()
        || whole.continues != pieces.continues) {
        std::fprintf(stderr, "one read: %lld requests, error %d; in pieces: %lld requests, error %d\n",
            qlonglong(whole.requests.size()), whole.errorStatus, qlonglong(pieces.requests.size()), pieces.errorStatus);
        std::abort();
    }
    return 0;
}
