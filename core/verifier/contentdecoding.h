// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/multimap.h>

#include <QByteArray>
#include <QString>

namespace Pactbench::ContentDecoding {

/// The codings a provider's response body is decoded from, as the reference verifier (reqwest) does.
enum class Coding {
    Identity, ///< no Content-Encoding, or one we pass through as received (br, zstd, "gzip, br" …)
    Gzip, ///< RFC 1952, one or more members
    Deflate, ///< the zlib format (RFC 1950); raw deflate is refused, as the reference refuses it
};

/// The coding named by the response's Content-Encoding: exactly one of gzip / deflate (any case).
Coding codingOf(const Headers &responseHeaders);
/// "gzip", "deflate" or "identity".
QString name(Coding coding);

struct Decoded
{
    enum class Status { Ok, TooLarge, Corrupt };
    Status status = Status::Ok;
    QByteArray body; ///< the decoded body when Ok, else empty
    QString error; ///< when Corrupt: zlib's reason
};

/// The body decoded, never more than maxBytes of it: a larger result is TooLarge (nothing kept).
Decoded decode(const QByteArray &body, Coding coding, qint64 maxBytes);

} // namespace Pactbench::ContentDecoding
