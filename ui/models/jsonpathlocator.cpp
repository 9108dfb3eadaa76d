// SPDX-License-Identifier: MIT
#include "jsonpathlocator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Pactbench {

namespace {

struct Frame
{
    bool array = false;
    int index = 0;
    QString key;
    bool hasKey = false;
};

/// The end (index of the closing quote) of the string starting at `start`, and its text.
int scanString(const QString &text, int start, QString *value)
{
    int i = start + 1;
    for (; i < text.size() && text.at(i) != u'"'; ++i) {
        if (text.at(i) == u'\\')
            ++i;
    }
    *value = text.mid(start + 1, i - start - 1);
    return i;
}

QString pathOf(const QList<Frame> &frames)
{
    QStringList keys;
    QList<bool> isIndex;
    for (const Frame &f : frames) {
        if (f.array) {
            keys.append(QString::number(f.index));
            isIndex.append(true);
        } else if (f.hasKey) {
            keys.append(f.key);
            isIndex.append(false);
        } else {
            break; // between entries: the object itself
        }
    }
    return JsonPathLocator::join(keys, isIndex);
}

} // namespace

QString JsonPathLocator::pathAt(const QString &text, int position)
{
    QList<Frame> frames;
    for (int i = 0; i < text.size() && i < position; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            QString value;
            const int end = scanString(text, i, &value);
            if (!frames.isEmpty() && !frames.last().array && !frames.last().hasKey) {
                frames.last().key = value;
                frames.last().hasKey = true;
            }
            i = end;
        } else if (c == u'{' || c == u'[') {
            Frame frame;
            frame.array = c == u'[';
            frames.append(frame);
        } else if ((c == u'}' || c == u']') && !frames.isEmpty()) {
            frames.removeLast();
        } else if (c == u',' && !frames.isEmpty()) {
            Frame &top = frames.last();
            ++top.index;
            top.hasKey = false;
            top.key.clear();
        }
    }
    return pathOf(frames);
}

QString JsonPathLocator::join(const QStringList &keys, const QList<bool> &isIndex)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    QString path = QStringLiteral("$");
    for (int i = 0; i < keys.size(); ++i) {
        if (isIndex.value(i))
            path += u'[' + keys.at(i) + u']';
        else if (identifier.match(keys.at(i)).hasMatch())
            path += u'.' + keys.at(i);
        else
            path += QStringLiteral("['") + keys.at(i) + QStringLiteral("']");
    }
    return path;
}

QStringList JsonPathLocator::split(const QString &path)
{
    static const QRegularExpression token(QStringLiteral("\\.([^.\\[]+)|\\[(\\d+|\\*)\\]|\\['([^']*)'\\]"));
    if (!path.startsWith(u'$'))
        return { QStringLiteral("?") };
    QStringList keys;
    int at = 1;
    while (at < path.size()) {
        const QRegularExpressionMatch m
            = token.match(path, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return { QStringLiteral("?") };
        for (int g = 1; g <= 3; ++g) {
            if (m.capturedStart(g) >= 0)
                keys.append(m.captured(g));
        }
        at = int(m.capturedEnd(0));
    }
    return keys;
}

QJsonValue JsonPathLocator::valueAt(const QJsonValue &root, const QString &path)
{
    const QStringList keys = split(path);
    if (keys == QStringList{ QStringLiteral("?") })
        return QJsonValue::Undefined;
    QJsonValue value = root;
    for (const QString &key : keys) {
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            const int index = key == u"*" ? 0 : key.toInt();
            if (index < 0 || index >= array.size())
                return QJsonValue::Undefined;
            value = array.at(index);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (key == u"*" && !object.isEmpty())
                value = *object.begin();
            else if (object.contains(key))
                value = object.value(key);
            else
                return QJsonValue::Undefined;
        } else {
            return QJsonValue::Undefined;
        }
    }
    return value;
}

} // namespace Pactbench
