// SPDX-License-Identifier: MIT
// multipart/* bodies: parts by name, field vs file, each file part matched by its own content type.
#include "partmatchers.h"

#include "valuematchers.h"

#include <QScopeGuard>

namespace Pactbench::detail {

namespace {

struct Part
{
    QString name;
    bool isFile = false;
    Headers headers;
    QByteArray data;
    int index = 0;
};

QString dispositionParam(const QString &disposition, const QString &param)
{
    for (const QString &p : disposition.split(u';')) {
        const QString t = p.trimmed();
        if (t.startsWith(param + u'=', Qt::CaseInsensitive)) {
            QString v = t.mid(param.size() + 1).trimmed();
            if (v.size() >= 2 && v.startsWith(u'"') && v.endsWith(u'"'))
                v = v.mid(1, v.size() - 2);
            return v;
        }
    }
    return {};
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (in.mid(i + 1, 2) == "\r\n") { // soft line break
            i += 2;
            continue;
        }
        bool ok = false;
        const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
        if (ok) {
            out.append(char(byte));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

bool parseParts(const QByteArray &body, const QString &boundary, QList<Part> *parts, QString *error)
{
    if (boundary.isEmpty()) {
        *error = QStringLiteral("no boundary in the Content-Type header");
        return false;
    }
    const QByteArray delimiter = "--" + boundary.toUtf8();
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0) {
        *error = QStringLiteral("boundary '%1' not found").arg(boundary);
        return false;
    }
    int index = 0;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true;
        const qsizetype next = body.indexOf(delimiter, pos);
        if (next < 0)
            return !parts->isEmpty();
        QByteArray chunk = body.mid(pos, next - pos);
        if (chunk.startsWith("\r\n"))
            chunk.remove(0, 2);
        if (chunk.endsWith("\r\n"))
            chunk.chop(2);
        const qsizetype split = chunk.indexOf("\r\n\r\n");
        Part part;
        part.index = index++;
        const QByteArray head = split < 0 ? chunk : chunk.left(split);
        part.data = split < 0 ? QByteArray() : chunk.mid(split + 4);
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                part.headers.append(QString::fromUtf8(line.left(colon)).trimmed(), QString::fromUtf8(line.mid(colon + 1)).trimmed());
        }
        // Part bodies are compared decoded: base64 and quoted-printable transfer encodings undone.
        const QString transfer = part.headers.value(QStringLiteral("Content-Transfer-Encoding")).trimmed().toLower();
        if (transfer == u"base64") {
            const auto decoded = QByteArray::fromBase64Encoding(part.data.simplified().replace(' ', QByteArray()));
            if (decoded)
                part.data = decoded.decoded;
        } else if (transfer == u"quoted-printable") {
            part.data = decodeQuotedPrintable(part.data);
        }
        const QString disposition = part.headers.value(QStringLiteral("Content-Disposition"));
        part.name = dispositionParam(disposition, QStringLiteral("name"));
        part.isFile = !dispositionParam(disposition, QStringLiteral("filename")).isEmpty()
            || part.headers.contains(QStringLiteral("Content-Type"));
        parts->append(part);
        pos = next;
    }
}

QList<Mismatch> matchField(const Part &e, const Part &a, const RuleCategory &rules)
{
    const QString key = e.name.isEmpty() ? QString::number(e.index) : e.name;
    const ValuePath path{QStringLiteral("$"), key};
    const QString es = QString::fromUtf8(e.data), as = QString::fromUtf8(a.data);
    QStringList messages;
    if (rules.isDefined(path)) {
        const RuleGroup g = rules.best(path);
        messages = matchGroup(g, path, [&](const Rule &r) { return matchString(r, es, as, g.cascaded); });
    } else if (const Verdict v = matchString(Rule{}, es, as, false)) {
        messages.append(QStringLiteral("MIME part '%1': %2").arg(key, *v));
    }
    QList<Mismatch> out;
    for (const QString &m : messages)
        out.append(Mismatch{MismatchKind::Body, pathToString(path), es, as, m});
    return out;
}

QList<Mismatch> matchFile(const Part &e, const Part &a, const RuleCategory &rules, bool allow, int *checks)
{
    const QString key = e.name.isEmpty() ? QString::number(e.index) : e.name;
    const ValuePath path{QStringLiteral("$"), key};
    Body eb = Body::fromBytes(e.data, e.headers.value(QStringLiteral("Content-Type")));
    Body ab = Body::fromBytes(a.data, a.headers.value(QStringLiteral("Content-Type")));
    BodySide es{&eb, MediaType::parse(eb.contentType), {}};
    BodySide as{&ab, MediaType::parse(ab.contentType), {}};
    QList<Mismatch> out;
    if (!(es.type.isUnknown() || as.type.isUnknown() || es.type.equivalentTo(as.type) || es.type.equivalentTo(as.type.base()))) {
        out.append(Mismatch{MismatchKind::Body, pathToString(path), es.type.toString(), as.type.toString(),
                            QStringLiteral("MIME part '%1': Expected a body of '%2' but the actual content type was '%3'")
                                .arg(key, es.type.toString(), as.type.toString())});
        return out;
    }
    const RuleCategory partRules = rules.rerooted(path);
    for (Mismatch m : compareBodies(es.type, es, as, partRules, allow, checks)) {
        m.sentence = QStringLiteral("MIME part '%1': %2").arg(key, m.sentence);
        out.append(m);
    }
    return out;
}

} // namespace

QList<Mismatch> matchMultipart(const BodySide &e, const BodySide &a, const RuleCategory &rules, bool allow, int *checks)
{
    // A multipart part may be multipart again: each level copies its parts, so the depth is bounded.
    constexpr int MaxNesting = 8;
    static thread_local int nesting = 0;
    if (nesting >= MaxNesting)
        return {Mismatch{MismatchKind::Body, QStringLiteral("$"), {}, {},
                         QStringLiteral("MIME multipart bodies nested deeper than %1 levels are not compared").arg(MaxNesting)}};
    ++nesting;
    const auto leave = qScopeGuard([] { --nesting; });
    QList<Part> ep, ap;
    QString eerr, aerr;
    const bool eok = parseParts(e.bytes(), e.type.params.value(QStringLiteral("boundary")), &ep, &eerr);
    const bool aok = parseParts(a.bytes(), a.type.params.value(QStringLiteral("boundary")), &ap, &aerr);
    QList<Mismatch> out;
    if (!eok)
        out.append(Mismatch{MismatchKind::Body, QStringLiteral("$"), {}, {},
                            QStringLiteral("Failed to parse the expected body as a MIME multipart body: '%1'").arg(eerr)});
    if (!aok)
        out.append(Mismatch{MismatchKind::Body, QStringLiteral("$"), {}, {},
                            QStringLiteral("Failed to parse the actual body as a MIME multipart body: '%1'").arg(aerr)});
    if (!out.isEmpty())
        return out;
    for (const Part &part : ep) {
        if (checks)
            ++*checks;
        const auto found = std::find_if(ap.begin(), ap.end(), [&](const Part &p) {
            return p.name.isEmpty() ? p.index == part.index : p.name == part.name;
        });
        if (found == ap.end()) {
            out.append(Mismatch{MismatchKind::Body, QStringLiteral("$"), part.name, {},
                                QStringLiteral("Expected a MIME part '%1' but was missing").arg(part.name)});
        } else if (part.isFile != found->isFile) {
            out.append(Mismatch{MismatchKind::Body, QStringLiteral("$"), part.name, {},
                                part.isFile ? QStringLiteral("Expected a MIME file '%1' but was field").arg(part.name)
                                            : QStringLiteral("Expected a MIME field '%1' but was file").arg(part.name)});
        } else {
            out.append(part.isFile ? matchFile(part, *found, rules, allow, checks) : matchField(part, *found, rules));
        }
    }
    return out;
}

} // namespace Pactbench::detail
