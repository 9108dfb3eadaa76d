// SPDX-License-Identifier: MIT
#include "curloptions.h"

#include <QHash>

namespace Pactbench::Import::Detail {

namespace {

struct Row
{
    const char *longName;
    char shortName;
    CurlAction action;
    bool takesArgument;
};

using A = CurlAction;

const Row kRows[] = {
    {"--request", 'X', A::Method, true}, {"--header", 'H', A::Header, true}, {"--data", 'd', A::Data, true},
    {"--data-ascii", 0, A::Data, true}, {"--data-raw", 0, A::DataRaw, true}, {"--data-binary", 0, A::DataBinary, true},
    {"--data-urlencode", 0, A::DataUrlencode, true}, {"--json", 0, A::Json, true}, {"--url", 0, A::Url, true},
    {"--get", 'G', A::Get, false}, {"--head", 'I', A::Head, false}, {"--user", 'u', A::User, true},
    {"--cookie", 'b', A::Cookie, true}, {"--user-agent", 'A', A::UserAgent, true}, {"--referer", 'e', A::Referer, true},
    {"--range", 'r', A::Range, true}, {"--oauth2-bearer", 0, A::Bearer, true},
    // no effect on the request sent
    {"--compressed", 0, A::Ignore, false}, {"--insecure", 'k', A::Ignore, false}, {"--silent", 's', A::Ignore, false},
    {"--show-error", 'S', A::Ignore, false}, {"--location", 'L', A::Ignore, false}, {"--include", 'i', A::Ignore, false},
    {"--verbose", 'v', A::Ignore, false}, {"--globoff", 'g', A::Ignore, false}, {"--fail", 'f', A::Ignore, false},
    {"--fail-with-body", 0, A::Ignore, false}, {"--progress-bar", '#', A::Ignore, false},
    {"--no-progress-meter", 0, A::Ignore, false}, {"--http1.0", '0', A::Ignore, false}, {"--http1.1", 0, A::Ignore, false},
    {"--http2", 0, A::Ignore, false}, {"--http2-prior-knowledge", 0, A::Ignore, false}, {"--http3", 0, A::Ignore, false},
    {"--location-trusted", 0, A::Ignore, false}, {"--no-buffer", 'N', A::Ignore, false},
    {"--no-keepalive", 0, A::Ignore, false}, {"--tcp-nodelay", 0, A::Ignore, false}, {"--path-as-is", 0, A::Ignore, false},
    {"--ipv4", '4', A::Ignore, false}, {"--ipv6", '6', A::Ignore, false}, {"--tlsv1.2", 0, A::Ignore, false},
    {"--tlsv1.3", 0, A::Ignore, false}, {"--ssl-no-revoke", 0, A::Ignore, false}, {"--raw", 0, A::Ignore, false},
    {"--remote-name", 'O', A::Ignore, false}, {"--remote-header-name", 'J', A::Ignore, false},
    {"--netrc", 'n', A::Ignore, false}, {"--basic", 0, A::Ignore, false}, {"--show-headers", 0, A::Ignore, false},
    {"--output", 'o', A::Ignore, true}, {"--max-time", 'm', A::Ignore, true}, {"--connect-timeout", 0, A::Ignore, true},
    {"--retry", 0, A::Ignore, true}, {"--retry-delay", 0, A::Ignore, true}, {"--retry-max-time", 0, A::Ignore, true},
    {"--proxy", 'x', A::Ignore, true}, {"--proxy-user", 'U', A::Ignore, true}, {"--cacert", 0, A::Ignore, true},
    {"--capath", 0, A::Ignore, true}, {"--cert", 'E', A::Ignore, true}, {"--key", 0, A::Ignore, true},
    {"--cert-type", 0, A::Ignore, true}, {"--key-type", 0, A::Ignore, true}, {"--write-out", 'w', A::Ignore, true},
    {"--resolve", 0, A::Ignore, true}, {"--connect-to", 0, A::Ignore, true}, {"--interface", 0, A::Ignore, true},
    {"--dump-header", 'D', A::Ignore, true}, {"--cookie-jar", 'c', A::Ignore, true}, {"--limit-rate", 0, A::Ignore, true},
    {"--max-redirs", 0, A::Ignore, true}, {"--max-filesize", 0, A::Ignore, true}, {"--trace", 0, A::Ignore, true},
    {"--trace-ascii", 0, A::Ignore, true}, {"--stderr", 0, A::Ignore, true}, {"--unix-socket", 0, A::Ignore, true},
    {"--netrc-file", 0, A::Ignore, true}, {"--ciphers", 0, A::Ignore, true}, {"--proto", 0, A::Ignore, true},
    {"--proto-redir", 0, A::Ignore, true}, {"--speed-limit", 'Y', A::Ignore, true}, {"--speed-time", 'y', A::Ignore, true},
    // change the request in ways not reproduced
    {"--form", 'F', A::Unsupported, true}, {"--form-string", 0, A::Unsupported, true},
    {"--upload-file", 'T', A::Unsupported, true}, {"--config", 'K', A::Unsupported, true},
    {"--digest", 0, A::Unsupported, false}, {"--ntlm", 0, A::Unsupported, false}, {"--negotiate", 0, A::Unsupported, false},
    {"--anyauth", 0, A::Unsupported, false}, {"--aws-sigv4", 0, A::Unsupported, true},
    {"--variable", 0, A::Unsupported, true}, {"--time-cond", 'z', A::Unsupported, true},
    {"--request-target", 0, A::Unsupported, true}, {"--next", ':', A::Unsupported, false},
};

struct Tables
{
    QHash<QString, CurlOption> byLong;
    QHash<QChar, CurlOption> byShort;
};

const Tables &tables()
{
    static const Tables t = [] {
        Tables out;
        for (const Row &row : kRows) {
            const CurlOption option{QString::fromLatin1(row.longName), row.action, row.takesArgument};
            out.byLong.insert(option.longName, option);
            if (row.shortName)
                out.byShort.insert(QChar::fromLatin1(row.shortName), option);
        }
        return out;
    }();
    return t;
}

} // namespace

std::optional<CurlOption> curlLongOption(const QString &name)
{
    const auto it = tables().byLong.constFind(name);
    if (it != tables().byLong.cend())
        return *it;
    return std::nullopt;
}

std::optional<CurlOption> curlShortOption(QChar letter)
{
    const auto it = tables().byShort.constFind(letter);
    if (it != tables().byShort.cend())
        return *it;
    return std::nullopt;
}

} // namespace Pactbench::Import::Detail
