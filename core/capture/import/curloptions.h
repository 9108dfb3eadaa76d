// SPDX-License-Identifier: MIT
#pragma once
// The curl options the importer knows (see `man curl`): what each does to the request.

#include <QString>
#include <optional>

namespace Pactbench::Import::Detail {

enum class CurlAction {
    Method, Header, Data, DataRaw, DataBinary, DataUrlencode, Json, Url, Get, Head, User, Cookie, UserAgent,
    Referer, Range, Bearer,
    Ignore, ///< no effect on the request (output, TLS, timing, redirects…)
    Unsupported, ///< changes the request in a way the importer cannot reproduce: the command is skipped
};

struct CurlOption
{
    QString longName; ///< "--header"
    CurlAction action = CurlAction::Ignore;
    bool takesArgument = false;
};

/// The option by long name ("--header") or short letter ('H'); nullopt when curl has no such option we know.
std::optional<CurlOption> curlLongOption(const QString &name);
std::optional<CurlOption> curlShortOption(QChar letter);

} // namespace Pactbench::Import::Detail
