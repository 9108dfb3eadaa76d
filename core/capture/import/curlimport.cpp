// SPDX-License-Identifier: MIT
// curl command lines (https://curl.se/docs/manpage.html) → requests; a curl line has no response.
#include "curloptions.h"
#include "curltokenizer.h"
#include "importcommon.h"

#include <QUrl>

namespace Pactbench::Import {

using namespace Detail;

namespace {

/// What the options of one command said.
struct CurlState
{
    QString method;
    bool head = false;
    bool get = false;
    bool json = false;
    QStringList urls;
    Headers headers; ///< from -H, in order
    Headers derived; ///< from -A, -e, -u, -b, -r, --oauth2-bearer, in order
    QStringList data;
    QStringList cookies;
};

QString urlencodeData(const QString &spec, QString *unsupported)
{
    const qsizetype eq = spec.indexOf(u'=');
    const qsizetype at = spec.indexOf(u'@');
    if (at >= 0 && (eq < 0 || at < eq)) {
        *unsupported = QStringLiteral("curl option --data-urlencode with @file reads a file: not supported");
        return {};
    }
    const auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    if (eq < 0)
        return enc(spec);
    if (eq == 0)
        return enc(spec.mid(1));
    return spec.left(eq) + u'=' + enc(spec.mid(eq + 1));
}

void addHeader(CurlState &state, const QString &line)
{
    const qsizetype colon = line.indexOf(u':');
    const qsizetype semicolon = line.indexOf(u';');
    if (colon < 0 && semicolon > 0 && line.mid(semicolon + 1).trimmed().isEmpty()) {
        state.headers.append(line.left(semicolon).trimmed(), QString()); // "Name;": an empty header
        return;
    }
    if (colon <= 0)
        return; // curl ignores it
    const QString value = line.mid(colon + 1).trimmed();
    if (!value.isEmpty())
        state.headers.append(line.left(colon).trimmed(), value); // "Name:" only removes curl's own header
}

/// Applies one option; returns why the command cannot be imported, or empty.
QString apply(CurlState &state, const CurlOption &option, const QString &arg)
{
    const auto fromFile = [&] { return QStringLiteral("curl option %1 @file reads a file: not supported").arg(option.longName); };
    QString unsupported;
    switch (option.action) {
    case CurlAction::Method: state.method = arg; break;
    case CurlAction::Header:
        if (arg.startsWith(u'@'))
            return fromFile();
        addHeader(state, arg);
        break;
    case CurlAction::Data:
    case CurlAction::DataBinary:
        if (arg.startsWith(u'@'))
            return fromFile();
        state.data.append(arg);
        break;
    case CurlAction::DataRaw: state.data.append(arg); break;
    case CurlAction::DataUrlencode: state.data.append(urlencodeData(arg, &unsupported)); return unsupported;
    case CurlAction::Json:
        if (arg.startsWith(u'@'))
            return fromFile();
        state.json = true;
        state.data.append(arg);
        break;
    case CurlAction::Url: state.urls.append(arg); break;
    case CurlAction::Get: state.get = true; break;
    case CurlAction::Head: state.head = true; break;
    case CurlAction::User: {
        const qsizetype colon = arg.indexOf(u':');
        state.derived.append(QStringLiteral("Authorization"),
                             colon < 0 ? basicAuthorization(arg, {}) : basicAuthorization(arg.left(colon), arg.mid(colon + 1)));
        break;
    }
    case CurlAction::Cookie:
        if (arg.contains(u'='))
            state.cookies.append(arg); // else a cookie file, read by curl only
        break;
    case CurlAction::UserAgent: state.derived.append(QStringLiteral("User-Agent"), arg); break;
    case CurlAction::Referer: {
        QString referer = arg;
        if (referer.endsWith(QStringLiteral(";auto")))
            referer.chop(5);
        if (!referer.isEmpty())
            state.derived.append(QStringLiteral("Referer"), referer);
        break;
    }
    case CurlAction::Range: state.derived.append(QStringLiteral("Range"), QStringLiteral("bytes=") + arg); break;
    case CurlAction::Bearer: state.derived.append(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + arg); break;
    case CurlAction::Ignore: break;
    case CurlAction::Unsupported: return QStringLiteral("curl option %1 not supported").arg(option.longName);
    }
    return {};
}

/// Reads the options of a command's words (after "curl"); returns why it cannot be imported, or empty.
QString parseWords(const QStringList &words, CurlState &state)
{
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.size() < 2 || !w.startsWith(u'-')) {
            state.urls.append(w);
            continue;
        }
        const bool isLong = w.startsWith(QStringLiteral("--"));
        for (qsizetype k = 1; k < (isLong ? 2 : w.size()); ++k) {
            const QString shown = isLong ? w : QStringLiteral("-") + w.at(k);
            const std::optional<CurlOption> option = isLong ? curlLongOption(w) : curlShortOption(w.at(k));
            if (!option)
                return QStringLiteral("unknown curl option %1").arg(shown);
            if (!option->takesArgument) {
                const QString why = apply(state, *option, {});
                if (!why.isEmpty())
                    return why;
                continue;
            }
            QString arg = isLong ? QString() : w.mid(k + 1);
            if (arg.isEmpty()) {
                if (++i >= words.size())
                    return QStringLiteral("curl option %1 needs a value").arg(shown);
                arg = words.at(i);
            }
            const QString why = apply(state, *option, arg);
            if (!why.isEmpty())
                return why;
            break; // the rest of the word was the value
        }
    }
    return {};
}

QString joinedData(const CurlState &state)
{
    return state.data.join(state.json ? QString() : QStringLiteral("&"));
}

/// The exchange of a parsed command, or why there is none.
QString buildExchange(CurlState &state, CapturedExchange &exchange, OriginNote &origins)
{
    if (state.urls.isEmpty())
        return QStringLiteral("no URL");
    if (state.urls.size() > 1)
        return QStringLiteral("more than one URL (curl sends a request to each)");
    QString url = state.urls.first();
    if (!url.contains(QStringLiteral("://")))
        url.prepend(QStringLiteral("http://"));
    const UrlParts parts = splitUrl(url);
    if (parts.scheme != QStringLiteral("http") && parts.scheme != QStringLiteral("https"))
        return QStringLiteral("not an HTTP(S) URL (%1:)").arg(parts.scheme);
    origins.add(parts.origin);
    HttpRequest &request = exchange.request;
    request.path = parts.path;
    request.query = parts.query;
    request.hasQuery = parts.hasQuery;
    const QString data = joinedData(state);
    if (state.get && !state.data.isEmpty()) {
        request.query.entries().append(QueryParams::fromQueryString(data).entries());
        request.hasQuery = true;
    }
    const bool sendsBody = !state.data.isEmpty() && !state.get;
    request.method = !state.method.isEmpty() ? state.method : state.head ? QStringLiteral("HEAD") : sendsBody ? QStringLiteral("POST") : QStringLiteral("GET");
    if (!state.cookies.isEmpty())
        state.derived.append(QStringLiteral("Cookie"), state.cookies.join(QStringLiteral("; ")));
    for (const auto &[name, value] : state.derived.entries()) {
        if (!state.headers.contains(name))
            request.headers.append(name, value);
    }
    request.headers.entries().append(state.headers.entries());
    if (sendsBody) {
        if (state.json && !request.headers.contains(QStringLiteral("Accept")))
            request.headers.append(QStringLiteral("Accept"), QStringLiteral("application/json"));
        if (!request.headers.contains(QStringLiteral("Content-Type")))
            request.headers.append(QStringLiteral("Content-Type"), state.json ? QStringLiteral("application/json")
                                                                              : QStringLiteral("application/x-www-form-urlencoded"));
        request.body = makeBody(data.toUtf8(), request.contentTypeHeader());
    }
    return {};
}

bool isCurl(const QString &word)
{
    const QString base = word.mid(qMax(word.lastIndexOf(u'/'), word.lastIndexOf(u'\\')) + 1).toLower();
    return base == QStringLiteral("curl") || base == QStringLiteral("curl.exe");
}

} // namespace

Result readCurl(const QByteArray &data, const QString &name)
{
    return guarded(name, [&](CaptureBatch &batch) {
        if (data.size() > MaxInputBytes)
            fail({}, QStringLiteral("the input has %1 bytes: more than the limit of 256 MiB").arg(data.size()));
        const QString text = QString::fromUtf8(data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data);
        const CurlTokens tokens = tokenizeCurl(text, detectCurlShell(text));
        if (!tokens.error.isEmpty())
            fail(QStringLiteral("%1:%2").arg(tokens.errorLine).arg(tokens.errorColumn), tokens.error);
        if (tokens.commands.isEmpty())
            fail({}, QStringLiteral("no curl command in the file"));
        if (tokens.commands.size() > MaxEntries)
            fail({}, QStringLiteral("%1 commands: more than the limit of 100,000 entries").arg(tokens.commands.size()));
        OriginNote origins;
        for (const CurlCommand &command : tokens.commands) {
            const QString where = name + u':' + QString::number(command.line);
            if (!isCurl(command.words.first()))
                fail(QString::number(command.line), QStringLiteral("not a curl command (it starts with \"%1\")").arg(command.words.first()));
            CurlState state;
            CapturedExchange exchange;
            QString why = parseWords(command.words, state);
            if (why.isEmpty())
                why = buildExchange(state, exchange, origins);
            if (!why.isEmpty()) {
                batch.notes.append({CaptureNote::Kind::Skipped, where, why});
                continue;
            }
            exchange.source = where;
            exchange.response.status = 200;
            batch.exchanges.append(std::move(exchange));
        }
        if (!batch.exchanges.isEmpty())
            batch.notes.append({CaptureNote::Kind::Info, name,
                                QStringLiteral("no response in a curl command; 200 with no body assumed — record against "
                                               "the provider to get real responses")});
        origins.addTo(batch, name);
    });
}

} // namespace Pactbench::Import
