// SPDX-License-Identifier: MIT
#pragma once
// Private to the YAML reader: how a YAML scalar reads as a JSON value (YAML 1.2's core schema), and how a
// builder stops with a located problem.

#include <QJsonValue>
#include <QString>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <string>

namespace Pactbench::OpenApi::detail {

/// yaml-cpp's events for documents and containers, as both builders take them: a mapping's or sequence's
/// start(map, mark, anchor) and finish(); `Derived` befriends this.
template<typename Derived>
class ContainerEvents : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        self().start(false, mark, anchor);
    }
    void OnSequenceEnd() override { self().finish(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        self().start(true, mark, anchor);
    }
    void OnMapEnd() override { self().finish(); }

private:
    Derived &self() { return static_cast<Derived &>(*this); }
};

/// Thrown by a builder: the document cannot be read, `mark` says where.
struct YamlStop
{
    QString message;
    YAML::Mark mark;
};

/// What a scalar reads as.
struct Scalar
{
    enum class Kind { Text, Null, Bool, Integer, Real };
    Kind kind = Kind::Text;
    bool boolean = false;
    qint64 integer = 0;
    double real = 0;

    QJsonValue toJson(const QString &text) const;
};

/// Whether a plain scalar that starts with `first` may be something other than a string (cheap to ask).
bool mayBeTyped(char16_t first);
/// A plain scalar: null, a boolean, an integer (also 0x…, 0o…), a real, else text.
Scalar plainScalarKind(const QString &text);
/// Whether a scalar with yaml-cpp's tag ("?" for plain, "!" for quoted) may be typed: plain ones and core
/// tags but !!str; the others are text.
bool typesScalar(const std::string &tag);
/// A scalar with yaml-cpp's tag ("?" for plain, "!" for quoted): core tags typed, others text.
Scalar taggedScalarKind(const std::string &tag, const QString &text);
inline QJsonValue taggedScalar(const std::string &tag, const QString &text)
{
    return taggedScalarKind(tag, text).toJson(text);
}

} // namespace Pactbench::OpenApi::detail
