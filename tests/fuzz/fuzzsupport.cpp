// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include <core/json/jsonreader.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QtGlobal>

#include <cstdio>

namespace Pactbench::Fuzz {

QList<QByteArray> splitParts(const uint8_t *data, size_t size, int count)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray separator(Separator);
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < count - 1) {
        const qsizetype at = all.indexOf(separator, from);
        if (at < 0)
            break;
        parts.append(all.mid(from, at - from));
        from = at + separator.size();
    }
    parts.append(from <= all.size() ? all.mid(from) : QByteArray());
    while (parts.size() < count)
        parts.append(QByteArray());
    return parts;
}

RuleCategory rulesFromJson(const QByteArray &json, RuleCategory::Kind kind)
{
    RuleCategory category(kind, {});
    const JsonReadResult read = JsonReader::read(json);
    if (!read.value.isObject())
        return category;
    const QJsonObject rules = read.value.toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const QJsonObject list = it.value().toObject();
        RuleGroup group;
        for (const QJsonValue &m : list.value(u"matchers").toArray())
            group.rules.append(Rule::fromJson(m.toObject()));
        if (list.value(u"combine").toString().compare(u"OR", Qt::CaseInsensitive) == 0)
            group.logic = RuleLogic::Or;
        category.add(kind == RuleCategory::Kind::Header ? RulePath::named(it.key().toLower())
                : kind == RuleCategory::Kind::Query     ? RulePath::named(it.key())
                                                        : RulePath::parse(it.key()),
            group);
    }
    return category;
}

namespace {

void dropMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Q_UNUSED(context)
    // Qt aborts after a fatal message once the handler returns; say why first.
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

void quietQtMessages()
{
    static const bool once = [] {
        if (qEnvironmentVariableIsEmpty("PACTBENCH_FUZZ_VERBOSE"))
            qInstallMessageHandler(dropMessage);
        return true;
    }();
    Q_UNUSED(once)
}

} // namespace Pactbench::Fuzz
