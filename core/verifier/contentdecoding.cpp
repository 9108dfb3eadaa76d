// SPDX-License-Identifier: MIT
#include "contentdecoding.h"

#include <zlib.h>

#include <climits>
#include <memory>

namespace Pactbench::ContentDecoding {

namespace {

constexpr qsizetype OutputStep = 64 * 1024;
constexpr int GzipWindowBits = 16 + MAX_WBITS; // zlib reads the gzip wrapper
constexpr int ZlibWindowBits = MAX_WBITS; // the zlib wrapper only, as reqwest's ZlibDecoder

struct Inflater
{
    z_stream stream{};
    bool ready = false;
    explicit Inflater(int windowBits) { ready = inflateInit2(&stream, windowBits) == Z_OK; }
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
    Q_DISABLE_COPY_MOVE(Inflater)
};

QString zlibError(const z_stream &stream, int code)
{
    if (stream.msg)
        return QString::fromLatin1(stream.msg);
    return code == Z_BUF_ERROR ? QStringLiteral("the compressed data ends early")
                               : QStringLiteral("zlib error %1").arg(code);
}

Decoded corrupt(const QString &why)
{
    return { Decoded::Status::Corrupt, {}, why };
}

// One member (gzip) or stream (zlib) from the stream's next input on, appended to *out.
// Z_STREAM_END when it ended, else why not; TooLarge is Z_MEM_ERROR's stand-in here.
int inflateMember(z_stream &stream, QByteArray *out, qint64 maxBytes, bool *tooLarge)
{
    for (;;) {
        const qsizetype before = out->size();
        const qsizetype room = qsizetype(qMin<qint64>(OutputStep, maxBytes + 1 - before));
        out->resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(out->data() + before);
        stream.avail_out = uInt(room);
        const int code = inflate(&stream, Z_NO_FLUSH);
        out->resize(before + room - qsizetype(stream.avail_out));
        if (out->size() > maxBytes) {
            *tooLarge = true;
            return code;
        }
        if (code == Z_STREAM_END || code != Z_OK)
            return code;
        if (stream.avail_in == 0 && stream.avail_out != 0)
            return Z_BUF_ERROR; // all input used, the stream not ended: truncated
    }
}

} // namespace

Coding codingOf(const Headers &responseHeaders)
{
    const QStringList values = responseHeaders.values(QStringLiteral("Content-Encoding"));
    if (values.size() != 1)
        return Coding::Identity;
    const QString coding = values.constFirst().trimmed();
    if (coding.compare(QLatin1String("gzip"), Qt::CaseInsensitive) == 0)
        return Coding::Gzip;
    if (coding.compare(QLatin1String("deflate"), Qt::CaseInsensitive) == 0)
        return Coding::Deflate;
    return Coding::Identity;
}

QString name(Coding coding)
{
    switch (coding) {
    case Coding::Gzip:
        return QStringLiteral("gzip");
    case Coding::Deflate:
        return QStringLiteral("deflate");
    case Coding::Identity:
        break;
    }
    return QStringLiteral("identity");
}

Decoded decode(const QByteArray &body, Coding coding, qint64 maxBytes)
{
    if (coding == Coding::Identity || body.isEmpty())
        return { Decoded::Status::Ok, body, {} };
    if (body.size() > qsizetype(UINT_MAX))
        return corrupt(QStringLiteral("the compressed body is over 4 GiB"));
    Inflater inflater(coding == Coding::Gzip ? GzipWindowBits : ZlibWindowBits);
    if (!inflater.ready)
        return corrupt(QStringLiteral("zlib could not start"));
    z_stream &stream = inflater.stream;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = uInt(body.size());
    QByteArray out;
    bool tooLarge = false;
    for (;;) {
        const int code = inflateMember(stream, &out, maxBytes, &tooLarge);
        if (tooLarge)
            return { Decoded::Status::TooLarge, {}, {} };
        if (code != Z_STREAM_END)
            return corrupt(zlibError(stream, code));
        if (stream.avail_in == 0)
            return { Decoded::Status::Ok, out, {} };
        if (coding != Coding::Gzip)
            return corrupt(QStringLiteral("bytes after the end of the compressed data"));
        inflateReset(&stream); // gzip: another member follows
    }
}

} // namespace Pactbench::ContentDecoding
