// SPDX-License-Identifier: MIT
#include "yamlscalars.h"

#include <QRegularExpression>

namespace Pactbench::OpenApi::detail {

QJsonValue Scalar::toJson(const QString &text) const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return boolean;
    case Kind::Integer:
        return QJsonValue(integer);
    case Kind::Real:
        return real;
    case Kind::Text:
        break;
    }
    return text;
}

bool mayBeTyped(char16_t c)
{
    return (c >= u'0' && c <= u'9') || c == u'-' || c == u'+' || c == u'.' || c == u'~' || c == u't' || c == u'T'
        || c == u'f' || c == u'F' || c == u'n' || c == u'N';
}

Scalar plainScalarKind(const QString &text)
{
    using Kind = Scalar::Kind;
    if (!text.isEmpty() && !mayBeTyped(text.front().unicode()))
        return {};
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_qs);
    static const QRegularExpression real(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_qs);
    if (text == u"true"_qs || text == u"True"_qs || text == u"TRUE"_qs)
        return {Kind::Bool, true};
    if (text == u"false"_qs || text == u"False"_qs || text == u"FALSE"_qs)
        return {Kind::Bool, false};
    if (text.isEmpty() || text == u"~"_qs || text == u"null"_qs || text == u"Null"_qs || text == u"NULL"_qs)
        return {Kind::Null};
    bool ok = false;
    if (integer.match(text).hasMatch()) {
        const qint64 v = text.toLongLong(&ok);
        return ok ? Scalar{Kind::Integer, false, v} : Scalar{Kind::Real, false, 0, text.toDouble()};
    }
    if (text.startsWith(u"0x"_qs) || text.startsWith(u"0o"_qs)) {
        const qint64 v = text.mid(2).toLongLong(&ok, text.at(1) == u'x' ? 16 : 8);
        if (ok)
            return {Kind::Integer, false, v};
    }
    if (real.match(text).hasMatch())
        return {Kind::Real, false, 0, text.toDouble()};
    return {}; // .inf and .nan too: JSON cannot hold them
}

bool typesScalar(const std::string &tag)
{
    static const std::string core = "tag:yaml.org,2002:";
    return tag == "?" || (tag.rfind(core, 0) == 0 && tag != core + "str");
}

Scalar taggedScalarKind(const std::string &tag, const QString &text)
{
    return typesScalar(tag) ? plainScalarKind(text) : Scalar(); // quoted ("!"), !!str and application tags: text
}

} // namespace Pactbench::OpenApi::detail
